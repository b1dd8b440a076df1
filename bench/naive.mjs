// bench/naive.mjs: the naive pipeline `npm run bench` compares against.
//   node bench/naive.mjs <dist dir> <list file>
// For each file named in <list file> (one path a line, in walk order): read and decode it, run
// compromise over the whole document (full tagging, the cost a naive pipeline pays), then extract
// with every annotator over every sentence (`prescan: false`), and write the NDJSON line
// `claims extract --format ndjson` writes for it, with the library's own formatter.
import { readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';

const [distArg, listFile] = process.argv.slice(2);
if (!distArg || !listFile) {
  process.stderr.write('usage: node bench/naive.mjs <dist dir> <list file>\n');
  process.exit(2);
}
const dist = pathToFileURL(resolve(distArg) + '/').href;
const { extractText } = await import(dist + 'extract.js');
const { decode } = await import(dist + 'read.js');
const { FORMATTERS } = await import(dist + 'render/index.js');
const formatter = FORMATTERS.ndjson({ color: false, explain: false, width: 80 });

const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
let tagged = 0;
const out = (s) => {
  const b = Buffer.from(s);
  for (let off = 0; off < b.length; ) off += writeSync(1, b, off);
};
out(formatter.begin());
for (const file of files) {
  const { text } = decode(readFileSync(file));
  tagged += nlp(text).terms().length;
  const article = extractText(file, text, { date: undefined, only: undefined, explain: false, prescan: false });
  out(formatter.article(article));
}
out(formatter.end());
process.stderr.write(`naive: ${files.length} files, ${tagged} terms tagged\n`);

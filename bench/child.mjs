// bench/child.mjs: `node bench/child.mjs <script> [args...]` runs <script> as `node <script> [args...]`
// would, and when the process exits writes its resource usage (peak RSS of the whole process,
// worker threads included, and CPU time) as JSON to the file named by $BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node bench/child.mjs <script> [args...]\n');
  process.exit(2);
}
const usageFile = process.env.BENCH_USAGE_FILE;
process.on('exit', () => {
  if (!usageFile) return;
  const u = process.resourceUsage();
  writeFileSync(usageFile, JSON.stringify({ maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
});
const path = resolve(script);
process.argv = [process.argv[0], path, ...args];
await import(pathToFileURL(path).href);

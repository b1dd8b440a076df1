import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Output } from '../src/types.js';
import { claims } from './support/cli.js';
import { fixtures } from './support/fixtures.js';
import { tempDir } from './support/temp.js';

const FIXTURES = 'fixtures/articles';
/** Identical invocations share one run (each spawn costs a second or two). */
const memo = new Map<string, ReturnType<typeof claims>>();
const once = (args: string[]) => {
  const key = JSON.stringify(args);
  if (!memo.has(key)) memo.set(key, claims(args));
  return memo.get(key)!;
};
const files = fixtures().map((f) => f.file);
const ESC = '\u001b[';

describe('claims extract (built CLI) on the bundled fixtures', () => {
  it('prints the report: every article with its date and counts, then the corpus summary; exit 0', () => {
    const r = once(['extract', FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const f of fixtures()) expect(r.stdout).toContain(f.file);
    expect(r.stdout).toContain('dated 2024-09-09');
    expect(r.stdout).toContain('dated 2024-09-05');
    expect(r.stdout).toMatch(/\d+ sentences · \d+ quotes? by \d+ speakers?/);
    expect(r.stdout).toContain(`Corpus: ${fixtures().length} articles`);
    expect(r.stdout).not.toContain(ESC); // not a terminal: no color
  });

  it('report lines fit in 80 columns', () => {
    const r = once(['extract', FIXTURES]);
    const long = r.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(long).toEqual([]);
  });

  it('--format json prints one valid object with schemaVersion, articles in sorted path order, no errors', () => {
    const r = once(['extract', FIXTURES, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.schemaVersion).toBe(1);
    expect(out.articles.map((a) => a.file)).toEqual(files);
    expect(out.errors).toEqual([]);
  });

  it('--format ndjson prints one article per line, same as json', () => {
    const nd = claims(['extract', FIXTURES, '-f', 'ndjson']);
    const js = JSON.parse(once(['extract', FIXTURES, '--format', 'json']).stdout) as Output;
    expect(nd.code).toBe(0);
    const lines = nd.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length);
    expect(lines.map((l) => JSON.parse(l) as Article)).toEqual(js.articles);
  });

  it('a missing file fails alone: one stderr line naming it, an entry in errors, exit 1, the rest processed', () => {
    const r = claims(['extract', 'no/such/file.txt', files[0]!, '--format', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no\/such\/file\.txt: no such file/);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.articles.map((a) => a.file)).toEqual([files[0]]);
    expect(out.errors).toEqual([{ file: 'no/such/file.txt', code: 'ENOENT', message: 'no such file or directory' }]);
  });

  it('ndjson gives a failed file its own {"error": ...} line', () => {
    const r = claims(['extract', 'missing.txt', files[1]!, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ error: { file: 'missing.txt', code: 'ENOENT', message: 'no such file or directory' } });
    expect(lines[1].file).toBe(files[1]);
  });

  it('a malformed date header is an error for that file only', () => {
    const dir = tempDir('claims-');
    writeFileSync(join(dir, 'a.txt'), 'date 2024-13-45\nBody.');
    writeFileSync(join(dir, 'b.txt'), 'date 2024-09-05\nThe minister said on Thursday that talks would go on.');
    const r = claims(['extract', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.errors.map((e) => [e.file.endsWith('a.txt'), e.code])).toEqual([[true, 'BAD_HEADER']]);
    expect(out.articles).toHaveLength(1);
    expect(r.stderr).toMatch(/a\.txt: malformed date header/);
  });

  it('-o writes the output to a file and nothing to stdout', () => {
    const dir = tempDir('claims-');
    const outFile = join(dir, 'out.json');
    const r = claims(['extract', files[0]!, files[1]!, '--format', 'json', '-o', outFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(outFile, 'utf8')) as Output).articles).toHaveLength(2);
  });

  it('- reads one article from stdin; --date anchors a text without a header', () => {
    const input = 'Officials said on Thursday that the talks would resume.';
    const r = claims(['extract', '-', '--date', '2024-09-05', '--format', 'json'], { input });
    expect(r.code).toBe(0);
    const a = (JSON.parse(r.stdout) as Output).articles[0]!;
    expect(a.file).toBe('<stdin>');
    expect(a.date).toBe('2024-09-05');
    expect(a.sentences.map((s) => s.text)).toEqual([input]);
  });

  it('the header date wins over --date', () => {
    const r = claims(['extract', files[0]!, '--date', '2020-01-01', '--format', 'json']);
    expect((JSON.parse(r.stdout) as Output).articles[0]!.date).toBe('2024-09-09');
  });

  it('--only keeps the asked kinds and empties the others', () => {
    const r = claims(['extract', files[0]!, files[1]!, '--only', 'sentences', '--format', 'json']);
    const out = JSON.parse(r.stdout) as Output;
    for (const a of out.articles) {
      expect(a.sentences.length).toBeGreaterThan(0);
      expect([a.quotes, a.speakers, a.dates, a.sanctions]).toEqual([[], [], [], []]);
    }
  });

  it('--explain adds a rule id to every quote, date and sanction figure', () => {
    const out = JSON.parse(claims(['extract', FIXTURES, '--explain', '--format', 'json']).stdout) as Output;
    const items = out.articles.flatMap((a) => [...a.quotes, ...a.dates, ...a.sanctions]);
    for (const item of items) expect(item.rule).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
  });

  it('--ext picks other file endings in folders', () => {
    const dir = tempDir('claims-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.md'), 'date 2024-09-05\nA story.');
    writeFileSync(join(dir, 'a.txt'), 'date 2024-09-05\nAnother story.');
    const out = JSON.parse(claims(['extract', dir, '--ext', 'md', '--format', 'json']).stdout) as Output;
    expect(out.articles.map((a) => a.file.slice(dir.length))).toEqual(['/sub/b.md']);
  });

  it('colors only on request: FORCE_COLOR forces, NO_COLOR and --no-color win', () => {
    const one = files[0]!;
    expect(claims(['extract', one], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(claims(['extract', one, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(claims(['extract', one], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('--help shows examples and exit codes; --version prints the package version', () => {
    const help = claims(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(claims(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['extract', FIXTURES, '--format', 'yaml'], /format/],
    [['extract', FIXTURES, '--bogus'], /unknown option/],
    [['extract', FIXTURES, '--date', '2024-02-30'], /--date/],
    [['extract', FIXTURES, '--only', 'quotes,weather'], /--only/],
    [['extract'], /missing required argument/],
    [['frobnicate'], /unknown command/],
    [[], /Usage/],
  ])('bad usage %j exits 2 with a message and a hint', (args, message) => {
    const r = claims(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
  // `| head -1`, Ctrl-C and other hostile conditions: test/hostile/.
});

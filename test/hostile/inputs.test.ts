/**
 * Hostile file contents, generated at test time: each case is run beside two good articles,
 * alone in process (its own exit code, stderr, JSON and NDJSON), and all together through the
 * built CLI (one folder, as a user would point `claims` at it). A failing input gives exit 1,
 * one stderr line naming it and an `errors` entry; a readable one gives a right answer whose
 * offsets are true to the decoded text; the good articles' results never change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, ErrorCode, Output } from '../../src/types.js';
import { claims } from '../support/cli.js';
import { badSpans, GOOD, lines, parseJson, parseNdjson, renamed, runInProcess, tempDir, writeGood } from './support.js';

const BODY =
  'date 2024-09-05\n“We will not back down,” said Maria Zakharova, the ministry’s spokeswoman, on Thursday.\n\n' +
  'Café owners in Kyiv said prices rose 20 percent last month.\n';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
/** A real PNG signature and IHDR chunk: what an image renamed `.txt` starts with. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c626001000000ffff03000006000557bfabd40000000049454e44ae426082', 'hex');

/** Windows-1252 bytes of BODY (its curly quotes, apostrophe and é are all in the code page). */
function cp1252(s: string): Buffer {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92 };
  return Buffer.from([...s].map((c) => high[c] ?? c.charCodeAt(0)));
}

interface Case {
  name: string;
  bytes: Buffer | string;
  /** A readable input: the text it decodes to, and the date it carries. */
  text?: string;
  date?: string | null;
  /** Its results equal those of this case (a different encoding of the same text). */
  same?: string;
  warning?: RegExp;
  /** A failing input: its error. */
  error?: [ErrorCode, RegExp];
}

const CASES: Case[] = [
  { name: 'plain.txt', bytes: BODY, text: BODY, date: '2024-09-05' },
  { name: 'empty.txt', bytes: '', text: '', date: null },
  { name: 'whitespace.txt', bytes: ' \n\t\n   \r\n\u00a0\u2003\n', text: ' \n\t\n   \r\n\u00a0\u2003\n', date: null },
  { name: 'header-only.txt', bytes: 'date 2024-09-05\n', text: 'date 2024-09-05\n', date: '2024-09-05' },
  { name: 'no-header.txt', bytes: BODY.slice(16), text: BODY.slice(16), date: null },
  { name: 'bad-date.txt', bytes: 'date 2024-13-45\nThe minister said so.', error: ['BAD_HEADER', /malformed date header "date 2024-13-45": no such calendar date/] },
  { name: 'date-yesterday.txt', bytes: 'date yesterday\nThe minister said so.', error: ['BAD_HEADER', /malformed date header "date yesterday": expected date YYYY-MM-DD/] },
  { name: 'nul.txt', bytes: Buffer.concat([Buffer.from('date 2024-09-05\nText'), Buffer.from([0, 0, 1]), Buffer.from('more')]), error: ['BINARY', /binary file \(contains NUL bytes\), skipped/] },
  { name: 'image.txt', bytes: PNG, error: ['BINARY', /binary file/] },
  { name: 'bom.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)]), text: BODY, date: '2024-09-05', same: 'plain.txt' },
  { name: 'utf16le.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, 'utf16le')]), text: BODY, date: '2024-09-05', same: 'plain.txt' },
  { name: 'utf16be.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(BODY)]), text: BODY, date: '2024-09-05', same: 'plain.txt' },
  { name: 'windows-1252.txt', bytes: cp1252(BODY), text: BODY, date: '2024-09-05', same: 'plain.txt', warning: /not valid UTF-8, decoded as Windows-1252/ },
  { name: 'crlf.txt', bytes: BODY.replace(/\n/g, '\r\n'), text: BODY.replace(/\n/g, '\r\n'), date: '2024-09-05' },
  { name: 'cr.txt', bytes: BODY.replace(/\n/g, '\r'), text: BODY.replace(/\n/g, '\r'), date: '2024-09-05' },
  {
    name: 'controls.txt',
    bytes: 'date 2024-09-05\n“Run \u001b[2J\u001b]0;owned\u0007 now,” the hacker\u0008 said on Monday.\u009b31m\u202e\n',
    text: 'date 2024-09-05\n“Run \u001b[2J\u001b]0;owned\u0007 now,” the hacker\u0008 said on Monday.\u009b31m\u202e\n',
    date: '2024-09-05',
  },
];

const goodNames = Object.keys(GOOD);
let dir: string;
let goodAlone: Article[];

beforeAll(async () => {
  dir = tempDir();
  writeGood(dir);
  for (const c of CASES) writeFileSync(join(dir, c.name), c.bytes);
  const base = await runInProcess(['extract', ...goodNames.map((n) => join(dir, n)), '--format', 'json']);
  expect(base.code).toBe(0);
  goodAlone = parseJson(base.stdout).articles;
  expect(goodAlone.map((a) => a.file)).toEqual(goodNames.map((n) => join(dir, n)));
});

function expectGoodUnchanged(articles: Article[]): void {
  expect(articles.filter((a) => goodNames.some((n) => a.file === join(dir, n)))).toEqual(goodAlone);
}

describe.each(CASES)('$name beside good articles (in process)', (c) => {
  const paths = () => [join(dir, goodNames[0]!), join(dir, c.name), join(dir, goodNames[1]!)];

  it('json: exit code, one stderr line naming a failing file, valid JSON, good results unchanged', async () => {
    const r = await runInProcess(['extract', ...paths(), '--format', 'json']);
    const out = parseJson(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expectGoodUnchanged(out.articles);
    const file = join(dir, c.name);
    if (c.error) {
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^claims: error: ${escape(file)}: `))]);
      expect(lines(r.stderr)[0]).toMatch(c.error[1]);
      expect(out.errors).toEqual([{ file, code: c.error[0], message: expect.stringMatching(c.error[1]) }]);
      expect(out.articles.map((a) => a.file)).not.toContain(file);
    } else {
      expect(r.code).toBe(0);
      expect(lines(r.stderr)).toEqual(c.warning ? [`claims: warning: ${file}: ${lines(r.stderr)[0]!.split(': ').pop()}`] : []);
      if (c.warning) expect(r.stderr).toMatch(c.warning);
      expect(out.errors).toEqual([]);
      const a = out.articles[1]!;
      expect(a.file).toBe(file);
      expect(a.date).toBe(c.date);
      expect(badSpans(a, c.text!)).toEqual([]);
    }
  });

  it('ndjson: same exit code, every line valid JSON, the failure an {"error"} line in its place', async () => {
    const r = await runInProcess(['extract', ...paths(), '--format', 'ndjson']);
    expect(r.code).toBe(c.error ? 1 : 0);
    const items = parseNdjson(r.stdout);
    expect(items).toHaveLength(3);
    expectGoodUnchanged(items.filter((x): x is Article => 'file' in x));
    const mid = items[1]!;
    if (c.error) expect(mid).toEqual({ error: { file: join(dir, c.name), code: c.error[0], message: expect.stringMatching(c.error[1]) } });
    else expect((mid as Article).file).toBe(join(dir, c.name));
  });
});

describe('encodings decode to the same article', () => {
  it.each(CASES.filter((c) => c.same))('$name gives the results of $same', async (c) => {
    const r = await runInProcess(['extract', join(dir, c.name), join(dir, c.same!), '--format', 'json']);
    const [a, b] = parseJson(r.stdout).articles;
    expect(renamed(a!)).toEqual(renamed(b!));
    expect(a!.quotes.length).toBeGreaterThan(0);
  });

  it('CRLF and lone CR split the same sentences as LF, with offsets into the text as written', async () => {
    const r = await runInProcess(['extract', join(dir, 'plain.txt'), join(dir, 'crlf.txt'), join(dir, 'cr.txt'), '--format', 'json']);
    const [lf, crlf, cr] = parseJson(r.stdout).articles;
    const trimmed = (a: Article) => a.sentences.map((s) => s.text.replace(/\r\n?/g, '\n'));
    expect(trimmed(crlf!)).toEqual(trimmed(lf!));
    expect(trimmed(cr!)).toEqual(trimmed(lf!));
    expect(crlf!.quotes.map((q) => q.text)).toEqual(lf!.quotes.map((q) => q.text));
    expect(cr!.dates.map((d) => d.value)).toEqual(lf!.dates.map((d) => d.value));
  });

  it('empty, blank and header-only files are articles with nothing in them, not errors', async () => {
    const r = await runInProcess(['extract', ...['empty.txt', 'whitespace.txt', 'header-only.txt'].map((n) => join(dir, n)), '--format', 'json']);
    expect(r.code).toBe(0);
    for (const a of parseJson(r.stdout).articles) {
      expect([a.sentences, a.quotes, a.speakers, a.dates, a.sanctions]).toEqual([[], [], [], [], []]);
    }
  });
});

describe('the whole folder through the built CLI', () => {
  let json: { code: number; stdout: string; stderr: string };
  let nd: { code: number; stdout: string; stderr: string };
  beforeAll(() => {
    json = claims(['extract', dir, '--format', 'json']);
    nd = claims(['extract', dir, '--format', 'ndjson']);
  });

  it('exit 1; one stderr line per failing file (and the one warning), in path order', () => {
    expect(json.code).toBe(1);
    const expected = CASES.filter((c) => c.error || c.warning)
      .map((c) => c.name)
      .sort()
      .map((n) => join(dir, n));
    expect(lines(json.stderr).map((l) => /^claims: (?:error|warning): (.*?): /.exec(l)?.[1])).toEqual(expected);
  });

  it('json: valid, every readable file an article in sorted order, every failing one an error', () => {
    const out: Output = parseJson(json.stdout);
    const readable = [...goodNames, ...CASES.filter((c) => !c.error).map((c) => c.name)].sort();
    expect(out.articles.map((a) => a.file)).toEqual(readable.map((n) => join(dir, n)));
    expect(out.errors.map((e) => [e.file, e.code])).toEqual(
      CASES.filter((c) => c.error)
        .sort((x, y) => (x.name < y.name ? -1 : 1))
        .map((c) => [join(dir, c.name), c.error![0]]),
    );
    expectGoodUnchanged(out.articles);
  });

  it('ndjson: the same articles and errors, one per line, in path order', () => {
    const out = parseJson(json.stdout);
    const items = parseNdjson(nd.stdout);
    expect(nd.code).toBe(1);
    expect(items.filter((x): x is Article => 'file' in x)).toEqual(out.articles);
    expect(items.filter((x) => 'error' in x).map((x) => (x as { error: unknown }).error)).toEqual(out.errors);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

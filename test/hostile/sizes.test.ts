/**
 * Size: a 50 MB file is skipped by the default --max-file-size; adversarial texts (unmatched and
 * nested quote marks, 100,000 `said`s, a 5 MB line ...) each finish with a right answer beside the
 * good articles. No wall-clock assertions (speed is `bench.ts`'s job); the test timeout is only a
 * hang guard. The slowest inputs run at their `testSize` unless CLAIMS_HOSTILE_FULL=1.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { extractText } from '../../src/index.js';
import { BIN, claims } from '../support/cli.js';
import { ADVERSARIAL, sizeFor } from './adversarial.js';
import { badSpans, lines, parseJson, parseNdjson, runInProcess, tempDir, writeGood } from './support.js';



let dir: string;
let good: string[];
let alone: Article[];

beforeAll(async () => {
  dir = tempDir();
  good = writeGood(dir);
  alone = parseJson((await runInProcess(['extract', ...good, '--format', 'json'])).stdout).articles;
});

describe('a 50 MB file', () => {
  let big: string;
  beforeAll(() => {
    big = join(dir, 'huge.txt');
    // Sparse: a header, then 50 MB of holes; made in an instant, never read by the default run.
    const fd = openSync(big, 'w');
    writeSync(fd, 'date 2024-09-05\nThe minister said so.\n');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
  });

  it('is skipped by the default --max-file-size with a TOO_LARGE error; the rest is processed', async () => {
    const r = await runInProcess(['extract', good[0]!, big, good[1]!, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`claims: error: ${big}: file is 52428800 bytes, over the 20971520-byte limit (--max-file-size)`]);
    const out = parseJson(r.stdout);
    expect(out.errors).toEqual([{ file: big, code: 'TOO_LARGE', message: expect.stringMatching(/^file is 52428800 bytes/) }]);
    expect(out.articles).toEqual(alone);
  });

  it('ndjson: the error line in its place', async () => {
    const r = await runInProcess(['extract', good[0]!, big, good[1]!, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout)).toEqual([alone[0], { error: expect.objectContaining({ file: big, code: 'TOO_LARGE' }) }, alone[1]]);
  });

  it('a larger --max-file-size lets it be read, and its NUL bytes make it BINARY', async () => {
    const r = await runInProcess(['extract', big, '--max-file-size', '60M', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout).errors.map((e) => e.code)).toEqual(['BINARY']);
  });

  it('a small --max-file-size (1K) skips a small file the same way', async () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'date 2024-09-05\n' + 'word '.repeat(1000));
    const r = await runInProcess(['extract', small, '--max-file-size', '1K', '--format', 'json']);
    expect(parseJson(r.stdout).errors).toEqual([{ file: small, code: 'TOO_LARGE', message: expect.stringMatching(/over the 1024-byte limit/) }]);
  });
});

describe('streams with no size to check first (the built CLI)', () => {
  it('an endless device (/dev/zero) is given up as TOO_LARGE at the limit; the other file is processed', () => {
    const r = claims(['extract', '/dev/zero', good[0]!, '--max-file-size', '1M', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['claims: error: /dev/zero: input is over the 1048576-byte limit (--max-file-size)']);
    expect(parseNdjson(r.stdout)).toEqual([{ error: { file: '/dev/zero', code: 'TOO_LARGE', message: 'input is over the 1048576-byte limit (--max-file-size)' } }, alone[0]]);
  });

  it('standard input past the limit is TOO_LARGE too', () => {
    const r = claims(['extract', '-', '--max-file-size', '1K', '--format', 'ndjson'], { input: 'date 2024-09-05\n' + 'word '.repeat(1000) });
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout)).toEqual([{ error: { file: '<stdin>', code: 'TOO_LARGE', message: 'input is over the 1024-byte limit (--max-file-size)' } }]);
  });

  it('a pipe named as a file (`<(command)`) is read to its end', () => {
    const r = spawnSync('bash', ['-c', `node "${BIN}" extract <(cat "${good[0]}") --format ndjson`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [article] = parseNdjson(r.stdout) as Article[];
    expect(article!.file).toMatch(/^\/dev\/fd\/\d+$/);
    expect({ ...article, file: alone[0]!.file }).toEqual(alone[0]);
  });
});

describe.each(ADVERSARIAL)('$name', (a) => {
  it(
    `finishes with a right answer (offsets true, valid NDJSON), the good articles unchanged`,
    async () => {
      const text = a.make(sizeFor(a));
      const file = join(dir, `${a.name.replace(/[^a-z0-9]+/gi, '-')}.txt`);
      writeFileSync(file, text);
      const r = await runInProcess(['extract', good[0]!, file, good[1]!, '--format', 'ndjson']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const items = parseNdjson(r.stdout) as Article[];
      expect(items.map((x) => x.file)).toEqual([good[0], file, good[1]]);
      expect([items[0], items[2]]).toEqual(alone);
      const got = items[1]!;
      expect(got.date).toBe('2024-09-05');
      expect(badSpans(got, text)).toEqual([]);
      for (const s of got.sentences) expect(s.end).toBeGreaterThan(s.start);
    },
    300_000,
  );
});

/**
 * Chrono reads a sentence longer than its piece size (8,000 characters) in pieces cut at white
 * space: dates keep their true offsets and values, and a cut between two lower-case words loses none.
 */
describe('a sentence longer than chrono reads at once', () => {
  const H = 'date 2024-09-05\n';
  // Clauses of several lengths, so that the pieces end at every place of a clause in turn.
  const PADS = ['', 'a ', 'an ', 'and ', 'also ', 'again ', 'anyway ', 'already '];
  it.each([
    ['dated clauses with no full stop', 'the ministers met on September 5, 2024 and talked about the sanctions again ', 'September 5, 2024', '2024-09-05'],
    ...PADS.map((pad) => [`timed clauses with no full stop (+${pad.length})`, `the envoy arrived at 3 p.m. on Sept. 2 and ${pad}left `, '3 p.m. on Sept. 2', '2024-09-02T15:00']),
  ])('%s: every date found, in place', (_name, unit, mention, value) => {
    const count = Math.ceil(20_000 / unit.length); // 20,000 characters in one sentence
    const text = H + unit.repeat(count) + 'at last.';
    const got = extractText('long.txt', text).dates;
    expect(got.length).toBe(count);
    for (let i = 0; i < count; i++) {
      const at = H.length + i * unit.length + unit.indexOf(mention);
      expect(got[i]).toMatchObject({ start: at, end: at + mention.length, text: mention, value });
    }
  });
  it.each([
    ['capitalized words only (cut at any space)', 'Ministers Met On September 5, 2024 And Talked ', 300],
    ['a 20,000-letter word before the date (cut anywhere)', 'x'.repeat(20_000) + ' on September 5, 2024 ', 2],
    ['astral letters with no space (a pair never cut)', '\u{1D400}'.repeat(9_000) + ' on September 5, 2024 ', 2],
  ])('%s: offsets stay true', (_name, unit, count) => {
    const text = H + unit.repeat(count) + 'the end.';
    const got = extractText('long.txt', text);
    expect(badSpans(got, text)).toEqual([]);
    expect(got.dates.length).toBeGreaterThan(0);
    for (const d of got.dates) expect(d.value).toMatch(/^2024-09-0/);
  });
});

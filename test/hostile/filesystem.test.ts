/**
 * Hostile trees: missing paths, a folder named like an article, link loops, dangling links,
 * unreadable files, thousands of files, odd names. Each failure is one stderr line naming the
 * path and an `errors` entry; everything else is processed, in sorted path order.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, ErrorCode } from '../../src/types.js';
import { BIN, claims } from '../support/cli.js';
import { ROOT } from '../support/fixtures.js';
import { GOOD, isRoot, lines, parseJson, parseNdjson, runInProcess, tempDir, writeGood } from './support.js';

const goodNames = Object.keys(GOOD);

/**
 * Root reads a chmod-000 file anyway, so as root the CLI runs as `nobody` (uid 65534) for the
 * unreadable-file case, when that user can read the repository; otherwise the case is skipped.
 */
const NOBODY = { uid: 65534, gid: 65534 };
const canDropRoot =
  !isRoot || spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], { cwd: ROOT, ...NOBODY }).status === 0;

/** A folder with the good articles and whatever `make` adds; the run on it and on the good files alone. */
async function beside(make: (dir: string) => void, extra: string[] = []) {
  const dir = tempDir();
  const good = writeGood(dir);
  make(dir);
  const alone = parseJson((await runInProcess(['extract', ...good, '--format', 'json'])).stdout).articles;
  const json = await runInProcess(['extract', dir, ...extra, '--format', 'json']);
  const nd = await runInProcess(['extract', dir, ...extra, '--format', 'ndjson']);
  return { dir, alone, json, out: parseJson(json.stdout), nd, items: parseNdjson(nd.stdout) };
}

describe.each<[string, (dir: string) => void, string, ErrorCode, RegExp]>([
  ['a symlink to itself', (d) => symlinkSync('loop.txt', join(d, 'loop.txt')), 'loop.txt', 'ELOOP', /too many levels of symbolic links/],
  ['a dangling symlink', (d) => symlinkSync(join(d, 'gone', 'nowhere.txt'), join(d, 'dangling.txt')), 'dangling.txt', 'ENOENT', /broken symbolic link \(its target .*nowhere\.txt does not exist\)/],
])('%s', (_name, make, file, code, message) => {
  it('fails alone: exit 1, one stderr line naming it, an errors entry, the good articles unchanged (json and ndjson)', async () => {
    const r = await beside(make);
    const path = join(r.dir, file);
    expect(r.json.code).toBe(1);
    expect(lines(r.json.stderr)).toEqual([expect.stringMatching(new RegExp(`^claims: error: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `))]);
    expect(lines(r.json.stderr)[0]).toMatch(message);
    expect(r.out.errors).toEqual([{ file: path, code, message: expect.stringMatching(message) }]);
    expect(r.out.articles).toEqual(r.alone);
    expect(r.nd.code).toBe(1);
    expect(r.items).toEqual([{ error: r.out.errors[0] }, ...r.alone]);
  });
});

describe('file system', () => {
  it('a missing path is an ENOENT error; the other paths are processed', async () => {
    const dir = tempDir();
    const good = writeGood(dir);
    const r = await runInProcess(['extract', good[0]!, join(dir, 'missing.txt'), good[1]!, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`claims: error: ${join(dir, 'missing.txt')}: no such file or directory`]);
    const out = parseJson(r.stdout);
    expect(out.errors).toEqual([{ file: join(dir, 'missing.txt'), code: 'ENOENT', message: 'no such file or directory' }]);
    expect(out.articles.map((a) => a.file)).toEqual(good);
  });

  it('a folder named x.txt is a folder: walked, not read as an article', async () => {
    const r = await beside((d) => {
      mkdirSync(join(d, 'x.txt'));
      writeFileSync(join(d, 'x.txt', 'inner.txt'), 'date 2024-09-05\nThe ministry said on Monday that talks were over.');
    });
    expect(r.json.code).toBe(0);
    expect(r.json.stderr).toBe('');
    expect(r.out.articles.map((a) => a.file.slice(r.dir.length + 1))).toEqual(['a-good.txt', 'x.txt/inner.txt', 'zz-good.txt']);
    expect(r.out.articles.filter((a) => !a.file.includes('x.txt'))).toEqual(r.alone);
  });

  it('a folder named x.txt named on its own with nothing in it: a warning, exit 0, empty but valid output', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.txt'));
    const r = await runInProcess(['extract', join(dir, 'x.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([`claims: warning: ${join(dir, 'x.txt')}: no files ending in .txt found`]);
    expect(parseJson(r.stdout)).toEqual({ schemaVersion: 1, articles: [], errors: [] });
  });

  it('a folder link loop is walked once', async () => {
    const r = await beside((d) => {
      mkdirSync(join(d, 'sub'));
      symlinkSync(d, join(d, 'sub', 'back'));
      symlinkSync(join(d, 'sub'), join(d, 'sub', 'self'));
    });
    expect(r.json.code).toBe(0);
    expect(r.out.articles).toEqual(r.alone);
  });

  it.skipIf(!canDropRoot)('an unreadable file (chmod 000) is an EACCES error for that file only', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const good = writeGood(dir);
    writeFileSync(join(dir, 'locked.txt'), 'date 2024-09-05\nSecret.');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const asUser = isRoot ? NOBODY : {};
    const r = spawnSync(process.execPath, [BIN, 'extract', dir, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, ...asUser });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([`claims: error: ${join(dir, 'locked.txt')}: permission denied`]);
    const out = parseJson(r.stdout);
    expect(out.errors).toEqual([{ file: join(dir, 'locked.txt'), code: 'EACCES', message: 'permission denied' }]);
    expect(out.articles.map((a) => a.file)).toEqual(good);
  });

  it('odd file names (non-ASCII, spaces, quotes, a leading dash) come through intact, in sorted order', async () => {
    const names = ['- dash.txt', 'Ünïcödé 記事.txt', 'with  two spaces.txt', 'quote"s and \'apos\'.txt', 'emoji 📰.txt'];
    const r = await beside((d) => {
      for (const n of names) writeFileSync(join(d, n), `date 2024-09-05\nThe minister said on Monday that ${n} arrived.`);
    });
    expect(r.json.code).toBe(0);
    expect(r.out.articles.map((a) => a.file.slice(r.dir.length + 1))).toEqual([...names, ...goodNames].sort());
    for (const a of r.out.articles) expect(a.sentences.length).toBeGreaterThan(0);
  });

  it('output order is sorted whatever order the files were created in', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${String((i * 17) % 30).padStart(2, '0')}.txt`);
    const folders = ['b', 'a/c', 'a'];
    const make = (order: string[]) => (d: string) => {
      for (const f of [...folders].reverse()) mkdirSync(join(d, f), { recursive: true });
      for (const n of order) for (const f of folders) writeFileSync(join(d, f, n), `date 2024-09-05\nItem ${f}/${n} was filed on Monday.`);
    };
    const one = await beside(make(names));
    const two = await beside(make([...names].reverse()));
    const rel = (r: typeof one) => r.out.articles.map((a) => a.file.slice(r.dir.length + 1));
    const sorted = [...names].sort();
    // Each folder's entries sorted, folders walked where they sort: a/ (a/c/ first), a-good.txt, b/, zz-good.txt.
    const expected = [...sorted.map((n) => `a/c/${n}`), ...sorted.map((n) => `a/${n}`), 'a-good.txt', ...sorted.map((n) => `b/${n}`), 'zz-good.txt'];
    expect(rel(one)).toEqual(expected);
    expect(rel(two)).toEqual(expected);
    expect(two.nd.stdout.split(two.dir).join('<dir>')).toBe(one.nd.stdout.split(one.dir).join('<dir>'));
  });

  it('thousands of files: every one processed, in order, valid NDJSON (built CLI)', () => {
    const dir = tempDir();
    const N = 2000;
    for (let i = N - 1; i >= 0; i--) {
      const sub = join(dir, `d${i % 7}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `f${String(i).padStart(4, '0')}.txt`), `date 2024-09-05\nFile ${i}.`);
    }
    const r = claims(['extract', dir, '--format', 'ndjson', '--only', 'sentences']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const files = parseNdjson(r.stdout).map((x) => (x as Article).file.slice(dir.length + 1));
    expect(files).toHaveLength(N);
    expect(files).toEqual([...files].sort());
  });
});

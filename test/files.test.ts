import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, walk } from '../src/files.js';
import { tempDir } from './support/temp.js';

function tree(): string {
  const dir = tempDir('claims-walk-');
  mkdirSync(join(dir, 'b dir'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'z.txt'), 'date 2024-09-05\nZ.');
  writeFileSync(join(dir, 'a', 'é.txt'), 'date 2024-09-05\nA.');
  writeFileSync(join(dir, 'b dir', 'c.TXT'), 'date 2024-09-05\nC.');
  writeFileSync(join(dir, 'notes.md'), 'not an article');
  symlinkSync(dir, join(dir, 'a', 'loop'));
  return dir;
}

describe('walk', () => {
  it('recurses into folders, keeps wanted endings only, sorts, and survives a link loop', async () => {
    const dir = tree();
    const { files, errors } = await walk([dir], { extensions: ['txt'] });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/é.txt', 'b dir/c.TXT', 'z.txt']);
    expect(errors).toEqual([]);
  });

  it('takes a named file whatever its ending, and reports a missing path', async () => {
    const dir = tree();
    const { files, errors } = await walk([join(dir, 'notes.md'), join(dir, 'nope.txt')], { extensions: ['txt'] });
    expect(files).toEqual([join(dir, 'notes.md')]);
    expect(errors.map((e) => e.code)).toEqual(['ENOENT']);
  });

  it('follows links to articles and to folders, reports a broken link, and skips what is neither file nor folder', async () => {
    const dir = tree();
    const outside = tempDir('claims-walk-outside-');
    writeFileSync(join(outside, 'linked.txt'), 'date 2024-09-05\nL.');
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'inner.txt'), 'date 2024-09-05\nI.');
    symlinkSync(join(outside, 'linked.txt'), join(dir, 'm-link.txt'));
    symlinkSync(join(outside, 'folder'), join(dir, 'n-folder'));
    symlinkSync(join(outside, 'linked.md'), join(dir, 'p-broken.txt'));
    symlinkSync(join(outside, 'linked.txt'), join(dir, 'q-link.md'));
    const fifo = spawnSync('mkfifo', [join(dir, 'o-fifo.txt')]);
    const { files, errors } = await walk([dir], { extensions: ['txt'] });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/é.txt', 'b dir/c.TXT', 'm-link.txt', 'n-folder/inner.txt', 'z.txt']);
    expect(errors.map((e) => [e.file.slice(dir.length + 1), e.code, e.message])).toEqual([['p-broken.txt', 'ENOENT', expect.stringMatching(/^broken symbolic link/)]]);
    // (A FIFO is neither: had the walk taken it, reading it would wait for a writer forever.)
    expect(fifo.status).toBe(0);
  });
});

describe('extractFile', () => {
  it('turns a directory named like an article into an error, not a crash', async () => {
    const dir = tempDir('claims-');
    mkdirSync(join(dir, 'x.txt'));
    const r = await extractFile(join(dir, 'x.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('EISDIR');
  });

  it('skips a file over --max-file-size with TOO_LARGE', async () => {
    const dir = tempDir('claims-');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    const r = await extractFile(join(dir, 'big.txt'), { maxFileSize: 1000 });
    expect(r.ok ? null : r.error.code).toBe('TOO_LARGE');
  });

  it('skips a binary file with BINARY', async () => {
    const dir = tempDir('claims-');
    writeFileSync(join(dir, 'img.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await extractFile(join(dir, 'img.txt'));
    expect(r.ok ? null : r.error.code).toBe('BINARY');
  });
});

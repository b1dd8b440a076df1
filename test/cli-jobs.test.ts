/**
 * `claims extract --jobs`, the progress line and --quiet: parallel runs write exactly what one
 * worker writes, output streams as files finish, and standard error stays readable.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli.js';
import { BIN, claims } from './support/cli.js';
import { ARTICLES_DIR, ROOT, fixtures } from './support/fixtures.js';
import { lines, parseNdjson, tempDir, writeGood } from './hostile/support.js';

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY = false, readonly columns = 80) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/** The CLI in process; `tty` makes standard error claim to be a terminal (no delay before the progress line). */
async function inProcess(args: string[], tty = false) {
  const stdout = new Sink();
  const stderr = new Sink(tty);
  const io: Io = { stdout, stderr, env: {}, progress: { delay: 0, interval: 0 } };
  const code = await run(['node', 'claims', ...args], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The fixtures, and around them files that fail or warn, in a folder and a subfolder. */
function mixedTree(): string {
  const dir = tempDir('claims-jobs-');
  for (const f of fixtures()) copyFileSync(join(ARTICLES_DIR, f.file.split('/').pop()!), join(dir, f.file.split('/').pop()!));
  writeGood(dir);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'bad-header.txt'), 'date 2024-13-45\nBody.');
  writeFileSync(join(dir, 'sub', 'binary.txt'), Buffer.from([0x64, 0x61, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'sub', 'latin1.txt'), Buffer.from('date 2024-09-05\nThe caf\xe9 owner said on Monday that prices would rise.', 'latin1'));
  writeFileSync(join(dir, 'sub', 'ok.txt'), 'date 2024-09-05\nThe minister said on Monday that talks were over.');
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  writeFileSync(join(dir, '000-empty.txt'), '');
  return dir;
}

const FORMATS = ['report', 'json', 'ndjson'] as const;

describe('--jobs: the same output as one worker, byte for byte', () => {
  it.each(FORMATS)('%s: --jobs 1 and --jobs 3 write the same, errors and warnings in the same places', async (format) => {
    const dir = mixedTree();
    const one = await inProcess(['extract', dir, '--format', format, '--jobs', '1']);
    const three = await inProcess(['extract', dir, '--format', format, '--jobs', '3']);
    expect(one.code).toBe(1);
    expect(three).toEqual(one);
    expect(lines(one.stderr)).toEqual([
      expect.stringMatching(/dangling\.txt: broken symbolic link/),
      expect.stringMatching(/sub\/bad-header\.txt: malformed date header/),
      expect.stringMatching(/sub\/binary\.txt: binary file/),
      expect.stringMatching(/^claims: warning: .*sub\/latin1\.txt: not valid UTF-8/),
    ]);
  });

  it('the built CLI (worker threads): --jobs 1 and --jobs 3 give identical NDJSON; NDJSON and JSON as in process', async () => {
    const dir = mixedTree();
    const nd1 = claims(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    const nd3 = claims(['extract', dir, '--format', 'ndjson', '--jobs', '3']);
    expect(nd1.code).toBe(1);
    expect(nd3).toEqual(nd1);
    const items = parseNdjson(nd1.stdout);
    expect(items.map((x) => ('error' in x ? `error ${x.error.code}` : x.file.slice(dir.length + 1)))).toEqual([
      'error ENOENT',
      '000-empty.txt',
      ...fixtures().map((f) => f.file.split('/').pop()),
      'a-good.txt',
      'error BAD_HEADER',
      'error BINARY',
      'sub/latin1.txt',
      'sub/ok.txt',
      'zz-good.txt',
    ]);
    // Workers send the JSON formats' text ready-made; in process the main thread makes it: the same bytes.
    expect(nd1).toEqual(await inProcess(['extract', dir, '--format', 'ndjson', '--jobs', '1']));
    const built = claims(['extract', dir, '--format', 'json', '--jobs', '3']);
    expect(built).toEqual(await inProcess(['extract', dir, '--format', 'json', '--jobs', '1']));
    // The report is rendered from the same results on the main thread: in process above.
  });
});

describe('--jobs usage', () => {
  it.each(['0', '-2', '1.5', 'two', '', '1e3', '03'])('--jobs %j is a usage error (exit 2, one line and a hint)', async (value) => {
    const r = await inProcess(['extract', ROOT, '--jobs', value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([`claims: --jobs: "${value}" is not a positive whole number of worker threads`, '(run "claims extract --help" for usage)']);
  });

  it('-j 2 and --jobs=2 are accepted; help names --jobs and --quiet', async () => {
    const dir = tempDir();
    writeGood(dir);
    expect((await inProcess(['extract', dir, '-j', '2', '-f', 'ndjson'])).code).toBe(0);
    expect((await inProcess(['extract', dir, '--jobs=2', '-f', 'ndjson'])).code).toBe(0);
    const help = await inProcess(['extract', '--help']);
    expect(help.stdout).toMatch(/-j, --jobs <n>/);
    expect(help.stdout).toMatch(/-q, --quiet/);
  });
});

const CLEAR = '\r\x1b[K';
/** Standard error on a terminal colors the word `error`. */
const uncolored = (s: string) => s.replace(/\x1b\[3[19]m/g, '');

describe('the progress line and --quiet', () => {
  it('not on a terminal: no progress line, errors and warnings as plain lines', async () => {
    const r = await inProcess(['extract', mixedTree(), '--format', 'ndjson']);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b');
    expect(lines(r.stderr)).toHaveLength(4);
  });

  it('on a terminal: drawn in place, cleared at the end, every error and warning line whole', async () => {
    const dir = mixedTree();
    const plain = await inProcess(['extract', dir, '--format', 'ndjson']);
    const tty = await inProcess(['extract', dir, '--format', 'ndjson'], true);
    expect(tty.stdout).toBe(plain.stdout);
    expect(tty.code).toBe(plain.code);
    expect(tty.stderr).toContain(`${CLEAR}[`);
    expect(tty.stderr.endsWith(CLEAR)).toBe(true);
    // Between clears: either the progress line (no newline) or whole lines of messages.
    const pieces = tty.stderr.split(CLEAR).filter(Boolean);
    const bars = pieces.filter((p) => !p.includes('\n'));
    const messages = pieces.filter((p) => p.includes('\n'));
    for (const b of bars) expect(b).toMatch(/^\[[#-]+\] \d+\/12 files {2}\d+\.\d+ MB\/s {2}ETA (--|\d+:\d\d)$/);
    expect(bars.at(-1)).toMatch(/ 12\/12 files /);
    for (const m of messages) expect(uncolored(m)).toMatch(/^(claims: [^\r\x1b]*\n)+$/);
    expect(uncolored(messages.join(''))).toBe(plain.stderr);
  });

  it('--quiet on a terminal: no progress line, no warnings, the errors still', async () => {
    const dir = mixedTree();
    const r = await inProcess(['extract', dir, '--format', 'json', '-q'], true);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('\r');
    expect(lines(r.stderr)).toHaveLength(3);
    expect(lines(uncolored(r.stderr)).every((l) => l.startsWith('claims: error: '))).toBe(true);
    expect(r.stdout).toBe((await inProcess(['extract', dir, '--format', 'json'])).stdout);
  });

  it('--quiet hides the no-files warning too; the exit code is unchanged', async () => {
    const dir = tempDir();
    const r = await inProcess(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('many workers', () => {
  /** `bin` with `args`, its standard output read slowly: a pause after every chunk, so that the pipe fills and the run waits on it. */
  function slowReader(bin: string, args: string[], pauseMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => {
        stdout += d;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), pauseMs);
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('--jobs 12 with a reader that falls behind: nothing on stderr, the same bytes as --jobs 1', async () => {
    // Enough files for twelve workers (and too many for the main thread to take the run on its
    // own: src/cli.ts `smallRun`), and enough output to fill the pipe many times over.
    const dir = tempDir('claims-many-');
    for (let copy = 0; copy < 14; copy++) {
      for (const f of fixtures()) {
        const name = f.file.split('/').pop()!;
        copyFileSync(join(ARTICLES_DIR, name), join(dir, `${copy}-${name}`));
      }
    }
    const args = ['extract', dir, '--format', 'ndjson'];
    const many = await slowReader(BIN, [...args, '--jobs', '12'], 150);
    const one = claims([...args, '--jobs', '1']);
    expect(many.stderr).toBe('');
    expect(many.code).toBe(0);
    expect(one.code).toBe(0);
    expect(many.stdout.length).toBeGreaterThan(4 * 65536);
    expect(many.stdout).toBe(one.stdout);
  });
});

describe('streaming', () => {
  /**
   * The last file is standard input, held open until the first article comes out: the run
   * can only finish if the first article is written before the last file is read.
   */
  it.each([
    ['ndjson', (out: string) => out.includes('\n')],
    ['json', (out: string) => out.includes('"file"')],
  ] as const)('%s: the first article is written while the last file is still to come', async (format, firstArticle) => {
    const dir = tempDir();
    const [a, z] = writeGood(dir);
    const r = await new Promise<{ code: number | null; stdout: string; early: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', a!, z!, '-', '--format', format, '--jobs', '2', '--date', '2024-09-05'], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      let stdout = '';
      let early = '';
      child.stdout.on('data', (d) => {
        stdout += d;
        if (!early && firstArticle(stdout)) {
          early = stdout;
          child.stdin.end('Officials said on Thursday that the talks would resume.');
        }
      });
      child.on('close', (code) => resolve({ code, stdout, early }));
    });
    expect(r.code).toBe(0);
    expect(r.early).toContain(a);
    expect(r.early).not.toContain('<stdin>');
    const files = format === 'ndjson' ? parseNdjson(r.stdout).map((x) => (x as { file: string }).file) : (JSON.parse(r.stdout) as { articles: Array<{ file: string }> }).articles.map((x) => x.file);
    expect(files).toEqual([a, z, '<stdin>']);
  });
});

/**
 * `claims extract` from the start-up snapshot (src/launch.ts, src/snapshot.ts): the same bytes
 * and exit codes as the CLI without it, whichever way the run goes (on the warm main thread, or
 * on workers it tags for), and Ctrl-C on a terminal, which reaches both processes, is one
 * interruption. `CLAIMS_SNAPSHOT=1` makes a run fail rather than quietly start without it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_MAX_BYTES } from '../src/cli.js';
import { usableSnapshot } from '../src/launch.js';
import { BIN, claims } from './support/cli.js';
import { ARTICLES_DIR, ROOT } from './support/fixtures.js';
import { prose } from './hostile/adversarial.js';
import { lines, parseJson, tempDir, writeGood } from './hostile/support.js';

const INFO = pathToFileURL(join(ROOT, 'dist', 'snapshot.json'));
const ARGV = ['node', 'claims', 'extract', 'x.txt'];
const articles = readdirSync(ARTICLES_DIR).filter((n) => n.endsWith('.txt')).sort();

/** From the snapshot (required; node options of the caller's would rule it out), and without it. */
const FROM_SNAPSHOT = { CLAIMS_SNAPSHOT: '1', NODE_OPTIONS: '' };
const WITHOUT = { CLAIMS_SNAPSHOT: '0' };

/** The run from the snapshot and the run without it, side by side. */
function both(args: string[]) {
  return { snapshot: claims(args, { env: FROM_SNAPSHOT }), plain: claims(args, { env: WITHOUT }) };
}

/** A folder past `IN_PROCESS_MAX_BYTES`, so the run goes to workers: the fixtures over and over, and a file that fails. */
function largeRun(): string {
  const dir = tempDir('claims-snapshot-');
  let bytes = 0;
  for (let i = 0; bytes <= IN_PROCESS_MAX_BYTES; i++) {
    for (const name of articles) {
      copyFileSync(join(ARTICLES_DIR, name), join(dir, `${String(i).padStart(3, '0')}-${name}`));
      bytes += statSync(join(ARTICLES_DIR, name)).size;
    }
  }
  writeFileSync(join(dir, 'zz-bad.txt'), 'date yesterday\nBody.');
  return dir;
}

describe('the start-up snapshot', () => {
  it('npm run build writes one this node can run `claims extract` from', () => {
    expect(usableSnapshot(ARGV, {}, [], INFO)).toHaveProperty('path');
  });

  it('is not used where V8 would refuse it or the user turned it off, and says why', () => {
    expect(usableSnapshot(ARGV, { NODE_OPTIONS: '--max-old-space-size=4096' }, [], INFO)).toEqual({ reason: expect.stringMatching(/NODE_OPTIONS/) });
    expect(usableSnapshot(ARGV, {}, ['--expose-gc'], INFO)).toEqual({ reason: expect.stringMatching(/--expose-gc/) });
    expect(usableSnapshot(ARGV, { CLAIMS_SNAPSHOT: '0' }, [], INFO)).toEqual({ reason: 'CLAIMS_SNAPSHOT=0' });
    expect(usableSnapshot(['node', 'claims', '--help'], {}, [], INFO)).toHaveProperty('reason');
    const other = join(tempDir('claims-snapshot-'), 'snapshot.json');
    writeFileSync(other, JSON.stringify({ blob: 'x.blob', node: 'v0.0.1', platform: process.platform, arch: process.arch, flags: [], mark: 'm' }));
    expect(usableSnapshot(ARGV, {}, [], pathToFileURL(other))).toEqual({ reason: expect.stringMatching(/built for node v0\.0\.1/) });
  });

  it('CLAIMS_SNAPSHOT=1 where it cannot be used: a usage error that says why, and no output', () => {
    const r = claims(['extract', join(ARTICLES_DIR, articles[0]!)], { env: { CLAIMS_SNAPSHOT: '1', NODE_OPTIONS: '--no-warnings' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claims: CLAIMS_SNAPSHOT=1, but .*NODE_OPTIONS/)]);
  });

  it.each(articles)('one article (%s), on the warm main thread: the same bytes in every format', (name) => {
    for (const format of ['ndjson', 'json', 'report']) {
      const { snapshot, plain } = both(['extract', join(ARTICLES_DIR, name), '--format', format, '--explain']);
      expect(snapshot.stderr).toBe(plain.stderr);
      expect(snapshot.code).toBe(0);
      expect(snapshot.stdout).toBe(plain.stdout);
    }
  });

  it('a small folder with --only, and one with a file that fails: same bytes, same stderr, same exit code', () => {
    const dir = tempDir('claims-snapshot-');
    for (const name of articles) copyFileSync(join(ARTICLES_DIR, name), join(dir, name));
    writeGood(dir);
    writeFileSync(join(dir, 'zz-bad.txt'), 'date yesterday\nBody.');
    for (const args of [['--only', 'quotes,dates'], ['--format', 'json'], ['--format', 'report', '--no-color']]) {
      const { snapshot, plain } = both(['extract', dir, ...args]);
      expect(snapshot.code).toBe(1);
      expect(snapshot.code).toBe(plain.code);
      expect(snapshot.stderr).toBe(plain.stderr);
      expect(snapshot.stdout).toBe(plain.stdout);
    }
  });

  it('a run too large for the main thread goes to workers it tags for: same bytes with 1 and 2 workers', () => {
    const dir = largeRun();
    for (const jobs of ['1', '2']) {
      const { snapshot, plain } = both(['extract', dir, '--format', 'ndjson', '--explain', '--jobs', jobs]);
      expect(snapshot.code).toBe(1);
      expect(snapshot.stderr).toBe(plain.stderr);
      expect(lines(snapshot.stdout).length).toBeGreaterThan(articles.length);
      expect(snapshot.stdout).toBe(plain.stdout);
    }
  });

  it('standard input, small (on the main thread) and past IN_PROCESS_MAX_BYTES (on a worker): the same bytes', () => {
    const body = `${prose()}\n\n`;
    for (const text of [`date 2024-09-05\n${body}`, `date 2024-09-05\n${body.repeat(Math.ceil((IN_PROCESS_MAX_BYTES + 1) / body.length))}`]) {
      const args = ['extract', '-', '--format', 'json'];
      const r = claims(args, { input: text, env: FROM_SNAPSHOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(claims(args, { input: text, env: WITHOUT }).stdout);
    }
  });

  it('Ctrl-C on a terminal reaches bin/claims.js and the run both: one interruption, valid JSON, exit 130', async () => {
    // As a terminal does: SIGINT to the whole process group, so both processes get it.
    const dir = tempDir('claims-snapshot-');
    writeGood(dir);
    const text = prose();
    writeFileSync(join(dir, 'b-big.txt'), 'date 2024-09-05\n' + `${text}\n\n`.repeat(Math.ceil(1_500_000 / text.length)));
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', dir, '--format', 'json'], {
        cwd: ROOT,
        detached: true,
        env: { ...process.env, ...FROM_SNAPSHOT },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let sent = false;
      child.stdout.on('data', (d) => {
        stdout += d;
        if (!sent && stdout.includes('"file"')) {
          sent = true;
          process.kill(-child.pid!, 'SIGINT');
        }
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code).toBe(130);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claims: interrupted/)]);
    expect(parseJson(r.stdout).articles.map((a) => a.file)).toEqual([join(dir, 'a-good.txt')]);
  });

  it('a copy of Ctrl-C that comes late, while the run waits to write, is the same interruption: valid JSON, exit 130', async () => {
    // The reader stops reading, so the run waits on a full pipe; Ctrl-C, then the same signal
    // again 450 ms later (as bin/claims.js's copy can come on a loaded machine); then the reader
    // reads again.
    const dir = largeRun();
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'extract', dir, '--format', 'json'], { cwd: ROOT, detached: true, env: { ...process.env, ...FROM_SNAPSHOT }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.once('data', () => {
        child.stdout.pause();
        setTimeout(() => {
          process.kill(-child.pid!, 'SIGINT');
          setTimeout(() => {
            process.kill(-child.pid!, 'SIGINT');
            setTimeout(() => child.stdout.resume(), 300);
          }, 450);
        }, 1000);
      });
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code).toBe(130);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claims: interrupted/)]);
    expect(parseJson(r.stdout).articles.length).toBeGreaterThan(0);
  });
});

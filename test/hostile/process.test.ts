/**
 * The process around the run: a reader that goes away, Ctrl-C, escape sequences aimed at the
 * terminal, and usage errors. All through the built CLI, as a user meets them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { BIN, claims } from '../support/cli.js';
import { ROOT } from '../support/fixtures.js';
import { prose } from './adversarial.js';
import { lines, parseJson, parseNdjson, tempDir, writeGood } from './support.js';

const FIXTURE = join(ROOT, 'fixtures/articles/000_a6cf811691f3d794.txt');

/** Many copies of a real article, so a run takes a while. */
function manyArticles(n: number): string {
  const dir = tempDir();
  for (let i = 0; i < n; i++) copyFileSync(FIXTURE, join(dir, `a${String(i).padStart(4, '0')}.txt`));
  return dir;
}

describe('a reader that goes away', () => {
  it('`claims extract dir --format ndjson | head -1` prints one article and exits 0 without a word on stderr', () => {
    const dir = manyArticles(60);
    const r = spawnSync('bash', ['-c', `node "${BIN}" extract "${dir}" --format ndjson | head -1; echo "claims exit \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(lines(r.stdout)).toHaveLength(1);
    expect((JSON.parse(r.stdout) as Article).file).toBe(join(dir, 'a0000.txt'));
    expect(r.stderr).toBe('claims exit 0\n');
  });
});

describe('Ctrl-C', () => {
  /**
   * Start the CLI, wait until `ready(stdout)`, send SIGINT; resolve with what it left. A run
   * still alive 20 s later is killed (`signal` SIGKILL), so a hang fails here and says so.
   */
  function interrupt(args: string[], ready: (out: string) => boolean, env: Record<string, string> = {}) {
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      let sent = false;
      const stuck = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.stdout.on('data', (d) => {
        stdout += d;
        if (!sent && ready(stdout)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code, signal) => {
        clearTimeout(stuck);
        resolve({ code, signal, stdout, stderr });
      });
    });
  }

  /** A folder: one small article first, then one big enough to take many seconds. */
  function smallThenBig(): string {
    const dir = tempDir();
    writeGood(dir);
    const text = prose();
    writeFileSync(join(dir, 'b-big.txt'), 'date 2024-09-05\n' + `${text}\n\n`.repeat(Math.ceil(1_500_000 / text.length)));
    return dir;
  }

  it('during a long article (json): exit 130, one line on stderr, valid JSON holding the articles finished before', async () => {
    const dir = smallThenBig();
    const r = await interrupt(['extract', dir, '--format', 'json'], (out) => out.includes('"file"'));
    expect(r.code).toBe(130);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claims: interrupted/)]);
    const out = parseJson(r.stdout);
    // Promptly, without a clock: the big article (seconds of work) was cut off, not finished
    // and printed before the signal was heard, and the good article after it never started.
    expect(out.articles.map((a) => a.file)).toEqual([join(dir, 'a-good.txt')]);
    expect(out.errors).toEqual([]);
  });

  /**
   * A named pipe named on the command line, with no writer: its read waits (as `cat` would), and
   * Ctrl-C must still end the run. Opened blocking, it held a thread node waits for at exit.
   */
  it.each(['1', '0'])('while a named pipe with no writer is read (CLAIMS_SNAPSHOT=%s): exit 130, the article before it', async (snapshot) => {
    const dir = tempDir();
    const [good] = writeGood(dir);
    const fifo = join(dir, 'z-pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await interrupt(['extract', good!, fifo, '--format', 'ndjson'], (out) => out.includes('\n'), { CLAIMS_SNAPSHOT: snapshot });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claims: interrupted/)]);
    expect(parseNdjson(r.stdout).map((a) => (a as Article).file)).toEqual([good]);
  });

  it('ndjson: every line written is a whole JSON value', async () => {
    const dir = smallThenBig();
    const r = await interrupt(['extract', dir, '--format', 'ndjson'], (out) => out.includes('\n'));
    expect(r.code).toBe(130);
    expect(parseNdjson(r.stdout).map((a) => (a as Article).file)).toEqual([join(dir, 'a-good.txt')]);
  });
});

describe('terminal safety', () => {
  const evil =
    'date 2024-09-05\n“Run \u001b[2J\u001b]0;owned\u0007 now, \u202eevil\u009b31m and \u0008\u0008 go,” Ivan Petrov said on Monday.\n\n' +
    'The \u001b[31mred\u001b[0m team said on Tuesday that \rit was over.\n';

  function treeWithEscapes(): { dir: string; evilName: string; badName: string } {
    const dir = tempDir();
    writeGood(dir);
    const evilName = 'news \u001b[5mblink\u001b[0m.txt';
    const badName = 'bad \u001b]0;title\u0007.txt';
    writeFileSync(join(dir, evilName), evil);
    // a failing file whose name and message carry escapes: `date` header echoed in the message
    writeFileSync(join(dir, badName), 'date \u001b[2Jnow\nBody.');
    return { dir, evilName, badName };
  }

  it.each([
    ['plain', {}],
    ['FORCE_COLOR', { FORCE_COLOR: '1' }],
  ])('the report (%s) shows escapes and control characters visibly, never raw; stderr too', (_name, env) => {
    const { dir } = treeWithEscapes();
    const r = claims(['extract', dir], { env });
    expect(r.code).toBe(1);
    // Color codes the report adds itself are SGR sequences (ESC [ digits m); nothing else may start with ESC.
    const strayEsc = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(strayEsc).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toContain('\\x1B[2J');
    expect(r.stdout).toContain('\\x1B]0;owned\\x07');
    expect(r.stdout).toContain('news \\x1B[5mblink\\x1B[0m.txt');
    expect(r.stdout).toContain('\\u202E');
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).not.toContain('\u001b[5m');
    // stderr: one line per problem, escapes visible
    const stderr = r.stderr.replace(/\u001b\[[0-9;]*m/g, '');
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^claims: error: .*bad \\x1B\]0;title\\x07\.txt: malformed date header "date \\x1B\[2Jnow": expected/)]);
  });

  it('JSON keeps the text exactly (escaped as JSON requires), offsets intact', () => {
    const { dir, evilName } = treeWithEscapes();
    const out = parseJson(claims(['extract', dir, '--format', 'json']).stdout);
    const a = out.articles.find((x) => x.file === join(dir, evilName))!;
    expect(a.sentences.map((s) => evil.slice(s.start, s.end) === s.text)).not.toContain(false);
    expect(a.quotes[0]?.text).toContain('\u001b]0;owned\u0007');
  });
});

describe('usage errors: one line, a hint, exit 2, nothing read', () => {
  it.each([
    [['extract', 'x', '--bogus'], /^error: unknown option '--bogus'$/],
    [['extract', 'x', '--format', 'yaml'], /^error: option '-f, --format <format>' argument 'yaml' is invalid\. Allowed choices are report, json, ndjson\.$/],
    [['extract', 'x', '--date', '2024-02-30'], /^claims: --date: "2024-02-30" is not a calendar date in the form YYYY-MM-DD$/],
    [['extract', 'x', '--date', 'yesterday'], /^claims: --date: "yesterday" is not a calendar date/],
    [['extract', 'x', '--max-file-size', 'huge'], /^claims: --max-file-size: "huge" is not a size/],
    [['extract', 'x', '--only', 'weather'], /^claims: --only: unknown kind "weather"/],
  ])('%j', (args, message) => {
    const r = claims(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, hint, ...rest] = lines(r.stderr);
    expect(first).toMatch(message);
    expect(hint).toMatch(/^\(run "claims (extract )?--help" for usage\)$/);
    expect(rest).toEqual([]);
  });
});

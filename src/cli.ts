/**
 * The command line: a thin shell over the library. `run(argv)` resolves to the exit code;
 * `bin/claims.js` only sets it.
 *
 * Exit codes: 0 every file processed; 1 some files failed (each named on stderr and listed in
 * the JSON `errors`); 2 bad usage; 130 / 143 interrupted by SIGINT / SIGTERM.
 *
 * The main thread only walks, dispatches and writes: files are extracted on a pool of worker
 * threads (`--jobs`, src/pool.ts), results written in walk order as soon as their turn comes.
 * It loads little (no extractor; the report and chalk only for the report format), so a run on
 * one article starts fast.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { KINDS, type Kind } from './types.js';
import { isoDate } from './read.js';
import { DEFAULT_MAX_FILE_SIZE, displayName, failure, readArticle, walk, type ReadOptions } from './files.js';
import { dropSpare, fitTagger, inProcessLane, isWarm, ordered, planLanes, workerUrl, type LanePlan, type OrderedRun, type Sized, type StdinReader } from './pool.js';
import { createProgress, type Progress, type ProgressOptions } from './progress.js';
import type { FormatName, FormatterFactory } from './render/index.js';
import { visible } from './render/visible.js';

export const EXIT_OK = 0;
export const EXIT_FILES_FAILED = 1;
export const EXIT_USAGE = 2;
/** Interrupted by Ctrl-C (SIGINT), as shells report it: 128 + 2. */
export const EXIT_INTERRUPTED = 130;
/** Stopped by SIGTERM: 128 + 15. */
export const EXIT_TERMINATED = 143;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  /** The progress line's timing (tests: no delay, no clock); by default 1 s delay, 200 ms redraws. */
  progress?: ProgressOptions;
}

const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

class UsageError extends Error {}

/** The formats, each loaded only when asked for (the report brings chalk). */
const FORMAT_LOADERS: Record<FormatName, () => Promise<FormatterFactory>> = {
  report: async () => (await import('./render/report.js')).report,
  json: async () => (await import('./render/json.js')).json,
  ndjson: async () => (await import('./render/json.js')).ndjson,
};
const FORMAT_NAMES = Object.keys(FORMAT_LOADERS) as FormatName[];

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/** Whether to color: --no-color and NO_COLOR turn it off, FORCE_COLOR on, else only on a terminal. */
export function wantColor(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
  if (!date) throw new UsageError(`--date: "${value}" is not a calendar date in the form YYYY-MM-DD`);
  return date;
}

function parseKinds(value: string): Kind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) {
    throw new UsageError(`--only: unknown kind "${bad.join(',') || value}" (choose from ${KINDS.join(', ')})`);
  }
  return kinds as Kind[];
}

/** `--jobs`: a positive whole number of worker threads. */
export function parseJobs(value: string): number {
  const n = Number(value.trim());
  if (!value.trim() || !Number.isSafeInteger(n) || n < 1 || String(n) !== value.trim()) {
    throw new UsageError(`--jobs: "${value}" is not a positive whole number of worker threads`);
  }
  return n;
}

/** `20M`, `512k`, `1g`, `1048576` -> bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size: "${value}" is not a size (e.g. 20M, 512K, 1048576)`);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * scale);
}

/**
 * Write with back-pressure: wait for 'drain' when the stream's buffer is full. A stream that
 * errors or closes (the reader went away: `claims ... | head -1`) ends the wait too.
 */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!text || !stream.writable) return Promise.resolve();
  return new Promise((resolve) => {
    if (stream.write(text)) return resolve();
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * A second signal this soon after the first is the same interruption, come twice: Ctrl-C reaches
 * both bin/claims.js and the run it started from the start-up snapshot (src/launch.ts), and
 * bin/claims.js passes on what it receives. On a loaded machine its copy came over 300 ms late.
 */
const SAME_INTERRUPT_MS = 1000;

/** How long an interrupted run keeps listening for signals while it closes its output. */
const CLOSING_MS = 5000;

/** Resolves (to the exit code) on the first SIGINT or SIGTERM; a second one, later, exits at once. */
function onInterrupt(): { signalled: Promise<number>; dispose: () => void } {
  let resolve!: (code: number) => void;
  const signalled = new Promise<number>((r) => (resolve = r));
  let seen: number | null = null;
  const handler = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGTERM' ? EXIT_TERMINATED : EXIT_INTERRUPTED;
    if (seen !== null) {
      if (performance.now() - seen < SAME_INTERRUPT_MS) return;
      process.exit(code);
    }
    seen = performance.now();
    resolve(code);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signalled,
    dispose: () => {
      const off = () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
      if (seen === null) return off();
      // Interrupted: the second copy of the signal may still be on its way, and the run still has
      // its output to close. The listener stays a while: a copy is let by, a later signal ends
      // the process with the same code. (Taken off at once, or swapped for another, node would
      // give the signal back to its default action, if only for an instant: a copy that came
      // then, or after a short grace, ended the run with its output half written.)
      setTimeout(off, CLOSING_MS).unref();
    },
  };
}

const INTERRUPTED = Symbol('interrupted');

/**
 * Most bytes a warm main thread extracts itself (`isWarm`, src/pool.ts): about a quarter of a
 * second of work, so Ctrl-C, heard between two files, is still heard at once. Larger runs go to
 * the workers.
 */
export const IN_PROCESS_MAX_BYTES = 256 * 1024;

/**
 * Whether `files` are few and small enough, in all, to extract on the main thread
 * (`IN_PROCESS_MAX_BYTES`). Standard input alone is read first (`stdin`) to know.
 */
async function smallRun(files: readonly string[], stdin: StdinReader): Promise<boolean> {
  if (files.length === 1 && files[0] === '-') {
    // A read error is reported as the run's one result, as well from here as from a worker.
    return stdin().then((bytes) => bytes.length <= IN_PROCESS_MAX_BYTES, () => true);
  }
  // (Past 64 files, not worth a stat each: the run is large enough for workers.)
  if (!files.length || files.length > 64 || files.includes('-')) return false;
  try {
    const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
    return sizes.reduce((a, b) => a + b, 0) <= IN_PROCESS_MAX_BYTES;
  } catch {
    return false; // the workers report it, file by file
  }
}

interface ExtractFlags {
  format: FormatName;
  output?: string;
  date?: string;
  only?: string;
  explain: boolean;
  color: boolean;
  ext: string;
  maxFileSize?: string;
  jobs?: string;
  quiet: boolean;
}

async function extractCommand(paths: string[], flags: ExtractFlags, io: Io): Promise<number> {
  const date = flags.date === undefined ? undefined : parseDate(flags.date);
  const only = flags.only === undefined ? undefined : parseKinds(flags.only);
  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(flags.maxFileSize);
  const jobs = flags.jobs === undefined ? availableParallelism() : parseJobs(flags.jobs);
  const extensions = flags.ext.split(',').map((x) => x.trim()).filter(Boolean);
  if (!extensions.length) throw new UsageError('--ext: give at least one extension, e.g. txt,md');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (stdin) can be named only once');
  const factory = await FORMAT_LOADERS[flags.format]();

  const toFile = flags.output !== undefined && flags.output !== '-';
  const out: NodeJS.WritableStream = toFile ? createWriteStream(flags.output!) : io.stdout;
  let closed = false;
  let progress: Progress | null = null;
  const onError = (err: NodeJS.ErrnoException) => {
    closed = true;
    if (err.code !== 'EPIPE') (progress?.line ?? ((t: string) => io.stderr.write(t)))(`claims: cannot write output: ${err.message}\n`);
  };
  out.on('error', onError);

  const color = !toFile && wantColor(flags.color, io.env, Boolean(io.stdout.isTTY));
  const width = Math.max(60, Math.min(io.stdout.isTTY && !toFile ? (io.stdout.columns ?? 80) : 80, 100));
  const formatter = factory({ color, explain: flags.explain, width });
  const errColor = wantColor(flags.color, io.env, Boolean(io.stderr.isTTY));
  /** Errors always; warnings unless --quiet. Through the progress line when it is up, so it is not garbled. */
  const say = (file: string, level: 'error' | 'warning', message: string) => {
    if (level === 'warning' && flags.quiet) return;
    const text = `claims: ${level === 'error' && errColor ? '\x1b[31merror\x1b[39m' : level}: ${visible(file)}: ${visible(message)}\n`;
    if (progress) progress.line(text);
    else io.stderr.write(text);
  };
  // The report on the terminal that also shows the progress line: take the line off first.
  const sharesTerminal = !toFile && Boolean(io.stdout.isTTY);
  const emit = (text: string) => {
    if (sharesTerminal && text) progress?.clear();
    return write(out, text);
  };

  const interrupt = onInterrupt();
  let interruptedWith: number | null = null;
  // One reaction on the signal for the whole run: racing each result against a promise that
  // never settles would leave a reaction per result on it, holding every article until the end.
  let cancelWait: (() => void) | null = null;
  const stopped = interrupt.signalled.then((code): typeof INTERRUPTED => {
    interruptedWith = code;
    cancelWait?.();
    return INTERRUPTED;
  });
  const untilStopped = <T,>(work: Promise<T>): Promise<T | typeof INTERRUPTED> =>
    interruptedWith !== null
      ? Promise.resolve(INTERRUPTED)
      : new Promise<T | typeof INTERRUPTED>((resolve, reject) => {
          const cancel = () => resolve(INTERRUPTED);
          cancelWait = cancel;
          void work.then(resolve, reject).finally(() => {
            if (cancelWait === cancel) cancelWait = null;
          });
        });
  const options: ReadOptions = { date, only, explain: flags.explain, maxFileSize };
  const piece = flags.format !== 'report' && formatter.placed ? flags.format : undefined;
  let pool: OrderedRun<Sized> | null = null;
  let failed = 0;
  try {
    const walked = await Promise.race([walk(paths, { extensions }), stopped]);
    const { files, errors: walkErrors } = walked === INTERRUPTED ? { files: [], errors: [] } : walked;
    await fitTagger(files.length);
    // A small run on a warm main thread (started from the start-up snapshot) is done here: a
    // worker would take longer to start than the run takes.
    let read: Promise<Uint8Array> | null = null;
    const stdin: StdinReader = () => (read ??= readArticle('-', maxFileSize));
    const small = isWarm() ? await Promise.race([smallRun(files, stdin), stopped]) : false;
    const url = small === true ? null : workerUrl();
    if (files.length && io.stderr.isTTY && !flags.quiet) progress = createProgress(io.stderr, files.length, io.progress);
    // Lanes start on demand, so never more of them than files (a lane is one thread or a pair).
    // The JSON formats: workers send each article's text, not its objects (cheaper to pass,
    // and the main thread does not serialize).
    const plan: LanePlan = url ? planLanes(jobs, url, options, piece, stdin) : { lanes: jobs, ahead: 2 * jobs, lane: () => inProcessLane(options, stdin) };
    pool = ordered<string, Sized>(files, {
      jobs: plan.lanes,
      ahead: plan.ahead,
      lane: plan.lane,
      failed: (file, err) => ({ result: failure(displayName(file), err), size: 0 }),
    });
    await emit(formatter.begin());
    for (const e of walkErrors) {
      failed++;
      say(e.file, 'error', e.message);
      await emit(formatter.error(e));
    }
    if (walked !== INTERRUPTED && !files.length && !walkErrors.length) {
      say(paths.join(' '), 'warning', `no files ending in ${extensions.map((x) => (x.startsWith('.') ? x : `.${x}`)).join(', ')} found`);
    }
    while (!closed && interruptedWith === null) {
      const next = await untilStopped(pool.next());
      if (next === INTERRUPTED || next.done) break;
      const { result, size } = next.value;
      if ('piece' in result) {
        if (result.warning) say(result.file, 'warning', result.warning);
        await emit(formatter.placed!(result.piece));
      } else if (result.ok) {
        if (result.warning) say(result.article.file, 'warning', result.warning);
        await emit(formatter.article(result.article));
      } else {
        failed++;
        say(result.error.file, 'error', result.error.message);
        await emit(formatter.error(result.error));
      }
      progress?.tick(size);
    }
  } finally {
    interrupt.dispose();
    progress?.stop();
    progress = null;
    await pool?.close();
  }
  // Interrupted or not, close the output so what was written stays valid JSON / NDJSON.
  if (!closed) await write(out, formatter.end());
  if (toFile) await new Promise<void>((resolve) => out.end(resolve));
  if (interruptedWith !== null) {
    io.stderr.write('claims: interrupted; the output holds the files finished before it\n');
    return interruptedWith;
  }
  return failed ? EXIT_FILES_FAILED : EXIT_OK;
}

function buildProgram(io: Io, setCode: (code: number, work?: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('claims')
    .description('Extract sentences, quotes and speakers, dates and sanction figures from news articles.')
    .version(version(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run "claims --help" for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ claims extract fixtures/articles                 colored report for a folder
  $ claims extract news/ --format json -o out.json   one JSON document
  $ claims extract news/ --format ndjson | jq .file  one article per line
  $ claims extract - --date 2024-09-05 < story.txt   one article from stdin
  $ claims extract news/ --only quotes --explain     quotes with the rule behind each

Files are extracted in parallel (--jobs, default: one worker per core) and written in path
order. On a terminal, standard error shows a progress line for runs longer than a second;
--quiet hides it and the warnings, never the errors.

Exit codes: 0 all files processed, 1 some files failed, 2 bad usage, 130 interrupted (Ctrl-C),
143 stopped by SIGTERM.`,
    );

  program
    .command('extract')
    .description('extract from article files and folders (recursive); "-" reads one article from stdin')
    .argument('<paths...>', 'files, folders, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('report'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--date <YYYY-MM-DD>', 'article date for files without a date header')
    .option('--only <kinds>', `comma-separated kinds to extract: ${KINDS.join(', ')}`)
    .option('--explain', 'give the id of the rule behind every item', false)
    .option('--no-color', 'plain text report (also NO_COLOR=1; FORCE_COLOR=1 forces color)')
    .option('--ext <list>', 'file endings to read in folders, comma-separated', 'txt')
    .option('--max-file-size <size>', `skip larger files with an error (default ${DEFAULT_MAX_FILE_SIZE / 1024 / 1024}M)`)
    .option('-j, --jobs <n>', 'worker threads extracting side by side (default: the number of cores)')
    .option('-q, --quiet', 'no progress line and no warnings on stderr (errors are still printed)', false)
    .showHelpAfterError('(run "claims extract --help" for usage)')
    .action((paths: string[], flags: ExtractFlags) => {
      setCode(EXIT_OK, extractCommand(paths, flags, io));
    });
  return program;
}

/**
 * End the process with `code`, what `run` returned (for the CLI's entry points: bin/claims.js,
 * src/snapshot.ts). After an interruption it exits as soon as what was written is out: a read
 * that never ends (a named pipe with no writer, named on the command line) would otherwise keep
 * the process alive after Ctrl-C. Otherwise node ends when nothing is left to do.
 */
export function exitWith(code: number): void {
  process.exitCode = code;
  if (code !== EXIT_INTERRUPTED && code !== EXIT_TERMINATED) return;
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

/** Run the CLI with `argv` as in `process.argv` (node, script, ...args). Resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let work: Promise<number> | undefined;
  const program = buildProgram(io, (_code, w) => {
    work = w;
  });
  try {
    await program.parseAsync([...argv]);
    if (!work) {
      // `claims` alone: show help on stderr, which is a usage error.
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    return await work;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') {
        return EXIT_OK;
      }
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`claims: ${err.message}\n(run "claims extract --help" for usage)\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`claims: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT_FILES_FAILED;
  } finally {
    await dropSpare();
  }
}

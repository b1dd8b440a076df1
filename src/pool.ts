/**
 * Parallel extraction with results in input order.
 *
 * `ordered(items, ...)` runs items on up to `jobs` lanes (a lane does one item at a time: for the
 * CLI, one worker thread) and hands the results back strictly in input order, whichever finishes
 * first. Memory stays flat however many items there are: an item is started only while it is
 * fewer than `ahead` places past the next result to hand out, so at most `ahead` results are
 * running or finished-and-waiting at any moment. The caller asks for the next result only when it
 * has written the previous one (after the output's 'drain'), so a slow reader holds back the
 * dispatch too. Lanes start on demand: never more lanes than items.
 *
 * `workerLane(...)` is a lane backed by one worker thread running `worker.js`; `pairLane(...)` one
 * backed by two, a stage of extraction each; `planLanes` lays out the CLI's threads in them. A
 * worker that dies (a crash, memory exhausted) fails only the file it held, and a fresh worker
 * takes the next one.
 *
 * In a short run the workers share one tagger thread (`tagger.js`, started by `prestart`) that
 * loads compromise from the start of the process and tags for them (src/compromise.ts
 * `useTaggerThread`): its load is off the first article's path. A long run stops it as soon as
 * the files are known (`fitTagger`), and each worker loads compromise when it first needs it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort, type WorkerOptions } from 'node:worker_threads';
import { GONE, serveTagging, type TaggerLink } from './compromise.js';
import { displayName, extractBytes, failure, firstStage, readArticle, secondStage, type FileResult, type FirstStage, type ReadOptions } from './files.js';
import type { FileError } from './types.js';
import type { PieceFormat } from './render/json.js';

/**
 * Runs the items it is given, in the order given (up to its `depth`, else the pool's, at once:
 * the ones after the first wait in the lane, so that it never idles between two). `run` should
 * not reject; when it does, the pool's `failed` turns the error into a result.
 */
export interface Lane<T, R> {
  run(item: T): Promise<R>;
  close(): Promise<void>;
  /** Most items this lane holds at once, when not the pool's `depth`. */
  readonly depth?: number;
}

export interface OrderedOptions<T, R> {
  /** Most lanes. */
  jobs: number;
  /** Most items given to one lane at once, unless the lane says (`Lane.depth`; default 1). */
  depth?: number;
  /** Most items started but not yet handed out, running or done (default `jobs * (depth + 1)`, never below `jobs * depth`). */
  ahead?: number;
  /** Start a lane (called lazily, at most `jobs` times, never more often than there are items). */
  lane: () => Lane<T, R>;
  /** The result for an item whose lane rejected. */
  failed: (item: T, err: unknown) => R;
}

export interface OrderedRun<R> extends AsyncIterable<R> {
  /** The next result in input order; `done` after the last. Call again only after the previous call settled. */
  next(): Promise<IteratorResult<R, undefined>>;
  /** Items started so far. */
  readonly started: number;
  /** Lanes started so far. */
  readonly lanes: number;
  /** Stop every lane; results not handed out are dropped. */
  close(): Promise<void>;
}

export function ordered<T, R>(items: readonly T[], options: OrderedOptions<T, R>): OrderedRun<R> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const depth = Math.max(1, Math.floor(options.depth ?? 1));
  const ahead = Math.max(jobs * depth, Math.floor(options.ahead ?? jobs * (depth + 1)));
  const lanes: Array<{ lane: Lane<T, R>; busy: number }> = [];
  /** Finished results by index, from `taken` on; deleted once handed out. */
  const results = new Map<number, R>();
  let started = 0;
  let taken = 0;
  let closed = false;
  let waiter: { index: number; resolve: (r: IteratorResult<R, undefined>) => void } | null = null;

  /** An idle lane, else a new one, else the least busy one with room. */
  const pick = () => {
    let best: (typeof lanes)[number] | undefined;
    for (const l of lanes) if (l.busy < (l.lane.depth ?? depth) && (!best || l.busy < best.busy)) best = l;
    if (best?.busy === 0 || (lanes.length >= jobs && best)) return best;
    if (lanes.length < jobs) {
      const fresh = { lane: options.lane(), busy: 0 };
      lanes.push(fresh);
      return fresh;
    }
    return undefined;
  };

  const pump = () => {
    while (!closed && started < items.length && started < taken + ahead) {
      const l = pick();
      if (!l) return;
      const index = started++;
      const item = items[index]!;
      l.busy++;
      let settled: Promise<R>;
      try {
        settled = l.lane.run(item);
      } catch (err) {
        settled = Promise.reject(err);
      }
      settled
        .catch((err: unknown) => options.failed(item, err))
        .then((result) => {
          if (closed) return;
          l.busy--;
          if (waiter && waiter.index === index) {
            const w = waiter;
            waiter = null;
            w.resolve({ done: false, value: result });
          } else {
            results.set(index, result);
          }
          pump();
        });
    }
  };

  const run: OrderedRun<R> = {
    get started() {
      return started;
    },
    get lanes() {
      return lanes.length;
    },
    async next() {
      if (closed || taken >= items.length) return { done: true, value: undefined };
      const index = taken;
      let next: IteratorResult<R, undefined>;
      if (results.has(index)) {
        next = { done: false, value: results.get(index)! };
        results.delete(index);
      } else {
        pump();
        next = await new Promise<IteratorResult<R, undefined>>((resolve) => (waiter = { index, resolve }));
        if (next.done) return next;
      }
      taken++;
      pump();
      return next;
    },
    async close() {
      closed = true;
      waiter?.resolve({ done: true, value: undefined });
      waiter = null;
      results.clear();
      await Promise.all(lanes.splice(0).map((l) => l.lane.close()));
    },
    [Symbol.asyncIterator]() {
      return { next: () => run.next() };
    },
  };
  return run;
}

interface RequestBase {
  id: number;
  /** The name the result carries. */
  file: string;
  /** With every request, so a worker can start before the command line is parsed (`prestart`). */
  options: ReadOptions;
  /** Send the article as this JSON format's text (`Rendered`) rather than as an object. */
  piece?: PieceFormat;
}

/** One file's bytes, read by the main thread (`request`), to extract. */
export interface BytesRequest extends RequestBase {
  bytes: Uint8Array;
  /** Run the first stage of extraction alone (src/files.ts `firstStage`): the answer is a `Found`. */
  stage?: 'first';
  /**
   * With `stage`: when the thread is linked to a second stage's (`LinkMessage`) and the stage
   * succeeds, send the second stage its `FinishRequest` there and answer `Forwarded`.
   */
  forward?: boolean;
}

/** What the first stage of extraction found in one file, on another worker, to finish, with the file's bytes. */
export interface FinishRequest extends RequestBase {
  bytes: Uint8Array;
  first: FirstStage;
}

/** What the CLI sends a worker. */
export type WorkerRequest = BytesRequest | FinishRequest;

/**
 * An article already turned into its text (`PIECES[format]` in render/json.ts), which the main
 * thread only places: cheaper to pass between threads than the article's objects.
 */
export interface Rendered {
  ok: true;
  file: string;
  warning: string | null;
  piece: string;
}

/** A result with the number of bytes read (0 when unread), for the progress line. */
export interface Sized {
  result: FileResult | Rendered;
  size: number;
}

/** The first stage's answer, with the number of bytes read. */
export interface Found {
  found: FirstStage | { ok: false; error: FileError };
  size: number;
}

/**
 * The first stage's answer when it handed what it found straight to the second stage's thread
 * (`pairLane`): the incarnation of that thread it was handed to (`LinkMessage.to`), and the
 * bytes read.
 */
export interface Forwarded {
  forwarded: number;
  size: number;
}

/** What a worker answers: a result, what the first stage found when only that was asked for, or that it forwarded it. */
export type WorkerReply = { id: number } & (Sized | Found | Forwarded);

/**
 * Links the two threads of a pair (`pairLane`): the first stage's thread is given `port` and `to`,
 * the incarnation of the second's thread at the other end, and sends what it finds there (a
 * `FinishRequest`) instead of to the main thread; the second's is given the other end and takes
 * requests from it as from the main thread.
 */
export interface LinkMessage {
  link: MessagePort;
  to?: number;
}

/**
 * Extract the bytes read of the file `name` (or, given what the first stage found in them, finish
 * it); with `piece`, an article comes as that format's text. Never throws.
 */
export async function extractRead(read: { name: string; bytes: Uint8Array; first?: FirstStage }, options: ReadOptions, piece?: PieceFormat): Promise<Sized> {
  const { name, bytes, first } = read;
  const result = first ? await secondStage(first, bytes, options) : await extractBytes(name, bytes, options);
  const size = bytes.length;
  if (!piece || !result.ok) return { result, size };
  try {
    const { PIECES } = await import('./render/json.js');
    return { result: { ok: true, file: result.article.file, warning: result.warning, piece: PIECES[piece](result.article) }, size };
  } catch (err) {
    return { result: failure(name, err), size };
  }
}

/** The first stage of extraction over the bytes read of the file `name`. Never throws. */
export async function findRead(read: { name: string; bytes: Uint8Array }, options: ReadOptions): Promise<Found> {
  return { found: await firstStage(read.name, read.bytes, options), size: read.bytes.length };
}

/** Reads standard input; the CLI passes one that reads it once (`-` is named at most once), so it can look first. */
export type StdinReader = () => Promise<Uint8Array>;

/**
 * Every file is read here, on the main thread (standard input by `stdin` when given), and a
 * worker gets its bytes; a file that cannot be read fails here, without going to a worker.
 *
 * The main thread waits on I/O most of the time, so the read of the next file is done by the
 * time the worker finishes the one before. A worker reading for itself could not do that: a read
 * is five steps (stat, open, fstat, read, close), each waiting for the worker's event loop, which
 * waits for the article being extracted; over 10 MB of articles a worker stood idle 0.77 s
 * between them (its CPU profile's `(idle)`).
 */
async function request(file: string, options: ReadOptions, piece?: PieceFormat, stdin?: StdinReader): Promise<Omit<BytesRequest, 'id'> | Sized> {
  const name = displayName(file);
  try {
    return { file: name, bytes: await (file === '-' && stdin ? stdin() : readArticle(file, options.maxFileSize)), options, piece };
  } catch (err) {
    return { result: failure(name, err), size: 0 };
  }
}

/** A lane that extracts on this thread (a small run on a warm thread, or running from sources: no compiled worker). */
export function inProcessLane(options: ReadOptions, stdin?: StdinReader): Lane<string, Sized> {
  return {
    async run(file) {
      const req = await request(file, options, undefined, stdin);
      return 'result' in req ? req : extractRead({ name: req.file, bytes: req.bytes }, options);
    },
    close: async () => {},
  };
}

/** The compiled script `name` beside this module; null when running from sources (tsx), which have none. */
function compiledBeside(name: string): URL | null {
  const url = new URL(`./${name}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** The compiled worker beside this module; null when running from sources, where extraction stays in process. */
export const workerUrl = (): URL | null => compiledBeside('worker.js');

/** The compiled tagger thread beside this module; null when running from sources. */
export const taggerUrl = (): URL | null => compiledBeside('tagger.js');

/** The tagger thread, with the shared word of every link given out (to mark them `GONE` when it ends). */
let tagger: { worker: Worker; states: Int32Array[]; gone: boolean } | null = null;

/**
 * Start the tagger thread running `url` (by default the compiled `tagger.js`; none when running
 * from sources), unless one was started: `prestart` does, and the workers started after it are
 * linked to it. It does not keep the process alive; `dropSpare` stops it. When it ends, for
 * whatever reason (it failed to load, it died, it was stopped), every worker waiting on it is
 * woken and runs compromise itself from then on, and workers started later are given no link.
 */
export function startTagger(url: URL | null = taggerUrl()): void {
  if (tagger || !url) return;
  const worker = newWorker(url);
  worker.unref();
  const t = { worker, states: [] as Int32Array[], gone: false };
  const end = () => {
    t.gone = true;
    for (const state of t.states.splice(0)) {
      Atomics.store(state, 0, GONE);
      Atomics.notify(state, 0);
    }
  };
  worker.on('error', end);
  worker.on('exit', end);
  tagger = t;
}

/**
 * Most files in a run for which the tagger thread is kept. It takes compromise's load (~0.3 s)
 * off the path of a short run, but its own thread costs more memory than compromise loaded in
 * each worker (peak RSS over 406 generated articles, --jobs 1: ~200 -> ~230 MB, --jobs 2: ~260 ->
 * ~283 MB) for no gain in throughput; a long run's workers load their own.
 */
export const TAGGER_MAX_FILES = 32;

/** Once the files of the run are known: keep the tagger thread only for a short run (`TAGGER_MAX_FILES`). */
export async function fitTagger(files: number): Promise<void> {
  if (files > TAGGER_MAX_FILES) await stopTagger();
}

/** Stop the tagger thread, if one runs (its workers then tag by themselves). */
export async function stopTagger(): Promise<void> {
  const t = tagger;
  tagger = null;
  if (t) await t.worker.terminate();
}

let warm = false;

/**
 * This thread was started from the start-up snapshot (src/snapshot.ts): the extractor and
 * compromise are loaded and warm here. The CLI then extracts a small run on this thread, and
 * this thread, not a tagger thread, tags for the workers of a larger one.
 */
export function markWarm(): void {
  warm = true;
}

/** Whether `markWarm` was called. */
export const isWarm = (): boolean => warm;

/** A channel to the tagger (this thread when warm, else the tagger thread) for one new worker; null when there is none. */
function taggerLink(): { link: TaggerLink; transfer: [TaggerLink['port']] } | null {
  const thread = tagger && !tagger.gone ? tagger : null;
  if (!warm && !thread) return null;
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(4));
  if (warm) {
    serveTagging({ port: port2, state });
    // Answering does not keep the process alive: the worker asking does.
    port2.unref();
  } else {
    thread!.worker.postMessage({ port: port2, state } satisfies TaggerLink, [port2]);
    thread!.states.push(state);
  }
  return { link: { port: port1, state }, transfer: [port1] };
}

/**
 * A thread running `url` whose standard output and error are not the process's own: what it
 * prints (nothing, unless a library logs) goes to standard error, so that it cannot get into the
 * JSON on standard output. Node would pipe each thread's streams into the process's, and that
 * adds listeners to them for every thread: past ten workers, a write that waits for 'drain' then
 * set off a MaxListenersExceededWarning.
 */
function newWorker(url: URL, options: WorkerOptions = {}): Worker {
  const worker = new Worker(url, { ...options, stdout: true, stderr: true });
  const forward = (chunk: Buffer) => void process.stderr.write(chunk);
  worker.stdout.on('data', forward);
  worker.stderr.on('data', forward);
  return worker;
}

/** A worker running `url`, linked to the tagger thread when there is one (`workerData.tagger`, for worker.js). */
function startWorker(url: URL): Worker {
  const t = taggerLink();
  return t ? newWorker(url, { workerData: { tagger: t.link }, transferList: t.transfer }) : newWorker(url);
}

let spare: { url: string; worker: Worker } | null = null;

/**
 * Start one worker now, before the command line is even parsed, so that it loads the extractor
 * while the main thread loads the rest of the CLI, and the tagger thread with it; the first lane
 * to start on the same `url` takes the worker. Neither keeps the process alive, and `dropSpare`
 * stops them (the worker only when no lane took it: `--help`, a usage error, no files).
 */
export function prestart(url: URL | null = workerUrl(), taggerScript: URL | null = taggerUrl()): void {
  if (!url || spare) return;
  startTagger(taggerScript);
  const worker = startWorker(url);
  worker.unref();
  // An error before a lane takes it: that lane's start fails the same way, per file.
  worker.on('error', () => {});
  worker.once('exit', () => {
    if (spare?.worker === worker) spare = null;
  });
  spare = { url: url.href, worker };
}

/** Stop the spare worker if no lane took it, and the tagger thread: the run is over. */
export async function dropSpare(): Promise<void> {
  const s = spare;
  spare = null;
  await Promise.all([s?.worker.terminate(), stopTagger()]);
}

function takeSpare(url: URL): Worker | null {
  if (!spare || spare.url !== url.href) return null;
  const { worker } = spare;
  spare = null;
  worker.ref();
  return worker;
}

/** The answer to `request` when no worker gives one (it died, or the channel was closed): an INTERNAL error for the file `name`. */
function failed(request: Omit<BytesRequest, 'id'> | Omit<FinishRequest, 'id'>, name: string, message: string): Sized | Found {
  const f = failure(name, new Error(message));
  return 'stage' in request && request.stage === 'first' ? { found: f, size: 0 } : { result: f, size: 0 };
}

/**
 * One worker thread running `url` (the compiled `worker.js`), started with its first request (or
 * the one `prestart` started), doing the requests it is sent one after the other, in the order
 * sent. One that dies (a crash, memory exhausted) fails the request it was on with an INTERNAL
 * error; the requests queued behind it go to a fresh worker. `onStart` is called as each worker
 * starts (a pair links its two threads then: `pairLane`). Requests another thread sends the
 * worker are waited for (`expect`) in the order that thread sends them; an answer that comes
 * before the main thread waits for it is kept until it does.
 */
function workerChannel(url: URL, onStart?: () => void) {
  interface Pending {
    request: WorkerRequest;
    name: string;
    resolve: (answer: Sized | Found | Forwarded) => void;
  }
  let worker: Worker | null = null;
  /** Sent to `worker` (or to it by another thread: `expect`), oldest (the one it is on) first. */
  let queue: Pending[] = [];
  /**
   * Answers to requests the main thread has not heard of yet (`expect`), by id. One whose file
   * failed anyway (the first stage's thread died after sending it on) stays: one per such crash.
   */
  const early = new Map<number, Sized | Found | Forwarded>();
  let nextId = 0;
  let closed = false;
  const send = (p: Pending) => {
    worker ??= start();
    queue.push(p);
    worker.postMessage(p.request);
  };
  const start = (): Worker => {
    const w = takeSpare(url) ?? startWorker(url);
    w.on('message', ({ id, ...answer }: WorkerReply) => {
      const at = queue.findIndex((p) => p.request.id === id);
      if (at >= 0) queue.splice(at, 1)[0]!.resolve(answer);
      else if (worker === w) early.set(id, answer);
    });
    const died = (err: unknown) => {
      if (worker !== w) return; // its 'exit' after its 'error': already handled
      worker = null;
      const [on, ...behind] = queue;
      queue = [];
      // An INTERNAL error for this file alone (no `code`, so not a read error).
      on?.resolve(failed(on.request, on.name, `extraction failed: ${err instanceof Error ? err.message : String(err)}`));
      if (!closed) for (const p of behind) send(p);
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`extraction stopped (worker exit code ${code})`)));
    worker = w;
    onStart?.();
    return w;
  };
  return {
    /** Start the worker now, if it is not running, so that it loads while it is not yet needed. */
    warm(): void {
      if (!closed) worker ??= start();
    },
    /** Whether a worker is running. */
    running: (): boolean => worker !== null,
    /** Post `message` to the running worker (`LinkMessage`); nothing when none runs. */
    post(message: LinkMessage, transfer: MessagePort[]): void {
      worker?.postMessage(message, transfer);
    },
    /**
     * The answer to `request` (about the file `name`; `id` when given, else the next); once
     * closed, at once: stopped, and no worker is started for it.
     */
    ask(request: Omit<BytesRequest, 'id'> | Omit<FinishRequest, 'id'>, name: string, id = nextId++): Promise<Sized | Found | Forwarded> {
      if (closed) return Promise.resolve(failed(request, name, 'extraction stopped'));
      return new Promise((resolve) => send({ request: { id, ...request }, name, resolve }));
    },
    /**
     * The answer to `request` (with its `id`), which another thread has sent the running worker
     * when `sent` (`pairLane`): then waited for without posting it, if it has not come already;
     * else posted, as `ask` does. Should the worker die with it, `request` is what a fresh worker
     * is sent.
     */
    expect(request: WorkerRequest, name: string, sent: boolean): Promise<Sized | Found | Forwarded> {
      const answer = early.get(request.id);
      if (answer !== undefined) {
        early.delete(request.id);
        return Promise.resolve(answer);
      }
      if (!sent || closed || !worker) return this.ask(request, name, request.id);
      return new Promise((resolve) => queue.push({ request, name, resolve }));
    },
    async close(): Promise<void> {
      closed = true;
      const w = worker;
      worker = null;
      queue = [];
      if (w) await w.terminate();
    },
  };
}

/**
 * A lane on one worker thread running `url` (the compiled `worker.js`), which extracts the files
 * it is sent (`workerChannel`). With `piece`, articles come back as that JSON format's text
 * (`Rendered`).
 */
export function workerLane(url: URL, options: ReadOptions, piece?: PieceFormat, stdin?: StdinReader): Lane<string, Sized> {
  const channel = workerChannel(url);
  return {
    async run(file) {
      const req = await request(file, options, piece, stdin);
      return 'result' in req ? req : ((await channel.ask(req, req.file)) as Sized);
    },
    close: () => channel.close(),
    depth: LONE_DEPTH,
  };
}

/**
 * A lane on two worker threads running `url`, one stage of extraction each (src/files.ts
 * `firstStage`, `secondStage`): the first segments a file and finds its dates, the second finds
 * everything else and links it to them. Each file goes through both, the first thread on the
 * next file while the second is on this one.
 *
 * Two threads that each extract whole files both compile all of the extractor, and a thread
 * spends its first seconds doing that; a thread that runs one stage compiles only its half (with
 * --jobs 2 over the 20 MB bench corpus, a pair used ~15% less CPU and ~100 MB less memory than
 * two threads extracting whole files, and finished ~10% sooner). A failure in the first stage (a
 * file that cannot be decoded, a crash) is the file's result.
 *
 * The two threads are linked by a channel of their own (`LinkMessage`): the first sends what it
 * found straight to the second and tells the main thread only that it did (`Forwarded`), so the
 * main thread neither reads nor copies it again (over the bench's 20 MB, the main thread's
 * share of the run's CPU samples fell by a sixth, about 1.5% of all). The main thread still
 * knows which file each thread holds. When the second thread dies, the files it held go to a
 * fresh one whole, to extract both stages of (the same results), and so does a file the first
 * stage sent on to a thread that was gone by then. A first stage with no link answers `Found`,
 * and the main thread relays it, as before.
 */
export function pairLane(url: URL, options: ReadOptions, piece?: PieceFormat, stdin?: StdinReader): Lane<string, Sized> {
  /** The second thread's incarnation: one more each time a fresh one starts. */
  let incarnation = 0;
  /** Link the two threads, once both run; each fresh thread is linked anew. */
  const relink = () => {
    if (!first.running() || !second.running()) return;
    const { port1, port2 } = new MessageChannel();
    second.post({ link: port2 }, [port2]);
    first.post({ link: port1, to: incarnation }, [port1]);
  };
  const first = workerChannel(url, relink);
  const second = workerChannel(url, () => {
    incarnation++;
    relink();
  });
  let nextFile = 0;
  return {
    async run(file) {
      const req = await request(file, options, piece, stdin);
      if ('result' in req) return req;
      second.warm();
      const id = nextFile++;
      const answer = await first.ask({ ...req, stage: 'first', forward: true }, req.file, id);
      if ('forwarded' in answer) {
        // Sent to the second thread: its answer, or (when that thread is gone) the whole file's.
        const whole: BytesRequest = { id, file: req.file, bytes: req.bytes, options: req.options };
        if (req.piece) whole.piece = req.piece;
        const done = (await second.expect(whole, req.file, answer.forwarded === incarnation)) as Sized;
        return { result: done.result, size: answer.size };
      }
      const { found, size } = answer as Found;
      if (!found.ok) return { result: found, size };
      const done = (await second.ask({ ...req, first: found }, req.file, id)) as Sized;
      return { result: done.result, size };
    },
    close: async () => {
      await Promise.all([first.close(), second.close()]);
    },
    depth: PAIR_DEPTH,
  };
}

/** How a run's worker threads are laid out in lanes (`ordered`): how many, how many files ahead, and each lane. */
export interface LanePlan {
  lanes: number;
  ahead: number;
  lane: () => Lane<string, Sized>;
}

/**
 * Files a lone worker thread holds at once: the one it is on and the next, so that it never
 * waits for the main thread.
 */
export const LONE_DEPTH = 2;

/**
 * Files a pair of threads holds at once (`pairLane`). Besides the one each thread is on, the
 * files between the two stages even out articles that are slow in one stage and quick in the
 * other: over the 20 MB bench corpus, 8 rather than 4 took 7% off the wall time (four
 * alternated runs), 16 no more.
 */
export const PAIR_DEPTH = 8;

/**
 * `threads` worker threads as lanes: in pairs (`pairLane`) when both stages have work (quotes or
 * sanction figures are asked for, besides the dates they carry), a thread left over in a lane of
 * its own; else a lane each. At most one file more than a lane holds waits to be written.
 */
export function planLanes(threads: number, url: URL, options: ReadOptions, piece?: PieceFormat, stdin?: StdinReader): LanePlan {
  const only = options.only;
  const paired = threads >= 2 && (!only || only.includes('quotes') || only.includes('sanctions'));
  const pairs = paired ? Math.floor(threads / 2) : 0;
  const lone = threads - 2 * pairs;
  let made = 0;
  return {
    lanes: pairs + lone,
    ahead: pairs * (PAIR_DEPTH + 1) + lone * (LONE_DEPTH + 1),
    lane: () => (made++ < pairs ? pairLane(url, options, piece, stdin) : workerLane(url, options, piece, stdin)),
  };
}

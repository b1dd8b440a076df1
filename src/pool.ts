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
 * `workerLane(...)` is a lane backed by one worker thread running `worker.js`; a worker that dies
 * (a crash, memory exhausted) fails only the file it held, and a fresh worker takes the next one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { displayName, extractBytes, failure, readArticle, type FileResult, type ReadOptions } from './files.js';

/** Runs one item at a time. `run` should not reject; when it does, the pool's `failed` turns the error into a result. */
export interface Lane<T, R> {
  run(item: T): Promise<R>;
  close(): Promise<void>;
}

export interface OrderedOptions<T, R> {
  /** Most items running at once (lanes). */
  jobs: number;
  /** Most items started but not yet handed out, running or done (default `2 * jobs`, never below `jobs`). */
  ahead?: number;
  /** Start a lane (called lazily, at most `jobs` times). */
  lane: () => Lane<T, R>;
  /** The result for an item whose lane rejected. */
  failed: (item: T, err: unknown) => R;
  /** Told each time a result is ready, in completion order (before it is handed out). */
  onSettled?: (result: R, index: number) => void;
}

export interface OrderedRun<R> extends AsyncIterable<R> {
  /** The next result in input order; `done` after the last. Call again only after the previous call settled. */
  next(): Promise<IteratorResult<R, undefined>>;
  /** Items started so far (for tests and progress). */
  readonly started: number;
  /** Lanes started so far. */
  readonly lanes: number;
  /** Stop every lane; results not handed out are dropped. */
  close(): Promise<void>;
}

export function ordered<T, R>(items: readonly T[], options: OrderedOptions<T, R>): OrderedRun<R> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const ahead = Math.max(jobs, Math.floor(options.ahead ?? 2 * jobs));
  const lanes: Array<Lane<T, R>> = [];
  const idle: Array<Lane<T, R>> = [];
  /** Results (or their promises) by index, from `taken` on; deleted once handed out. */
  const results = new Map<number, R>();
  let started = 0;
  let taken = 0;
  let closed = false;
  let waiter: { index: number; resolve: (r: IteratorResult<R, undefined>) => void } | null = null;

  const pump = () => {
    while (!closed && started < items.length && started < taken + ahead) {
      let lane = idle.pop();
      if (!lane) {
        if (lanes.length >= jobs) return;
        lane = options.lane();
        lanes.push(lane);
      }
      const index = started++;
      const item = items[index]!;
      const l = lane;
      let settled: Promise<R>;
      try {
        settled = l.run(item);
      } catch (err) {
        settled = Promise.reject(err);
      }
      settled
        .catch((err: unknown) => options.failed(item, err))
        .then((result) => {
          if (closed) return;
          options.onSettled?.(result, index);
          idle.push(l);
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
      await Promise.all(lanes.splice(0).map((l) => l.close()));
    },
    [Symbol.asyncIterator]() {
      return { next: () => run.next() };
    },
  };
  return run;
}

/** What the CLI sends a worker: one file (`bytes` when the main thread read it: standard input, then `file` names them). */
export interface WorkerRequest {
  id: number;
  file: string;
  bytes?: Uint8Array;
  /** With every request, so a worker can start before the command line is parsed (`prestart`). */
  options: ReadOptions;
}

/** What a worker answers: the result and the size of the file read (0 when unread). */
export interface WorkerReply {
  id: number;
  result: FileResult;
  size: number;
}

/** A result with the number of bytes read, for the progress line. */
export interface Sized {
  result: FileResult;
  size: number;
}

/**
 * Read (unless `bytes` are given; `file` then names them) and extract one file: `extractFile`
 * that also says how many bytes it read. Never throws.
 */
export async function extractSized(file: string, bytes: Uint8Array | undefined, options: ReadOptions): Promise<Sized> {
  const name = bytes ? file : displayName(file);
  if (!bytes) {
    try {
      bytes = await readArticle(file, options.maxFileSize);
    } catch (err) {
      return { result: failure(name, err), size: 0 };
    }
  }
  return { result: await extractBytes(name, bytes, options), size: bytes.length };
}

/** Standard input (`-`) is read here, on the main thread; a worker gets its bytes. */
async function request(file: string, options: ReadOptions): Promise<Omit<WorkerRequest, 'id'> | Sized> {
  if (file !== '-') return { file, options };
  const name = displayName(file);
  try {
    return { file: name, bytes: await readArticle(file, options.maxFileSize), options };
  } catch (err) {
    return { result: failure(name, err), size: 0 };
  }
}

/** A lane that extracts on this thread (when the compiled worker is missing: running from sources). */
export function inProcessLane(options: ReadOptions): Lane<string, Sized> {
  return {
    async run(file) {
      const req = await request(file, options);
      return 'result' in req ? req : extractSized(req.file, req.bytes, options);
    },
    close: async () => {},
  };
}

/** The compiled worker beside this module; null when running from sources (tsx), where extraction stays in process. */
export function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

let spare: { url: string; worker: Worker } | null = null;

/**
 * Start one worker now, before the command line is even parsed, so that it loads the extractor
 * while the main thread loads the rest of the CLI; the first lane to start on the same `url`
 * takes it. It does not keep the process alive, and `dropSpare` stops it when no lane took it
 * (`--help`, a usage error, no files).
 */
export function prestart(url: URL | null = workerUrl()): void {
  if (!url || spare) return;
  const worker = new Worker(url);
  worker.unref();
  // An error before a lane takes it: that lane's start fails the same way, per file.
  worker.on('error', () => {});
  worker.once('exit', () => {
    if (spare?.worker === worker) spare = null;
  });
  spare = { url: url.href, worker };
}

export async function dropSpare(): Promise<void> {
  const s = spare;
  spare = null;
  if (s) await s.worker.terminate();
}

function takeSpare(url: URL): Worker | null {
  if (!spare || spare.url !== url.href) return null;
  const { worker } = spare;
  spare = null;
  worker.ref();
  return worker;
}

/**
 * A lane on one worker thread running `url` (the compiled `worker.js`). The worker starts with
 * the lane's first file (or is the one `prestart` started); one that dies (a crash, memory
 * exhausted) fails its file with an INTERNAL error and is replaced by a fresh one for the next.
 */
export function workerLane(url: URL, options: ReadOptions): Lane<string, Sized> {
  let worker: Worker | null = null;
  let pending: { id: number; name: string; worker: Worker; resolve: (r: Sized) => void } | null = null;
  let nextId = 0;
  const settle = (r: Sized) => {
    const p = pending;
    pending = null;
    p?.resolve(r);
  };
  const start = (): Worker => {
    const w = takeSpare(url) ?? new Worker(url);
    w.on('message', (m: WorkerReply) => {
      if (pending && m.id === pending.id) settle({ result: m.result, size: m.size });
    });
    const died = (err: unknown) => {
      if (worker === w) worker = null;
      // Out of memory or a crash: an INTERNAL error for this file alone (no `code`, so not a read
      // error). A worker's 'exit' after its 'error' comes when the next file runs on a fresh one.
      if (pending?.worker === w) settle({ result: failure(pending.name, new Error(`extraction failed: ${err instanceof Error ? err.message : String(err)}`)), size: 0 });
    };
    w.on('error', died);
    w.on('exit', (code) => died(new Error(`extraction stopped (worker exit code ${code})`)));
    return w;
  };
  return {
    async run(file) {
      const req = await request(file, options);
      if ('result' in req) return req;
      worker ??= start();
      const w = worker;
      return new Promise<Sized>((resolve) => {
        const id = nextId++;
        pending = { id, name: displayName(file), worker: w, resolve };
        w.postMessage({ id, ...req } satisfies WorkerRequest);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/**
 * compromise, loaded on first use. Most articles never need its tagger (the vocabulary tables
 * settle their words) and its lexicon is a generated table (`src/vocab/lexicon.ts`), so the
 * library is not loaded with the extractor: the first call that tags loads it, synchronously, as
 * its single-file CommonJS build (much quicker to load than its ES module tree, same tagger).
 *
 * In the CLI's extraction workers, compromise runs in a tagger thread instead (src/tagger.ts,
 * started with the process by src/pool.ts, so its load is off the extraction's path): after
 * `useTaggerThread(link)`, `compromise()` is a stand-in whose `json()` asks that thread, which
 * runs `compromiseJson` on the same text and answers with the same JSON. A tagger thread that
 * is gone (it failed to load, it died, it was stopped) answers nothing: this thread then loads
 * compromise itself.
 */
import { createRequire } from 'node:module';
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** One term of compromise's `json()` output: the fields read here. */
export interface NlpTerm {
  tags: string[];
  offset?: { start: number; length: number };
}

/** The part of compromise's API used here. */
export interface Nlp {
  (text: string): {
    json(options?: { offset?: boolean }): Array<{ terms: NlpTerm[] }>;
    terms(): { json(): Array<{ terms: NlpTerm[] }> };
  };
  model(): { one?: { lexicon?: Record<string, unknown> } };
  version: string;
}

let nlp: Nlp | null = null;

/** This thread's own compromise, loaded on the first call. */
function localNlp(): Nlp {
  return (nlp ??= createRequire(import.meta.url)('compromise') as Nlp);
}

/** What a tagger thread is asked: `nlp(text).json(options)`, or with `terms`, `nlp(text).terms().json()`. */
export interface TaggerRequest {
  text: string;
  terms: boolean;
  options?: { offset?: boolean };
}

/** compromise's JSON for `request`, from this thread's own compromise. */
export function compromiseJson(request: TaggerRequest): Array<{ terms: NlpTerm[] }> {
  const doc = localNlp()(request.text);
  if (request.terms) return doc.terms().json();
  return request.options === undefined ? doc.json() : doc.json(request.options);
}

/** Asks the tagger thread; undefined once it is gone. */
let remote: ((request: TaggerRequest) => Array<{ terms: NlpTerm[] }> | undefined) | null = null;

const ask = (request: TaggerRequest) => remote?.(request) ?? compromiseJson(request);

/** compromise as the tagger thread runs it: `json()` and `terms().json()` are asked there; the rest is this thread's own. */
const viaThread: Nlp = Object.defineProperty(
  Object.assign(
    (text: string) => ({
      json: (options?: { offset?: boolean }) => ask({ text, terms: false, options }),
      terms: () => ({ json: () => ask({ text, terms: true }) }),
    }),
    { model: () => localNlp().model() },
  ),
  'version',
  { get: () => localNlp().version, enumerable: true },
) as Nlp;

/** compromise's `nlp` function: this thread's own, loaded on the first call, or the tagger thread's (`useTaggerThread`). */
export function compromise(): Nlp {
  return remote ? viaThread : localNlp();
}

/** Use `loaded` as this thread's compromise from now on (the start-up snapshot holds one already loaded: src/snapshot.ts). */
export function provideCompromise(loaded: Nlp): void {
  nlp = loaded;
}

/** Whether compromise has been loaded by this thread (for tests and measurements). */
export const compromiseLoaded = (): boolean => nlp !== null;

/**
 * A copy of `s` that shares no memory with the text it was cut from (a slice can keep a whole
 * article alive), exact for any UTF-16 (lone surrogates included): for cache keys.
 */
export const ownedCopy = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

/**
 * What a thread needs to ask a tagger thread (src/tagger.ts): its end of a channel to it, and a
 * shared word the tagger thread sets to `REPLIED` (after posting the answer) or the thread that
 * owns the tagger thread sets to `GONE` (when it has ended), each time with a notify.
 */
export interface TaggerLink {
  port: MessagePort;
  state: Int32Array;
}

/** `TaggerLink.state[0]`: waiting for an answer (or nothing asked). */
export const WAITING = 0;
/** `TaggerLink.state[0]`: the answer is on the port. */
export const REPLIED = 1;
/** `TaggerLink.state[0]`: the tagger thread has ended; it answers nothing more. */
export const GONE = 2;

/** What a tagger thread answers: compromise's JSON, or that compromise threw (the caller then runs it itself, and throws the same). */
export type TaggerReply = { json: Array<{ terms: NlpTerm[] }> } | { error: string };

/**
 * Longest wait for one answer before giving up on the tagger thread: a safety net only (its end
 * is signalled as `GONE` at once). Its first answer can take as long as compromise's load on a
 * busy machine, so the net is wide.
 */
const REMOTE_TIMEOUT_MS = 30_000;

/**
 * A synchronous asker of the tagger thread at the other end of `link`: it posts the request and
 * sleeps on the shared word until the answer is posted. Undefined when compromise threw there,
 * and from the moment the tagger thread is gone (or silent past the safety net) on.
 */
export function askTaggerThread(link: TaggerLink, timeoutMs = REMOTE_TIMEOUT_MS): (request: TaggerRequest) => Array<{ terms: NlpTerm[] }> | undefined {
  const { port, state } = link;
  let gone = false;
  const giveUp = () => {
    gone = true;
    port.close();
    return undefined;
  };
  return (request) => {
    if (gone) return undefined;
    if (Atomics.load(state, 0) === GONE) return giveUp();
    port.postMessage(request);
    for (;;) {
      const woke = Atomics.wait(state, 0, WAITING, timeoutMs);
      const reply = receiveMessageOnPort(port);
      if (reply) {
        Atomics.compareExchange(state, 0, REPLIED, WAITING);
        const m = reply.message as TaggerReply;
        return 'json' in m ? m.json : undefined;
      }
      if (woke === 'timed-out' || Atomics.load(state, 0) === GONE) return giveUp();
      // Marked answered with no answer on the port (never expected): wait for the next notify.
      Atomics.compareExchange(state, 0, REPLIED, WAITING);
    }
  };
}

/** From now on, this thread's `compromise()` runs in the tagger thread at the other end of `link` (`null`: its own again). */
export function useTaggerThread(link: TaggerLink | null, timeoutMs?: number): void {
  remote = link ? askTaggerThread(link, timeoutMs) : null;
}

/**
 * Answer the thread at the other end of `link` from this thread's compromise: in, a
 * `TaggerRequest`; out, `compromiseJson(request)` (or compromise's error), posted before the
 * shared word is set to `REPLIED` and the asker woken. The tagger thread serves every worker so
 * (src/tagger.ts), and so does the main thread of a run started from the start-up snapshot,
 * which holds compromise already loaded (src/pool.ts).
 */
export function serveTagging({ port, state }: TaggerLink): void {
  port.on('message', (request: TaggerRequest) => {
    let reply: TaggerReply;
    try {
      reply = { json: compromiseJson(request) };
    } catch (err) {
      reply = { error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.store(state, 0, REPLIED);
    Atomics.notify(state, 0);
  });
  // The asker ended: let the port go.
  port.on('close', () => port.removeAllListeners());
}

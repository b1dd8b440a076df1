/**
 * compromise, loaded on first use. Most articles never need its tagger (the vocabulary tables
 * settle their words) and its lexicon is a generated table (`src/vocab/lexicon.ts`), so the
 * library is not loaded with the extractor: the first call that tags loads it, synchronously, as
 * its single-file CommonJS build (much quicker to load than its ES module tree, same tagger).
 *
 * Tagging goes through `tagTerms`, which asks the current tagger: by default this thread's own
 * compromise (loaded on the first call); in the CLI's extraction workers, a tagger thread that
 * started loading compromise when the process started (src/tagger.ts, src/pool.ts), so its
 * load is off the extraction's path. The tagger thread runs the same `localTagTerms` on the same
 * text: the terms are the same either way. A tagger thread that is gone (it failed to load, it
 * died, it was stopped) answers nothing: the caller then loads compromise itself.
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

/** compromise's `nlp` function, loaded on the first call. */
export function compromise(): Nlp {
  return (nlp ??= createRequire(import.meta.url)('compromise') as Nlp);
}

/** Whether compromise has been loaded by this thread (for tests and measurements). */
export const compromiseLoaded = (): boolean => nlp !== null;

/**
 * A copy of `s` that shares no memory with the text it was cut from (a slice can keep a whole
 * article alive), exact for any UTF-16 (lone surrogates included): for cache keys.
 */
export const ownedCopy = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

/** A term as compromise tags it: where it starts in the text tagged, and its tags. */
export interface TaggedTerm {
  start: number;
  tags: string[];
}

/** compromise's terms for `text`, in order (`nlp(text).json({ offset: true })`, sentences flattened), on this thread. */
export function localTagTerms(text: string): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const s of compromise()(text).json({ offset: true })) for (const t of s.terms) out.push({ start: t.offset!.start, tags: t.tags });
  return out;
}

export type Tagger = (text: string) => TaggedTerm[];

let tagger: Tagger = localTagTerms;

/** compromise's terms for `text` (as `localTagTerms`), from the current tagger. */
export const tagTerms = (text: string): TaggedTerm[] => tagger(text);

/** Make `t` the tagger of this thread (`null`: this thread's own compromise again). */
export function useTagger(t: Tagger | null): void {
  tagger = t ?? localTagTerms;
}

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

/** What a tagger thread answers: the terms, or that compromise threw (the caller then tags itself, and throws the same). */
export type TaggerReply = { terms: TaggedTerm[] } | { error: string };

/**
 * Longest wait for one answer before giving up on the tagger thread: a safety net only (its end
 * is signalled as `GONE` at once). Its first answer can take as long as compromise's load on a
 * busy machine, so the net is wide.
 */
const REMOTE_TIMEOUT_MS = 30_000;

/**
 * A tagger that asks the tagger thread at the other end of `link`, synchronously: it posts the
 * text and sleeps on the shared word until the answer is posted. Once the tagger thread is gone
 * (or silent past the safety net), this thread tags with its own compromise.
 */
export function remoteTagger(link: TaggerLink, timeoutMs = REMOTE_TIMEOUT_MS): Tagger {
  const { port, state } = link;
  let gone = false;
  return (text) => {
    if (!gone && Atomics.load(state, 0) !== GONE) {
      port.postMessage(text);
      for (;;) {
        const woke = Atomics.wait(state, 0, WAITING, timeoutMs);
        const reply = receiveMessageOnPort(port);
        if (reply) {
          Atomics.compareExchange(state, 0, REPLIED, WAITING);
          const m = reply.message as TaggerReply;
          if ('terms' in m) return m.terms;
          break; // compromise threw there: throw the same here
        }
        if (woke === 'timed-out' || Atomics.load(state, 0) === GONE) {
          gone = true;
          port.close();
          break;
        }
        // Marked answered with no answer on the port (never expected): wait for the next notify.
        Atomics.compareExchange(state, 0, REPLIED, WAITING);
      }
    } else if (!gone) {
      gone = true;
      port.close();
    }
    return localTagTerms(text);
  };
}

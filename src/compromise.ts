/**
 * compromise, loaded on first use. Most articles never need its tagger (the vocabulary tables
 * settle their words) and its lexicon is a generated table (`src/vocab/lexicon.ts`), so the
 * library is not loaded with the extractor: the first call that tags loads it, synchronously, as
 * its single-file CommonJS build (much quicker to load than its ES module tree, same tagger).
 */
import { createRequire } from 'node:module';

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

/** Whether compromise has been loaded by this process (for tests and measurements). */
export const compromiseLoaded = (): boolean => nlp !== null;

/**
 * A copy of `s` that shares no memory with the text it was cut from (a slice can keep a whole
 * article alive), exact for any UTF-16 (lone surrogates included): for cache keys.
 */
export const ownedCopy = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');

/**
 * segment/prescan: one cheap pass over an article that marks, per sentence, which annotators can
 * find anything in it. Most sentences of a news story hold no quote, no date and no figure; the
 * annotators skip those. A sentence is marked for a kind when it holds one of that kind's trigger
 * characters (digits, quote marks) or trigger words (`src/vocab/triggers-*.ts`), or lies in a quoted stretch (quotes).
 *
 * The pre-scan only saves work, it never changes a result: with `extractText(..., { prescan: false })`
 * there are no marks and every annotator reads every sentence its full way; test/prescan.test.ts
 * checks that both give the same JSON on the fixtures and on a generated corpus.
 */
import type { Doc } from '../types.js';
import { DATE_TRIGGERS } from '../vocab/triggers-dates.js';
import { QUOTE_TRIGGERS } from '../vocab/triggers-quotes.js';
import { FIGURE_TRIGGERS } from '../vocab/triggers-figures.js';

/** Bits of a sentence's need mask. */
export const NEED_DATES = 1;
export const NEED_QUOTES = 2;
export const NEED_FIGURES = 4;
export const NEED_ALL = NEED_DATES | NEED_QUOTES | NEED_FIGURES;

const WORD_NEEDS = new Map<string, number>();
for (const [bit, words] of [
  [NEED_DATES, DATE_TRIGGERS],
  [NEED_QUOTES, QUOTE_TRIGGERS],
  [NEED_FIGURES, FIGURE_TRIGGERS],
] as const) {
  for (const w of words) WORD_NEEDS.set(w, (WORD_NEEDS.get(w) ?? 0) | bit);
}

/** Characters that mark a sentence by themselves: digits (dates, figures). */
const charNeed = (code: number): number => (code >= 48 && code <= 57 ? NEED_DATES | NEED_FIGURES : 0);

/**
 * Every trigger word is plain ASCII, so the scan reads runs of ASCII letters in the lower-cased
 * text. A run is a whole word or a piece of one next to an accented letter (`mayñ` gives `may`):
 * a piece can only mark a sentence more, never less, than whole words would.
 */
const ASCII_WORD = /[a-z]+/g;

/** Every trigger word, for the test that keeps them plain lower-case ASCII. */
export const TRIGGER_WORDS: readonly string[] = [...WORD_NEEDS.keys()];

/** The need mask of `lower.slice(start, end)`, `lower` being the lower-cased text. */
function needOfLower(lower: string, start: number, end: number): number {
  let need = 0;
  for (let i = start; i < end && need !== NEED_ALL; i++) need |= charNeed(lower.charCodeAt(i));
  if (need === NEED_ALL) return need;
  ASCII_WORD.lastIndex = start;
  for (let m = ASCII_WORD.exec(lower); m && m.index < end; m = ASCII_WORD.exec(lower)) {
    // A run that crosses `end` is cut there, as the sentence is.
    const word = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0];
    const w = WORD_NEEDS.get(word);
    if (w) {
      need |= w;
      if (need === NEED_ALL) break;
    }
  }
  return need;
}

/** The need mask of `text.slice(start, end)`. */
export function needOf(text: string, start: number, end: number): number {
  return needOfLower(text.slice(start, end).toLowerCase(), 0, end - start);
}

/**
 * One mask per sentence of `doc`. A
 * sentence that overlaps a quoted stretch (`doc.quoted`, found by the quote-mark scan) needs the
 * quote annotator; an apostrophe alone (`don't`) does not.
 */
export function prescan(doc: Pick<Doc, 'text' | 'sentences' | 'quoted'>): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  // Lower-casing keeps offsets only when no character changes length (`İ` does): else per sentence.
  const lower = doc.text.toLowerCase();
  if (lower.length === doc.text.length) for (const s of doc.sentences) out[s.index] = needOfLower(lower, s.start, s.end);
  else for (const s of doc.sentences) out[s.index] = needOf(doc.text, s.start, s.end);
  let q = 0;
  for (const s of doc.sentences) {
    while (q < doc.quoted.length && doc.quoted[q]!.end <= s.start) q++;
    for (let k = q; k < doc.quoted.length && doc.quoted[k]!.start < s.end; k++) {
      if (doc.quoted[k]!.end > s.start) {
        out[s.index]! |= NEED_QUOTES;
        break;
      }
    }
  }
  return out;
}

/** Whether sentence `index` of `doc` may hold something of kind `bit`. */
export const needs = (doc: Pick<Doc, 'need'>, index: number, bit: number): boolean => ((doc.need?.[index] ?? NEED_ALL) & bit) !== 0;

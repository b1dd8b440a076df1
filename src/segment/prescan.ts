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
import { bitsOfRun, hashStep, letterHashTable } from './letter-hash.js';

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

/** What a digit marks a sentence for by itself (dates, figures). */
const DIGIT_NEED = NEED_DATES | NEED_FIGURES;

/** Every trigger word, for the test that keeps them plain lower-case ASCII. */
export const TRIGGER_WORDS: readonly string[] = [...WORD_NEEDS.keys()];

/** The trigger words by the hash of their letters (segment/letter-hash.ts). */
const BY_HASH = letterHashTable(WORD_NEEDS);
const LONGEST = Math.max(...TRIGGER_WORDS.map((w) => w.length));

/** The kelvin sign, which lower-cases to `k`; the dotted capital I, which lower-cases to `i` and a combining dot. */
const KELVIN = 0x212a;
const DOTTED_I = 0x130;

/**
 * The lower-case ASCII letter (a code) a character of `text` reads as when the text is
 * lower-cased, or 0: `A`-`Z`, `a`-`z`, the kelvin sign (`k`) and the dotted capital I (`i`, then
 * a combining dot that ends the word); no other character lower-cases to an ASCII letter.
 */
function asciiLower(c: number): number {
  if (c < 128) {
    const l = c | 32;
    return l >= 97 && l <= 122 ? l : 0;
  }
  return c === KELVIN ? 107 : c === DOTTED_I ? 105 : 0;
}

/**
 * The need mask of `text.slice(start, end)`: its digits, and its trigger words read as runs of
 * ASCII letters in the lower-cased text (see `asciiLower`). A run is a whole word or a piece of one
 * next to an accented letter (`mayñ` gives `may`): a piece can only mark a sentence more, never
 * less, than whole words would; a run that crosses `end` is cut there, as the sentence is.
 * Every trigger word is plain ASCII (test/prescan.test.ts).
 */
export function needOf(text: string, start: number, end: number): number {
  let need = 0;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      need |= DIGIT_NEED;
      i++;
      continue;
    }
    let l = asciiLower(c);
    if (l === 0) {
      i++;
      continue;
    }
    const from = i;
    let h = 0;
    for (;;) {
      h = hashStep(h, l);
      i++;
      if (c === DOTTED_I || i >= end) break;
      c = text.charCodeAt(i);
      l = asciiLower(c);
      if (l === 0) break;
    }
    if (i - from > LONGEST) continue;
    need |= bitsOfRun(BY_HASH, text, from, i, h, asciiLower);
  }
  return need;
}

/**
 * One mask per sentence of `doc`. A
 * sentence that overlaps a quoted stretch (`doc.quoted`, found by the quote-mark scan) needs the
 * quote annotator; an apostrophe alone (`don't`) does not.
 */
export function prescan(doc: Pick<Doc, 'text' | 'sentences' | 'quoted'>): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  for (const s of doc.sentences) out[s.index] = needOf(doc.text, s.start, s.end);
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

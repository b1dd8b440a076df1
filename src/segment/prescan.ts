/**
 * segment/prescan: one cheap pass over an article that marks, per sentence, which annotators can
 * find anything in it. Most sentences of a news story hold no quote, no date and no figure; the
 * annotators skip those. A sentence is marked for a kind when it holds one of that kind's trigger
 * characters (digits, quote marks) or trigger words (`src/vocab/triggers.ts`).
 *
 * The pre-scan only saves work, it never changes a result: `extractText(..., { prescan: false })`
 * marks every sentence for every kind, and test/prescan.test.ts checks that both give the same
 * JSON on the fixtures and on a generated corpus.
 */
import type { Doc } from '../types.js';
import { DATE_TRIGGERS, FIGURE_TRIGGERS, QUOTE_TRIGGERS } from '../vocab/triggers.js';

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

/** Characters that mark a sentence by themselves: digits (dates, figures) and quote marks (quotes). */
function charNeed(code: number): number {
  if (code >= 48 && code <= 57) return NEED_DATES | NEED_FIGURES;
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x00ab: // «
    case 0x00bb: // »
    case 0x60: // `
      return NEED_QUOTES;
    default:
      return 0;
  }
}

const WORD = /\p{L}+/gu;

/** The need mask of `text.slice(start, end)`. */
export function needOf(text: string, start: number, end: number): number {
  let need = 0;
  for (let i = start; i < end && need !== NEED_ALL; i++) need |= charNeed(text.charCodeAt(i));
  if (need === NEED_ALL) return need;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const w = WORD_NEEDS.get(m[0].toLowerCase());
    if (w) {
      need |= w;
      if (need === NEED_ALL) break;
    }
  }
  return need;
}

/** One mask per sentence of `doc`; every bit set for every sentence when `enabled` is false. */
export function prescan(doc: Pick<Doc, 'text' | 'sentences'>, enabled = true): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  if (!enabled) return out.fill(NEED_ALL);
  for (const s of doc.sentences) out[s.index] = needOf(doc.text, s.start, s.end);
  return out;
}

/** Whether sentence `index` of `doc` may hold something of kind `bit`. */
export const needs = (doc: Pick<Doc, 'need'>, index: number, bit: number): boolean => ((doc.need?.[index] ?? NEED_ALL) & bit) !== 0;

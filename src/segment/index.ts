/** segment: decoded text -> Doc (paragraphs, sentences, quoted stretches). */
import type { Doc } from '../types.js';
import { segmentParagraphs } from './paragraphs.js';
import { segmentSentences } from './sentences.js';
import { findQuoted } from './quotemarks.js';

export function segment(file: string, text: string, bodyStart: number, date: string | null): Doc {
  const paragraphs = segmentParagraphs(text, bodyStart);
  const sentences = segmentSentences(text, paragraphs);
  const quoted = findQuoted(text, paragraphs);
  return { file, text, bodyStart, date, paragraphs, sentences, quoted };
}

/** Index of the sentence containing offset `pos` (binary search); -1 when none does. */
export function sentenceAt(doc: Doc, pos: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** segment: decoded text -> Doc (paragraphs, sentences, quoted stretches). */
import type { Doc } from '../types.js';
import { segmentParagraphs } from './paragraphs.js';
import { segmentSentences } from './sentences.js';
import { findQuoted } from './quotemarks.js';
import { rangeIndexAt } from './ranges.js';
import { prescan } from './prescan.js';

export function segment(file: string, text: string, bodyStart: number, date: string | null, scan = true): Doc {
  const paragraphs = segmentParagraphs(text, bodyStart);
  const sentences = segmentSentences(text, paragraphs);
  const quoted = findQuoted(text, paragraphs);
  const doc: Doc = { file, text, bodyStart, date, paragraphs, sentences, quoted };
  // Without the pre-scan there are no marks, and every annotator reads every sentence its full way.
  if (scan) doc.need = prescan(doc);
  return doc;
}

/** Index of the sentence containing offset `pos`; -1 when none does. */
export function sentenceAt(doc: Doc, pos: number): number {
  return rangeIndexAt(doc.sentences, pos);
}

/** annotate/quotes: direct, partial and indirect quotes with their cue and source mention. */
import type { Doc, QuoteKind, Span } from '../types.js';

/** A quote before speaker resolution. */
export interface QuoteCandidate extends Span {
  kind: QuoteKind;
  sentence: number;
  cue: Span | null;
  /** The span naming the source (name, title phrase, pronoun), null for a continuation or none. */
  mention: Span | null;
  /** True when the quote has no cue of its own and follows a quote by a known source. */
  continuation: boolean;
  rule: string;
}

export function annotateQuotes(_doc: Doc): QuoteCandidate[] {
  return [];
}

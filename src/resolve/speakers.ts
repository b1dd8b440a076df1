/** resolve/speakers: tie each quote's source mention to one canonical entity; list the entities. */
import type { Doc, Quote, Speaker } from '../types.js';
import type { QuoteCandidate } from '../annotate/quotes.js';

export function resolveSpeakers(_doc: Doc, candidates: readonly QuoteCandidate[]): { quotes: Quote[]; speakers: Speaker[] } {
  const quotes: Quote[] = candidates.map((c, i) => ({
    id: `q${i + 1}`,
    text: c.text,
    start: c.start,
    end: c.end,
    kind: c.kind,
    sentence: c.sentence,
    cue: c.cue,
    speaker: { id: null, name: null, mention: c.mention, resolution: c.mention ? 'unresolved' : 'none' },
    date: null,
    rule: c.rule,
  }));
  return { quotes, speakers: [] };
}

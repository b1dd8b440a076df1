/**
 * The pipeline, one way: read -> segment -> annotate -> resolve -> (render elsewhere).
 */
import type { Article, Doc, ExtractOptions, Kind, Sentence } from './types.js';
import { KINDS } from './types.js';
import { parseHeader } from './read.js';
import { segment } from './segment/index.js';
import { annotateDates } from './annotate/dates.js';
import { annotateQuotes } from './annotate/quotes.js';
import { annotateSanctions } from './annotate/sanctions.js';
import { resolveSpeakers } from './resolve/speakers.js';
import { linkQuoteDates, linkSanctionDates } from './resolve/link.js';

/** Parse the header and segment a decoded text into a Doc. */
export function toDoc(file: string, text: string, options: ExtractOptions = {}): Doc {
  const header = parseHeader(text);
  const date = header.date ?? options.date ?? null;
  return segment(file, text, header.bodyStart, date, options.prescan !== false);
}

function stripRule<T extends { rule?: string }>(item: T): T {
  if (item.rule === undefined) return item;
  const { rule: _rule, ...rest } = item;
  return rest as T;
}

/** Extract everything from one article's decoded text (BOM already removed). */
export function extractText(file: string, text: string, options: ExtractOptions = {}): Article {
  const doc = toDoc(file, text, options);
  const only = new Set<Kind>(options.only ?? KINDS);
  // Quotes and sanction figures carry dates, so dates are annotated whenever either is asked for.
  const needDates = only.has('dates') || only.has('quotes') || only.has('sanctions');
  const dates = needDates ? annotateDates(doc) : [];

  let quotes: Article['quotes'] = [];
  let speakers: Article['speakers'] = [];
  if (only.has('quotes')) {
    const resolved = resolveSpeakers(doc, annotateQuotes(doc));
    quotes = linkQuoteDates(resolved.quotes, dates, text);
    speakers = resolved.speakers;
  }
  const sanctions = only.has('sanctions')
    ? linkSanctionDates(annotateSanctions(doc), dates, (s) => doc.sentences[s]?.paragraph ?? -1, text)
    : [];

  const sentences: Sentence[] = only.has('sentences')
    ? doc.sentences.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, index: s.index }))
    : [];

  const keep = options.explain ? <T>(x: T) => x : stripRule;
  return {
    file,
    date: doc.date,
    sentences,
    quotes: quotes.map(keep),
    speakers,
    dates: only.has('dates') ? dates.map(keep) : [],
    sanctions: sanctions.map(keep),
  };
}

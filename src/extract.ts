/**
 * The pipeline, one way: read -> segment -> annotate -> resolve -> (render elsewhere).
 */
import type { Article, DateMention, Doc, ExtractOptions, Kind, Sentence } from './types.js';
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

/**
 * The first of extraction's two stages: the article's dates (with their rules), or none when no
 * kind asked for needs them. Quotes and sanction figures carry dates, so dates are found
 * whenever either is asked for. The CLI runs the two stages on two threads (src/pool.ts
 * `pairLane`), each then compiling only its own half of the extractor.
 */
export function findDates(doc: Doc, options: ExtractOptions = {}): DateMention[] {
  const only = new Set<Kind>(options.only ?? KINDS);
  return only.has('dates') || only.has('quotes') || only.has('sanctions') ? annotateDates(doc) : [];
}

/** The second stage: everything else, linked to the dates `findDates` found in the same Doc. */
export function assemble(doc: Doc, dates: DateMention[], options: ExtractOptions = {}): Article {
  const text = doc.text;
  const only = new Set<Kind>(options.only ?? KINDS);
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
    file: doc.file,
    date: doc.date,
    sentences,
    quotes: quotes.map(keep),
    speakers,
    dates: only.has('dates') ? dates.map(keep) : [],
    sanctions: sanctions.map(keep),
  };
}

/** Extract everything from one article's decoded text (BOM already removed). */
export function extractText(file: string, text: string, options: ExtractOptions = {}): Article {
  const doc = toDoc(file, text, options);
  return assemble(doc, findDates(doc, options), options);
}

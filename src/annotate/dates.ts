/**
 * annotate/dates: every temporal expression, typed and normalized to TIMEX3 against the article date.
 *
 * Parsers (one per kind of pattern) propose candidates; the refiners below trim leading
 * prepositions and trailing punctuation, then keep the longest candidate wherever several
 * overlap (ties go to the more specific parser).
 */
import type { DateMention, Doc } from '../types.js';
import { LEADING_PREPOSITIONS, MONTHS } from '../vocab/dates.js';
import { sentenceAt } from '../segment/index.js';
import type { Candidate } from './dates-core.js';
import { alt, makeCtx } from './dates-core.js';
import { parseCalendar } from './dates-chrono.js';
import { parseDurations, parseSets } from './dates-durations.js';
import { parsePeriods } from './dates-periods.js';

const ABBREV_END = new RegExp(`(?:[ap]\\.m|\\b(?:${alt(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july'))}))\\.$`, 'i');
const LEADING_RE = new RegExp(`^(?:(?:${alt(LEADING_PREPOSITIONS)})\\s+)+`, 'i');

/** `on Thursday, September 5,` -> `Thursday, September 5`. */
function trim(text: string, c: Candidate): Candidate | null {
  let { start, end } = c;
  const head = LEADING_RE.exec(text.slice(start, end));
  if (head && head[0].length < end - start) start += head[0].length;
  while (end > start && /[\s,;:.!?)\]'"“”’-]/.test(text[end - 1]!)) {
    // Keep the period of an abbreviation (`Sept.`, `p.m.`).
    if (text[end - 1] === '.' && ABBREV_END.test(text.slice(start, end))) break;
    end--;
  }
  while (start < end && /[\s,;:(\['"“‘]/.test(text[start]!)) start++;
  if (end <= start) return null;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

/** Longest first, then priority; a candidate overlapping one already kept is dropped. */
function select(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  next: for (const c of sorted) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue next;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function annotateDates(doc: Doc): DateMention[] {
  const ctx = makeCtx(doc);
  const text = doc.text;
  const raw: Candidate[] = [...parseCalendar(ctx), ...parsePeriods(ctx), ...parseDurations(ctx), ...parseSets(ctx)];
  const trimmed: Candidate[] = [];
  for (const c of raw) {
    if (c.start < doc.bodyStart) continue;
    const t = trim(text, c);
    if (t) trimmed.push(t);
  }
  return select(trimmed, text.length).map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    sentence: sentenceAt(doc, c.start),
    type: c.type,
    value: c.value,
    mod: c.mod,
    rule: c.rule,
  }));
}

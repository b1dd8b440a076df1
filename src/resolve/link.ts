/**
 * resolve/link: give each quote and sanction figure the date its sentence states.
 *
 * A date links when it is a point in time (DATE or TIME with a value) in the same sentence and
 * outside the item's own content: `Putin on Thursday claimed ...` dates the claim, while
 * `... the elections in November` inside the reported clause does not date the saying.
 */
import type { DateMention, Quote, Range, SanctionFigure } from '../types.js';
import { CLAUSE_BREAKS, MODIFIER_DETERMINERS, REPORTING_FILLERS, REPORTING_VERBS } from '../vocab/linking.js';

function isPoint(d: DateMention): boolean {
  return (d.type === 'DATE' || d.type === 'TIME') && d.value !== null && /^\d/.test(d.value);
}

/** A point in time or a reference to one (`recently` -> PAST_REF, `now` -> PRESENT_REF). */
function isPointOrRef(d: DateMention): boolean {
  return isPoint(d) || ((d.type === 'DATE' || d.type === 'TIME') && /^(PAST|PRESENT|FUTURE)_REF$/.test(d.value ?? ''));
}

function distance(a: Range, b: Range): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function bySentence(dates: readonly DateMention[], keep: (d: DateMention) => boolean): Map<number, DateMention[]> {
  const map = new Map<number, DateMention[]>();
  for (const d of dates) {
    if (!keep(d)) continue;
    const list = map.get(d.sentence) ?? [];
    list.push(d);
    map.set(d.sentence, list);
  }
  return map;
}

const inside = (d: Range, r: Range) => d.start >= r.start && d.end <= r.end;

/** The candidate nearest to any of the anchors, ignoring those `reject` refuses. */
function nearestDate(candidates: readonly DateMention[] | undefined, anchors: readonly Range[], reject: (d: DateMention, anchor: Range) => boolean): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of candidates ?? []) {
    let anchor: Range | null = null;
    let dist = Infinity;
    for (const a of anchors) {
      const x = distance(d, a);
      if (x < dist) {
        dist = x;
        anchor = a;
      }
    }
    if (!anchor || reject(d, anchor)) continue;
    if (dist < bestDistance) {
      best = d;
      bestDistance = dist;
    }
  }
  return best;
}

const CLAUSE_BREAK = new RegExp(`(?:${CLAUSE_BREAKS.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s`);
const DETERMINER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MODIFIER_DETERMINERS.join('|')})\\s+$`, 'iu');

/**
 * A date says when a quote was made when it stands outside the quote's content, is not a noun
 * modifier (`the 2020 election`), and neither the content nor a clause break separates it from
 * the quote's source or cue, whichever is nearer (`Putin on Thursday claimed`, `In an interview on Thursday, ..., Putin
 * said`, `..., according to reports earlier this year`).
 */
export function linkQuoteDates(quotes: readonly Quote[], dates: readonly DateMention[], text: string): Quote[] {
  const points = bySentence(dates, isPointOrRef);
  return quotes.map((q) => {
    const anchors: Range[] = [];
    if (q.cue) anchors.push(q.cue);
    if (q.speaker.mention) anchors.push(q.speaker.mention);
    if (!anchors.length) return q;
    const d = nearestDate(points.get(q.sentence), anchors, (date, anchor) => {
      if (inside(date, q)) return true;
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start))) return true;
      // the content between the date and the source is another clause's (`..., a reminder of how X recently ...`)
      const between = date.end <= anchor.start ? { start: date.end, end: anchor.start } : { start: anchor.end, end: date.start };
      if (q.start >= between.start && q.end <= between.end) return true;
      const gap = date.end <= anchor.start ? text.slice(date.end, anchor.start) : text.slice(anchor.end, date.start);
      return CLAUSE_BREAK.test(gap);
    });
    return d ? { ...q, date: d.value } : q;
  });
}

const REPORTED_AT = new RegExp(`(?:^|[^\\p{L}])(?:${REPORTING_VERBS.join('|')})(?:\\s+(?:${REPORTING_FILLERS.join('|')}))*\\s+$`, 'iu');

/**
 * A figure takes the point date of its own sentence (not one right after a verb of saying:
 * `..., Blinken said last month` dates the report); a figure in a sentence without one takes the
 * date of the figure before it in the same paragraph (`On August 23 the US sanctioned nearly 400
 * individuals. The targets include more than 60 companies.`), or in the sentence right before it
 * when both name the same imposer and target (the same action, told over a paragraph break).
 */
export function linkSanctionDates(
  figures: readonly SanctionFigure[],
  dates: readonly DateMention[],
  paragraphOf: (sentence: number) => number,
  text?: string,
): SanctionFigure[] {
  const reported = (d: DateMention): boolean => text !== undefined && REPORTED_AT.test(text.slice(Math.max(0, d.start - 40), d.start));
  const points = bySentence(dates, (d) => isPoint(d) && !reported(d));
  const out: SanctionFigure[] = [];
  const sameParagraph = (prev: SanctionFigure, f: SanctionFigure): boolean =>
    prev.sentence <= f.sentence && paragraphOf(prev.sentence) === paragraphOf(f.sentence);
  // News paragraphs are often one sentence long: the next sentence naming the same imposer and
  // target (`... the EU on Tuesday approved ...` / `The package also targets 31 companies ...`)
  // continues the same action across the break.
  const sameAction = (prev: SanctionFigure, f: SanctionFigure): boolean =>
    f.sentence === prev.sentence + 1 && prev.imposer !== null && prev.imposer === f.imposer && prev.target === f.target;
  for (const f of figures) {
    if (f.date !== null) {
      out.push(f);
      continue;
    }
    const d = nearestDate(points.get(f.sentence), [f], () => false);
    if (d) {
      out.push({ ...f, date: d.value });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.date !== null && (sameParagraph(prev, f) || sameAction(prev, f))) {
      out.push({ ...f, date: prev.date });
    } else {
      out.push(f);
    }
  }
  return out;
}


/**
 * resolve/link: give each quote and sanction figure the date its sentence states.
 *
 * A date links when it is a point in time (DATE or TIME with a value) in the same sentence and
 * outside the item's own content: `Putin on Thursday claimed ...` dates the claim, while
 * `... the elections in November` inside the reported clause does not date the saying.
 */
import type { DateMention, Quote, Range, SanctionFigure } from '../types.js';
import { CLAUSE_BREAKS, MODIFIER_DETERMINERS, REPORTING_FILLERS, REPORTING_VERBS } from '../vocab/linking.js';
import { NOT_AFTER_LETTER } from '../annotate/dates-core.js';

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

/** A sentence's candidate dates; `ordered` when they can be walked outward from an anchor. */
interface Candidates {
  list: DateMention[];
  ordered: boolean;
}

function bySentence(dates: readonly DateMention[], keep: (d: DateMention) => boolean): Map<number, Candidates> {
  const map = new Map<number, Candidates>();
  for (const d of dates) {
    if (!keep(d)) continue;
    const c = map.get(d.sentence) ?? { list: [], ordered: true };
    c.list.push(d);
    map.set(d.sentence, c);
  }
  for (const c of map.values()) c.ordered = inOrder(c.list);
  return map;
}

const inside = (d: Range, r: Range) => d.start >= r.start && d.end <= r.end;

/** The anchor nearest to `d` (the first listed on a tie) and its distance. */
function nearestAnchor(d: Range, anchors: readonly Range[]): { anchor: number; dist: number } {
  let anchor = -1;
  let dist = Infinity;
  for (let i = 0; i < anchors.length; i++) {
    const x = distance(d, anchors[i]!);
    if (x < dist) {
      dist = x;
      anchor = i;
    }
  }
  return { anchor, dist };
}

/**
 * Why a candidate is refused for an anchor: `here` refuses only this one; `beyond` refuses it and
 * every candidate farther from the anchor on the same side (a clause break or the quote's content
 * in between stays in between).
 */
type Refusal = false | 'here' | 'beyond';

/** Sorted by start, each non-empty and ending where or before the next one starts. */
function inOrder(candidates: readonly Range[]): boolean {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.end <= c.start || (i > 0 && c.start < candidates[i - 1]!.end)) return false;
  }
  return true;
}

/** The first index in [0, n] for which `test` holds, `test` being false then true along the list. */
function firstWhere(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The candidate nearest to any of the anchors, ignoring those `refuse` refuses for their nearest
 * anchor; on equal distances the first candidate wins.
 *
 * Candidates in text order are walked outward from each anchor, nearest first: on each side the
 * first one accepted is that side's best, and a `beyond` refusal or a candidate nearer another
 * anchor ends the side (farther candidates are nearer that anchor too). The cost is a binary
 * search and the candidates passed over, not all of the sentence's dates for every item.
 */
function nearestDate(within: Candidates | undefined, anchors: readonly Range[], refuse: (d: DateMention, anchor: Range) => Refusal): DateMention | null {
  if (!within?.list.length || !anchors.length) return null;
  const candidates = within.list;
  let best = -1;
  let bestDistance = Infinity;
  const consider = (i: number, dist: number) => {
    if (dist < bestDistance || (dist === bestDistance && i < best)) {
      best = i;
      bestDistance = dist;
    }
  };
  if (!within.ordered) {
    candidates.forEach((d, i) => {
      const { anchor, dist } = nearestAnchor(d, anchors);
      if (!refuse(d, anchors[anchor]!)) consider(i, dist);
    });
    return best < 0 ? null : candidates[best]!;
  }
  const n = candidates.length;
  // One step of the walk outward from anchor `k`, at candidate `i`: false once that side is done.
  const visit = (k: number, i: number): boolean => {
    const d = candidates[i]!;
    const { anchor, dist } = nearestAnchor(d, anchors);
    if (anchor !== k) return false;
    const why = refuse(d, anchors[k]!);
    if (why === 'beyond') return false;
    if (why) return true;
    consider(i, dist);
    return false;
  };
  anchors.forEach((a, k) => {
    const left = firstWhere(n, (i) => candidates[i]!.end > a.start); // candidates before it end before the anchor
    const right = firstWhere(n, (i) => candidates[i]!.start >= a.end); // it and those after start after the anchor
    for (let i = left; i < right; i++) {
      const d = candidates[i]!;
      const { anchor, dist } = nearestAnchor(d, anchors);
      if (anchor === k && !refuse(d, a)) consider(i, dist);
    }
    for (let i = left - 1; i >= 0 && visit(k, i); i--);
    for (let i = right; i < n && visit(k, i); i++);
  });
  return best < 0 ? null : candidates[best]!;
}

// Shortest first: where several breaks start at one place, the one ending soonest is found.
const CLAUSE_BREAK_SOURCE = `(?:${[...CLAUSE_BREAKS]
  .sort((a, b) => a.length - b.length)
  .map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')})\\s`;
/** The clause-break pattern, one object for every text (`lastIndex` set before each search). */
const CLAUSE_BREAK_RE = new RegExp(CLAUSE_BREAK_SOURCE, 'g');

/**
 * Where the clause breaks of a text are, to ask whether a stretch holds one in logarithmic time:
 * the same answer as testing the pattern on the stretch, without copying it.
 */
function clauseBreaks(text: string): (start: number, end: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = CLAUSE_BREAK_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    re.lastIndex = m.index + 1; // breaks may overlap
  }
  // The earliest end of a break starting at or after each one.
  const minEnd = ends.slice();
  for (let i = minEnd.length - 2; i >= 0; i--) minEnd[i] = Math.min(minEnd[i]!, minEnd[i + 1]!);
  return (start, end) => {
    const i = firstWhere(starts.length, (j) => starts[j]! >= start);
    return i < starts.length && minEnd[i]! <= end;
  };
}

const DETERMINER_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(?:${MODIFIER_DETERMINERS.join('|')})\\s+$`, 'iu');

/**
 * A date says when a quote was made when it stands outside the quote's content, is not a noun
 * modifier (`the 2020 election`), and neither the content nor a clause break separates it from
 * the quote's source or cue, whichever is nearer (`Putin on Thursday claimed`, `In an interview on Thursday, ..., Putin
 * said`, `..., according to reports earlier this year`).
 */
export function linkQuoteDates(quotes: readonly Quote[], dates: readonly DateMention[], text: string): Quote[] {
  // A noun modifier is refused whatever the quote: it is left out before the walk.
  const modifier = (d: DateMention): boolean => DETERMINER_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start));
  const points = bySentence(dates, (d) => isPointOrRef(d) && !modifier(d));
  let breakWithin: ((start: number, end: number) => boolean) | null = null;
  return quotes.map((q) => {
    const anchors: Range[] = [];
    if (q.cue) anchors.push(q.cue);
    if (q.speaker.mention) anchors.push(q.speaker.mention);
    if (!anchors.length) return q;
    const d = nearestDate(points.get(q.sentence), anchors, (date, anchor) => {
      const between = date.end <= anchor.start ? { start: date.end, end: anchor.start } : { start: anchor.end, end: date.start };
      // the content between the date and the source is another clause's (`..., a reminder of how X recently ...`)
      if (q.start >= between.start && q.end <= between.end) return 'beyond';
      breakWithin ??= clauseBreaks(text);
      if (breakWithin(between.start, between.end)) return 'beyond';
      return inside(date, q) ? 'here' : false;
    });
    return d ? { ...q, date: d.value } : q;
  });
}

const REPORTED_AT = new RegExp(`${NOT_AFTER_LETTER}(?:${REPORTING_VERBS.join('|')})(?:\\s+(?:${REPORTING_FILLERS.join('|')}))*\\s+$`, 'iu');

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
  // A figure whose imposer or target differs from the one before is another action
  // (`... the United States sanctioned 300 entities. Britain has fined a trader £1.6 million ...`).
  const compatible = (prev: SanctionFigure, f: SanctionFigure): boolean =>
    (f.imposer === null || f.imposer === prev.imposer) && (f.target === null || prev.target === null || f.target === prev.target);
  const sameParagraph = (prev: SanctionFigure, f: SanctionFigure): boolean =>
    prev.sentence <= f.sentence && paragraphOf(prev.sentence) === paragraphOf(f.sentence) && compatible(prev, f);
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


/**
 * resolve/link: give each quote and sanction figure the date its sentence states.
 *
 * A date links when it is a point in time (DATE or TIME with a value) in the same sentence and
 * outside the item's own content: `Putin on Thursday claimed ...` dates the claim, while
 * `... the elections in November` inside the reported clause does not date the saying.
 */
import type { DateMention, Quote, Range, SanctionFigure } from '../types.js';

function isPoint(d: DateMention): boolean {
  return (d.type === 'DATE' || d.type === 'TIME') && d.value !== null && /^\d/.test(d.value);
}

function distance(a: Range, b: Range): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function bySentence(dates: readonly DateMention[]): Map<number, DateMention[]> {
  const map = new Map<number, DateMention[]>();
  for (const d of dates) {
    if (!isPoint(d)) continue;
    const list = map.get(d.sentence) ?? [];
    list.push(d);
    map.set(d.sentence, list);
  }
  return map;
}

/** The point date of the sentence nearest to `anchor`, ignoring those inside `exclude`. */
function nearestDate(candidates: readonly DateMention[] | undefined, anchor: Range, exclude: Range | null): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of candidates ?? []) {
    if (exclude && d.start >= exclude.start && d.end <= exclude.end) continue;
    const dist = distance(d, anchor);
    if (dist < bestDistance) {
      best = d;
      bestDistance = dist;
    }
  }
  return best;
}

export function linkQuoteDates(quotes: readonly Quote[], dates: readonly DateMention[]): Quote[] {
  const points = bySentence(dates);
  return quotes.map((q) => {
    const anchor = q.cue ?? q.speaker.mention ?? q;
    const d = nearestDate(points.get(q.sentence), anchor, q);
    return d ? { ...q, date: d.value } : q;
  });
}

/**
 * A figure takes the point date of its own sentence; a figure in a sentence without one takes the
 * date of the figure before it in the same paragraph (`On August 23 the US sanctioned nearly 400
 * individuals. The targets include more than 60 companies.`).
 */
export function linkSanctionDates(
  figures: readonly SanctionFigure[],
  dates: readonly DateMention[],
  paragraphOf: (sentence: number) => number,
): SanctionFigure[] {
  const points = bySentence(dates);
  const out: SanctionFigure[] = [];
  for (const f of figures) {
    if (f.date !== null) {
      out.push(f);
      continue;
    }
    const d = nearestDate(points.get(f.sentence), f, null);
    if (d) {
      out.push({ ...f, date: d.value });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.date !== null && prev.sentence < f.sentence && paragraphOf(prev.sentence) === paragraphOf(f.sentence)) {
      out.push({ ...f, date: prev.date });
    } else {
      out.push(f);
    }
  }
  return out;
}


/**
 * dates-calendar: calendar arithmetic (UTC, proleptic Gregorian) and TIMEX3 value formatting.
 * Everything works on plain {y, m, d} triples so that results never depend on the host time zone.
 */

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

export function parseYmd(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const toEpochDay = (a: Ymd): number => Date.UTC(a.y, a.m - 1, a.d) / 86400000;

function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(a) + n);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, n: number): Ymd {
  const total = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1;
  return { year: thursday.y, week };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => (n < 0 ? '-' + String(-n).padStart(4, '0') : String(n).padStart(4, '0'));

export const fmtYear = (y: number): string => p4(y);
export const fmtMonth = (y: number, m: number): string => `${p4(y)}-${p2(m)}`;
export const fmtDay = (a: Ymd): string => `${p4(a.y)}-${p2(a.m)}-${p2(a.d)}`;
export const fmtQuarter = (y: number, q: number): string => `${p4(y)}-Q${q}`;
export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${p4(w.year)}-W${p2(w.week)}`;
}
export const fmtTime = (a: Ymd, h: number, min: number): string => `${fmtDay(a)}T${p2(h)}:${p2(min)}`;

/** Month index (y * 12 + m - 1) for month arithmetic. */
export const monthIndex = (y: number, m: number): number => y * 12 + m - 1;

export type Tense = 'past' | 'present' | 'future' | null;

/**
 * The year of a bare month: past -> on or before the article's month, future -> on or after it,
 * present -> the nearest (a tie goes to the past); with no tense at all, the coming one when it
 * is at most seven months ahead (news names scheduled events by their month: `the convention in
 * July`, `votes in November`), else the past one.
 */
export function anchorMonth(dct: Ymd, m: number, tense: Tense): number {
  const here = monthIndex(dct.y, dct.m);
  const before = dct.m >= m ? dct.y : dct.y - 1;
  const after = dct.m <= m ? dct.y : dct.y + 1;
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  if (tense === null) return monthIndex(after, m) - here <= 7 ? after : before;
  return here - monthIndex(before, m) <= monthIndex(after, m) - here ? before : after;
}

/**
 * Of a date's occurrences in the years around the article's, the nearest that fits the tense
 * (past: on or before the article date; future: on or after); a tie goes to the earlier one.
 * With none that fits, the nearest of all.
 */
function nearestFitting(dct: Ymd, cands: readonly Ymd[], tense: Tense): Ymd | null {
  const here = toEpochDay(dct);
  let pool = cands;
  if (tense === 'past') pool = cands.filter((c) => toEpochDay(c) <= here);
  else if (tense === 'future') pool = cands.filter((c) => toEpochDay(c) >= here);
  if (!pool.length) pool = cands;
  let best: Ymd | null = null;
  let bestDist = Infinity;
  for (const c of pool) {
    const dist = Math.abs(toEpochDay(c) - here) + (toEpochDay(c) > here ? 0.5 : 0);
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

/** A month-day without a year: the nearest occurrence that fits the tense. */
export function anchorMonthDay(dct: Ymd, m: number, d: number, tense: Tense): Ymd | null {
  const cands = [dct.y - 1, dct.y, dct.y + 1].filter((y) => isValidDate(y, m, d)).map((y) => ({ y, m, d }));
  return nearestFitting(dct, cands, tense);
}

/**
 * A bare weekday: in news the most recent one on or before the article date, unless the tense
 * points to the future or is a present copula (then the first one on or after it).
 */
export function anchorWeekday(dct: Ymd, wd: number, tense: Tense): Ymd {
  const cur = isoWeekday(dct);
  // `will speak Monday` in a Monday paper is that day (news names the weekday even for today);
  // a present copula schedules too (`The vote is on Friday`): on or after the article date.
  if (tense === 'future' || tense === 'present') return addDays(dct, (wd - cur + 7) % 7);
  return addDays(dct, -((cur - wd + 7) % 7));
}

/** `this/last/next <weekday>`: the weekday in the current, previous or following ISO week. */
export function deicticWeekday(dct: Ymd, wd: number, which: 'this' | 'last' | 'next'): Ymd {
  const cur = isoWeekday(dct);
  if (which === 'last') {
    const back = (cur - wd + 7) % 7 || 7;
    return addDays(dct, -back);
  }
  const monday = addDays(dct, 1 - cur);
  return addDays(monday, wd - 1 + (which === 'next' ? 7 : 0));
}

/** A date that comes back every year (`occ(y)` in year `y`): the nearest occurrence that fits the tense. */
export function anchorYearly(dct: Ymd, occ: (y: number) => Ymd, tense: Tense): Ymd {
  return nearestFitting(dct, [dct.y - 1, dct.y, dct.y + 1].map(occ), tense)!;
}

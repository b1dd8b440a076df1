/**
 * annotate/dates: every temporal expression, typed and normalized to TIMEX3 against the article date.
 *
 * Parsers (one per kind of pattern) propose candidates; the refiners below trim leading
 * prepositions and trailing punctuation, then keep the longest candidate wherever several
 * overlap (ties go to the more specific parser).
 */
import type { DateMention, Doc } from '../types.js';
import { DAY_LIST_CONNECTIVES, LEADING_PREPOSITIONS, POSITION_MODS, RANGE_CONNECTIVES, RANGE_OPENERS, SET_QUANTIFIERS } from '../vocab/dates.js';
import { sentenceAt } from '../segment/index.js';
import type { Candidate, Granularity } from './dates-core.js';
import { NOT_AFTER_LETTER, alt, makeCtx } from './dates-core.js';
import { parseCalendar } from './dates-chrono.js';
import { parseDurations, parseSets, parseWeekdayCounts } from './dates-durations.js';
import { parsePeriods } from './dates-periods.js';
import type { Ymd } from './dates-calendar.js';
import { addDays, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeekday, parseYmd } from './dates-calendar.js';

const ABBREV_END = /[ap]\.m\.$/i;
const LEADING_RE = new RegExp(`^(?:(?:${alt(LEADING_PREPOSITIONS)})\\s+)+`, 'i');

/** `on Thursday, September 5,` -> `Thursday, September 5`. */
function trim(text: string, c: Candidate): Candidate | null {
  let { start, end } = c;
  const head = LEADING_RE.exec(text.slice(start, end));
  if (head && head[0].length < end - start) start += head[0].length;
  while (end > start && /[\s,;:.!?)\]'"“”’-]/.test(text[end - 1]!)) {
    // Keep the period of `a.m.` / `p.m.`; a month abbreviation's final period goes (`Aug.` -> `Aug`).
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

const DAY_VALUE = /^\d{4}-\d\d-\d\d/;
const CLOCK_VALUE = /T(\d\d):(\d\d)$/;

/**
 * A clock time next to a SET makes one SET (`9am every Sunday` -> `XXXX-WXX-7T09:00`,
 * `3pm every day` -> `T15:00`).
 */
function mergeTimedSets(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && ((a.type === 'TIME' && b.type === 'SET') || (a.type === 'SET' && b.type === 'TIME'))) {
      const gap = text.slice(a.end, b.start);
      const time = a.type === 'TIME' ? a : b;
      const set = a.type === 'SET' ? a : b;
      const clock = time.value ? CLOCK_VALUE.exec(time.value) : null;
      if (/^\s+(?:(?:at|on)\s+)?$/i.test(gap) && clock && set.value) {
        const t = `T${clock[1]}:${clock[2]}`;
        let value: string | null = null;
        if (set.value === 'P1D' || /^T[A-Z]{2}$/.test(set.value)) value = t;
        else if (/^XXXX-WXX-\d$/.test(set.value)) value = set.value + t;
        if (value) {
          out.push({ ...set, start: a.start, end: b.end, value, rule: 'set.timed' });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * A weekday with its date in brackets or after a hyphen is one date (`Thursday (Sept. 5)`,
 * `this friday-jun-15`): the written date gives the value.
 */
function mergeAppositions(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && a.type === 'DATE' && /weekday/.test(a.rule) && b.type === 'DATE' && (b.value === null || DAY_VALUE.test(b.value))) {
      const gap = b.start - a.end > 8 ? '' : text.slice(a.end, b.start);
      const close = /^\s*\)/.exec(text.slice(b.end, b.end + 4));
      if (/^\s*\(\s*$/.test(gap) ? close : /^-$/.test(gap)) {
        out.push({ ...b, start: a.start, end: close ? b.end + close[0].length : b.end, rule: 'date.weekday-apposition' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// Phrases of parts of a period (`the final days of`) stay out: the alternation would backtrack.
const POSITION_OF = Object.keys(POSITION_MODS).filter((k) => k.endsWith(' of') && !/(?:days|weeks|months) of$/.test(k));
const POSITION_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(${alt(POSITION_OF)})\\s+$`, 'iu');
/** Periods whose own pattern takes no position phrase before them. */
const POSITIONED_RULES = new Set(['date.quarter', 'date.quarter-code', 'date.century', 'date.week-of-period']);

/** `the end of the first quarter`, `the start of the 20th century`: the period with the position's mod. */
function positionsBefore(text: string, kept: Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.mod || !POSITIONED_RULES.has(c.rule)) continue;
    const p = POSITION_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (!p) continue;
    const start = c.start - p[0].length + p[0].indexOf(p[1]!);
    const prev = kept[i - 1];
    if (prev && prev.end > start) continue;
    kept[i] = { ...c, start, mod: (POSITION_MODS[p[1]!.toLowerCase().replace(/\s+/g, ' ')] as Candidate['mod']) ?? null, rule: `${c.rule}-position` };
  }
}

const WEEK_OF_BEFORE = /(?:^|[^\p{L}])((?:the\s+)?week\s+of\s+)$/iu;

/**
 * `the week of March 4`: the ISO week holding the day (`2025-W10`), one mention. A day without a
 * value (no article date) leaves the week unknown.
 */
function weeksOfDays(text: string, kept: Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.type !== 'DATE' || (c.value !== null && !/^\d{4}-\d\d-\d\d$/.test(c.value))) continue;
    if (c.value === null && !c.yearless?.d && !/\d/.test(text.slice(c.start, c.end))) continue;
    const w = WEEK_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (!w) continue;
    const prev = kept[i - 1];
    const start = c.start - w[1]!.length;
    if (prev && prev.end > start) continue;
    const day = c.value ? parseYmd(c.value) : null;
    kept[i] = { ...c, start, value: day ? fmtWeek(day) : null, rule: 'date.week-of-day', yearless: undefined };
  }
}

const LIST_JOINT = alt(DAY_LIST_CONNECTIVES);
const LISTED_DAY = new RegExp(`^\\s*(?:,\\s*(?:(${LIST_JOINT})\\s+)?|(${LIST_JOINT})\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`, 'iu');
const LIST_YEAR = /^,?\s+((?:1[89]|20)\d\d)(?![\p{L}\p{N}])/u;
const LIST_END = /^\s*(?:[.,;:!?)]|$)/;

/**
 * Days listed after one month (`July 8 and 9`, `Sept. 3, 4 and 5, 2016`, `Aug. 2 or 3`): each a date
 * of that month. The list must close with `and`/`or` and end a clause or take a year, which then
 * dates every day (`on March 3 and 4 percent` is an amount).
 */
function listedDays(text: string, kept: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.type !== 'DATE' || !/\d(?:st|nd|rd|th)?$/i.test(text.slice(c.start, c.end))) continue;
    const day = c.value && /^\d{4}-\d\d-\d\d$/.test(c.value) ? parseYmd(c.value) : null;
    const ym = day ? { y: day.y, m: day.m } : null;
    const first = day ? day.d : c.yearless?.d;
    if (first === undefined || (!day && !c.yearless)) continue;
    const m0 = day ? day.m : c.yearless!.m;
    let pos = c.end;
    let prev = first;
    let joined = false;
    const days: Array<{ start: number; end: number; d: number }> = [];
    for (;;) {
      const lm = LISTED_DAY.exec(text.slice(pos, pos + 16));
      if (!lm || joined) break;
      const d = Number(lm[3]);
      if (d <= prev || d > daysInMonth(ym?.y ?? 2024, m0)) break;
      const numStart = pos + lm[0].length - lm[0].slice(lm[0].search(/\d/)).length;
      days.push({ start: numStart, end: pos + lm[0].length, d });
      joined = (lm[1] ?? lm[2]) !== undefined;
      prev = d;
      pos += lm[0].length;
    }
    if (!joined || days.length === 0) continue;
    const tail = text.slice(pos, pos + 8);
    const ym2 = LIST_YEAR.exec(tail);
    if (!ym2 && !LIST_END.test(tail)) continue;
    // Another mention on a listed day (`on Aug. 2 or 3 p.m.`) keeps it.
    const next = kept[i + 1];
    if (next && next.start < (ym2 ? pos + ym2[0].length : pos) && !(ym2 && next.start >= pos && next.type === 'DATE' && next.value === ym2[1])) continue;
    const y = ym2 ? Number(ym2[1]) : ym?.y;
    if (ym2) {
      if (next && next.start >= pos) dropped.add(next);
      kept[i] = { ...c, value: fmtDay({ y: y!, m: m0, d: first }), yearless: undefined, rule: `${c.rule}-listed` };
      days[days.length - 1]!.end = pos + ym2[0].length;
    }
    for (const x of days) {
      const value = y === undefined ? null : fmtDay({ y, m: m0, d: x.d });
      added.push({ ...c, start: x.start, end: x.end, value, mod: null, rule: 'date.listed-day', yearless: !ym2 && c.yearless ? { m: m0, d: x.d } : undefined });
    }
  }
  if (added.length === 0) return kept;
  return [...kept.filter((c) => !dropped.has(c)), ...added].sort((a, b) => a.start - b.start);
}

const RANGE_GAP = new RegExp(`^\\s*(?:(?:${alt(RANGE_CONNECTIVES)})\\s|[-–]\\s*)$`, 'i');
const RANGE_OPENER = new RegExp(`${NOT_AFTER_LETTER}(?:${alt(RANGE_OPENERS)})\\s+$`, 'iu');
const YEAR_OF = /^(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/;

/**
 * The two ends of a range are read together (`between March and November 2023`): a first end
 * without a written year takes the second end's year, or the year before when its month comes
 * later (`from December to March 2024`); two weekdays run forward (`from Friday to Tuesday`).
 */
function alignRanges(text: string, kept: Candidate[], dct: Ymd | null): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (b.type !== 'DATE' || !b.value) continue;
    const gap = b.start - a.end > 12 ? '' : text.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap)) continue;
    if (/^\s*and\s/i.test(gap) && !RANGE_OPENER.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    // `from Monday to Friday`: the second weekday comes after the first, a week on in future text
    // (`will run from Monday to Friday`), or the first a week back in past text.
    if (a.rule === 'date.weekday-tense' && b.rule === 'date.weekday-tense' && a.value && dct && b.value < a.value) {
      const bDay = parseYmd(b.value)!;
      if (b.value >= fmtDay(dct)) kept[i + 1] = { ...b, value: fmtDay(addDays(bDay, 7)), rule: `${b.rule}-range` };
      else kept[i] = { ...a, value: fmtDay(addDays(parseYmd(a.value)!, -7)), rule: `${a.rule}-range` };
      continue;
    }
    if (!a.yearless) continue;
    const bm = YEAR_OF.exec(b.value);
    if (!bm || !bm[2]) continue;
    const bMonth = Number(bm[2]);
    const bDay = bm[3] ? Number(bm[3]) : 0;
    const { m, d } = a.yearless;
    // Only a second end with a written year, or one anchored like the first, sets the year.
    if (b.yearless && a.value === null) continue;
    const later = m > bMonth || (m === bMonth && d !== undefined && bDay > 0 && d > bDay);
    const y = Number(bm[1]) - (later ? 1 : 0);
    const value = d === undefined ? fmtMonth(y, m) : fmtDay({ y, m, d });
    if (value !== a.value) kept[i] = { ...a, value, rule: `${a.rule}-range` };
  }
}

const WEEK_VALUE = /^(\d{4})-W(\d\d)$/;
const WEEKDAY_GAP = new RegExp(`^[\\s,]*(?:(?:${alt([...RANGE_OPENERS, ...RANGE_CONNECTIVES, 'on'])})[\\s,]+)*$`, 'i');

/** The Monday of ISO week `w` of year `y`. */
function isoMonday(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (w - 1));
}

/**
 * Weekdays right after `next week` / `last week` fall in that week (`next week between Wednesday
 * and Friday`), not on the nearest one the tense picks.
 */
function weekdaysInWeek(text: string, kept: Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i]!;
    const wm = w.value && /^date\.(?:this|last|next)-week$/.test(w.rule) ? WEEK_VALUE.exec(w.value) : null;
    if (!wm) continue;
    const monday = isoMonday(Number(wm[1]), Number(wm[2]));
    let prevEnd = w.end;
    for (let j = i + 1; j < kept.length; j++) {
      const c = kept[j]!;
      if (c.rule !== 'date.weekday-tense' || !c.value || c.start - prevEnd > 24 || !WEEKDAY_GAP.test(text.slice(prevEnd, c.start))) break;
      const day = parseYmd(c.value)!;
      kept[j] = { ...c, value: fmtDay(addDays(monday, isoWeekday(day) - 1)), rule: 'date.weekday-in-week' };
      prevEnd = c.end;
    }
  }
}

const QUANTIFIER_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(${alt(SET_QUANTIFIERS)})\\s+$`, 'iu');

/** `each 4/15`, `every March 15`, `every November`: a month or a day of every year is a SET. */
function yearlySets(text: string, kept: Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (!c.yearless || c.type !== 'DATE') continue;
    const q = QUANTIFIER_BEFORE.exec(text.slice(Math.max(0, c.start - 14), c.start));
    if (!q) continue;
    const { m, d } = c.yearless;
    const mm = String(m).padStart(2, '0');
    const value = d === undefined ? `XXXX-${mm}` : `XXXX-${mm}-${String(d).padStart(2, '0')}`;
    const start = c.start - q[0].length + q[0].indexOf(q[1]!);
    kept[i] = { ...c, start, type: 'SET', value, mod: null, rule: 'set.every-date', yearless: undefined };
  }
}

/** A plain duration's parts in TIMEX3 order (years, months, weeks, days, hours, minutes, seconds). */
const DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const PART_CODES = ['Y', 'M', 'W', 'D', 'H', 'M', 'S'] as const;

function durationParts(v: string | null): number[] | null {
  const m = v ? DURATION_PARTS.exec(v) : null;
  if (!m || v === 'P') return null;
  return m.slice(1).map((x) => (x === undefined ? -1 : Number(x)));
}

/**
 * `3 minutes 32 seconds`, `two years and three months`: counts of ever smaller units in a row are
 * one duration (`PT3M32S`, `P2Y3M`).
 */
function mergeDurations(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    const prev = out[out.length - 1];
    const a = prev && prev.type === 'DURATION' && c.type === 'DURATION' && !c.mod ? durationParts(prev.value) : null;
    const b = a ? durationParts(c.value) : null;
    if (a && b && c.start - prev!.end <= 6 && /^\s*,?\s*(?:and\s+)?$/i.test(text.slice(prev!.end, c.start))) {
      const lastA = a.reduce((k, x, i) => (x >= 0 ? i : k), -1);
      const firstB = b.findIndex((x) => x >= 0);
      // The next smaller unit or the one after (`two years, six months`; not a list like `3 years, 24 hours`).
      if (lastA >= 0 && firstB > lastA && firstB - lastA <= 2) {
        const parts = a.map((x, i) => (x >= 0 ? x : b[i]!));
        let date = '';
        let time = '';
        parts.forEach((x, i) => {
          if (x < 0) return;
          if (i < 4) date += `${x}${PART_CODES[i]}`;
          else time += `${x}${PART_CODES[i]}`;
        });
        out[out.length - 1] = { ...prev!, end: c.end, value: `P${date}${time ? `T${time}` : ''}`, rule: 'duration.compound' };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const ANCHOR_VALUE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])/;

/** Does a value (`2216`, `2024-10`, `2024-09-07`, `2024-W40`) begin after the article's day, at its own precision? */
function afterArticle(value: string, dct: Ymd): boolean {
  const w = /^\d{4}-W\d\d/.exec(value);
  if (w) return w[0] > fmtWeek(dct);
  const m = ANCHOR_VALUE.exec(value);
  if (!m) return false;
  const day = fmtDay(dct);
  const n = m[3] ? 10 : m[2] ? 7 : 4;
  return m[0].slice(0, n) > day.slice(0, n);
}
const RANK: Record<Granularity, number> = { Y: 0, M: 1, D: 2 };

/**
 * Dates told relative to the story, in text order:
 * - `the next day`: from the last day-precise date before it, else the article date;
 * - `four years later`, `a week earlier`: from the last date before it (any precision), in its
 *   paragraph or the one before, when that date is at least as precise as the count needs
 *   (`won in 2008, lost four years later` -> 2012; `in 2008 ... three days later` -> unknown);
 *   from the article date when no date comes before it at all.
 */
function resolveNarrative(ctx: ReturnType<typeof makeCtx>, kept: Candidate[]): void {
  const doc = ctx.doc;
  const paragraphOf = (pos: number): number => doc.sentences[sentenceAt(doc, pos)]?.paragraph ?? -1;
  let day: Ymd | null = ctx.dct;
  let last: { at: Ymd; gran: Granularity; paragraph: number } | null = null;
  for (const c of kept) {
    // A date told relative to the story anchors nothing itself (`... from $1.10 the day before`,
    // twice, is the same day both times).
    if (c.narrative !== undefined) {
      c.value = day ? c.narrative(day) : null;
      continue;
    }
    if (c.relative !== undefined) {
      // Nothing dated before it: the story's time is the article's own.
      if (!last) c.value = ctx.dct ? c.relative.from(ctx.dct) : null;
      else c.value = RANK[last.gran] >= RANK[c.relative.need] && paragraphOf(c.start) - last.paragraph <= 1 ? c.relative.from(last.at) : null;
      // Told from the story's time, a date in past or present text cannot land after the article
      // (`we still live today, more than 200 years later` counts from before `today`; `The following
      // week, he resigned`).
      const storyTime = last !== null || c.rule.startsWith('date.story-');
      if (storyTime && c.value && ctx.dct && afterArticle(c.value, ctx.dct) && ctx.tense(c.start, c.end) !== 'future') c.value = null;
      continue;
    }
    if (c.type !== 'DATE' && c.type !== 'TIME') continue;
    const m = c.value ? ANCHOR_VALUE.exec(c.value) : null;
    if (!m) continue;
    // `2024-09-05T15:00` is a day, `2024-09` a month; `2024`, `2024-W35`, `2024-Q3` a year.
    const gran: Granularity = m[3] ? 'D' : m[2] ? 'M' : 'Y';
    const at: Ymd = { y: Number(m[1]), m: gran === 'Y' ? 1 : Number(m[2]), d: gran === 'D' ? Number(m[3]) : 1 };
    last = { at, gran, paragraph: paragraphOf(c.start) };
    if (gran === 'D') day = at;
  }
}

export function annotateDates(doc: Doc): DateMention[] {
  const ctx = makeCtx(doc);
  const text = doc.text;
  const raw: Candidate[] = [...parseCalendar(ctx), ...parsePeriods(ctx), ...parseDurations(ctx), ...parseSets(ctx), ...parseWeekdayCounts(ctx)];
  const trimmed: Candidate[] = [];
  for (const c of raw) {
    if (c.start < doc.bodyStart) continue;
    const t = trim(text, c);
    if (t) trimmed.push(t);
  }
  const kept = listedDays(text, mergeDurations(text, mergeAppositions(text, mergeTimedSets(text, select(trimmed, text.length)))));
  weekdaysInWeek(text, kept);
  weeksOfDays(text, kept);
  positionsBefore(text, kept);
  yearlySets(text, kept);
  alignRanges(text, kept, ctx.dct);
  resolveNarrative(ctx, kept);
  return kept.map((c) => ({
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

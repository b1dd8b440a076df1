/**
 * dates-periods: calendar periods named by words and anchored on the article date: years,
 * decades, quarters and halves, seasons, months, weeks, weekdays, days, parts of the day, and the
 * `PAST_REF` / `PRESENT_REF` / `FUTURE_REF` words. Each parser is one pattern built from the
 * vocabulary tables; the refiner in dates.ts picks among overlapping candidates.
 */
import type { TimexMod } from '../types.js';
import {
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_SEASONS,
  CENTURY_ORDINALS,
  COUNT_CUES,
  DAY_ORDINAL_WORDS,
  DAY_NUMBER_PREPOSITIONS,
  DAY_PARTS,
  DAY_WORDS,
  DEICTICS,
  ERA_BEFORE,
  HALF_ORDINALS,
  HOLIDAYS,
  HOLIDAY_DEADLINE_PREPOSITIONS,
  HOLIDAY_FOLLOWERS,
  HOLIDAY_PREPOSITIONS,
  MONTHS,
  MONTH_PREPOSITIONS,
  MONTH_SUBJECT_VERBS,
  NAMED_DAY_PREFIXES,
  NARRATIVE_DAYS,
  NUMBER_TENS,
  NUMBER_WORDS,
  OLD_YEAR_CUES,
  ORDINAL_DAY_FOLLOWERS,
  ORDINALS,
  OWNER_DETERMINERS,
  PERIOD_UNITS,
  RANGE_CONNECTIVES,
  RANGE_OPENERS,
  POSITION_MODS,
  REF_WORDS,
  REST_DETERMINERS,
  REST_PERIODS,
  SAME_TIME_HEADS,
  SAME_TIME_UNITS,
  SEASON_PREPOSITIONS,
  SEASONS,
  STORY_DEICTICS,
  VERBS_AFTER_YEAR,
  WEEKDAY_SAFE_ABBREVIATIONS,
  WEEKDAYS,
  YEAR_BEFORE_PLURAL,
  YEAR_BLOCKERS,
  YEAR_END_WORDS,
} from '../vocab/dates.js';
import type { Candidate, Ctx, Granularity } from './dates-core.js';
import { NOT_AFTER_LETTER, TRIGGER, ahead, behindApart, alt, scan, midSentenceCapital, norm, numberWordsValue, sentenceInitial, wordAfter, wordBefore } from './dates-core.js';
import type { Tense, Ymd } from './dates-calendar.js';
import {
  addDays,
  addMonths,
  anchorMonth,
  anchorMonthDay,
  anchorYearly,
  isValidDate,
  daysInMonth,
  isoWeekday,
  anchorWeekday,
  deicticWeekday,
  fmtDay,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  quarterOf,
} from './dates-calendar.js';

type Which = 'this' | 'last' | 'next';

const POS = alt(Object.keys(POSITION_MODS));
const DEIC = alt(Object.keys(DEICTICS));
const MONTH_FULL = alt(Object.keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july'));
const MONTH_ANY = alt(Object.keys(MONTHS));
const SEASON = alt(Object.keys(SEASONS));
const WEEKDAY_FULL = alt(Object.keys(WEEKDAYS).filter((k) => k.endsWith('day')));
const DAYPART = alt(Object.keys(DAY_PARTS));
const YEAR = `(?:1[0-9]\\d\\d|20\\d\\d|2100)`;
const SEP = `(?:\\s*-\\s*|\\s+)`;
/**
 * Patterns opening with `B` run split (`behindApart`: its Unicode part, and that of a closing `E`,
 * tested apart). The engine tries a pattern at every position of the text it scans, and a Unicode
 * look-behind there costs more than all the rest: MONTH_RE, led by a position phrase (`POS`),
 * scans 2 MB of articles in about a third of the time split.
 */
const B = `(?<![\\p{L}\\p{N}])`;
const E = `(?![\\p{L}\\p{N}])`;

const posMod = (raw: string | undefined): TimexMod | null =>
  raw ? ((POSITION_MODS[norm(raw).replace(/-$/, '')] as TimexMod | undefined) ?? null) : null;
const deictic = (raw: string | undefined): Which | null => (raw ? (DEICTICS[norm(raw)] ?? null) : null);

function cand(start: number, end: number, type: Candidate['type'], value: string | null, mod: TimexMod | null, rule: string, prio = 5): Candidate {
  return { start, end, type, value, mod, rule, prio };
}

const COUNT_CUE_SET = new Set(COUNT_CUES);
const YEAR_BLOCKER_SET = new Set(YEAR_BLOCKERS);
const OLD_YEAR_CUE_SET = new Set(OLD_YEAR_CUES);
const SEASON_PREPOSITION_SET = new Set(SEASON_PREPOSITIONS);
const ORDINAL_DAY_FOLLOWER_SET = new Set(ORDINAL_DAY_FOLLOWERS);
const YEAR_BEFORE_PLURAL_SET = new Set(YEAR_BEFORE_PLURAL);
const YEAR_VERB_SET = new Set(VERBS_AFTER_YEAR);

/** Is the four-digit number at [start, end) a year (not a count, amount, code or decimal)? */
export function looksLikeYear(text: string, start: number, end: number): boolean {
  const prev = text[start - 1] ?? ' ';
  const prev2 = text[start - 2] ?? ' ';
  const next = text[end] ?? ' ';
  const next2 = text[end + 1] ?? ' ';
  if (/[$€£¥#\p{L}\p{N}]/u.test(prev)) return false;
  if (/[.,:/]/.test(prev) && /\d/.test(prev2)) return false;
  if (/[%\p{L}\p{N}]/u.test(next) && !/'|’/.test(next)) return false;
  if (/[.,:/]/.test(next) && /\d/.test(next2)) return false;
  if (COUNT_CUE_SET.has(wordBefore(text, start))) return false;
  const after = wordAfter(text, end);
  if (YEAR_BLOCKER_SET.has(after)) return false;
  if (/^[a-z]+[^s']s$/.test(after) && !YEAR_VERB_SET.has(after)) {
    // Before a plural noun: a year only after a determiner or preposition, or in a list of years.
    const before = wordBefore(text, start);
    if (!YEAR_BEFORE_PLURAL_SET.has(before)) {
      if (before !== 'and' && before !== 'or') return false;
      const listed = /(?:^|[^\p{L}\p{N}])(?:1[0-9]|20)\d\d,?\s+(?:and|or)\s*$/u.test(text.slice(Math.max(0, start - 14), start));
      if (!listed) return false;
    }
  }
  const y = Number(text.slice(start, end));
  if (y < 1800) return OLD_YEAR_CUE_SET.has(wordBefore(text, start));
  return true;
}

function shiftPeriod(dct: Ymd, unit: string, which: Which): string {
  const k = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  switch (unit) {
    case 'W':
      return fmtWeek(addDays(dct, 7 * k));
    case 'WE':
      return `${fmtWeek(addDays(dct, 7 * k))}-WE`;
    case 'M': {
      const t = addMonths(dct, k);
      return fmtMonth(t.y, t.m);
    }
    case 'Q': {
      const t = addMonths(dct, 3 * k);
      return fmtQuarter(t.y, quarterOf(t.m));
    }
    case 'DE':
      return String(Math.floor(dct.y / 10) + k).padStart(3, '0');
    case 'CE':
      return String(Math.floor(dct.y / 100) + k).padStart(2, '0');
    default:
      return fmtYear(dct.y + k);
  }
}

/** `this week`, `last year`, `earlier this month`, `late next year`, `the end of the year`. */
const PERIOD_RE = behindApart(
  `${B}(?:(${POS})${SEP}(?:(?:in|of)\\s+)?)?(?:(${DEIC})|(the))\\s+(${alt(Object.keys(PERIOD_UNITS))})${E}`,
  'giu',
);

const STORY_DEICTIC_SET = new Set(STORY_DEICTICS);
/** How precise the story's date must be to count a period from it. */
const STORY_NEED: Readonly<Record<string, Granularity>> = { Y: 'Y', DE: 'Y', Q: 'M', M: 'M', W: 'D' };

function parseDeicticPeriods(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, PERIOD_RE, TRIGGER.period)) {
    const [whole, pos, deic, the, unitRaw] = m;
    const unit = PERIOD_UNITS[norm(unitRaw!)]!;
    // ABC's `This Week`, `Next Year in Jerusalem`: titles.
    if (/^\p{Lu}/u.test(unitRaw!) && midSentenceCapital(ctx, m.index)) continue;
    const mod = posMod(pos);
    let which: Which | null;
    if (the) {
      // `the year` is the article's year only after a position phrase (`the end of the year`).
      if (!pos) continue;
      which = 'this';
    } else {
      which = deictic(deic);
      const d = norm(deic!);
      // `the past year`, `the next month`: durations (handled by the duration parser); but `the
      // last quarter` names the quarter reported last (`added over the last quarter`), unless it
      // is a part of something (`the last quarter of the game`) or still to come.
      const lastQuarter =
        unit === 'Q' && (d === 'the past' || d === 'the last') && !pos && !/^\s+of(?![\p{L}])/iu.test(ahead(text, m.index + whole.length, 8)) && ctx.tense(m.index, m.index + whole.length) !== 'future';
      if (!lastQuarter && (d === 'the past' || d === 'the last' || d === 'the next' || (d === 'past' && !pos))) continue;
    }
    if (!which) continue;
    const start = m.index;
    const end = start + whole.length;
    const value = ctx.dct ? shiftPeriod(ctx.dct, unit, which) : null;
    const need = STORY_NEED[unit];
    // `in the previous year and a half`: a stretch of time, not the year before.
    if (/^\s+and\s+a\s+half(?![\p{L}])/iu.test(ahead(text, end, 16))) continue;
    if (deic && need && STORY_DEICTIC_SET.has(norm(deic))) {
      // `the following year`: a year after the story's last date (see dates.ts).
      const w = which;
      out.push({ ...cand(start, end, 'DATE', null, mod, `date.story-${which === 'next' ? 'following' : 'previous'}-${norm(unitRaw!)}`), relative: { need, from: (a) => shiftPeriod(a, unit, w) } });
      continue;
    }
    out.push(cand(start, end, 'DATE', value, mod, `date.${which}-${norm(unitRaw!)}`));
  }
}

/** Months: `November`, `in November 2024`, `last November`, `mid-September`, `June next year`. */
const MONTH_RE = behindApart(
  `${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(?:(${DEIC})\\s+)?(?:(${YEAR}),?\\s+)?(${MONTH_ANY})(\\.)?(?:\\s*,?\\s+(?:of\\s+)?(${YEAR}|(?:this|next|last)\\s+year))?${E}`,
  'giu',
);
const MONTH_FULL_RE = new RegExp(`^(?:${MONTH_FULL})$`, 'i');
const AMBIGUOUS_MONTH_SET = new Set(AMBIGUOUS_MONTHS);
const MONTH_SUBJECT_SET = new Set(MONTH_SUBJECT_VERBS);
const NAMED_DAY_SET = new Set(NAMED_DAY_PREFIXES);
const MONTH_PREPOSITION_SET = new Set(MONTH_PREPOSITIONS);

function monthValue(ctx: Ctx, month: number, year: string | undefined, which: Which | null, tense: Tense): string | null {
  const dct = ctx.dct;
  if (year && /^\d/.test(year)) return fmtMonth(Number(year), month);
  if (!dct) return null;
  if (year) {
    const w = norm(year).split(' ')[0];
    return fmtMonth(dct.y + (w === 'next' ? 1 : w === 'last' ? -1 : 0), month);
  }
  if (which === 'this') return fmtMonth(dct.y, month);
  if (which === 'last') return fmtMonth(month < dct.m ? dct.y : dct.y - 1, month);
  if (which === 'next') return fmtMonth(month > dct.m ? dct.y : dct.y + 1, month);
  return fmtMonth(anchorMonth(dct, month, tense), month);
}

function parseMonths(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, MONTH_RE, TRIGGER.month | TRIGGER['year number'])) {
    const [whole, pos, deic, year1, name, dot, year2] = m;
    const nameN = norm(name!);
    const month = MONTHS[nameN]!;
    const year = year1 ?? year2;
    let start = m.index;
    let end = m.index + whole.length;
    const nameStart = m.index + whole.toLowerCase().indexOf(nameN, year1 ? whole.indexOf(year1) + 4 : 0);
    if (year1 && year2) continue;
    if (year1 && !looksLikeYear(text, m.index + whole.indexOf(year1), m.index + whole.indexOf(year1) + 4)) continue;
    // A day number after the month belongs to a full date (the calendar parser's).
    // (`in October. 2 people died`: a full name's period ends the sentence, and the month stands.)
    const dayAfter = /^(\.)?,?\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)/i.exec(ahead(text, nameStart + name!.length));
    const sentenceEnd = dayAfter?.[1] !== undefined && MONTH_FULL_RE.test(nameN);
    if (!year2 && dayAfter && !sentenceEnd) continue;
    if (!year2 && !sentenceEnd && /^\s*\d/.test(ahead(text, end))) continue;
    if (/^-\d/.test(ahead(text, nameStart + name!.length))) continue;
    const capital = /^\p{Lu}/u.test(name!);
    if (!capital && !year && !deic) continue;
    const full = MONTH_FULL_RE.test(nameN);
    if (!full && !year && !dot && !deic) continue;
    if (!year && !deic && !pos && AMBIGUOUS_MONTH_SET.has(nameN)) {
      // `May` and `March` alone: after a preposition that takes a date, or as the subject of a
      // sentence (`March was the deadliest month`).
      const before = wordBefore(text, nameStart);
      const initial = sentenceInitial(ctx, nameStart);
      const subject = initial && MONTH_SUBJECT_SET.has(wordAfter(text, nameStart + name!.length));
      if (!subject && (initial || !MONTH_PREPOSITION_SET.has(before))) continue;
    }
    if (nameN === 'may' && !capital) continue;
    // `April Mellody, a spokeswoman`: a first name, not a month.
    if (!year && !deic && !pos && !MONTH_PREPOSITION_SET.has(wordBefore(text, nameStart)) && /^\s+\p{Lu}\p{Ll}/u.test(ahead(text, nameStart + name!.length, 4))) continue;
    if (dot && !year2) end = nameStart + name!.length;
    if (year1 && pos) start = m.index;
    const which = deictic(deic);
    if (deic && !year && STORY_DEICTIC_SET.has(norm(deic))) {
      // `sworn in the following January`: the first such month after the story's last date.
      const next = which === 'next';
      const rule = `date.story-${next ? 'following' : 'previous'}-month-name`;
      out.push({ ...cand(start, end, 'DATE', null, posMod(pos), rule), relative: { need: 'M', from: (a) => fmtMonth(next ? (month > a.m ? a.y : a.y + 1) : month < a.m ? a.y : a.y - 1, month) } });
      continue;
    }
    const tense = ctx.tense(start, end);
    const value = monthValue(ctx, month, year, which, tense);
    const rule = year ? 'date.month-year' : which ? `date.${which}-month` : 'date.month-tense';
    const c = cand(start, end, 'DATE', value, posMod(pos), rule);
    if (!year && !which) c.yearless = { m: month };
    out.push(c);
  }
  for (const m of scan(ctx, NUMERIC_MONTH_RE, TRIGGER['year number'])) {
    const y = Number(m[1] ?? m[4] ?? m[5]);
    const mo = Number(m[2] ?? m[3] ?? m[6]);
    // `2010/11`, `2023-24`, `2010-12`, `the 2007-09 financial crisis`: a span of years (the
    // second one later), not a month; a zero-padded month after a slash (`2001/09`) is a month.
    const second = m[2] ?? m[6];
    if (second !== undefined && !(m[2] !== undefined && second.startsWith('0')) && mo > y % 100) continue;
    if (/^[/.-]\d/.test(ahead(text, m.index + m[0].length)) || /\d[/.-]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push(cand(m.index, m.index + m[0].length, 'DATE', fmtMonth(y, mo), null, 'date.numeric-month'));
  }
}

/** `2016/11`, `11/2016`, `2016-03`, `2016 - 11`, `11-2016`. */
const NUMERIC_MONTH_RE = behindApart(`${B}(?:(${YEAR})\\s?/\\s?(0?[1-9]|1[0-2])|(0?[1-9]|1[0-2])\\s?[/-]\\s?(${YEAR})|(${YEAR}) ?- ?(0?[1-9]|1[0-2]))${E}`, 'gu');

/** Years and position + year: `2024`, `in 2020`, `early 2024`, `mid-2023`, `the end of 2024`. */
const YEAR_RE = behindApart(`${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(${YEAR})${E}`, 'giu');

function parseYears(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, YEAR_RE, TRIGGER['year number'])) {
    const [whole, pos, year] = m;
    const ys = m.index + whole.length - year!.length;
    if (!looksLikeYear(text, ys, ys + year!.length)) {
      continue;
    }
    // `later 2020`/`earlier 2020` are not positions in a year.
    const p = pos && /^later?|^earlier$/i.test(pos) && !/^late$/i.test(pos) ? undefined : pos;
    const start = p ? m.index : ys;
    out.push(cand(start, ys + year!.length, 'DATE', year!, posMod(p), p ? 'date.position-year' : 'date.year'));
  }
}

/** Decades: `the 1990s`, `the early 2000s`, `the '90s`. */
const DECADE_RE = behindApart(`${B}(the\\s+)?(?:(${POS})${SEP})?(?:(\\d{3})0s|(['’])(\\d)0s|(\\d)0s)${E}`, 'giu');

function parseDecades(ctx: Ctx, out: Candidate[]): void {
  for (const m of scan(ctx, DECADE_RE, TRIGGER['decade number'])) {
    const [whole, the, pos, four, apos, short, bare] = m;
    let value: string;
    if (four) {
      const n = Number(four);
      if (n < 100) continue;
      // `the 1800s` is a century; `the 2000s` the decade 2000-2009.
      value = n % 10 === 0 && n < 200 ? String(n / 10) : String(n);
    } else {
      const d = short ?? bare!;
      if (!apos && !the) continue; // `in his 40s`: an age.
      if (!apos && pos && !the) continue;
      value = (Number(d) >= 3 ? '19' : '20') + d;
    }
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, posMod(pos), 'date.decade'));
  }
}

/** Quarters and halves: `the third quarter`, `third-quarter`, `Q3 2016`, `the first half of 2024`. */
const QUARTER_RE = behindApart(
  `${B}(?:the\\s+)?(${alt([...Object.keys(ORDINALS), ...Object.keys(HALF_ORDINALS)])}|final)(?:\\s+|-)(quarter|half)(?:\\s+(?:of\\s+)?(?:(${YEAR})|(?:the\\s+)?(this|last|next|current)\\s+year|the\\s+year))?${E}`,
  'giu',
);
const QCODE_RE = behindApart(`${B}(?:(${YEAR})\\s*)?([QH])([1-4])(?:\\s*(${YEAR})|\\s+(this|last|next)\\s+year)?${E}`, 'gu');

function quarterYear(ctx: Ctx, q: number, tense: Tense): number | null {
  const dct = ctx.dct;
  if (!dct) return null;
  const cur = quarterOf(dct.m);
  if (tense === 'past' && q > cur) return dct.y - 1;
  if (tense === 'future' && q < cur) return dct.y + 1;
  return dct.y;
}

/**
 * `the first three months of 2015`, `the first six months of this year`, `the last three months of
 * the year`: a quarter or a half of a named year.
 */
const MONTHS_OF_YEAR_RE = behindApart(
  `${B}the\\s+(first|last|final)\\s+(three|six|3|6)\\s+months\\s+of\\s+(?:(${YEAR})|(?:the\\s+)?(this|last|next|current)\\s+year|the\\s+year)${E}`,
  'giu',
);

function parseQuarters(ctx: Ctx, out: Candidate[]): void {
  for (const m of scan(ctx, MONTHS_OF_YEAR_RE, TRIGGER.unit)) {
    const [whole, edge, count, year, deic] = m;
    const half = /^(?:six|6)$/i.test(count!);
    const first = norm(edge!) === 'first';
    let y: number | null = year ? Number(year) : null;
    if (!year && ctx.dct) {
      const w = deic ? norm(deic) : 'this';
      y = ctx.dct.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
    }
    const value = y === null ? null : half ? `${fmtYear(y)}-H${first ? 1 : 2}` : fmtQuarter(y, first ? 1 : 4);
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, null, 'date.months-of-year', 6));
  }
  for (const m of scan(ctx, QUARTER_RE, TRIGGER.period | TRIGGER['year number'])) {
    const [whole, ordRaw, kind, year, deic] = m;
    const ordN = norm(ordRaw!);
    const half = norm(kind!) === 'half';
    // `the latter half`, `the back half`: words for a half only.
    if (ordN in HALF_ORDINALS && !half) continue;
    let n = ordN === 'final' || ordN === 'last' ? (half ? 2 : 4) : (ORDINALS[ordN] ?? HALF_ORDINALS[ordN]!);
    if (n < 1 || (half && n > 2)) continue;
    const hasYear = Boolean(year) || /year$/i.test(whole);
    // `the first half` of a match: halves need a year.
    if (half && !hasYear) continue;
    if ((ordN === 'last' || ordN === 'final') && !hasYear) continue;
    let y: number | null;
    if (year) y = Number(year);
    else if (deic || /year$/i.test(whole)) {
      const w = deic ? norm(deic) : 'this';
      y = ctx.dct ? ctx.dct.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0) : null;
    } else y = quarterYear(ctx, n, ctx.tense(m.index, m.index + whole.length));
    const value = y === null ? null : half ? `${fmtYear(y)}-H${n}` : fmtQuarter(y, n);
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, null, half ? 'date.half' : 'date.quarter', 6));
  }
  for (const m of scan(ctx, QCODE_RE, TRIGGER['quarter code'])) {
    const [whole, y1, kind, num, y2, deic] = m;
    const n = Number(num);
    if (kind === 'H' && n > 2) continue;
    const yr = y1 ?? y2;
    const shift = deic === 'last' ? -1 : deic === 'next' ? 1 : 0;
    let y: number | null;
    if (yr) y = Number(yr);
    else if (deic) y = ctx.dct ? ctx.dct.y + shift : null;
    else if (kind === 'H') continue;
    else y = quarterYear(ctx, n, ctx.tense(m.index, m.index + whole.length));
    const value = y === null ? null : kind === 'H' ? `${fmtYear(y)}-H${n}` : fmtQuarter(y, n);
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, null, 'date.quarter-code'));
  }
}

/** The month a season starts in; a winter belongs to the year it starts in (WI 2024 = Dec 2024-Feb 2025). */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * `this summer` is the current year's (the current winter in January); `last summer` the one
 * before it; `next summer` the first to start after the article date. A bare season follows the
 * tense: the latest one started by the article date in past-tense text, the next one in future text.
 */
function seasonYear(dct: Ymd, code: string, which: Which | null, tense: Tense): number {
  const sm = SEASON_START[code]!;
  const thisYear = code === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  if (which === 'this') return thisYear;
  if (which === 'last') return thisYear - 1;
  const next = dct.m < sm && !(code === 'WI' && dct.m <= 2) ? dct.y : thisYear + 1;
  if (which === 'next' || tense === 'future') return next;
  if (tense === 'past') return dct.m >= sm ? dct.y : dct.y - 1;
  return thisYear;
}

/** Seasons: `this summer`, `last winter`, `the summer of 2016`, `in the fall`, `early spring`. */
const SEASON_RE = behindApart(
  `${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(?:(${DEIC})\\s+)?(the\\s+)?(${SEASON})(?:,?\\s+(?:of\\s+)?(?:(${YEAR})|(this|last|next)\\s+year))?${E}`,
  'giu',
);
const AMBIGUOUS_SEASON_SET = new Set(AMBIGUOUS_SEASONS);
/** `in` + a lower-case word that no determiner opens (`fall in prices`, `fall in oil output`). */
const NOT_SEASON_AFTER = new RegExp(`^\\s+in\\s+(?!(?:${alt(['the', ...OWNER_DETERMINERS])})(?![\\p{L}]))\\p{Ll}`, 'u');

/** `the spring and summer`, `last fall or winter`: a season joined by `and`/`or` to the season just before it. */
const SEASON_JOINT = /^\s+(?:and|or)\s+$/i;

function parseSeasons(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  let prev: { end: number; deic: string | undefined } | null = null;
  for (const m of scan(ctx, SEASON_RE, TRIGGER.season)) {
    const [whole, pos, deic, the, name, year, yearDeic] = m;
    const nameN = norm(name!);
    const code = SEASONS[nameN]!;
    const end = m.index + whole.length;
    const tail = year ?? (yearDeic ? whole.slice(whole.toLowerCase().lastIndexOf(norm(yearDeic))) : '');
    const seasonStart = m.index + whole.toLowerCase().lastIndexOf(nameN, whole.length - tail.length);
    if (!year && !yearDeic && /^\s+of\s+(?!\d)/i.test(ahead(text, seasonStart + name!.length))) continue;
    // `this spring of last year`: two anchors.
    if (yearDeic && deic) continue;
    // `this fall in prices`: a drop, not autumn (`this fall in Ohio`, `in the Senate` stay seasons).
    if (!year && AMBIGUOUS_SEASON_SET.has(nameN) && NOT_SEASON_AFTER.test(ahead(text, seasonStart + name!.length, 24))) continue;
    if (deic && the) continue;
    // The second of two seasons shares the first one's deictic (`last spring and summer`).
    const listed: boolean = !year && !yearDeic && !deic && !pos && !the && prev !== null && m.index - prev.end < 8 && SEASON_JOINT.test(text.slice(prev.end, m.index));
    const deicUsed: string | undefined = listed ? prev!.deic : deic;
    if (!year && !yearDeic && !deic && !pos && !listed) {
      const before = wordBefore(text, the ? m.index : seasonStart);
      const okBefore = SEASON_PREPOSITION_SET.has(before);
      if (AMBIGUOUS_SEASON_SET.has(nameN) && !okBefore) continue;
      if (/^\p{Lu}/u.test(name!) && !sentenceInitial(ctx, seasonStart)) continue;
      if (!okBefore && !the) continue;
    }
    let value: string | null;
    if (year) value = `${year}-${code}`;
    else if (!ctx.dct) value = null;
    else if (yearDeic) {
      const k = norm(yearDeic) === 'last' ? -1 : norm(yearDeic) === 'next' ? 1 : 0;
      value = `${fmtYear(ctx.dct.y + k)}-${code}`;
    }
    else value = `${fmtYear(seasonYear(ctx.dct, code, deictic(deicUsed), ctx.tense(m.index, end)))}-${code}`;
    out.push(cand(m.index, end, 'DATE', value, posMod(pos), listed ? 'date.season-listed' : 'date.season'));
    prev = { end, deic: deicUsed };
  }
}

/** Weekdays: `Thursday`, `last Sunday`, `this Friday`, `late Thursday`, `Thursday night`, `Friday the 13th`. */
const DAY_ORDINAL = Object.keys(DAY_ORDINAL_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[\\s-]+'))
  .join('|');
/** Day numbers written as words: ordinals (`the eleventh`, `twenty-third`) and compound cardinals (`twenty one`). */
const DAY_UNIT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 9);
const DAY_COMPOUND = `(?:${alt(NUMBER_TENS.filter((t) => NUMBER_WORDS[t]! <= 30))})[\\s-]+(?:${alt(DAY_UNIT_WORDS)})`;
/** `Friday the fifteen`: a single cardinal word, only where nothing but a day can follow. */
const DAY_CARDINAL = alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 31 && w !== 'dozen'));
/** A day ordinal made of two words or of one word from `eleventh` up: never `the second` (of two things). */
const LONG_DAY_ORDINAL = Object.keys(DAY_ORDINAL_WORDS)
  .filter((w) => DAY_ORDINAL_WORDS[w]! > 10)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[\\s-]+'))
  .join('|');
const dayWordValue = (raw: string): number | null => {
  const w = norm(raw).replace(/-/g, ' ');
  if (w in DAY_ORDINAL_WORDS) return DAY_ORDINAL_WORDS[w]!;
  const n = numberWordsValue(w);
  return n !== undefined && n >= 1 && n <= 31 ? n : null;
};

const WEEKDAY_RE = behindApart(
  `${B}(?:(${DEIC})\\s+)?(?:(early|late)\\s+)?(${WEEKDAY_FULL}|(?:${alt(WEEKDAY_SAFE_ABBREVIATIONS)})(?=\\.|${E}))(?:,?\\s+the\\s+(\\d{1,2}(?=st|nd|rd|th|${E})|${DAY_ORDINAL}|${DAY_COMPOUND}|${DAY_CARDINAL})(?:st|nd|rd|th)?)?(?:\\s+(${DAYPART}))?${E}`,
  'giu',
);
/** `Friday of next week`, `next week on Friday`, `this week Friday`. */
const WEEK_COMBO_RE = behindApart(
  `${B}(?:(${WEEKDAY_FULL})\\s+(?:of\\s+)?(this|next|last)\\s+week|(this|next|last)\\s+week\\s+(?:on\\s+)?(${WEEKDAY_FULL}))${E}`,
  'giu',
);
/** `the first Friday of July`, `the second Monday of next month`, `the last Sunday in October`. */
const NTH_WEEKDAY_RE = behindApart(
  `${B}(?:the\\s+)?(${alt(Object.keys(ORDINALS))})\\s+(${WEEKDAY_FULL})\\s+(?:of|in)\\s+(?:(${MONTH_ANY})(?:,?\\s+(${YEAR}))?|(?:the\\s+)?(this|next|last|previous)\\s+month)${E}`,
  'giu',
);
/** `the second Sunday`, `third Tuesday`: with no month named, the article's month. */
const NTH_WEEKDAY_BARE_RE = behindApart(
  `${B}(?:the\\s+)?(${alt(Object.keys(ORDINALS).filter((k) => ORDINALS[k]! > 0))})\\s+(${WEEKDAY_FULL})${E}`,
  'giu',
);
/** Words before `first Sunday` that make it someone's first one, not a day of the month. */
const OWNER_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(?:${alt(OWNER_DETERMINERS)})\\s+(?:the\\s+)?$`, 'iu');
/** `the weekend`: the last one in past-tense text, the coming one otherwise. */
// The preposition is matched, not looked behind for: a look-behind over `\\s+` rescans a long run
// of white space at every position.
const WEEKEND_RE = behindApart(`${B}(?:(the)|on|over|during|at)\\s+weekend${E}`, 'giu');
/** `on the 27th`, `by the 15th`, `the 20th of next month`. */
const ORDINAL_DAY_RE = behindApart(
  `${B}(?:(?:on|for|by|until|since|before|after)\\s+(the\\s+)?(\\d{1,2})(st|nd|rd|th)?(?:\\s+of\\s+(this|next|last|the)\\s+month)?|(the\\s+)?(\\d{1,2})(st|nd|rd|th)\\s+of\\s+(this|next|last|the)\\s+month)(?![\\p{L}\\p{N}])`,
  'giu',
);

function nthWeekday(y: number, m: number, wd: number, n: number): Ymd | null {
  if (n === -1) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  const d = 1 + ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
  return d <= daysInMonth(y, m) ? { y, m, d } : null;
}

function parseWeekdays(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  const dct = ctx.dct;
  for (const m of scan(ctx, WEEKDAY_RE, TRIGGER.weekday)) {
    const [whole, deic, pos, name, dom, part] = m;
    const end = m.index + whole.length;
    // `Saturday Night Live`, `Monday Night Football`: names; `Super Tuesday`: a named day.
    if (part && /^\p{Lu}/u.test(part) && /^\s+\p{Lu}/u.test(ahead(text, end, 4))) continue;
    if (!deic && NAMED_DAY_SET.has(wordBefore(text, m.index))) continue;
    const wd = WEEKDAYS[norm(name!)]!;
    let which = deictic(deic);
    if (deic && /^the\s/i.test(deic)) {
      which = norm(deic) === 'the following' || norm(deic) === 'the next' ? null : which;
      if (!which) continue;
    }
    let day: Ymd | null = null;
    if (dct && dom) {
      // `Friday the 13th`: the nearest month whose day falls on that weekday.
      const d = /^\d/.test(dom) ? Number(dom) : dayWordValue(dom);
      if (d === null) continue;
      for (const k of [0, -1, 1, -2, 2, -3, 3]) {
        const t = addMonths({ y: dct.y, m: dct.m, d: 1 }, k);
        if (d <= daysInMonth(t.y, t.m) && isoWeekday({ y: t.y, m: t.m, d }) === wd) {
          day = { y: t.y, m: t.m, d };
          break;
        }
      }
      if (!day) continue;
    } else if (dct) day = which ? deicticWeekday(dct, wd, which) : anchorWeekday(dct, wd, ctx.tense(m.index, end));
    const mod: TimexMod | null = pos ? (norm(pos) === 'early' ? 'START' : 'END') : null;
    if (part) {
      const code = DAY_PARTS[norm(part)]!;
      out.push(cand(m.index, end, 'TIME', day ? `${fmtDay(day)}T${code}` : null, mod, 'time.weekday-part'));
    } else {
      out.push(cand(m.index, end, 'DATE', day ? fmtDay(day) : null, mod, dom ? 'date.weekday-day' : which ? `date.${which}-weekday` : 'date.weekday-tense'));
    }
  }
  for (const m of scan(ctx, WEEK_COMBO_RE, TRIGGER.weekday)) {
    const wd = WEEKDAYS[norm(m[1] ?? m[4]!)]!;
    const which = norm(m[2] ?? m[3]!) as Which;
    let value: string | null = null;
    if (dct) {
      const monday = addDays(dct, 1 - isoWeekday(dct) + (which === 'next' ? 7 : which === 'last' ? -7 : 0));
      value = fmtDay(addDays(monday, wd - 1));
    }
    out.push(cand(m.index, m.index + m[0].length, 'DATE', value, null, 'date.weekday-of-week', 6));
  }
  for (const m of scan(ctx, NTH_WEEKDAY_RE, TRIGGER.weekday)) {
    const [whole, ordRaw, name, monthName, year, deic] = m;
    const n = ORDINALS[norm(ordRaw!)]!;
    const wd = WEEKDAYS[norm(name!)]!;
    let ym: { y: number; m: number } | null = null;
    if (monthName) {
      const mo = MONTHS[norm(monthName)]!;
      if (year) ym = { y: Number(year), m: mo };
      else if (dct) ym = { y: anchorMonth(dct, mo, ctx.tense(m.index, m.index + whole.length)), m: mo };
    } else if (dct) {
      const k = norm(deic!) === 'next' ? 1 : norm(deic!) === 'this' ? 0 : -1;
      const t = addMonths(dct, k);
      ym = { y: t.y, m: t.m };
    }
    const day = ym ? nthWeekday(ym.y, ym.m, wd, n) : null;
    out.push(cand(m.index, m.index + whole.length, 'DATE', day ? fmtDay(day) : null, null, 'date.nth-weekday-of-month', 6));
  }
  for (const m of scan(ctx, NTH_WEEKDAY_BARE_RE, TRIGGER.weekday)) {
    const end = m.index + m[0].length;
    if (OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // `the first Sunday after Easter`, `the first Tuesday with voting`: anchored on something else;
    // the day of the month only ends a clause.
    if (!/^\s*(?:[.,;:!?)]|$)/.test(ahead(text, end, 4))) continue;
    const day = dct ? nthWeekday(dct.y, dct.m, WEEKDAYS[norm(m[2]!)]!, ORDINALS[norm(m[1]!)]!) : null;
    if (dct && !day) continue;
    out.push(cand(m.index, end, 'DATE', day ? fmtDay(day) : null, null, 'date.nth-weekday', 5));
  }
  for (const m of scan(ctx, WEEKEND_RE, TRIGGER.period)) {
    const end = m.index + m[0].length;
    const start = m[1] ? m.index : end - 'weekend'.length;
    let value: string | null = null;
    if (dct) {
      const cur = isoWeekday(dct);
      const past = ctx.tense(start, end) === 'past';
      value = `${fmtWeek(addDays(dct, past && cur < 6 ? -7 : 0))}-WE`;
    }
    out.push(cand(start, end, 'DATE', value, null, 'date.weekend', 4));
  }
  for (const m of scan(ctx, ORDINAL_DAY_RE, TRIGGER['day number'])) {
    const whole = m[0];
    const the = m[1] ?? m[5];
    const num = m[2] ?? m[6];
    const suffix = m[3] ?? m[7];
    const ofMonth = m[4] ?? m[8];
    const d = Number(num);
    const rest = text.slice(m.index + whole.length, m.index + whole.length + 12);
    // `on 15` alone only when it ends the sentence (`on 15 counts`, `on 15, 20 and 30` are numbers).
    const bareOn = !the && !suffix && !ofMonth && /^on\s/i.test(whole) && /^\s*(?:[.!?]|$)/.test(rest);
    if (d < 1 || d > 31 || (!the && !suffix && !bareOn)) continue;
    // `on the 27th floor`: an ordinal before a noun.
    if (/^[/.,:-]\d/.test(rest)) continue;
    if (!ofMonth && (/^\s*\d/.test(rest) || (/^\s+\p{L}/u.test(rest) && !ORDINAL_DAY_FOLLOWER_SET.has(wordAfter(rest, 0))))) continue;
    const start = m.index + whole.toLowerCase().indexOf(the ? 'the' : num!);
    let value: string | null = null;
    if (dct) {
      let base: Ymd = { y: dct.y, m: dct.m, d: 1 };
      const w = ofMonth ? norm(ofMonth) : '';
      if (w === 'next') base = addMonths(base, 1);
      else if (w === 'last') base = addMonths(base, -1);
      else if (!ofMonth) {
        const tense = ctx.tense(start, m.index + whole.length);
        if (tense === 'past' && d > dct.d) base = addMonths(base, -1);
        else if (tense === 'future' && d < dct.d) base = addMonths(base, 1);
      }
      if (d > daysInMonth(base.y, base.m)) continue;
      value = fmtDay({ y: base.y, m: base.m, d });
    }
    out.push(cand(start, m.index + whole.length, 'DATE', value, null, 'date.ordinal-day', 3));
  }
}

/** `May twenty one`, `June the eleventh`, `September twenty-third, 2016`. */
const MONTH_WORD_DAY_RE = behindApart(
  `${B}(${MONTH_ANY})[ \\t]+(?:(the)[ \\t]+)?(${DAY_ORDINAL}|${DAY_COMPOUND})${E}(?:,?\\s+(${YEAR})${E})?`,
  'giu',
);
/** `on the twenty second`, `on thirty first`: a day of the month spelled out, after a preposition. */
const WORD_DAY_RE = behindApart(`${B}(?:${alt(DAY_NUMBER_PREPOSITIONS)})\\s+((?:the\\s+)?(?:${LONG_DAY_ORDINAL}))${E}`, 'giu');
/**
 * `on 4.22`, `on 4-22`, `Friday 7.6`: month and day in digits, after `on` or a weekday, ending a
 * clause (`on 2.5 million barrels`, `by 4.5` are amounts).
 */
const NUMERIC_DAY_RE = behindApart(
  `${B}(?:on\\s+|(${WEEKDAY_FULL}),?\\s+)(\\d{1,2})[.-](\\d{1,2})(?![\\p{L}\\p{N}%]|[.,/-]\\p{N})`,
  'giu',
);
/** `October. 2`: a month name, a stray period and a day ending the sentence (`in October. 2 people died` is two sentences). */
const MONTH_DOT_DAY_RE = behindApart(`${B}(${MONTH_FULL})\\. (\\d{1,2})(?=[ \\t]*(?:[!?]|\\.(?!\\d)|$))`, 'giu');
/** `16. Nov. 2016`: a dotted day before a month and a year. */
const DOTTED_DAY_RE = behindApart(`${B}(\\d{1,2})\\.\\s*(${MONTH_ANY})\\.?\\s+(${YEAR})${E}`, 'giu');
/** `2019-aug-1`, `2019/aug/01`: year, month name and day. */
const YEAR_MONTH_NAME_DAY_RE = behindApart(`${B}(${YEAR})([-/])(${MONTH_ANY})\\2(\\d{1,2})${E}`, 'giu');
/** `08/12,15`: month/day and a two-digit year glued to the comma. */
const SHORT_YEAR_RE = behindApart(/(?<![\p{L}\p{N}/.])(\d{1,2})\/(\d{1,2}),(\d\d)(?![\p{L}\p{N}]|[.,/]\p{N})/gu);
const ORDINAL_FOLLOWER_SET = new Set(ORDINAL_DAY_FOLLOWERS);

/**
 * Day ranges inside one month: `from 4 to 22 this month`, `4-23 in next month`, `between 3 and 12
 * of Sept`, `4 to 22 January, 1995`. Two dates, as in TIMEX3: the first end is the bare day number,
 * the second the day with its month.
 */
const DAY_RANGE_RE = behindApart(
  `${B}(?:(${alt(RANGE_OPENERS)})\\s+)?(\\d{1,2}(?:st|nd|rd|th)?)(?:\\s+(${alt(RANGE_CONNECTIVES)})\\s+|\\s*[-–]\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:(?:of|in)\\s+)?(?:the\\s+)?(this|next|last|current)\\s+month|\\s+(?:of\\s+)?(${MONTH_ANY})\\.?(?:,?\\s+(${YEAR}))?)${E}`,
  'giud',
);

/**
 * `Feb. 28-March 2`, `Nov. 30-Dec. 3, 2015`: a range across two months, as poll dates are written.
 * Two dates; the first end takes the second's year (the year before when its month comes later).
 */
const CROSS_MONTH_RE = behindApart(
  `${B}(${MONTH_ANY})(\\.?)[ \\t]*(\\d{1,2})[ \\t]*[-–][ \\t]*(${MONTH_ANY})(\\.?)[ \\t]*(\\d{1,2})(?:,[ \\t]*(${YEAR}))?${E}`,
  'giud',
);

function parseDayRanges(ctx: Ctx, out: Candidate[]): void {
  const dct = ctx.dct;
  for (const m of scan(ctx, CROSS_MONTH_RE, TRIGGER.month)) {
    const [whole, name1, , d1s, name2, , d2s, year] = m;
    // `may`, `march` as words: the names want a capital.
    if (!/^\p{Lu}/u.test(name1!) || !/^\p{Lu}/u.test(name2!)) continue;
    const m1 = MONTHS[norm(name1!)]!;
    const m2 = MONTHS[norm(name2!)]!;
    const d1 = Number(d1s);
    const d2 = Number(d2s);
    if (m1 === m2 || !isValidDate(2024, m1, d1) || !isValidDate(2024, m2, d2)) continue;
    const end = m.index + whole.length;
    const firstEnd = m.indices![3]![1];
    const secondStart = m.indices![4]![0];
    let y2: number | null = year ? Number(year) : null;
    if (y2 === null && dct) y2 = anchorMonthDay(dct, m2, d2, ctx.tense(m.index, end))?.y ?? null;
    const y1 = y2 === null ? null : m1 > m2 ? y2 - 1 : y2;
    if ((y1 !== null && !isValidDate(y1, m1, d1)) || (y2 !== null && !isValidDate(y2, m2, d2))) continue;
    out.push(cand(m.index, firstEnd, 'DATE', y1 === null ? null : fmtDay({ y: y1, m: m1, d: d1 }), null, 'date.cross-month-range', 7));
    out.push(cand(secondStart, end, 'DATE', y2 === null ? null : fmtDay({ y: y2, m: m2, d: d2 }), null, 'date.cross-month-range', 7));
  }
  for (const m of scan(ctx, DAY_RANGE_RE, TRIGGER.month | TRIGGER.period)) {
    const [whole, opener, d1s, conn, d2s, deic, monthName, year] = m;
    const d1 = parseInt(d1s!, 10);
    const d2 = Number(d2s);
    if (d1 < 1 || d1 >= d2 || d2 > 31) continue;
    // `between 3 and 12`: `and` joins a range only after `between`.
    if (conn && norm(conn) === 'and' && (!opener || norm(opener) !== 'between')) continue;
    if (monthName && !/^\p{Lu}/u.test(monthName) && AMBIGUOUS_MONTH_SET.has(norm(monthName))) continue;
    const [firstStart, firstEnd] = m.indices![2]!;
    const secondStart = m.indices![4]![0];
    const end = m.index + whole.length;
    let ym: { y: number; m: number } | null = null;
    if (deic) {
      if (dct) {
        const w = deictic(deic);
        const t = addMonths({ y: dct.y, m: dct.m, d: 1 }, w === 'next' ? 1 : w === 'last' ? -1 : 0);
        ym = { y: t.y, m: t.m };
      }
    } else {
      const mo = MONTHS[norm(monthName!)]!;
      if (year) ym = { y: Number(year), m: mo };
      else if (dct) {
        const day = anchorMonthDay(dct, mo, d2, ctx.tense(secondStart, end));
        if (day) ym = { y: day.y, m: mo };
      }
    }
    if (ym && d2 > daysInMonth(ym.y, ym.m)) continue;
    const rule = 'date.day-range';
    out.push(cand(firstStart, firstEnd, 'DATE', ym ? fmtDay({ y: ym.y, m: ym.m, d: d1 }) : null, null, rule, 6));
    out.push(cand(secondStart, end, 'DATE', ym ? fmtDay({ y: ym.y, m: ym.m, d: d2 }) : null, null, rule, 6));
  }
}

function parseSpelledAndNumericDays(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  const dct = ctx.dct;
  const push = (start: number, end: number, mo: number, d: number, year: number | null, rule: string): void => {
    let value: string | null = null;
    if (year !== null) {
      if (!isValidDate(year, mo, d)) return;
      value = fmtDay({ y: year, m: mo, d });
    } else {
      if (!isValidDate(2024, mo, d)) return;
      const day = dct ? anchorMonthDay(dct, mo, d, ctx.tense(start, end)) : null;
      value = day ? fmtDay(day) : null;
    }
    const c = cand(start, end, 'DATE', value, null, rule, 6);
    if (year === null) c.yearless = { m: mo, d };
    out.push(c);
  };
  for (const m of scan(ctx, MONTH_WORD_DAY_RE, TRIGGER.month)) {
    const [whole, name, , dayRaw, year] = m;
    const nameN = norm(name!);
    const d = dayWordValue(dayRaw!);
    if (d === null) continue;
    const ordinal = norm(dayRaw!).replace(/-/g, ' ') in DAY_ORDINAL_WORDS;
    const end = m.index + whole.length;
    // `in August twenty-one soldiers died`: a cardinal after a month starts a count unless the clause goes on.
    if (!ordinal && !year && /^\s*\p{L}/u.test(ahead(text, end, 4)) && !ORDINAL_FOLLOWER_SET.has(wordAfter(text, end))) continue;
    if (!year && /^-/.test(ahead(text, end, 1))) continue;
    // `may` the verb: lower-case only before an ordinal or a two-word number; other short or ambiguous names want a capital.
    if (!/^\p{Lu}/u.test(name!) && (AMBIGUOUS_MONTH_SET.has(nameN) || nameN.length < 4) && !ordinal && !/\s|-/.test(dayRaw!)) continue;
    push(m.index, end, MONTHS[nameN]!, d, year ? Number(year) : null, 'date.month-day-words');
  }
  for (const m of scan(ctx, WORD_DAY_RE, TRIGGER['day ordinal'])) {
    const end = m.index + m[0].length;
    const rest = ahead(text, end, 16);
    if (/^\s*\p{L}/u.test(rest) && !ORDINAL_FOLLOWER_SET.has(wordAfter(text, end))) continue;
    if (/^\s+of\s/i.test(rest) || /^-/.test(rest)) continue;
    const d = dayWordValue(m[1]!.replace(/^the\s+/i, ''))!;
    const start = end - m[1]!.length;
    let value: string | null = null;
    if (dct) {
      let base: Ymd = { y: dct.y, m: dct.m, d: 1 };
      const tense = ctx.tense(start, end);
      if (tense === 'past' && d > dct.d) base = addMonths(base, -1);
      else if (tense === 'future' && d < dct.d) base = addMonths(base, 1);
      if (d > daysInMonth(base.y, base.m)) continue;
      value = fmtDay({ y: base.y, m: base.m, d });
    }
    out.push(cand(start, end, 'DATE', value, null, 'date.ordinal-day-words', 3));
  }
  for (const m of scan(ctx, NUMERIC_DAY_RE, TRIGGER['day number'] | TRIGGER.weekday)) {
    const [whole, weekday, mo, d] = m;
    const after = m.index + whole.length;
    if (!/^\s*(?:[.,;:!?)]|$)/.test(ahead(text, after, 4)) && !ORDINAL_FOLLOWER_SET.has(wordAfter(text, after))) continue;
    const start = weekday ? m.index : m.index + whole.search(/\d/);
    push(start, m.index + whole.length, Number(mo), Number(d), null, 'date.numeric-month-day');
  }
  for (const m of scan(ctx, MONTH_DOT_DAY_RE, TRIGGER.month)) {
    if (!/^\p{Lu}/u.test(m[1]!) && AMBIGUOUS_MONTH_SET.has(norm(m[1]!))) continue;
    push(m.index, m.index + m[0].length, MONTHS[norm(m[1]!)]!, Number(m[2]), null, 'date.month-dot-day');
  }
  for (const m of scan(ctx, DOTTED_DAY_RE, TRIGGER.digit)) {
    push(m.index, m.index + m[0].length, MONTHS[norm(m[2]!)]!, Number(m[1]), Number(m[3]), 'date.dotted-day');
  }
  for (const m of scan(ctx, YEAR_MONTH_NAME_DAY_RE, TRIGGER['year number'])) {
    push(m.index, m.index + m[0].length, MONTHS[norm(m[3]!)]!, Number(m[4]), Number(m[1]), 'date.year-month-day');
  }
  for (const m of scan(ctx, SHORT_YEAR_RE, TRIGGER['day number'])) {
    const yy = Number(m[3]);
    push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), yy < 50 ? 2000 + yy : 1900 + yy, 'date.numeric-short-year');
  }
}

/** `today`, `yesterday`, `tomorrow`, `tonight`, `last night`, `this morning`, `yesterday afternoon`. */
const DAYWORD_RE = behindApart(
  `${B}(?:(early|late)\\s+)?(?:(${alt(Object.keys(DAY_WORDS))})(?:\\s+(${DAYPART}))?|(this|last)\\s+(${DAYPART}))${E}`,
  'giu',
);

function parseDayWords(ctx: Ctx, out: Candidate[]): void {
  for (const m of scan(ctx, DAYWORD_RE, TRIGGER['day word'] | TRIGGER['day part'])) {
    const [whole, pos, word, part1, deic, part2] = m;
    const start = m.index;
    const end = start + whole.length;
    // `USA Today`, `USA TODAY`, NBC's `Today`: names.
    if (word && /^(?:Today|TODAY)$/.test(word) && !sentenceInitial(ctx, start + whole.indexOf(word))) continue;
    const mod: TimexMod | null = pos ? (norm(pos) === 'early' ? 'START' : 'END') : null;
    let offset: number;
    let part: string | undefined;
    if (word) {
      const w = norm(word);
      offset = DAY_WORDS[w]!;
      part = part1 ?? (w === 'tonight' ? 'night' : undefined);
    } else {
      offset = norm(deic!) === 'last' && norm(part2!) === 'night' ? -1 : 0;
      part = part2;
      if (norm(deic!) === 'last' && norm(part2!) !== 'night') continue;
    }
    const day = ctx.dct ? addDays(ctx.dct, offset) : null;
    if (part) {
      const code = DAY_PARTS[norm(part)]!;
      out.push(cand(start, end, 'TIME', day ? `${fmtDay(day)}T${code}` : null, mod, 'time.day-part'));
    } else {
      out.push(cand(start, end, 'DATE', day ? fmtDay(day) : null, mod, 'date.day-word'));
    }
  }
}

/** `the next day`, `the same day`: anchored on the last date the story gave (see dates.ts). */
const NARRATIVE_RE = behindApart(`${B}(${alt(Object.keys(NARRATIVE_DAYS))})${E}`, 'giu');

function parseNarrativeDays(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, NARRATIVE_RE, TRIGGER['narrative day'])) {
    const w = norm(m[0]);
    const end = m.index + m[0].length;
    // `the day before the vote`, `the day before they head to the polls`: anchored on the event
    // named after it, not on the story's last date; only a clause-final `the day before` counts.
    if (w === 'the day before' && !/^\s*(?:[.,;:!?)”"’]|$)/.test(ahead(text, end, 4))) continue;
    const offset = NARRATIVE_DAYS[w]!;
    out.push({ ...cand(m.index, end, 'DATE', null, null, 'date.narrative-day', 3), narrative: (a) => fmtDay(addDays(a, offset)) });
  }
}

/** `recently`, `now`, `currently`, `in the future`, `in recent years`. */
const REF_RE = behindApart(`${B}(${alt(Object.keys(REF_WORDS))})${E}`, 'giu');

function parseRefs(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, REF_RE, TRIGGER['reference word'])) {
    const w = norm(m[0]);
    const end = m.index + m[0].length;
    if (midSentenceCapital(ctx, m.index + m[0].search(/\p{L}/u))) continue;
    if (w === 'now') {
      // `now-defunct`, `from now` (part of a date), `now that` (a conjunction).
      if (/^-/.test(ahead(text, end)) || wordBefore(text, m.index) === 'from' || wordAfter(text, end) === 'that') continue;
    }
    if (w === 'in the past' && /^\s+(?:\d|\p{L}+\s+(?:years?|months?|weeks?|days?|decades?)\b)/u.test(ahead(text, end))) continue;
    // `PAST_REF` and the like name no point in time, so they need no article date.
    out.push(cand(m.index, end, 'DATE', REF_WORDS[w]!, null, 'date.ref-word', 1));
  }
}

/**
 * `the first week of March`, `the last week of October 2015`, `the second week of next month`,
 * `the first week of 2015`: a week counted in a month or a year. A week belongs to the month that
 * holds its Thursday (as ISO weeks belong to years), so the n-th week of a month is the ISO week
 * of its n-th Thursday, the last week that of its last Thursday.
 */
const WEEK_OF_RE = behindApart(
  `${B}(?:the\\s+)?(${alt(Object.keys(ORDINALS))}|final)\\s+week\\s+(?:of|in)\\s+(?:(${MONTH_ANY})(\\.)?(?:,?\\s+(${YEAR}))?|(${YEAR})|(?:the\\s+)?(this|next|last|current|previous)\\s+(month|year)|the\\s+(month|year))${E}`,
  'giu',
);

function parseWeeksOf(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  const dct = ctx.dct;
  for (const m of scan(ctx, WEEK_OF_RE, TRIGGER.period)) {
    const [whole, ordRaw, monthName, dot, monthYear, year, deic, deicUnit, theUnit] = m;
    let end = m.index + whole.length;
    // `the week of March 4` is the week of a day (see dates.ts): no ordinal week of a month here.
    if (monthName && !monthYear && /^\.?\s*\d/.test(ahead(text, end, 4))) continue;
    if (monthName && !/^\p{Lu}/u.test(monthName) && norm(monthName) === 'may') continue;
    if (dot && !monthYear) end -= 1;
    const ordN = norm(ordRaw!);
    const n = ordN === 'final' ? -1 : ORDINALS[ordN]!;
    if (n === 0) continue;
    let value: string | null = null;
    if (monthName) {
      const mo = MONTHS[norm(monthName)]!;
      const y = monthYear ? Number(monthYear) : dct ? anchorMonth(dct, mo, ctx.tense(m.index, end)) : null;
      const thursday = y === null ? null : nthWeekday(y, mo, 4, n);
      if (y !== null && !thursday) continue;
      value = thursday ? fmtWeek(thursday) : null;
    } else {
      let y: number | null = year ? Number(year) : null;
      let mo: number | null = null;
      const unit = year ? 'year' : norm(deicUnit ?? theUnit!);
      if (!year && dct) {
        const w = deic ? deictic(deic) : 'this';
        const k = w === 'last' ? -1 : w === 'next' ? 1 : 0;
        if (unit === 'month') {
          const t = addMonths({ y: dct.y, m: dct.m, d: 1 }, k);
          y = t.y;
          mo = t.m;
        } else y = dct.y + k;
      }
      if (!year && !dct) value = null;
      else if (mo !== null) {
        const thursday = nthWeekday(y!, mo, 4, n);
        if (!thursday) continue;
        value = fmtWeek(thursday);
      } else {
        // The n-th ISO week of the year; the last is the week of December 28.
        const day = n === -1 ? { y: y!, m: 12, d: 28 } : addDays({ y: y!, m: 1, d: 4 }, 7 * (n - 1));
        value = fmtWeek(day);
      }
    }
    out.push(cand(m.index, end, 'DATE', value, null, 'date.week-of-period', 6));
  }
}

/**
 * `the rest of the year`, `the rest of this week`: the stretch after the article's day to the end
 * of the period, a DURATION of the days left (`P6D` on Monday 2016-11-07 for the week, `P54D` for
 * the year; `P0D` on the period's last day). In past-tense text the stretch runs from a day the
 * story names, not the article's: its length is unknown (`PXD`).
 */
const REST_RE = behindApart(`${B}(?:the\\s+)?rest\\s+of\\s+(?:(?:${alt(REST_DETERMINERS)})\\s+)?(${alt(Object.keys(REST_PERIODS))})${E}`, 'giu');

function parseRests(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  const dct = ctx.dct;
  for (const m of scan(ctx, REST_RE, TRIGGER.period)) {
    const end = m.index + m[0].length;
    // `the rest of the year's budget`: a possessive, the period is not the time meant.
    if (/^['’]/.test(ahead(text, end, 1))) continue;
    const unit = REST_PERIODS[norm(m[1]!)]!;
    let value: string | null = null;
    if (ctx.tense(m.index, end) === 'past') value = 'PXD';
    else if (dct) {
      const last: Ymd = unit === 'W' ? addDays(dct, 7 - isoWeekday(dct)) : unit === 'M' ? { y: dct.y, m: dct.m, d: daysInMonth(dct.y, dct.m) } : { y: dct.y, m: 12, d: 31 };
      const days = Math.round((Date.UTC(last.y, last.m - 1, last.d) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86400000);
      value = `P${days}D`;
    }
    out.push(cand(m.index, end, 'DURATION', value, null, 'duration.rest-of-period', 6));
  }
}

/**
 * Centuries: `the 19th century` -> `18` (TIMEX3 names a century by its first two digits), `the
 * early twentieth century` (START), `21st-century` as a modifier. A bare `19th century` needs
 * `the` or a hyphen; centuries before the common era are left out.
 */
const CENTURY_WORD = Object.keys(CENTURY_ORDINALS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[\\s-]'))
  .join('|');
/** One-word positions only (`the early 20th century`): a phrase before `the` as well would backtrack. */
const POS_WORD = alt(Object.keys(POSITION_MODS).filter((k) => !k.includes(' ')));
const CENTURY_RE = behindApart(
  `${B}(the\\s+)?(?:(${POS_WORD})${SEP})?(?:(\\d{1,2})(?:st|nd|rd|th)|(${CENTURY_WORD}))(\\s+|-)century${E}`,
  'giu',
);
const ERA_AFTER = new RegExp(`^\\s*(?:${alt(ERA_BEFORE)})(?![\\p{L}])`, 'iu');

function parseCenturies(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  for (const m of scan(ctx, CENTURY_RE, TRIGGER.period)) {
    const [whole, the, pos, digits, word, joint] = m;
    const end = m.index + whole.length;
    if (!the && joint !== '-') continue;
    if (ERA_AFTER.test(ahead(text, end, 8))) continue;
    const n = digits ? Number(digits) : CENTURY_ORDINALS[norm(word!).replace(/-/g, ' ')];
    if (!n || n < 1 || n > 21) continue;
    // `the 20th-century activist`: a modifier; `the` goes with the noun after it.
    const start = joint === '-' && the && !pos ? m.index + the.length : m.index;
    out.push(cand(start, end, 'DATE', String(n - 1).padStart(2, '0'), posMod(pos), 'date.century', 6));
  }
}

/** `by year-end`, `at year's end`, `year-end 2023`: the end of the article's year (END). */
const YEAR_END_RE = behindApart(`${B}(?:(${YEAR})\\s+)?(?:${YEAR_END_WORDS.map((w) => alt([w]).replace(/'/g, "['’]")).join('|')})(?:\\s+(${YEAR}))?${E}`, 'giu');

function parseYearEnds(ctx: Ctx, out: Candidate[]): void {
  const dct = ctx.dct;
  for (const m of scan(ctx, YEAR_END_RE, TRIGGER.period)) {
    const year = m[1] ?? m[2];
    let value: string | null = null;
    if (year) value = year;
    else if (dct) {
      // In past-tense text the year end meant is the last one passed (`had $38 million at year's
      // end`, written in January), unless the article is written in December.
      const past = ctx.tense(m.index, m.index + m[0].length) === 'past';
      value = fmtYear(past && dct.m < 12 ? dct.y - 1 : dct.y);
    }
    out.push(cand(m.index, m.index + m[0].length, 'DATE', value, 'END', 'date.year-end', 6));
  }
}

/**
 * `this time last year`, `the same time next month`, `this time a year ago`: the article's day a
 * year (month, week) back or ahead, approximately.
 */
const SAME_TIME_RE = behindApart(
  `${B}(${alt(SAME_TIME_HEADS)})\\s+(?:(last|next)\\s+(${alt(Object.keys(SAME_TIME_UNITS))})|(?:a|one)\\s+(${alt(Object.keys(SAME_TIME_UNITS))})\\s+(ago))${E}`,
  'giu',
);

function parseSameTimes(ctx: Ctx, out: Candidate[]): void {
  const dct = ctx.dct;
  for (const m of scan(ctx, SAME_TIME_RE, TRIGGER.period)) {
    const [whole, , which, unit1, unit2] = m;
    const start = m.index;
    const sign = which && norm(which) === 'next' ? 1 : -1;
    const unit = SAME_TIME_UNITS[norm(unit1 ?? unit2!)]!;
    let value: string | null = null;
    if (dct) value = fmtDay(unit === 'W' ? addDays(dct, 7 * sign) : addMonths(dct, sign * (unit === 'Y' ? 12 : 1)));
    out.push(cand(start, m.index + whole.length, 'DATE', value, 'APPROX', 'date.same-time', 6));
  }
}

/** Holidays: `on Labor Day`, `by Christmas`, `last Thanksgiving` (see the HOLIDAYS table). */
const HOLIDAY_RE = behindApart(`${B}(${alt(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})${E}`, 'giu');
const HOLIDAY_PREPOSITION_SET = new Set(HOLIDAY_PREPOSITIONS);
const HOLIDAY_FOLLOWER_SET = new Set(HOLIDAY_FOLLOWERS);
const UNTIL_SET = new Set(HOLIDAY_DEADLINE_PREPOSITIONS);

/** The day a holiday falls on in year `y`. */
function holidayIn(rule: string, y: number): Ymd {
  const [m, d, wd] = rule.split('-').map(Number) as [number, number, number | undefined];
  const day = { y, m, d };
  return wd === undefined ? day : addDays(day, (wd - isoWeekday(day) + 7) % 7);
}

function parseHolidays(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  const dct = ctx.dct;
  for (const m of scan(ctx, HOLIDAY_RE, TRIGGER.holiday)) {
    const end = m.index + m[0].length;
    if (!/^\p{Lu}/u.test(m[0])) continue;
    // `Christmas tree`, `the Christmas party`: a holiday naming something else is not a date.
    const before = wordBefore(text, m.index);
    if (!HOLIDAY_PREPOSITION_SET.has(before)) continue;
    if (/^['’]/.test(text[end] ?? '')) continue;
    const next = wordAfter(text, end);
    if (/^\s+\p{Ll}/u.test(ahead(text, end, 3)) && !HOLIDAY_FOLLOWER_SET.has(next)) continue;
    const rule = HOLIDAYS[norm(m[0])]!;
    let value: string | null = null;
    if (dct) {
      const occ = (y: number): Ymd => holidayIn(rule, y);
      let day: Ymd;
      if (before === 'last') day = anchorYearly(addDays(dct, -1), occ, 'past');
      else if (before === 'next') day = anchorYearly(addDays(dct, 1), occ, 'future');
      else if (before === 'this') day = occ(dct.y);
      else {
        // Scheduled ahead as news names them (`until Labor Day`, `the week before Christmas`,
        // or no tense at all): the coming one when it is at most seven months away.
        const tense = ctx.tense(m.index, end);
        const coming = anchorYearly(dct, occ, 'future');
        const soon = Date.UTC(coming.y, coming.m - 1, coming.d) - Date.UTC(dct.y, dct.m - 1, dct.d) <= 214 * 86400000;
        day = (tense === null || UNTIL_SET.has(before)) && soon ? coming : anchorYearly(dct, occ, tense === null ? 'past' : tense);
      }
      value = fmtDay(day);
    }
    let start = m.index;
    if (before === 'last' || before === 'this' || before === 'next') {
      while (start > 0 && /\s/.test(text[start - 1]!)) start--;
      start -= before.length;
    }
    out.push(cand(start, end, 'DATE', value, null, 'date.holiday', 6));
  }
}

export function parsePeriods(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  parseDeicticPeriods(ctx, out);
  parseMonths(ctx, out);
  parseYears(ctx, out);
  parseDecades(ctx, out);
  parseQuarters(ctx, out);
  parseSeasons(ctx, out);
  parseWeekdays(ctx, out);
  parseSpelledAndNumericDays(ctx, out);
  parseDayRanges(ctx, out);
  parseDayWords(ctx, out);
  parseRefs(ctx, out);
  parseNarrativeDays(ctx, out);
  parseWeeksOf(ctx, out);
  parseRests(ctx, out);
  parseCenturies(ctx, out);
  parseYearEnds(ctx, out);
  parseSameTimes(ctx, out);
  parseHolidays(ctx, out);
  return out;
}

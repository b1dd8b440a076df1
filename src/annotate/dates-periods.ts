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
  COUNT_CUES,
  DAY_PARTS,
  DAY_WORDS,
  DEICTICS,
  MONTHS,
  ORDINALS,
  PERIOD_UNITS,
  POSITION_MODS,
  REF_WORDS,
  SEASONS,
  WEEKDAYS,
  YEAR_BLOCKERS,
} from '../vocab/dates.js';
import type { Candidate, Ctx } from './dates-core.js';
import { alt, norm, sentenceInitial, wordAfter, wordBefore } from './dates-core.js';
import type { Tense, Ymd } from './dates-calendar.js';
import {
  addDays,
  addMonths,
  anchorMonth,
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
  const y = Number(text.slice(start, end));
  if (y < 1800) return ['in', 'since', 'of', 'year', 'until', 'by', 'the'].includes(wordBefore(text, start));
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
const PERIOD_RE = new RegExp(
  `${B}(?:(${POS})${SEP}(?:(?:in|of)\\s+)?)?(?:(${DEIC})|(the))\\s+(${alt(Object.keys(PERIOD_UNITS))})${E}`,
  'giu',
);

function parseDeicticPeriods(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  PERIOD_RE.lastIndex = ctx.from;
  for (let m = PERIOD_RE.exec(text); m; m = PERIOD_RE.exec(text)) {
    const [whole, pos, deic, the, unitRaw] = m;
    const unit = PERIOD_UNITS[norm(unitRaw!)]!;
    const mod = posMod(pos);
    let which: Which | null;
    if (the) {
      // `the year` is the article's year only after a position phrase (`the end of the year`).
      if (!pos) continue;
      which = 'this';
    } else {
      which = deictic(deic);
      const d = norm(deic!);
      // `the past year`, `the next month`: durations (handled by the duration parser).
      if (d === 'the past' || d === 'the last' || d === 'the next' || (d === 'past' && !pos)) continue;
    }
    if (!which) continue;
    const start = m.index;
    const end = start + whole.length;
    const value = ctx.dct ? shiftPeriod(ctx.dct, unit, which) : null;
    out.push(cand(start, end, 'DATE', value, mod, `date.${which}-${norm(unitRaw!)}`));
  }
}

/** Months: `November`, `in November 2024`, `last November`, `mid-September`, `early March`. */
const MONTH_RE = new RegExp(
  `${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(?:(${DEIC})\\s+)?(${MONTH_ANY})(\\.)?(?:,?\\s+(?:of\\s+)?(${YEAR}))?${E}`,
  'giu',
);
const MONTH_FULL_RE = new RegExp(`^(?:${MONTH_FULL})$`, 'i');
const AMBIGUOUS_MONTH_SET = new Set(AMBIGUOUS_MONTHS);

function monthValue(ctx: Ctx, month: number, year: string | undefined, which: Which | null, tense: Tense): string | null {
  if (year) return fmtMonth(Number(year), month);
  const dct = ctx.dct;
  if (!dct) return null;
  if (which === 'this') return fmtMonth(dct.y, month);
  if (which === 'last') return fmtMonth(month < dct.m ? dct.y : dct.y - 1, month);
  if (which === 'next') return fmtMonth(month > dct.m ? dct.y : dct.y + 1, month);
  return fmtMonth(anchorMonth(dct, month, tense), month);
}

function parseMonths(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  MONTH_RE.lastIndex = ctx.from;
  for (let m = MONTH_RE.exec(text); m; m = MONTH_RE.exec(text)) {
    const [whole, pos, deic, name, dot, year] = m;
    const nameN = norm(name!);
    const month = MONTHS[nameN]!;
    let end = m.index + whole.length;
    const nameStart = m.index + whole.toLowerCase().lastIndexOf(nameN, whole.length - (year ? year.length : 0));
    // A day number after the month belongs to a full date (the calendar parser's).
    if (!year && /^\.?,?\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)/i.test(text.slice(nameStart + name!.length))) continue;
    if (!year && /^\s*\d/.test(text.slice(end))) continue;
    const capital = /^\p{Lu}/u.test(name!);
    if (!capital) continue;
    const full = MONTH_FULL_RE.test(nameN);
    if (!full && !year && !dot) continue;
    if (!year && !deic && !pos && AMBIGUOUS_MONTH_SET.has(nameN)) {
      // `May` and `March` alone: only after a preposition that takes a date.
      const before = wordBefore(text, nameStart);
      if (!['in', 'since', 'until', 'till', 'by', 'of', 'from', 'through', 'during', 'to', 'and', 'or', 'early', 'late', 'mid'].includes(before)) continue;
      if (sentenceInitial(ctx, nameStart)) continue;
    }
    if (dot && !year) end = m.index + whole.length - 1;
    const which = deictic(deic);
    const tense = ctx.tense(m.index, end);
    const value = monthValue(ctx, month, year, which, tense);
    const rule = year ? 'date.month-year' : which ? `date.${which}-month` : 'date.month-tense';
    out.push(cand(m.index, end, 'DATE', value, posMod(pos), rule));
  }
}

/** Years and position + year: `2024`, `in 2020`, `early 2024`, `mid-2023`, `the end of 2024`. */
const YEAR_RE = new RegExp(`${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(${YEAR})${E}`, 'giu');

function parseYears(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  YEAR_RE.lastIndex = ctx.from;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
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
const DECADE_RE = new RegExp(`${B}(the\\s+)?(?:(${POS})${SEP})?(?:(\\d{3})0s|(['’])(\\d)0s|(\\d)0s)${E}`, 'giu');

function parseDecades(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  DECADE_RE.lastIndex = ctx.from;
  for (let m = DECADE_RE.exec(text); m; m = DECADE_RE.exec(text)) {
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
const QUARTER_RE = new RegExp(
  `${B}(?:the\\s+)?(${alt(Object.keys(ORDINALS))}|final)(?:\\s+|-)(quarter|half)(?:\\s+(?:of\\s+)?(?:(${YEAR})|(?:the\\s+)?(this|last|next|current)\\s+year|the\\s+year))?${E}`,
  'giu',
);
const QCODE_RE = new RegExp(`${B}(?:(${YEAR})\\s*)?([QH])([1-4])(?:\\s*(${YEAR}))?${E}`, 'gu');

function quarterYear(ctx: Ctx, q: number, tense: Tense): number | null {
  const dct = ctx.dct;
  if (!dct) return null;
  const cur = quarterOf(dct.m);
  if (tense === 'past' && q > cur) return dct.y - 1;
  if (tense === 'future' && q < cur) return dct.y + 1;
  return dct.y;
}

function parseQuarters(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  QUARTER_RE.lastIndex = ctx.from;
  for (let m = QUARTER_RE.exec(text); m; m = QUARTER_RE.exec(text)) {
    const [whole, ordRaw, kind, year, deic] = m;
    const ordN = norm(ordRaw!);
    const half = norm(kind!) === 'half';
    let n = ordN === 'final' || ordN === 'last' ? (half ? 2 : 4) : ORDINALS[ordN]!;
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
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, null, half ? 'date.half' : 'date.quarter'));
  }
  QCODE_RE.lastIndex = ctx.from;
  for (let m = QCODE_RE.exec(text); m; m = QCODE_RE.exec(text)) {
    const [whole, y1, kind, num, y2] = m;
    const n = Number(num);
    if (kind === 'H' && n > 2) continue;
    const yr = y1 ?? y2;
    const y = yr ? Number(yr) : kind === 'Q' ? quarterYear(ctx, n, ctx.tense(m.index, m.index + whole.length)) : null;
    if (!yr && kind === 'H') continue;
    const value = y === null ? null : kind === 'H' ? `${fmtYear(y)}-H${n}` : fmtQuarter(y, n);
    out.push(cand(m.index, m.index + whole.length, 'DATE', value, null, 'date.quarter-code'));
  }
}

/** Seasons: `this summer`, `last winter`, `the summer of 2016`, `in the fall`, `early spring`. */
const SEASON_RE = new RegExp(
  `${B}(?:(${POS})${SEP}(?:(?:of|in)\\s+)?)?(?:(${DEIC})\\s+)?(the\\s+)?(${SEASON})(?:,?\\s+(?:of\\s+)?(${YEAR}))?${E}`,
  'giu',
);
const AMBIGUOUS_SEASON_SET = new Set(AMBIGUOUS_SEASONS);

function parseSeasons(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  SEASON_RE.lastIndex = ctx.from;
  for (let m = SEASON_RE.exec(text); m; m = SEASON_RE.exec(text)) {
    const [whole, pos, deic, the, name, year] = m;
    const nameN = norm(name!);
    const code = SEASONS[nameN]!;
    const end = m.index + whole.length;
    const seasonStart = m.index + whole.toLowerCase().lastIndexOf(nameN, whole.length - (year ? year.length : 0));
    if (!year && /^\s+of\s+(?!\d)/i.test(text.slice(seasonStart + name!.length))) continue;
    if (deic && the) continue;
    if (!year && !deic && !pos) {
      const before = wordBefore(text, the ? m.index : seasonStart);
      const okBefore = ['in', 'during', 'by', 'until', 'since', 'this', 'last', 'next', 'through', 'over'].includes(before);
      if (AMBIGUOUS_SEASON_SET.has(nameN) && !okBefore) continue;
      if (/^\p{Lu}/u.test(name!) && !sentenceInitial(ctx, seasonStart)) continue;
      if (!okBefore && !the) continue;
    }
    let value: string | null;
    if (year) value = `${year}-${code}`;
    else if (!ctx.dct) value = null;
    else {
      const dct = ctx.dct;
      // A season's anchor month: winter belongs to the year it starts in.
      const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      const sm = startMonth[code]!;
      const which = deictic(deic);
      const tense = ctx.tense(m.index, end);
      let y = dct.y;
      if (which === 'last' || (!which && tense === 'past')) y = dct.m >= sm + (which === 'last' ? 3 : 0) ? dct.y : dct.y - 1;
      else if (which === 'next') y = dct.m < sm ? dct.y : dct.y + 1;
      else if (!which && tense === 'future') y = dct.m < sm + 3 ? dct.y : dct.y + 1;
      value = `${fmtYear(y)}-${code}`;
    }
    out.push(cand(m.index, end, 'DATE', value, posMod(pos), 'date.season'));
  }
}

/** Weekdays: `Thursday`, `last Sunday`, `this Friday`, `late Thursday`, `Thursday night`. */
const WEEKDAY_RE = new RegExp(
  `${B}(?:(${DEIC})\\s+)?(?:(early|late)\\s+)?(${WEEKDAY_FULL})(?:\\s+(${DAYPART}))?${E}`,
  'giu',
);

function parseWeekdays(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  WEEKDAY_RE.lastIndex = ctx.from;
  for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    const [whole, deic, pos, name, part] = m;
    if (!/^\p{Lu}/u.test(name!)) continue;
    const end = m.index + whole.length;
    const wd = WEEKDAYS[norm(name!)]!;
    let which = deictic(deic);
    if (deic && /^the\s/i.test(deic)) {
      which = norm(deic) === 'the following' || norm(deic) === 'the next' ? null : which;
      if (!which) continue;
    }
    let day: Ymd | null = null;
    if (ctx.dct) day = which ? deicticWeekday(ctx.dct, wd, which) : anchorWeekday(ctx.dct, wd, ctx.tense(m.index, end));
    const mod: TimexMod | null = pos ? (norm(pos) === 'early' ? 'START' : 'END') : null;
    if (part) {
      const code = DAY_PARTS[norm(part)]!;
      out.push(cand(m.index, end, 'TIME', day ? `${fmtDay(day)}T${code}` : null, mod, 'time.weekday-part'));
    } else {
      out.push(cand(m.index, end, 'DATE', day ? fmtDay(day) : null, mod, which ? `date.${which}-weekday` : 'date.weekday-tense'));
    }
  }
}

/** `today`, `yesterday`, `tomorrow`, `tonight`, `last night`, `this morning`, `yesterday afternoon`. */
const DAYWORD_RE = new RegExp(
  `${B}(?:(early|late)\\s+)?(?:(${alt(Object.keys(DAY_WORDS))})(?:\\s+(${DAYPART}))?|(this|last)\\s+(${DAYPART}))${E}`,
  'giu',
);

function parseDayWords(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  DAYWORD_RE.lastIndex = ctx.from;
  for (let m = DAYWORD_RE.exec(text); m; m = DAYWORD_RE.exec(text)) {
    const [whole, pos, word, part1, deic, part2] = m;
    const start = m.index;
    const end = start + whole.length;
    // `USA Today`, NBC's `Today`: names.
    if (word && /^Today$/.test(word) && !sentenceInitial(ctx, start + whole.indexOf(word))) continue;
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

/** `recently`, `now`, `currently`, `in the future`, `in recent years`. */
const REF_RE = new RegExp(`${B}(${alt(Object.keys(REF_WORDS))})${E}`, 'giu');

function parseRefs(ctx: Ctx, out: Candidate[]): void {
  const text = ctx.text;
  REF_RE.lastIndex = ctx.from;
  for (let m = REF_RE.exec(text); m; m = REF_RE.exec(text)) {
    const w = norm(m[0]);
    const end = m.index + m[0].length;
    if (w === 'now') {
      // `now-defunct`, `from now` (part of a date), `now that` (a conjunction).
      if (/^-/.test(text.slice(end)) || wordBefore(text, m.index) === 'from' || wordAfter(text, end) === 'that') continue;
    }
    if (w === 'in the past' && /^\s+(?:\d|\p{L}+\s+(?:years?|months?|weeks?|days?|decades?)\b)/u.test(text.slice(end))) continue;
    out.push(cand(m.index, end, 'DATE', ctx.dct ? REF_WORDS[w]! : null, null, 'date.ref-word', 1));
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
  parseDayWords(ctx, out);
  parseRefs(ctx, out);
  return out;
}

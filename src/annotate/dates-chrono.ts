/**
 * dates-chrono: calendar dates and clock times found by chrono-node (`Thursday, September 5`,
 * `Feb. 23, 2024`, `9/5/2024`, `3 p.m. Thursday`), re-anchored with the news past preference.
 *
 * Only chrono results that name a day of a month or a clock time are kept; chrono's relative
 * expressions, bare weekdays and bare months are left to the word parsers, which know the tense.
 */
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult, Parser } from 'chrono-node';
import { CHRONO_CASUAL_DATES, CHRONO_PARSER_NEEDS, CLOCK_WORDS, DATE_LIKE_NAMES, DAY_ORDINAL_WORDS, MONTHS, PERIOD_UNITS, RANGE_CONNECTIVES, RANGE_OPENERS, WEEKDAYS } from '../vocab/dates.js';
import type { Candidate, Ctx } from './dates-core.js';
import { NOT_AFTER_LETTER, TRIGGER, ahead, alt } from './dates-core.js';
import type { Ymd } from './dates-calendar.js';
import { anchorMonthDay, anchorWeekday, fmtDay, fmtTime, isValidDate, isoWeekday } from './dates-calendar.js';

const DATE_LIKE = new Set(DATE_LIKE_NAMES);
/** A month name right before a piece (`Feb. 28-March 2`: chrono's `28-March`). */
const MONTH_BEFORE = new RegExp(`${NOT_AFTER_LETTER}(?:${alt(Object.keys(MONTHS))})\\.?[ \\t]?$`, 'iu');
const WEEKDAY_WORDS = new Set(Object.keys(WEEKDAYS));
const CLOCK = new RegExp(`\\d\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d:\\d\\d|${alt(CLOCK_WORDS).replace(/'/g, "['’]")}`, 'i');

/** Chrono is given a fixed reference when the article has no date; only known components count. */
const FALLBACK_REF = new Date(Date.UTC(2000, 0, 1, 12));

interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

function known(c: ParsedComponents): Known {
  const k: Known = {};
  for (const f of ['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const) {
    if (c.isCertain(f)) {
      const v = c.get(f);
      if (v !== null && v !== undefined) k[f] = v;
    }
  }
  return k;
}

/** Numeric dates: `9/5/2024` always; `9/5` only as a valid month/day; dotted or dashed only with a year. */
function numericOk(s: string, k: Known): boolean {
  if (/\p{L}/u.test(s)) return true;
  if (DATE_LIKE.has(s.trim())) return false;
  if (k.year !== undefined) return true;
  return /^\s*\d{1,2}\/\d{1,2}\s*$/.test(s);
}

interface Piece {
  start: number;
  text: string;
  k: Known;
  /** One end of a range: a bare number (`19` in `November 19-20`) is a day there. */
  ranged?: boolean;
  /** The first end of a range of times names no day: it is the second end's (`10-11 a.m. Saturday`). */
  dayFromNext?: boolean;
  /** The range writes a clock time (`a.m.`, `10:30`): a bare hour at its other end is one too. */
  clockRange?: boolean;
  /** The second end of a range of times names no day: it is the first end's (`Friday, from 8 a.m. to noon`). */
  dayFromPrev?: boolean;
}

const RANGE_WORD = new RegExp(`\\s+(?:${alt(RANGE_CONNECTIVES)})\\s+`, 'i');
const RANGE_DASH = /\s*[-–]\s*/;
const LEADING_PERIOD = new RegExp(`^(?:this|next|last)\\s+(?:${alt(Object.keys(PERIOD_UNITS))})\\s+`, 'i');
const BARE_DAY = new RegExp(`^(?:(?:${alt(RANGE_OPENERS)})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?$`, 'i');

/**
 * A range chrono read as one (`Oct. 2 to October 22`, `November 19-20`, `4 to 22 January, 1995`)
 * is two dates, as in TIMEX3: each end is a mention of its own, and the first end takes the month
 * and year the second one names when it names none (`4` -> `1995-01-04`).
 */
function splitRange(start: number, r: ParsedResult): Piece[] {
  const whole: Piece = { start, text: r.text, k: known(r.start) };
  if (!r.end) return [whole];
  const m = RANGE_WORD.exec(r.text) ?? RANGE_DASH.exec(r.text.replace(/\d{4}-\d\d?-\d\d?/g, (x) => 'x'.repeat(x.length)));
  if (!m || m.index === 0) return [whole];
  const left = r.text.slice(0, m.index);
  const right = r.text.slice(m.index + m[0].length);
  if (!right) return [whole];
  const kEnd = known(r.end);
  let kStart = known(r.start);
  // `March 11-13, 40 percent`: no year was written, whatever chrono made of the `40`.
  const shortYear = kEnd.year !== undefined ? /,\s*\d\d$/.exec(right) : null;
  let rightText = right;
  if (shortYear && !/\d{4}|['’]\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d/.test(r.text)) {
    delete kEnd.year;
    delete kStart.year;
    rightText = right.slice(0, right.length - shortYear[0].length);
  }
  const bare = kEnd.day !== undefined && kEnd.hour === undefined ? BARE_DAY.exec(left.trim()) : null;
  if (bare) {
    kStart = { day: Number(bare[1]) };
    if (kEnd.month !== undefined) kStart.month = kEnd.month;
    if (kEnd.year !== undefined) kStart.year = kEnd.year;
  } else {
    if (kStart.month === undefined && kEnd.month !== undefined) kStart.month = kEnd.month;
    if (kStart.year === undefined && kEnd.year !== undefined && kStart.month !== undefined && kEnd.month !== undefined) {
      kStart.year = kStart.month <= kEnd.month ? kEnd.year : kEnd.year - 1;
    }
  }
  return [
    {
      start,
      text: left,
      k: kStart,
      ranged: true,
      clockRange: CLOCK.test(r.text),
      dayFromNext: kEnd.hour !== undefined && !/\p{L}{3,}|\//u.test(left),
    },
    {
      start: start + m.index + m[0].length,
      text: rightText,
      k: kEnd,
      ranged: true,
      clockRange: CLOCK.test(r.text),
      dayFromPrev: kStart.hour !== undefined && !/\p{L}{3,}|\//u.test(rightText.replace(/noon|midnight/gi, '')),
    },
  ];
}

/** A sentence longer than this (never seen in news) is cut at white space, nearly this long each. */
const HARD_CAP = 8000;

const LOWER = /\p{Ll}/u;

/**
 * Where to end a piece of an over-long sentence that starts at `from`, in the last half of
 * `HARD_CAP`: after a space between two lower-case words (where a date is hardly ever cut: dates
 * are written with numbers and capitalized names), else after any white space, else anywhere but
 * inside a surrogate pair.
 */
function cutAt(text: string, from: number): number {
  const limit = from + HARD_CAP;
  let space = -1;
  for (let i = limit; i > from + HARD_CAP / 2; i--) {
    if (!/\s/.test(text[i - 1]!)) continue;
    if (LOWER.test(text[i - 2]!) && LOWER.test(text[i] ?? '')) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  return /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
}

/**
 * The trigger groups (`src/vocab/triggers-dates.ts`) of every word chrono reads as (part of) a date
 * (but for one-letter units: `last d`): a sentence without any holds no chrono result, kept or not.
 */
const CHRONO_GROUPS =
  TRIGGER.digit |
  TRIGGER.month |
  TRIGGER.weekday |
  TRIGGER.unit |
  TRIGGER.period |
  TRIGGER['day part'] |
  TRIGGER['day word'] |
  TRIGGER.clock |
  TRIGGER['chrono word'] |
  TRIGGER['chrono day word'];
/**
 * The text every result `parseCalendar` keeps holds, and so the sentence it comes from
 * (chrono-node 2.10, its casual English configuration). A kept result is
 *  - a clock time: its text, or that of the range it ends, matches `CLOCK`; that text is a piece of
 *    the sentence, and `CLOCK` (no anchors, no look-around) then matches the sentence; or
 *  - a day of a month: some chrono component holds a certain day and month (`splitRange` only
 *    copies them). In chrono's English parsers and refiners they are made certain (`assign`,
 *    `assignSimilarDate`, a components object) by
 *    - ISOFormatParser (`2024-09-05`), SlashDateFormatParser (`9/5`, `9.5.24`, `9-5-2024`; not
 *      `2.5` or `10-20`: without a year it wants a `/`), ENSlashMonthFormatParser (`9/2024`, a
 *      month only), ENYearMonthDayParser with a month number (`2024-9-5`, `2024/9/5`, `2024 9 5`):
 *      digits with a `/` between, or three numbers with `-`, `.` or `/` between, or white space
 *      after four digits (`DATE_DIGITS`);
 *    - the month-name parsers (ENMonthNameParser, -LittleEndian, -MiddleEndian, ENYearMonthName,
 *      ENYearMonthDay with a name): a month name, each of chrono's spellings of which holds a word
 *      of the `month` group; a day only from an ordinal next to it (`DAY_BEFORE_MONTH`, `DAY_AFTER_MONTH`): digits (`5`,
 *      `5th`) or words (`fifth`, `twenty-first`: chrono's ordinal words are `DAY_ORDINAL_WORDS`),
 *      before it with `-`, `/` or white space and `of` between (ENMonthNameLittleEndianParser),
 *      or after it (and a dot) with `-`, `/`, white space and a comma between
 *      (-MiddleEndian), or with one of `-./` and white space (ENYearMonthDayParser); or from
 *      ENEndOfPeriodRefiner after `end of` or `last day of` (`END_BEFORE`);
 *    - ENEndOfCurrentMonthParser (`the end of the month`, `last day of month`), and
 *      ENEndOfPeriodRefiner after `end of` or `last day of` (and `the`) on `this week`, `this
 *      month`, `this year` (untagged, unlike `next week`) or a result whose month is certain
 *      already (`this months`, `5/2024`, a month name): `END_OF`;
 *    - the casual references (`today`, `now`, `last night`, `tonight`): tagged
 *      `parser/ENCasualDateParser`, and left out unless the text holds `noon` or `midnight` (even
 *      in `afternoon`: `yesterday afternoon`), which `CLOCK` matches, or the tag is lost:
 *      `ParsingComponents.clone` drops tags, and MergeWeekdayComponentRefiner gives a clone of the
 *      result after a weekday (a name, `weekend` or `weekday`; `Monday tonight`, `the weekend
 *      today`): `CASUAL_DATE` and a weekday (`WEEKDAY_WORDS_TOO`) in the sentence;
 *    - `createRelativeFromReference` (the time-unit parsers, `last week`, the relative merges):
 *      tagged `result/relativeDate`, left out; the weekday merge leaves such results alone.
 *    The other merges keep the tags of their parts (ENMergeDateTimeRefiner adds both; the range
 *    refiners keep both components and only imply what the other end holds); the remaining
 *    refiners add a year, a time zone or drop results.
 * A sentence that `keeps` turns down yields nothing kept, however its results merge: most
 * sentences with digits hold only counts and sums (`5 percent`, `$3 million`, `40,000 people`), and most month
 * names come without a day next to them (`in September, 5 people`, `may`).
 */
const DATE_DIGITS = /\d\/\d|\d[-./]\d{1,2}[-./]\d|\d{4}\s\d{1,2}[-./\s]\d|\d{4}[-./]\d{1,2}\s\d/;
const END_OF = /(?:day|end)\s+of\s+(?:the\s+)?(?:this\s*)?(?:week|month|year)/;
const KEPT_SHAPE = new RegExp(`${DATE_DIGITS.source}|${END_OF.source}|${CLOCK.source}`, 'i');
/** The words of chrono's ordinal days, first and last (`twenty`, `first`). */
const ORDINAL_WORD = alt(new Set(Object.keys(DAY_ORDINAL_WORDS).flatMap((k) => k.split(' '))));
const MONTH_NAME = alt(Object.keys(MONTHS));
/**
 * A month name and a day next to it, as chrono's month-name parsers read them, and more (no word
 * boundaries). Each of chrono's month names is a `MONTHS` entry, with a dot or not.
 */
const DAY_BEFORE_MONTH = new RegExp(`(?:\\d(?:st|nd|rd|th)?|${ORDINAL_WORD})(?:\\s|of|[,./-])*(?:${MONTH_NAME})`, 'i');
const DAY_AFTER_MONTH = new RegExp(`(?:${MONTH_NAME})\\.?(?:\\s|[,./-])*(?:\\d|${ORDINAL_WORD})`, 'i');
const END_BEFORE = /(?:day|end)\s+of\s/i;
/** What chrono's casual date parser matches, and more (`know` holds `now`). */
const CASUAL_DATE = new RegExp(CHRONO_CASUAL_DATES.map((w) => w.replace(/ /g, '\\s*')).join('|'), 'i');
/** A weekday to chrono besides the words of the `weekday` group. */
const WEEKDAY_WORDS_TOO = /week(?:end|day)/i;

/**
 * May the sentence `text.slice(start, end)`, with the trigger groups `g` (-1 when unknown),
 * yield a kept result? See above.
 */
function keeps(text: string, start: number, end: number, g: number): boolean {
  if (g === -1) return true;
  const sentence = text.slice(start, end);
  if (KEPT_SHAPE.test(sentence)) return true;
  if ((g & TRIGGER.month) !== 0 && (DAY_AFTER_MONTH.test(sentence) || DAY_BEFORE_MONTH.test(sentence) || END_BEFORE.test(sentence))) return true;
  return CASUAL_DATE.test(sentence) && ((g & TRIGGER.weekday) !== 0 || WEEKDAY_WORDS_TOO.test(sentence));
}

/**
 * The stretches chrono reads, in text order: each sentence of the body on its own (one over
 * `HARD_CAP` characters cut at white space), as the word parsers read dates, so that no date
 * spans two sentences; with a pre-scan, only the sentences with a word of `CHRONO_GROUPS` that
 * may yield a kept result (`keeps`). A sentence without such a word holds no chrono result.
 *
 * Chrono's cost grows with the length of the text it is given times the number of numbers in it
 * (its time parser tries each one, and refiners read the text around each result): given one
 * sentence at a time, it reads only those that may hold a date, not the counts and sums of the
 * sentences around them (over 2 MB of generated articles: 428,000 characters read in runs of
 * sentences, 218,000 one sentence at a time).
 */
function chronoChunks(ctx: Ctx): Array<{ start: number; end: number }> {
  const text = ctx.text;
  const all = ctx.groups;
  const out: Array<{ start: number; end: number }> = [];
  for (const s of ctx.doc.sentences) {
    if (s.end <= ctx.from || s.end <= s.start) continue;
    let from = Math.max(s.start, ctx.from);
    if (all && ((all[s.index]! & CHRONO_GROUPS) === 0 || !keeps(text, from, s.end, all[s.index]!))) continue;
    while (s.end - from > HARD_CAP) {
      const cut = cutAt(text, from);
      out.push({ start: from, end: cut });
      from = cut;
    }
    out.push({ start: from, end: s.end });
  }
  return out;
}

/** A pattern that fails at once: tried at the start of the text only. */
const NEVER = /^(?!)/;

let screened: chrono.Chrono | null = null;

/**
 * chrono's casual parser, each of its parsers run only on a text that holds what the parser's
 * pattern needs (`CHRONO_PARSER_NEEDS`); elsewhere the parser's pattern is one that fails at once.
 * The same results as `chrono.casual`: a parser skipped would have matched nothing, and chrono
 * gathers the results of all parsers, in their order, before its refiners read them. Most news
 * sentences chrono reads hold a digit or a month name, and few hold `ago`, `later`, `tonight` or
 * `noon`: each skipped parser is a pattern of up to 1,500 characters not tried after every
 * character that is no letter or digit.
 */
export function screenedChrono(): chrono.Chrono {
  if (screened) return screened;
  const parsers = chrono.casual.parsers.map((parser): Parser => {
    const source = CHRONO_PARSER_NEEDS[parser.constructor.name];
    if (source === undefined) return parser;
    const need = new RegExp(source, 'i');
    return {
      pattern: (context) => (need.test(context.text) ? parser.pattern(context) : NEVER),
      extract: (context, match) => parser.extract(context, match),
    };
  });
  return (screened = new chrono.Chrono({ parsers, refiners: chrono.casual.refiners }));
}

export function parseCalendar(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const dct = ctx.dct;
  const ref = dct ? new Date(Date.UTC(dct.y, dct.m - 1, dct.d, 12)) : FALLBACK_REF;
  const text = ctx.text;
  const results: Array<{ base: number; r: ParsedResult }> = [];
  // Without a pre-scan (`ctx.groups`), every parser reads every text, as a plain pipeline would.
  const parser = ctx.groups ? screenedChrono() : chrono.casual;
  for (const { start: base, end } of chronoChunks(ctx)) {
    try {
      for (const r of parser.parse(text.slice(base, end), { instant: ref, timezone: 0 })) results.push({ base, r });
    } catch {
      // A stretch chrono cannot parse keeps only the word parsers' dates.
    }
  }
  const pieces: Piece[] = [];
  for (const { base, r } of results) {
    const tags = [...(r.tags?.() ?? [])].join(' ');
    if (/relative|TimeUnit/i.test(tags) || (/Casual/i.test(tags) && !/noon|midnight/i.test(r.text))) continue;
    pieces.push(...splitRange(base + r.index, r));
  }
  let waiting: Candidate | null = null;
  let previous: Candidate | null = null;
  for (const piece of pieces) {
    const { k, ranged, dayFromNext, clockRange, dayFromPrev } = piece;
    let { start, text: pieceText } = piece;
    // `this week 8am`: the period is the period parser's; chrono keeps the clock time.
    const period = k.day === undefined ? LEADING_PERIOD.exec(pieceText) : null;
    if (period && period[0].length < pieceText.length) {
      start += period[0].length;
      pieceText = pieceText.slice(period[0].length);
    }
    const r = { text: pieceText };
    let end = start + pieceText.length;
    // `March 11-13, 40 percent`: a year chrono read into a two-digit number after a comma.
    const shortYear = k.year !== undefined ? /,\s*\d\d$/.exec(pieceText) : null;
    if (shortYear && !/\d{4}|['’]\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d/.test(pieceText)) {
      delete k.year;
      end -= shortYear[0].length;
    }
    // `January 12 of 2016`, `11/12,2016`, `March 11, '16`: a year chrono left out.
    const yearAfter = k.year === undefined && k.day !== undefined ? /^\s*,?\s*(?:of\s+)?((?:1[0-9]|20)\d\d|['’]\d\d)(?![\p{L}\p{N}])/u.exec(ahead(text, end)) : null;
    if (yearAfter) {
      const y = yearAfter[1]!;
      k.year = /^\d/.test(y) ? Number(y) : Number(y.slice(1)) + (Number(y.slice(1)) < 50 ? 2000 : 1900);
      end += yearAfter[0].length;
    }
    // `Feb. 28-March 2`: chrono reads `28-March`; the range is the period parser's.
    if (/^\d{1,2}[-–]\p{L}/u.test(pieceText) && MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // `6,107.31 August 2019`: the day is the tail of another number.
    if (/[.,]/.test(text[start - 1] ?? '') && /\d/.test(text[start - 2] ?? '')) continue;
    const hasDay = k.day !== undefined && k.month !== undefined;
    // `10` in `10-11 a.m.`: a bare hour is a clock time as one end of a range of times.
    const clock = k.hour !== undefined && (CLOCK.test(r.text) || (clockRange === true && /^\d{1,2}(?::\d\d)?$/.test(r.text.trim())));
    if (!hasDay && !clock) continue;
    if (!ranged && !numericOk(r.text.replace(/^\s*(?:on|at|in|from|by|since|until)\s+/i, ''), k)) continue;
    if (/[$€£¥]/.test(text[start - 1] ?? '') || /^[%\d]/.test(text.slice(end, end + 1))) continue;
    // A chrono day number that is only an ordinal word (`the second`) is not enough.
    if (hasDay && !ranged && !/\d/.test(r.text) && !/\p{L}{3,}/u.test(r.text.replace(/\b(?:the|of|on)\b/gi, ''))) continue;
    const tense = ctx.tense(start, end);
    let day: Ymd | null = null;
    let rule: string;
    if (hasDay) {
      if (k.year !== undefined) {
        if (!isValidDate(k.year, k.month!, k.day!)) continue;
        day = { y: k.year, m: k.month!, d: k.day! };
        rule = 'date.calendar-full';
      } else {
        rule = 'date.calendar-month-day';
        if (dct) {
          day = anchorMonthDay(dct, k.month!, k.day!, tense);
          // A stated weekday picks the year whose date falls on it (`Thursday, September 5`).
          if (k.weekday !== undefined && day && isoWeekday(day) !== (k.weekday === 0 ? 7 : k.weekday)) {
            for (const y of [dct.y, dct.y - 1, dct.y + 1]) {
              const c = { y, m: k.month!, d: k.day! };
              if (isValidDate(y, c.m, c.d) && isoWeekday(c) === (k.weekday === 0 ? 7 : k.weekday)) {
                day = c;
                break;
              }
            }
          }
        }
      }
    } else {
      rule = 'time.clock';
      if (dct) {
        const wdWord = r.text.toLowerCase().match(/\p{L}+/gu)?.find((w) => WEEKDAY_WORDS.has(w));
        day = k.weekday !== undefined && wdWord ? anchorWeekday(dct, k.weekday === 0 ? 7 : k.weekday, tense) : dct;
      }
    }
    if (clock) {
      // `midnight Friday` closes the day: TIMEX3 writes it T24:00.
      const midnight = /midnight/i.test(r.text) && k.hour === 0;
      const value = day ? (midnight ? `${fmtDay(day)}T24:00` : fmtTime(day, k.hour!, k.minute ?? 0)) : null;
      const c: Candidate = { start, end, type: 'TIME', value, mod: null, rule: 'time.clock', prio: 6 };
      if (waiting && waiting.value && value && start - waiting.end < 12) waiting.value = value.slice(0, 10) + waiting.value.slice(10);
      if (dayFromPrev && previous?.value && c.value && !waiting && start - previous.end < 12) c.value = previous.value.slice(0, 10) + c.value.slice(10);
      waiting = dayFromNext ? c : null;
      previous = c;
      out.push(c);
    } else {
      const c: Candidate = { start, end, type: 'DATE', value: day ? fmtDay(day) : null, mod: null, rule, prio: 6 };
      if (hasDay && k.year === undefined) c.yearless = { m: k.month!, d: k.day! };
      out.push(c);
    }
  }
  return out;
}

/**
 * dates-durations: durations (`two and a half years` -> P2Y6M, `less than 24 hours` -> PT24H
 * LESS_THAN), `N units ago` / `from now` dates, and SETs (`every year`, `weekly`, `on Mondays`).
 *
 * `more than two and a half years ago` is a DATE: TIMEX3 gives a past point in time the value of
 * the point, at the granularity of its unit (`four years ago` -> `2020` in 2024), and the qualifier
 * becomes the mod (`MORE_THAN`). The count itself is not a separate DURATION mention.
 */
import type { TimexMod } from '../types.js';
import {
  DAY_PARTS,
  DAY_WORDS,
  MOD_QUALIFIERS,
  MODAL_VERBS,
  NUMBER_TENS,
  NUMBER_WORDS,
  RATE_HEADS,
  SET_ADVERBS,
  SET_FREQUENCIES,
  SET_QUANTIFIERS,
  SEASONS,
  SPAN_DETERMINERS,
  SPAN_PREPOSITIONS,
  UNIT_ABBREVIATIONS,
  UNIT_PLURALS,
  UNITS,
  VAGUE_COUNTS,
  WEEKDAYS,
  WEEKDAYS_PLURAL,
  WHOLE_DETERMINERS,
} from '../vocab/dates.js';
import type { Candidate, Ctx, Granularity } from './dates-core.js';
import { TRIGGER, ahead, alt, behindApart, scan, norm, numberWordsValue, sentenceInitial, wordBefore } from './dates-core.js';
import type { Ymd } from './dates-calendar.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday } from './dates-calendar.js';

const UNIT_WORDS = Object.keys(UNITS);
const UNIT_FORMS = [...UNIT_WORDS, ...Object.keys(UNIT_PLURALS)];
const NUM_UNITS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 9);
const NUM_WORD = `(?:(?:${alt(NUMBER_TENS)})(?:[-\\s](?:${alt(NUM_UNITS)}))?|${alt(Object.keys(NUMBER_WORDS))})`;
const NUM = `(?:\\d+(?:\\.\\d+)?|half(?:\\s+an?)?|a\\s+dozen|an?|${alt(Object.keys(VAGUE_COUNTS))}|${NUM_WORD})`;
const QUAL = alt(Object.keys(MOD_QUALIFIERS));
const DET = `(?:the\\s+)?(?:${alt(SPAN_DETERMINERS)})|the\\s+(?:first|final)|another|${alt(WHOLE_DETERMINERS)}`;
const WHOLE = new Set(WHOLE_DETERMINERS);
const MODAL_SET = new Set(MODAL_VERBS);
const UNIT = `${alt(UNIT_FORMS)}|${alt(Object.keys(UNIT_ABBREVIATIONS))}`;
const REL = `ago|from\\s+now|hence|before|earlier|later|after`;

/**
 * [1] qualifier, [2] determiner, [3] count, [4] `and a half`, [5] unit, [6] relation word.
 * The count may touch the unit only after digits (`3h`); abbreviations need digits (checked in code).
 */
const DURATION_RE = behindApart(
  `(?<![\\p{L}\\p{N}$€£¥.,])(?:(${QUAL})\\s+)?(?:(${DET})(?:\\s+|-))?(?:(${NUM})(\\s+and\\s+(?:a\\s+)?half)?(?:\\s*-\\s*|\\s+|(?<=\\d)))?(${UNIT})(e?s)?(?![\\p{L}\\p{N}])(\\s+and\\s+(?:a\\s+)?half(?![\\p{L}]))?(?:\\s+(${REL})(?![\\p{L}]))?`,
  'giu',
);

const RATE_RE = new RegExp(`(?:\\d\\s*%?|%|(?<![\\p{L}])(?:${alt(RATE_HEADS)}))\\s*$`, 'iu');

/** `a year` right after an amount (`$5 billion a year`, `3% a year`, `24 hours a day`) is a rate. */
const isRate = (text: string, pos: number): boolean => RATE_RE.test(text.slice(Math.max(0, pos - 16), pos));

/** A count phrase -> number; null for a vague count (`several`); undefined when not a count. */
export function countValue(raw: string): number | null | undefined {
  const s = norm(raw).replace(/-/g, ' ');
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s === 'a' || s === 'an') return 1;
  if (s === 'half a' || s === 'half an' || s === 'half') return 0.5;
  if (s === 'a dozen') return 12;
  if (s in VAGUE_COUNTS) return VAGUE_COUNTS[s]!;
  return numberWordsValue(s);
}

const unitCode = (raw: string, digits: boolean): string | null => {
  const w = norm(raw);
  if ((digits || w === 'min' || w === 'mins') && w in UNIT_ABBREVIATIONS) return UNIT_ABBREVIATIONS[w]!;
  const sing = UNIT_PLURALS[w] ?? w.replace(/e?s$/, '');
  return UNITS[w] ?? UNITS[sing] ?? null;
};

const trimNum = (n: number): string => String(Math.round(n * 1000) / 1000);

/** TIMEX3 duration value for a count of units (null count -> `X`). */
export function durationValue(n: number | null, code: string): string {
  if (n === null) {
    const x: Record<string, string> = { TH: 'PTXH', TM: 'PTXM', TS: 'PTXS', FN: 'PXW', Q: 'PXQ' };
    return x[code] ?? `PX${code}`;
  }
  switch (code) {
    case 'DE':
      return durationValue(n * 10, 'Y');
    case 'CE':
      return durationValue(n * 100, 'Y');
    case 'Q':
      return durationValue(n * 3, 'M');
    case 'FN':
      return durationValue(n * 2, 'W');
    case 'Y': {
      const months = Math.round(n * 12);
      if (months % 12 === 0) return `P${months / 12}Y`;
      if (Number.isInteger(n * 12)) return months < 12 ? `P${months}M` : `P${Math.floor(months / 12)}Y${months % 12}M`;
      return `P${trimNum(n)}Y`;
    }
    case 'D': {
      if (Number.isInteger(n)) return `P${n}D`;
      const hours = n * 24;
      if (Number.isInteger(hours)) return n < 1 ? `PT${hours}H` : `P${Math.floor(n)}DT${hours - Math.floor(n) * 24}H`;
      return `P${trimNum(n)}D`;
    }
    case 'TH': {
      if (Number.isInteger(n)) return `PT${n}H`;
      const mins = n * 60;
      if (Number.isInteger(mins)) return n < 1 ? `PT${mins}M` : `PT${Math.floor(n)}H${mins - Math.floor(n) * 60}M`;
      return `PT${trimNum(n)}H`;
    }
    case 'TM': {
      if (Number.isInteger(n)) return `PT${n}M`;
      const secs = n * 60;
      if (Number.isInteger(secs)) return n < 1 ? `PT${secs}S` : `PT${Math.floor(n)}M${secs - Math.floor(n) * 60}S`;
      return `PT${trimNum(n)}M`;
    }
    case 'TS':
      return `PT${trimNum(n)}S`;
    default:
      return `P${trimNum(n)}${code}`;
  }
}

/** The date `n` units before (sign -1) or after (+1) `anchor`, at the unit's granularity. */
function shiftFrom(anchor: Ymd, n: number, code: string, sign: number): string {
  switch (code) {
    case 'Y':
    case 'DE':
    case 'CE': {
      const years = code === 'DE' ? n * 10 : code === 'CE' ? n * 100 : n;
      return fmtYear(addMonths(anchor, sign * Math.round(years * 12)).y);
    }
    case 'Q':
    case 'M': {
      const months = Math.round((code === 'Q' ? 3 : 1) * n);
      const t = addMonths(anchor, sign * months);
      return fmtMonth(t.y, t.m);
    }
    case 'W':
    case 'FN':
      return fmtWeek(addDays(anchor, sign * Math.round(n * (code === 'FN' ? 14 : 7))));
    case 'D':
      return fmtDay(addDays(anchor, sign * Math.round(n)));
    default:
      return fmtDay(anchor);
  }
}

/** The day `n` units after (sign +1) or before (-1) `anchor`: `a week from tomorrow` is a day. */
function shiftDay(anchor: Ymd, n: number, code: string, sign: number): string | null {
  switch (code) {
    case 'Y':
    case 'DE':
    case 'CE':
      return fmtDay(addMonths(anchor, sign * Math.round(12 * n * (code === 'DE' ? 10 : code === 'CE' ? 100 : 1))));
    case 'Q':
    case 'M':
      return fmtDay(addMonths(anchor, sign * Math.round(n * (code === 'Q' ? 3 : 1))));
    case 'W':
    case 'FN':
      return fmtDay(addDays(anchor, sign * Math.round(n * (code === 'FN' ? 14 : 7))));
    case 'D':
      return Number.isInteger(n) ? fmtDay(addDays(anchor, sign * n)) : null;
    default:
      return null;
  }
}

const DAY_WORD_AFTER_RE = new RegExp(`^\\s+(?:from|after)\\s+(${alt(Object.keys(DAY_WORDS))})(?![\\p{L}])`, 'iu');

const SPAN_PREPOSITION_SET = new Set(SPAN_PREPOSITIONS);
/** `two weeks' time`: the possessive and `time` after a plural unit. */
const IN_TIME_TAIL = /^['’] time(?![\p{L}])/u;
/** Units of `the next year` told from a story date, and how precise that date must be. */
const STORY_UNITS: Readonly<Record<string, Granularity>> = { Y: 'Y', M: 'M', W: 'D' };

/** Past text, or a period fronted before a comma (`The next month, a staffer resigned`). */
function storyTense(ctx: Ctx, start: number, end: number): boolean {
  const tense = ctx.tense(start, end);
  return tense === 'past' || (tense === null && sentenceInitial(ctx, start) && ctx.text[end] === ',');
}

/** Durations, `ago` dates and `from now` dates. */
export function parseDurations(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const text = ctx.text;
  for (const m of scan(ctx, DURATION_RE, TRIGGER.unit)) {
    const [whole, qual, det, num, half1, unitRaw, plural, half2, rel] = m;
    // `an hour and a half`: the trailing half goes with a count of one only.
    const half = half1 ?? (half2 && num !== undefined && countValue(num) === 1 ? half2 : undefined);
    if (half2 && !half) continue;
    let start = m.index;
    let end = start + whole.length;
    const digits = num !== undefined && /^\d/.test(num);
    const code = unitCode(unitRaw!, digits);
    if (!code) continue;
    const detN = det ? norm(det) : '';
    let n: number | null | undefined;
    if (num !== undefined) {
      if (WHOLE.has(detN)) continue;
      n = countValue(num);
      if (n === undefined) continue;
      if (n !== null && half) n += 0.5;
    } else if (det) {
      // `the past year` is one year; `the past weeks` an unknown number of them.
      n = plural || unitRaw!.toLowerCase() === 'centuries' ? null : 1;
    } else continue;
    const numN = num ? norm(num) : '';
    // `a last-minute deal`, `the next-day delivery`: compound adjectives, not periods.
    if (det && num === undefined && /^\S+-/.test(whole.slice(whole.indexOf(det))) && !WHOLE.has(detN)) continue;
    const unitN = norm(unitRaw!);
    // `a second Trump presidency`, `a quarter of`, `three-quarters`: not durations.
    if ((unitN === 'second' || unitN === 'quarter') && (numN === 'a' || numN === 'an' || numN === 'one' || numN === '')) continue;
    // `the twenty second`, `thirty first`: ordinals, not seconds.
    if (unitN === 'second' && num !== undefined && !digits && !/-\s*second$/i.test(whole.slice(0, whole.length - (rel?.length ?? 0)).trimEnd())) continue;
    if (code === 'Q' && /^\s*of\b/i.test(ahead(text, end))) continue;
    // `three-quarters said`, `a three-quarter stake`: a fraction, not three quarters of a year.
    if (code === 'Q' && num !== undefined && !digits && /-\s*quarters?$/i.test(whole.slice(0, whole.length - (rel?.length ?? 0)).trimEnd())) continue;
    // `may one day regret it`: the idiom for "someday".
    if (unitN === 'day' && numN === 'one' && !qual && !det && !rel && MODAL_SET.has(wordBefore(text, start))) continue;
    // Ages (`a 45-year-old`, `two years old`) are not temporal expressions.
    const after = text.slice(end, end + 6);
    if (/^-?\s?old\b/i.test(after) || /^\s+old\b/i.test(text.slice(end, end + 5))) continue;
    // `$5 billion a year`: a rate, left to the SET parser.
    if ((numN === 'a' || numN === 'an') && isRate(text, start)) continue;
    let mod: TimexMod | null = qual ? ((MOD_QUALIFIERS[norm(qual)] as TimexMod | undefined) ?? null) : null;
    if (qual && det) {
      // `over the past decade`: the qualifier is a preposition here.
      start += whole.indexOf(det);
      mod = null;
    }
    const relN = rel ? norm(rel) : '';
    if (relN === 'ago' || relN === 'from now' || relN === 'hence') {
      if (det) continue;
      const sign = relN === 'ago' ? -1 : 1;
      const value = n === null ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : ctx.dct ? shiftFrom(ctx.dct, n, code, sign) : null;
      out.push({ start, end, type: 'DATE', value, mod, rule: relN === 'ago' ? 'date.units-ago' : 'date.units-from-now', prio: 3 });
      continue;
    }
    if (rel) end = start + text.slice(start, m.index + whole.length - rel.length).trimEnd().length;
    // `two days from tomorrow`, `a week after today`: a day counted from a day named relative to the article.
    const fromDay = n !== null && !det && (!rel || relN === 'after') ? DAY_WORD_AFTER_RE.exec(ahead(text, end, 40)) : null;
    if (fromDay) {
      const base = ctx.dct ? addDays(ctx.dct, DAY_WORDS[norm(fromDay[1]!)]!) : null;
      const value = base ? shiftDay(base, n!, code, 1) : null;
      if (!base || value) {
        out.push({ start, end: end + fromDay[0].length, type: 'DATE', value, mod, rule: 'date.units-from-day', prio: 3 });
        continue;
      }
    }
    // `will resume in two weeks`: with a future verb, `in` + a count is the date that far ahead.
    // An unknown count (`in a few days`) is only ahead: `FUTURE_REF`.
    // `in two weeks' time` says so itself, whatever the verb (unless the text is past).
    const timeTail = plural ? IN_TIME_TAIL.exec(ahead(text, end, 8)) : null;
    const inTime = timeTail !== null && ctx.tense(start, end) !== 'past';
    if (!rel && !det && !qual && /^in$/i.test(wordBefore(text, start)) && (inTime || ctx.tense(start, end) === 'future')) {
      const value = n === null ? 'FUTURE_REF' : ctx.dct ? shiftFrom(ctx.dct, n, code, 1) : null;
      out.push({ start, end: inTime ? end + timeTail![0].length : end, type: 'DATE', value, mod: null, rule: inTime ? 'date.in-units-time' : 'date.in-units', prio: 3 });
      continue;
    }
    // `two days later`, `a year earlier`: counted from the story's last date (see dates.ts), at
    // the unit's granularity (`won in 2008, lost four years later` -> 2012); `later than planned`
    // compares instead.
    if ((relN === 'later' || relN === 'earlier') && n !== null && !det && !/^\s+than\b/i.test(ahead(text, m.index + whole.length, 8))) {
      const sign = relN === 'later' ? 1 : -1;
      const count = n;
      const need: Granularity = code === 'Y' || code === 'DE' || code === 'CE' ? 'Y' : code === 'M' || code === 'Q' ? 'M' : 'D';
      out.push({ start, end: m.index + whole.length, type: 'DATE', value: null, mod, rule: `date.units-${relN}`, prio: 3, relative: { need, from: (a) => shiftFrom(a, count, code, sign) } });
      continue;
    }
    if (num === undefined && /^the (?:first|final)$/.test(detN)) continue;
    // `challenged it in elections the next year`, `The next month, a staffer resigned`: in past
    // text or fronted, the period after the story's last date (see dates.ts); `over the next year`
    // stays a span.
    if (num === undefined && detN === 'the next' && !plural && STORY_UNITS[code] && !qual && !SPAN_PREPOSITION_SET.has(wordBefore(text, start)) && storyTense(ctx, start, end)) {
      const need = STORY_UNITS[code]!;
      out.push({ start, end, type: 'DATE', value: null, mod: null, rule: `date.story-next-${norm(unitRaw!)}`, prio: 3, relative: { need, from: (a) => shiftFrom(a, 1, code, 1) } });
      continue;
    }
    // `the last week of the race`, `the last year of his term`: a part of something, not a stretch
    // up to now.
    if (num === undefined && /(?:^|\s)last$/.test(detN) && /^\s+of(?![\p{L}])/iu.test(ahead(text, end, 8))) continue;
    // `the last day of the summit`, `the next day`: a day in a story, not a span of one day.
    if (num === undefined && code === 'D' && !plural && /(?:^|\s)(?:last|next|previous|following|coming)$/.test(detN)) continue;
    out.push({ start, end, type: 'DURATION', value: durationValue(n, code), mod, rule: det ? 'duration.period' : 'duration.count-unit', prio: 2 });
  }
  return out;
}

/** `two Sundays from now`, `three Mondays ago`, `two Fridays later`: the n-th such weekday. */
const WEEKDAY_COUNT_RE = behindApart(
  `(?<![\\p{L}\\p{N}])(${NUM_WORD}|\\d{1,2})\\s+(${alt(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))})s?\\s+(from\\s+now|hence|later|ago|earlier)(?![\\p{L}])`,
  'giu',
);

/** The n-th weekday `wd` strictly after (sign +1) or before (-1) `anchor`. */
function nthWeekdayFrom(anchor: Ymd, wd: number, n: number, sign: number): string {
  const cur = isoWeekday(anchor);
  const first = sign > 0 ? (wd - cur + 7) % 7 || 7 : -((cur - wd + 7) % 7 || 7);
  return fmtDay(addDays(anchor, first + sign * 7 * (n - 1)));
}

export function parseWeekdayCounts(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scan(ctx, WEEKDAY_COUNT_RE, TRIGGER.weekday)) {
    const n = countValue(m[1]!);
    if (!n || !Number.isInteger(n)) continue;
    const wd = WEEKDAYS[norm(m[2]!)]!;
    const rel = norm(m[3]!);
    const sign = rel === 'ago' || rel === 'earlier' ? -1 : 1;
    const start = m.index;
    const end = start + m[0].length;
    if (rel === 'later' || rel === 'earlier') {
      out.push({ start, end, type: 'DATE', value: null, mod: null, rule: 'date.weekdays-later', prio: 3, relative: { need: 'D', from: (a) => nthWeekdayFrom(a, wd, n, sign) } });
    } else {
      out.push({ start, end, type: 'DATE', value: ctx.dct ? nthWeekdayFrom(ctx.dct, wd, n, sign) : null, mod: null, rule: 'date.weekdays-from-now', prio: 3 });
    }
  }
  return out;
}

const SET_ADVERB_RE = behindApart(`(?<![\\p{L}-])(${alt(Object.keys(SET_ADVERBS))})(?![\\p{L}-])`, 'giu');
const WEEKDAY_PLURAL_RE = behindApart(`(?<![\\p{L}])(${alt(Object.keys(WEEKDAYS_PLURAL))})(?![\\p{L}])`, 'giu');
/** A clock time after a SET (`every night at 9`, `every Monday at 4 p.m.`): tail, hour, minutes, am/pm. */
const CLOCK_AFTER = `(\\s+(?:at\\s+)?(\\d{1,2})(?::(\\d\\d))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![\\p{L}\\p{N}]))?`;
const EVERY_RE = behindApart(
  `(?<![\\p{L}])(${alt(SET_QUANTIFIERS)})\\s+(?:(${NUM_WORD}|\\d+)\\s+)?(${alt([...UNIT_FORMS, ...Object.keys(WEEKDAYS), ...Object.keys(DAY_PARTS), ...Object.keys(SEASONS)])})(?:e?s)?(?![\\p{L}])${CLOCK_AFTER}`,
  'giu',
);
/** `Sunday mornings`, `on nights at 9`: plural parts of the day. */
const PLURAL_PART_RE = behindApart(
  `(?<![\\p{L}])(?:(${alt(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))})\\s+)?(${alt(Object.keys(DAY_PARTS).map((p) => p + 's'))})(?![\\p{L}])${CLOCK_AFTER}`,
  'giu',
);

/** `T09:00` from a clock after a SET; a bare hour after `afternoon`/`evening`/`night` is p.m. */
function clockCode(hour: string | undefined, min: string | undefined, ampm: string | undefined, part: string | null): string | null {
  if (hour === undefined) return null;
  let h = Number(hour);
  if (h > 24) return null;
  const pm = ampm ? /^p/i.test(ampm) : part !== null && part !== 'MO' && h < 12;
  if (ampm && /^a/i.test(ampm) && h === 12) h = 0;
  else if (pm && h < 12) h += 12;
  if (!ampm && part === null) return null;
  if (h > 23) return null;
  return `T${String(h).padStart(2, '0')}:${min ?? '00'}`;
}
const FREQ_RE = behindApart(
  `(?<![\\p{L}])(?:(${alt(SET_FREQUENCIES)})\\s+(?:an?|per|every|each)|per|an?)\\s+(${alt(UNIT_WORDS)})(?![\\p{L}])`,
  'giu',
);

/** SETs: frequency adverbs, `every (N) unit`, `once a year`, plural weekdays. */
export function parseSets(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const text = ctx.text;
  const push = (start: number, end: number, value: string, rule: string): void => {
    out.push({ start, end, type: 'SET', value, mod: null, rule, prio: 4 });
  };
  for (const m of scan(ctx, SET_ADVERB_RE, TRIGGER['set adverb'])) {
    // `the Daily Mail`, `Weekly Standard`: names, not frequencies.
    if (/^\p{Lu}/u.test(m[0]) && !sentenceInitial(ctx, m.index)) continue;
    push(m.index, m.index + m[0].length, SET_ADVERBS[norm(m[0])]!, 'set.adverb');
  }
  for (const m of scan(ctx, EVERY_RE, TRIGGER.unit | TRIGGER.weekday | TRIGGER['day part'] | TRIGGER.season)) {
    const q = norm(m[1]!);
    const w = norm(m[3]!);
    const partCode = DAY_PARTS[w] ?? DAY_PARTS[w.replace(/s$/, '')] ?? null;
    const clock = clockCode(m[5], m[6], m[7], partCode);
    const bare = m.index + m[0].length - (m[4]?.length ?? 0);
    const end = clock ? m.index + m[0].length : bare;
    if (w in WEEKDAYS) {
      push(m.index, end, `XXXX-WXX-${WEEKDAYS[w]}${clock ?? ''}`, 'set.every-weekday');
      continue;
    }
    if (w in SEASONS) {
      push(m.index, bare, `XXXX-${SEASONS[w]}`, 'set.every-season');
      continue;
    }
    if (partCode) {
      push(m.index, end, clock ?? `T${partCode}`, 'set.every-day-part');
      continue;
    }
    if ((w === 'day' || w === 'days') && clock && !m[2]) {
      push(m.index, end, clock, 'set.every-day-clock');
      continue;
    }
    const code = unitCode(m[3]!, false);
    if (!code) continue;
    let n = m[2] ? countValue(m[2]) : 1;
    if (n === undefined || n === null) continue;
    if (q === 'every other') n *= 2;
    push(m.index, bare, durationValue(n, code), 'set.every-unit');
  }
  for (const m of scan(ctx, PLURAL_PART_RE, TRIGGER['day part'])) {
    const part = DAY_PARTS[norm(m[2]!).replace(/s$/, '')]!;
    const clock = clockCode(m[4], m[5], m[6], part);
    const end = clock ? m.index + m[0].length : m.index + m[0].length - (m[3]?.length ?? 0);
    const wd = m[1] ? WEEKDAYS[norm(m[1])] : undefined;
    // A bare plural (`late nights`) is a SET only after `on` (`on mornings`) or with a clock.
    if (!wd && !clock && !/\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const value = (wd ? `XXXX-WXX-${wd}` : '') + (clock ?? `T${part}`);
    push(m.index, end, value, 'set.day-part-plural');
  }
  for (const m of scan(ctx, FREQ_RE, TRIGGER.unit)) {
    const code = unitCode(m[2]!, false);
    if (!code) continue;
    const head = norm(m[0]).split(' ')[0]!;
    // `a year` is a rate only after an amount (`$5 billion a year`, `3% a year`), not `a year earlier`.
    if ((head === 'a' || head === 'an') && !isRate(text, m.index)) continue;
    if (/^\s+(?:earlier|later|ago|before|after|on|from)\b/i.test(ahead(text, m.index + m[0].length, 12))) continue;
    push(m.index, m.index + m[0].length, durationValue(1, code), 'set.frequency');
  }
  for (const m of scan(ctx, WEEKDAY_PLURAL_RE, TRIGGER.weekday)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    push(m.index, m.index + m[0].length, `XXXX-WXX-${WEEKDAYS_PLURAL[norm(m[0])]}`, 'set.weekday-plural');
  }
  return out;
}

/**
 * `dates-recognizers`: the dates annotator against Microsoft Recognizers-Text English DateTime
 * specs (read from ../shared/dev/dates at run time): DateExtractor, DateParser, DatePeriodParser,
 * DurationParser and SetParser. Cases marked NotSupported / NotSupportedByDesign for `javascript`
 * are skipped. Each input is scored as the body of an article dated `Context.ReferenceDateTime`
 * (2016-11-07, the suites' usual reference, when a case has none).
 *
 * Conventions bridged, not counted as errors:
 * - spans: ANNOTATION.md leaves leading prepositions out (`on Friday` -> `Friday`), the specs keep
 *   them, so gold spans lose a leading preposition before comparison;
 * - values: the specs leave unanchored parts as `X` (`XXXX-10-02`) and give past and future
 *   resolutions; a value matches the timex with `X` as a wildcard or either resolution. Ranges that
 *   are exactly a month, quarter, half or year compare with their TIMEX3 name (`2016-Q3`);
 *   durations compare by amount (`PT2.5H` = `PT2H30M`); `T15` = `T15:00`; `N units ago` and
 *   `N units from now` keep the unit's granularity (`two years ago` -> `2014`, as the dates issue
 *   asks) where the specs give the day, so a value that contains the gold day matches. A gold mod
 *   (`less`, `more`, `start`, `end`) must be matched; a predicted mod without gold one is ignored;
 * - ranges: a range of days written with a connective (`from 4 to 22 this month`, `November 19-20`)
 *   is one span and one `(start,end,duration)` value in the specs, two DATE mentions in TIMEX3 (and
 *   in the fixtures' gold): the gold range is split at its connective into its two ends, each
 *   scored on its own with the range's start or end as value; a range with no connective that is a
 *   count of units back or ahead (`next 3 days` -> `(2016-11-08,2016-11-11,P3D)`) is a DURATION in
 *   TIMEX3 and matches a predicted duration of the same amount (`P3D`).
 *
 * Figures per file: the share of cases whose predicted spans are exactly the gold ones (`span
 * pass`), and of cases with gold whose every gold item overlaps a prediction with a matching value
 * (`value pass`). Pooled over all files: strict span P/R/F1, relaxed (overlap) span F1, value F1.
 */
import { readFileSync } from 'node:fs';
import { annotateDates } from '../../src/annotate/dates.js';
import { toDoc } from '../../src/extract.js';
import type { DateMention } from '../../src/types.js';
import { LEADING_PREPOSITIONS, RANGE_CONNECTIVES } from '../../src/vocab/dates.js';
import { devPath, missing } from '../paths.js';
import { accuracy, addCounts, matchCounts, matchRanges, prf, prfMetrics, zero, type Counts, type Range } from '../score.js';
import type { EvalSet, Metric } from '../types.js';

export const RECOGNIZERS_FILES = ['DateExtractor', 'DateParser', 'DatePeriodParser', 'DurationParser', 'SetParser'] as const;
const DEFAULT_REF = '2016-11-07';

interface SpecValue {
  Timex?: string;
  Mod?: string;
  FutureResolution?: Record<string, string>;
  PastResolution?: Record<string, string>;
}

interface SpecResult {
  Text: string;
  Type?: string;
  Start: number;
  Length?: number;
  End?: number;
  Value?: SpecValue;
}

interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results?: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

export interface Pred extends Range {
  value: string | null;
  mod: string | null;
}

export interface Gold extends Range {
  result: SpecResult;
}

const skipped = (c: SpecCase): boolean =>
  [c.NotSupported, c.NotSupportedByDesign].some((v) => typeof v === 'string' && /javascript/i.test(v));

export function loadSpec(name: string): SpecCase[] {
  const raw = readFileSync(devPath('dates', `${name}.json`), 'utf8').replace(/^\uFEFF/, '');
  return (JSON.parse(raw) as SpecCase[]).filter((c) => !skipped(c));
}

const LEADING = new RegExp(`^(?:(?:${LEADING_PREPOSITIONS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+)+`, 'i');

const RANGE_TIMEX = /^\((\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d),(\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d),P/;
const RANGE_WORD = new RegExp(`\\s+(?:${RANGE_CONNECTIVES.join('|')})\\s+`, 'i');
const RANGE_DASH = /\s*[-–]\s*/;

/**
 * A range of days the spec tags as one span (`from 4 to 22 this month` ->
 * `(2016-11-04,2016-11-22,P18D)`) is two mentions in TIMEX3, as in the fixtures' gold (each end a
 * date of its own): split at its connective into its two ends, valued with the range's start and
 * end. A range with no connective (`next 3 days`, `rest of the week`) stays one item.
 */
function splitRange(input: string, g: Gold): Gold[] {
  const m = RANGE_TIMEX.exec(g.result.Value?.Timex ?? '');
  if (!m) return [g];
  const text = input.slice(g.start, g.end);
  const c = RANGE_WORD.exec(text) ?? RANGE_DASH.exec(text);
  if (!c || c.index === 0 || c.index + c[0].length >= text.length) return [g];
  const leftEnd = g.start + c.index;
  const rightStart = g.start + c.index + c[0].length;
  const end = (timex: string, at: number, to: number): Gold => ({
    start: at,
    end: to,
    result: { Text: input.slice(at, to), Start: at, Length: to - at, Value: { Timex: timex } },
  });
  return [end(m[1]!, g.start, leftEnd), end(m[2]!, rightStart, g.end)];
}

export function goldSpans(c: SpecCase): Gold[] {
  return (c.Results ?? []).flatMap((r) => {
    let start = r.Start;
    const end = r.End !== undefined ? r.End + 1 : r.Start + (r.Length ?? r.Text.length);
    const head = LEADING.exec(c.Input.slice(start, end));
    if (head && head[0].length < end - start) start += head[0].length;
    return splitRange(c.Input, { start, end, result: r });
  });
}

/** The annotator's mentions for one spec input, with offsets into the input. */
export function predict(input: string, ref: string): Pred[] {
  const header = `date ${ref}\n\n`;
  const doc = toDoc('spec.txt', header + input);
  return annotateDates(doc).map((d: DateMention) => ({ start: d.start - header.length, end: d.end - header.length, value: d.value, mod: d.mod }));
}

// ---------------------------------------------------------------------------------------------
// Value equivalence

/** A duration as [months, seconds]; null when not a plain duration. */
function durationAmount(v: string): [number, number] | null {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(v);
  if (!m || v === 'P' || v === 'PT') return null;
  const n = (i: number): number => (m[i] ? Number(m[i]) : 0);
  return [n(1) * 12 + n(2), ((n(3) * 7 + n(4)) * 24 + n(5)) * 3600 + n(6) * 60 + n(7)];
}

const stripMinutes = (v: string): string => v.replace(/T(\d\d):00$/, 'T$1');

function rangeName(start: string, end: string): string[] {
  const s = /^(\d{4})-(\d\d)-(\d\d)$/.exec(start);
  const e = /^(\d{4})-(\d\d)-(\d\d)$/.exec(end);
  if (!s || !e || s[3] !== '01' || e[3] !== '01') return [];
  const months = (Number(e[1]) - Number(s[1])) * 12 + Number(e[2]) - Number(s[2]);
  const m0 = Number(s[2]);
  const out: string[] = [];
  if (months === 1) out.push(`${s[1]}-${s[2]}`);
  if (months === 3 && (m0 - 1) % 3 === 0) out.push(`${s[1]}-Q${(m0 - 1) / 3 + 1}`);
  if (months === 6 && (m0 - 1) % 6 === 0) out.push(`${s[1]}-H${(m0 - 1) / 6 + 1}`);
  if (months === 12 && m0 === 1) out.push(s[1]!);
  return out;
}

const MODS: Record<string, string> = { less: 'LESS_THAN', more: 'MORE_THAN', start: 'START', end: 'END', mid: 'MID', approx: 'APPROX' };

export function valueMatches(pred: Pred, gold: SpecResult): boolean {
  const v = gold.Value;
  if (!v || pred.value === null) return false;
  if (v.Mod && MODS[v.Mod] && MODS[v.Mod] !== pred.mod) return false;
  const p = stripMinutes(pred.value);
  const timex = stripMinutes(v.Timex ?? '');
  if (p === timex) return true;
  const pd = durationAmount(p);
  const gd = durationAmount(timex);
  if (pd && gd) return pd[0] === gd[0] && pd[1] === gd[1];
  if (/X/.test(timex)) {
    const re = new RegExp(`^(?:\\d{4}-)?${timex.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/X/g, '\\d')}$`);
    if (re.test(p)) return true;
  }
  if (/^[A-Z]{2}$/.test(timex) && new RegExp(`^\\d{4}-${timex}$`).test(p)) return true;
  for (const res of [v.PastResolution, v.FutureResolution]) {
    if (!res) continue;
    if (res.date && res.date === p) return true;
    if (res.startDate && res.endDate && rangeName(res.startDate, res.endDate).includes(p)) return true;
  }
  const range = /^\((\d{4}-\d\d-\d\d),(\d{4}-\d\d-\d\d),/.exec(timex);
  if (range && rangeName(range[1]!, range[2]!).includes(p)) return true;
  // `the next 3 days`, `the past 3 weeks`: TIMEX3 makes them a DURATION (`P3D`), the specs the
  // stretch of days it covers; the amount must be the range's own.
  const span = /^\([^,]+,[^,]+,(P[^)]+)\)$/.exec(timex);
  const rd = span ? durationAmount(span[1]!) : null;
  if (rd && pd && pd[0] === rd[0] && pd[1] === rd[1]) return true;
  // `two years ago`: TIMEX3 keeps the unit's granularity (`2014`), the specs give the day.
  if (/\b(?:ago|from now)$/i.test(gold.Text) && /^\d{4}-\d\d-\d\d$/.test(timex)) {
    if (/^\d{4}(?:-\d\d)?$/.test(p) && timex.startsWith(p)) return true;
    if (/^\d{4}-W\d\d$/.test(p) && isoWeekOf(timex) === p) return true;
  }
  return false;
}

function isoWeekOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const wd = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - wd);
  const jan1 = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.floor((t.getTime() - jan1) / 86400000 / 7) + 1;
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------

export interface FileScore {
  file: string;
  cases: number;
  spanPass: number;
  valueCases: number;
  valuePass: number;
  strict: Counts;
  relaxed: Counts;
  value: Counts;
}

export function scoreFile(file: string, predictor: (input: string, ref: string) => Pred[] = predict): FileScore {
  const cases = loadSpec(file);
  const hasValues = file !== 'DateExtractor';
  const score: FileScore = { file, cases: cases.length, spanPass: 0, valueCases: 0, valuePass: 0, strict: zero(), relaxed: zero(), value: zero() };
  for (const c of cases) {
    const ref = c.Context?.ReferenceDateTime?.slice(0, 10) ?? DEFAULT_REF;
    const gold = goldSpans(c);
    const pred = predictor(c.Input, ref);
    const exact = matchCounts(gold, pred, 1);
    score.strict = addCounts(score.strict, exact);
    score.relaxed = addCounts(score.relaxed, matchCounts(gold, pred, Number.MIN_VALUE));
    if (exact.fp === 0 && exact.fn === 0) score.spanPass++;
    if (!hasValues || gold.length === 0) continue;
    score.valueCases++;
    const pairs = matchRanges(gold, pred, Number.MIN_VALUE);
    let right = 0;
    for (const [gi, pi] of pairs) if (valueMatches(pred[pi]!, gold[gi]!.result)) right++;
    score.value = addCounts(score.value, { tp: right, fp: pred.length - right, fn: gold.length - right });
    if (right === gold.length) score.valuePass++;
  }
  return score;
}

export function metricsOf(scores: FileScore[]): Metric[] {
  const out: Metric[] = [];
  for (const s of scores) {
    out.push(accuracy(`${s.file} span pass`, s.spanPass, s.cases));
    if (s.file !== 'DateExtractor') out.push(accuracy(`${s.file} value pass`, s.valuePass, s.valueCases));
  }
  const strict = scores.reduce((a, s) => addCounts(a, s.strict), zero());
  const relaxed = scores.reduce((a, s) => addCounts(a, s.relaxed), zero());
  const value = scores.filter((s) => s.file !== 'DateExtractor').reduce((a, s) => addCounts(a, s.value), zero());
  out.push(...prfMetrics('strict span', strict));
  out.push({ metric: 'relaxed span F1', value: prf(relaxed).f1, n: relaxed.tp + relaxed.fn });
  out.push({ metric: 'value F1', value: prf(value).f1, n: value.tp + value.fn });
  return out;
}

export const sets: EvalSet[] = [
  {
    name: 'dates-recognizers',
    describe: 'dates vs Recognizers-Text English DateTime specs (span and TIMEX3 value pass rates per file, span/value F1)',
    unavailable: () => RECOGNIZERS_FILES.map((f) => missing(devPath('dates', `${f}.json`))).find((m) => m !== null) ?? null,
    run: async () => metricsOf(RECOGNIZERS_FILES.map((f) => scoreFile(f))),
  },
];

/**
 * Number sets: how well the qualifier and money rules of `src/annotate/numbers.ts` read numbers.
 *
 * - `numbers-range`: Recognizers-Text `NumberRangeModel.json`. Each expected range (`more than 60`
 *   -> `(60,)`) is compared with the bounds of the quantity found over its span, in interval
 *   notation. Reported on every case and on the cases whose shape the rules claim (a qualifier or
 *   range word from the tables). The spec reads `between 20 and 30`, `20-30`, `20 to 30` as
 *   half-open `[20,30)`; news means both ends, so the rules read `[20,30]`: a third figure counts
 *   those as right.
 * - `numbers-money`: Duckling English amount-of-money examples: amount (or the bound for `under` /
 *   `above` / `between`) and ISO currency. Inputs still written as Haskell escapes are decoded
 *   (`fromHaskell`). Five examples give an amount in `Cent`, which no ISO 4217 code names: their
 *   currency can never be right under the contract, and the set says so rather than guess a code.
 */
import { readFileSync } from 'node:fs';
import { findQuantities, hasQualifierShape, intervalOf, type Quantity } from '../../src/annotate/numbers.js';
import { devPath, missing } from '../paths.js';
import { accuracy } from '../score.js';
import type { EvalSet, Metric } from '../types.js';

interface RangeResult {
  Text: string;
  Start: number;
  End: number;
  Resolution: { value: string };
}
interface RangeCase {
  Input: string;
  Results: RangeResult[];
}

const RANGE_FILE = devPath('numbers', 'NumberRangeModel.json');
const MONEY_FILE = devPath('numbers', 'amount_of_money_en_examples.jsonl');

/** The quantity overlapping [start, end) the most. */
function best(qs: readonly Quantity[], start: number, end: number): Quantity | null {
  let found: Quantity | null = null;
  let most = 0;
  for (const q of qs) {
    const o = Math.min(q.end, end) - Math.max(q.start, start);
    if (o > most) {
      most = o;
      found = q;
    }
  }
  return found;
}

/** `[20,30)` in the spec and `[20,30]` from the rules: the same range under the closed reading. */
function sameClosed(gold: string, ours: string): boolean {
  return gold.startsWith('[') && gold.endsWith(')') && !gold.endsWith(',)') && gold.slice(0, -1) + ']' === ours;
}

export function scoreRanges(cases: readonly RangeCase[]): Metric[] {
  let total = 0;
  let right = 0;
  let rightClosed = 0;
  let found = 0;
  let shaped = 0;
  let shapedRight = 0;
  for (const c of cases) {
    const qs = findQuantities(c.Input);
    for (const r of c.Results) {
      total++;
      const q = best(qs, r.Start, r.End + 1);
      const ours = q ? intervalOf(q) : null;
      const ok = ours === r.Resolution.value;
      if (q) found++;
      if (ok) right++;
      if (ok || (ours !== null && sameClosed(r.Resolution.value, ours))) rightClosed++;
      if (hasQualifierShape(r.Text)) {
        shaped++;
        if (ok) shapedRight++;
      }
    }
  }
  return [
    accuracy('bounds exact (all)', right, total),
    accuracy('bounds exact (supported shapes)', shapedRight, shaped),
    accuracy('bounds, closed ranges (all)', rightClosed, total),
    accuracy('number found', found, total),
  ];
}

interface MoneyCase {
  input: string;
  kind: 'simple' | 'between' | 'under' | 'above';
  currency: string;
  value: number | [number, number];
}

/** Duckling's currency names -> the ISO codes that satisfy them (null: no currency). */
const DUCKLING_CURRENCY: Readonly<Record<string, readonly (string | null)[]>> = {
  Unnamed: [null],
  Dollar: ['USD'],
  Pound: ['GBP'],
  Cent: [],
  Dinar: ['IQD', 'KWD', 'JOD', 'BHD', 'LYD', 'TND', 'DZD', 'RSD'],
  Riyal: ['SAR', 'QAR', 'OMR', 'YER'],
  Rial: ['IRR', 'OMR', 'YER'],
};

/**
 * The examples come from Duckling's Haskell corpus, and a few inputs still hold its string escapes:
 * `20\x20ac` is `20€`, `\x00a3\&10` is `£10` (`\xHHHH` a code point, `\&` an empty separator).
 * Scoring the escape text would test a string no reader ever sees, so the inputs are decoded first.
 */
export function fromHaskell(input: string): string {
  return input.replace(/\\x([0-9a-fA-F]+)|\\&/g, (_m, hex: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ''));
}

const close = (a: number | null | undefined, b: number) => a !== null && a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function scoreMoney(cases: readonly MoneyCase[]): Metric[] {
  let amount = 0;
  let currency = 0;
  let both = 0;
  for (const c of cases) {
    const qs = findQuantities(c.input);
    const q = qs.reduce<Quantity | null>((a, b) => (a === null || b.end - b.start > a.end - a.start ? b : a), null);
    let okAmount = false;
    if (q) {
      if (c.kind === 'simple') okAmount = close(q.value, c.value as number);
      else if (c.kind === 'between') {
        const [lo, hi] = c.value as [number, number];
        okAmount = close(q.lower?.value, lo) && close(q.upper?.value, hi);
      } else if (c.kind === 'under') okAmount = q.lower === null && close(q.upper?.value, c.value as number);
      else okAmount = q.upper === null && close(q.lower?.value, c.value as number);
    }
    const accepted = DUCKLING_CURRENCY[c.currency] ?? [c.currency];
    const okCurrency = accepted.includes(q?.currency ?? null);
    if (okAmount) amount++;
    if (okCurrency) currency++;
    if (okAmount && okCurrency) both++;
  }
  return [
    accuracy('amount acc', amount, cases.length),
    accuracy('currency acc', currency, cases.length),
    accuracy('amount+currency acc', both, cases.length),
  ];
}

export const sets: EvalSet[] = [
  {
    name: 'numbers-range',
    describe: 'Recognizers-Text NumberRangeModel: bounds read from qualifiers (`more than 60` -> (60,))',
    unavailable: () => missing(RANGE_FILE),
    async run() {
      const cases = JSON.parse(readFileSync(RANGE_FILE, 'utf8').replace(/^\uFEFF/, '')) as RangeCase[];
      return scoreRanges(cases);
    },
  },
  {
    name: 'numbers-money',
    describe: 'Duckling amount-of-money examples: amount (or bound) and ISO currency',
    unavailable: () => missing(MONEY_FILE),
    async run() {
      const cases = readFileSync(MONEY_FILE, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as MoneyCase)
        .map((c) => ({ ...c, input: fromHaskell(c.input) }));
      return scoreMoney(cases);
    },
  },
];

/**
 * Adversarial inputs by size, shared by the size tests and the bench (`npx tsx test/hostile/bench.ts`).
 * Every one runs in time linear in its size. The tests run an input at `testSize` when its full size
 * would take more than a few seconds on a small machine (CLAIMS_HOSTILE_FULL=1 runs the full sizes);
 * the bench times each at n and 2n and flags any that is not linear.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.js';

export interface Adversarial {
  name: string;
  /** Size in characters the issue asks for. */
  size: number;
  /** Size the test suite runs, when the full size is slow for a test (still linear). */
  testSize?: number;
  make(size: number): string;
}

const H = 'date 2024-09-05\n';
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The fixture articles' bodies as one line of real news prose. */
export function prose(): string {
  const dir = join(ROOT, 'fixtures/articles');
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF?\s*date[^\n]*\n/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

export const ADVERSARIAL: Adversarial[] = [
  { name: '100,000 unmatched opening quote marks', size: 100_000, make: (n) => H + '“'.repeat(n) },
  { name: '100,000 unmatched quote marks of every kind', size: 100_000, make: (n) => H + repeat('" “ ” ‘ ’ \' « » ‹ › „ ', n * 2) },
  { name: "100,000 said's", size: 500_000, make: (n) => H + repeat('said ', n) },
  { name: 'quotes nested 10,000 deep', size: 20_000, make: (n) => H + repeat('“‘', n / 2) + 'x' + repeat('’”', n / 2) },
  {
    name: '100,000 numbers and date words',
    size: 500_000,
    // Was quadratic (chrono's end-of-period refiner over a whole paragraph), now fed one sentence at a time, a long one in pieces.
    make: (n) => H + repeat('12 Monday 3.5 May 2024 1,000,000 $4bn 20 to 30 ', n),
  },
  {
    name: 'a 5 MB single line of news prose',
    size: 5 * 1024 * 1024,
    testSize: 1_000_000,
    // Was quadratic (chrono over a whole paragraph; each date's tense cue among all of its sentence's).
    make: (n) => H + repeat(prose() + ' ', n),
  },
  // Was quadratic (a look-behind over white space in dates-periods.ts WEEKEND_RE), now fixed.
  { name: 'a run of 1,000,000 spaces inside a sentence', size: 1_000_000, make: (n) => H + 'The talks' + ' '.repeat(n) + 'ended on Monday.' },
  {
    name: 'one 1 MB sentence of dated quotes',
    size: 1_000_000,
    testSize: 250_000,
    // Was quadratic (every quote × every date of its sentence, with a clause-break scan between), now a walk outward.
    make: (n) => H + repeat('“We will respond,” Putin said on Thursday, ', n),
  },
  // Was quadratic (sanctions-actors.ts findTarget scanned the whole sentence per figure), now a bounded window.
  { name: 'one 200 KB sentence of dated sanction figures', size: 200_000, make: (n) => H + repeat('The US sanctioned more than 300 entities on Thursday, ', n) },
];

export const FULL = process.env.CLAIMS_HOSTILE_FULL === '1';
export const sizeFor = (a: Adversarial) => (FULL ? a.size : a.testSize ?? a.size);

/**
 * Polynomial (quadratic on a crafted input) patterns recheck finds today, reported to their
 * owners, as a ratchet: at most this many per file. A new polynomial pattern in another file, or
 * one more in a listed file, fails the test; exponential ones always do. Lower a count as
 * patterns are fixed.
 *
 * Measured through the whole pipeline (`bench.ts`), only one of them is slow in practice:
 * dates-periods.ts WEEKEND_RE, whose look-behind `(?<=(?:on|over|during|at)\s+)` rescans a
 * white-space run at every position (40,000 spaces in a sentence: seconds; a million: hours).
 * The others are applied to short strings (a match's own text in dates-chrono.ts, quotes.ts,
 * quotes-np.ts; a gap of at most 6 characters in dates.ts) or stay near-linear on their attack
 * strings at 150-700 KB (dates-periods.ts, whose patterns run split: `behindApart` in
 * dates-core.ts; each counts where it is written).
 */
export const KNOWN_POLYNOMIAL: Readonly<Record<string, number>> = {
  'src/annotate/dates-chrono.ts': 3,
  'src/annotate/dates-periods.ts': 5,
  'src/annotate/dates.ts': 1,
  'src/annotate/quotes-np.ts': 1,
  'src/annotate/quotes.ts': 1,
};

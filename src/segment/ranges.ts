import type { Range } from '../types.js';

/**
 * Index of the range containing offset `pos` in a sorted list of disjoint ranges (binary
 * search), or -1 when none does. Used for "which sentence / which quote holds this offset".
 * With `inclusiveEnd`, an offset right after a range's last character counts as inside it.
 */
export function rangeIndexAt(ranges: readonly Range[], pos: number, inclusiveEnd = false): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = ranges[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos > m.end || (pos === m.end && !inclusiveEnd)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The range containing `pos`, or null. */
export function rangeAt<T extends Range>(ranges: readonly T[], pos: number, inclusiveEnd = false): T | null {
  const i = rangeIndexAt(ranges, pos, inclusiveEnd);
  return i < 0 ? null : ranges[i]!;
}

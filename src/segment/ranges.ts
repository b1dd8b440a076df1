import type { Range } from '../types.js';

/**
 * Index of the range containing offset `pos` in a sorted list of disjoint ranges (binary
 * search), or -1 when none does. Used for "which sentence / which quote holds this offset".
 */
export function rangeIndexAt(ranges: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = ranges[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The range containing `pos`, or null. */
export function rangeAt<T extends Range>(ranges: readonly T[], pos: number): T | null {
  const i = rangeIndexAt(ranges, pos);
  return i < 0 ? null : ranges[i]!;
}

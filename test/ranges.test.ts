import { describe, expect, it } from 'vitest';
import { rangeAt, rangeIndexAt } from '../src/segment/ranges.js';

const ranges = [
  { start: 0, end: 5 },
  { start: 7, end: 10 },
  { start: 10, end: 20 },
];

describe('rangeIndexAt', () => {
  it.each([
    [0, false, 0],
    [4, false, 0],
    [5, false, -1], // the gap between ranges
    [5, true, 0], // right after the first range, counted with inclusiveEnd
    [6, true, -1],
    [9, false, 1],
    [10, false, 2], // a shared boundary belongs to the range that starts there
    [19, false, 2],
    [20, false, -1],
    [-1, false, -1],
  ])('offset %i (inclusiveEnd %s) -> %i', (pos, inclusive, expected) => {
    expect(rangeIndexAt(ranges, pos, inclusive)).toBe(expected);
  });

  it('an empty list holds nothing', () => {
    expect(rangeIndexAt([], 3)).toBe(-1);
    expect(rangeAt([], 3)).toBeNull();
  });

  it('rangeAt returns the range itself', () => {
    expect(rangeAt(ranges, 8)).toBe(ranges[1]);
  });
});

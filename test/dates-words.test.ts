import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord } from '../src/annotate/dates-core.js';

/** The words the tense cues read, as the regular expression `/[\p{L}'’-]+/gu` finds them. */
const byRegex = (s: string): Array<[number, number]> => [...s.matchAll(/[\p{L}'’-]+/gu)].map((m) => [m.index, m.index + m[0].length]);

/** The same words, as `forEachWord` reads them. */
function byHand(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  forEachWord(s, (from, to) => out.push([from, to]));
  return out;
}

/** Letters and non-letters of every width: ASCII, accented, Greek, CJK, astral letters (𝒜, 𐐀), an emoji, a combining mark, digits, lone surrogates. */
const PIECES = ['a', 'Z', "'", '’', '-', ' ', '.', '1', 'é', 'Σ', 'ß', 'İ', '中', '\u0301', '𝒜', '𐐀', '😀', '\ud835', '\udc9c', '\u00a0', '—', '"', 'held', 'Said'];

describe('the words of a sentence, read by hand', () => {
  it('are the words the regular expression finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (xs) => {
        const s = xs.join('');
        expect(byHand(s)).toEqual(byRegex(s));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(byHand(s)).toEqual(byRegex(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a word of astral letters whole, and stops at an emoji', () => {
    expect(byHand("𝒜𝒜 it's 😀 co-op")).toEqual([
      [0, 4],
      [5, 9],
      [13, 18],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../src/annotate/numbers.js';

/** The tokens of `text` from `from` to `to` as the pattern alone reads them (the tokenizer before words of ASCII letters were read by hand). */
function reference(text: string, from = 0, to = text.length): Token[] {
  const re = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/uy;
  const out: Token[] = [];
  let pos = from;
  if (pos > 0 && (text.charCodeAt(pos) & 0xfc00) === 0xdc00 && (text.charCodeAt(pos - 1) & 0xfc00) === 0xd800) pos--;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    re.lastIndex = pos;
    if (!re.test(text)) {
      pos++;
      continue;
    }
    const end = re.lastIndex;
    if (end > to) break;
    const t = text.slice(pos, end);
    // Digits and ASCII symbols have no case: every token's lower-case form is `toLowerCase`'s.
    const kind: TokenKind = /^\d/.test(t) ? 'num' : /\p{L}/u.test(t[0]!) ? 'word' : 'sym';
    const lower = t.toLowerCase();
    out.push({ text: t, lower, start: pos, end, kind, id: -1 });
    pos = end;
  }
  return out;
}

/** Letters and non-letters of every width: ASCII words of either case, apostrophes, accented, Greek, CJK and astral letters, an emoji, digits with separators, lone surrogates, other white space. */
const PIECES = ['a', 'Z', 'said', 'OFAC', 'Iran', "'", '’', 's', '-', ' ', '\n', '.', ',', '1', '2,500', '3.5', '$', '%', 'é', 'Σ', 'ß', 'İ', 'K', '中', '\u0301', '𝒜', '😀', '\ud835', '\udc9c', '\u00a0', '—', '"'];

describe('the number tokenizer', () => {
  it('gives the tokens the pattern alone gives, in any text and any range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), (xs, i, j) => {
        const s = xs.join('');
        const a = s.length ? i % (s.length + 1) : 0;
        const b = a + (s.length - a ? j % (s.length - a + 1) : 0);
        expect(tokenize(s)).toEqual(reference(s));
        expect(tokenize(s, a, b)).toEqual(reference(s, a, b));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads on past an apostrophe or a non-ASCII letter, and lower-cases capitals", () => {
    expect(tokenize("Iran's café OFAC 12,000 don’t").map((t) => [t.text, t.lower, t.kind])).toEqual([
      ["Iran's", "iran's", 'word'],
      ['café', 'café', 'word'],
      ['OFAC', 'ofac', 'word'],
      ['12,000', '12,000', 'num'],
      ['don’t', 'don’t', 'word'],
    ]);
  });
});

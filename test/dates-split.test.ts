import { describe, expect, it } from 'vitest';
import { behindApart, execSplit, splitOf } from '../src/annotate/dates-core.js';
import { annotateDates } from '../src/annotate/dates.js';
import { toDoc } from '../src/extract.js';

/**
 * A date pattern whose leading look-behind is tested apart from its body (`behindApart`) finds
 * exactly the matches of the whole pattern: the same starts, groups and indices, next to letters
 * and digits beyond ASCII too (accented letters, the long s and the Kelvin sign that `i` folds to
 * `s` and `k`, the combining iota that folds to a letter, letters and digits outside the BMP, lone
 * surrogates).
 */
const PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{N}])(?:the\s+)?(first|second|1st)\s+(week|weeks?)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}$€£¥.,])(?:(about|some)\s+)?(\d+|two|six)\s+(days?|weeks?|seconds?)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}'’])(?:this|next|ks)\s+(year|work)/giu,
  /(?<![\p{L}-])(weekly|daily|kms)(?![\p{L}-])/dgiu,
  /(?<![\p{L}\p{N}/.])(\d{1,2})\/(\d{1,2}),(\d\d)/gu,
  /(?<![\p{L}\p{N}])((?:1[0-9]\d\d|20\d\d))([-/])(may|june)\2(\d{1,2})/giu,
];

const PIECES = ['the', 'The', 'first', 'FIRST', 'week', 'weeks', 'ſecond', 'ſeconds', 'Kms', 'kms', 'this', 'next', 'year', 'work', 'weekly', 'daily', 'about', 'two', 'six', '12', '7', '2016', '1999', 'may', 'june', '/', '-', ',', '.', '$', '€', "'", '’', 'é', 'É', 'ж', '\u0345', '\u{1D400}', '\u{1D7CF}', '\ud800', '\udc00', 'ß', 'İ', 'ı', 'x', '3', '1st', '/5/16', ',16', '\u00a0', ' ', ' ', '  ', '\n'];

function all(next: () => RegExpExecArray | null): string[] {
  const out: string[] = [];
  for (let m = next(); m; m = next()) out.push(JSON.stringify([m.index, [...m], m.indices ?? null]));
  return out;
}

describe('a date pattern with its look-behind tested apart', () => {
  it('finds the matches of the whole pattern, from any start', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (const source of PATTERNS) {
      const whole = new RegExp(source.source, source.flags);
      const split = splitOf(behindApart(source.source, source.flags))!;
      for (let k = 0; k < 1500; k++) {
        const parts: string[] = [];
        for (let n = 2 + rnd(14); n > 0; n--) parts.push(PIECES[rnd(PIECES.length)]!, rnd(3) ? ' ' : '');
        const text = parts.join('');
        const from = rnd(2) ? 0 : rnd(text.length + 1);
        whole.lastIndex = from;
        split.body.lastIndex = from;
        expect(all(() => execSplit(split, text)), `${source} on ${JSON.stringify(text)} from ${from}`).toEqual(all(() => whole.exec(text)));
      }
    }
  });

  it('refuses a pattern it cannot split', () => {
    expect(() => behindApart(/(?<![\p{L}])a|b/giu)).toThrow();
    expect(() => behindApart(/(?<!(x))a/giu)).toThrow();
    expect(() => behindApart(/(?<![\P{L}])a/giu)).toThrow();
    expect(() => behindApart(/a(?<![\p{L}])/giu)).toThrow();
    expect(() => behindApart(/(?<![\p{L}])a/iu)).toThrow();
  });

  it('leaves dates glued to letters beyond ASCII alone', () => {
    const text = 'date 2016-01-15\n\nThe talks ended éMonday and resumed on Monday. Prices rose жlast week and fell last week.';
    const dates = annotateDates(toDoc('t.txt', text)).map((d) => d.text);
    expect(dates).toEqual(['Monday', 'last week']);
  });
});

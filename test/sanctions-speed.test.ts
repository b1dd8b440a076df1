import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSanctions } from '../src/annotate/sanctions.js';
import { mayHaveContext, sentenceCues } from '../src/annotate/sanctions-context.js';
import { scanQuantities, tokenize } from '../src/annotate/numbers.js';
import { NEED_FIGURES } from '../src/segment/prescan.js';
import { extractText, toDoc } from '../src/extract.js';
import { compromiseLoaded } from '../src/compromise.js';
import { FIGURE_TRIGGERS } from '../src/vocab/triggers-figures.js';
import { FRACTION_WORDS, NUMBER_WORDS, ORDINAL_NUMBERS, SCALE_WORDS, VAGUE_AMOUNTS } from '../src/vocab/qualifiers.js';
import { CURRENCY_NAMES, SANCTION_LISTS, SANCTION_NOUNS, SANCTION_VERBS } from '../src/vocab/sanctions.js';
import { ROOT, fixtures } from './support/fixtures.js';

/**
 * The sanctions annotator skips sentences the pre-scan marks as holding no figure trigger, and
 * sentences with no sanctions context; both only save work. These articles exercise every way a
 * figure can start without a digit (`two dozen`, `a third of`, `hundreds of`, `a dollar`, `the first`).
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function spell(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : '');
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${spell(n % 100)}` : ''}`;
  if (n < 1e6) return `${spell(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${spell(n % 1000)}` : ''}`;
  return String(n);
}

const NO_DIGITS = ['a third of', 'half a million', 'hundreds of', 'a handful of', 'dozens of', 'the first', 'a dozen', 'several hundred', 'tens of thousands of', 'a quarter', 'a dollar', 'more than the tenth', 'Two Dozen', 'an euro'];
const NUMBER = /\b\d+(?:,\d{3})*\b/g;
const VARIANTS: Array<(s: string) => string> = [
  (s) => s,
  (s) => s.replace(NUMBER, (m) => spell(Number(m.replace(/,/g, '')))),
  (s) => s.replace(/\$\s?\d+(?:\.\d+)?\s?(?:bn|billion|m|million)?/g, 'a dollar'),
  (s) => s.replace(NUMBER, (_m, i: number) => NO_DIGITS[i % NO_DIGITS.length]!),
  (s) => s.replace(NUMBER, 'some'),
];

/** Articles of a few paragraphs each, from the example sentences of the rule tests. */
function generated(): Array<[string, string]> {
  const src = ['sanctions.test.ts', 'numbers.test.ts'].map((f) => readFileSync(join(ROOT, 'test', f), 'utf8')).join('\n');
  const sentences = [...src.matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)].map((m) => m[1]!.replace(/\\'/g, "'").replace(/ \| /g, ' '));
  const out: Array<[string, string]> = [];
  VARIANTS.forEach((variant, v) => {
    const items = sentences.map(variant);
    for (let i = 0; i < items.length; i += 6) {
      const paragraphs: string[] = [];
      for (let j = i; j < Math.min(i + 6, items.length); j += 2) paragraphs.push(items.slice(j, j + 2).join(' '));
      out.push([`gen-${v}-${i}.txt`, `${paragraphs.join('\n\n')}\n`]);
    }
  });
  return out;
}

const corpus = (): Array<[string, string]> => [...fixtures().map((f) => [f.file, f.text] as [string, string]), ...generated()];

describe('sanctions: skipped sentences change nothing', () => {
  // First: nothing in this file has tagged a word yet.
  it('a figure whose words the tables know needs no tagger (compromise stays unloaded)', () => {
    const figures = extractText('case.txt', 'The Treasury sanctioned 25 individuals and 12 entities on Monday.\n').sanctions;
    expect(figures.map((f) => f.text)).toEqual(['25 individuals', '12 entities']);
    expect(compromiseLoaded()).toBe(false);
  });

  it('the same figures with and without the pre-scan', () => {
    let figures = 0;
    for (const [file, text] of corpus()) {
      const on = annotateSanctions(toDoc(file, text));
      const off = annotateSanctions(toDoc(file, text, { prescan: false }));
      expect(on, file).toEqual(off);
      figures += off.length;
    }
    // The corpus does hold figures, spelled-out ones too.
    expect(figures).toBeGreaterThan(500);
  });

  it('every sentence with a quantity or a sanctions cue is marked for figures', () => {
    for (const [file, text] of corpus()) {
      const doc = toDoc(file, text);
      for (const s of doc.sentences) {
        const tokens = tokenize(text, s.start, s.end);
        const holds = scanQuantities(text, tokens).length > 0 || sentenceCues(tokens).sanction;
        if (holds) expect((doc.need![s.index]! & NEED_FIGURES) !== 0, `${file}: ${text.slice(s.start, s.end)}`).toBe(true);
      }
    }
  });

  it('every sentence with sanctions context passes the quick look', () => {
    for (const [file, text] of corpus()) {
      for (const s of toDoc(file, text).sentences) {
        const c = sentenceCues(tokenize(text, s.start, s.end));
        const context = c.sanction || c.authority || c.moneyInherent || c.moneyAssets || c.imposerAction || c.continuation;
        if (context) expect(mayHaveContext(text, s.start, s.end), `${file}: ${text.slice(s.start, s.end)}`).toBe(true);
      }
    }
  });

  it('a spelled-out figure or a sanctions cue alone marks its sentence', () => {
    const words = (t: readonly string[] | Readonly<Record<string, unknown>>) => (Array.isArray(t) ? t : Object.keys(t));
    const entries = [NUMBER_WORDS, SCALE_WORDS, FRACTION_WORDS, VAGUE_AMOUNTS, ORDINAL_NUMBERS, CURRENCY_NAMES, SANCTION_NOUNS, SANCTION_VERBS, SANCTION_LISTS].flatMap(words);
    for (const e of entries) {
      const doc = toDoc('x.txt', `It was ${e.toUpperCase()} then.`);
      expect((doc.need![0]! & NEED_FIGURES) !== 0, e).toBe(true);
    }
    expect(FIGURE_TRIGGERS).not.toContain('the');
  });

  it('a sentence without any of them is not marked', () => {
    const doc = toDoc('x.txt', 'The minister said the talks went well.');
    expect(doc.need![0]! & NEED_FIGURES).toBe(0);
  });
});

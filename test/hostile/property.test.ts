/**
 * Property: whatever the text — random strings, or adversarial mixes of quote marks, digits,
 * date words, cue verbs, names, control characters, line breaks and header lines — the whole
 * pipeline (`extractText`) either returns an article whose every span is true to the text, or
 * throws only the documented BAD_HEADER error for a malformed header. Run counts stay modest;
 * a failure prints fast-check's shrunk counterexample and its seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError, extractText } from '../../src/index.js';
import type { Kind } from '../../src/types.js';
import { badSpans } from './support.js';

const PIECES = [
  // quote marks of every kind
  '"', '“', '”', '‘', '’', "'", '«', '»', '‹', '›', '„', '‚', '`', '``', "''",
  // numbers, money, ranges
  '0', '7', '12', '300', '1,000', '3.5', '2024', '$', '€', '£', '%', 'bn', 'million', 'billion', 'more than', 'nearly', 'up to', 'to', '-', '–',
  // date words
  'Monday', 'on Thursday', 'yesterday', 'last week', 'next month', 'May', 'September 5', 'in 2019', 'earlier this year', 'the weekend', 'at noon', 'ago',
  // cues, names, sanctions
  'said', 'told', 'added', 'according to', 'Putin', 'Sergei Lavrov', 'the minister', 'he', 'she', 'they', 'Mr.', 'U.S.', 'sanctions', 'entities', 'individuals', 'sanctioned',
  // punctuation and structure
  '.', ',', ';', ':', '?', '!', '…', '(', ')', '—', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2028',
  // control characters and escapes
  '\u0000', '\u0007', '\u0008', '\u001b[31m', '\u001b]0;x\u0007', '\u009b', '\u202e', '\ufeff', '\ud800', '\udc00', '😀',
  // header lines
  'date 2024-09-05\n', 'date: 2024-02-29\n', '---\ndate: 2024-01-02\n---\n', 'date 2024-13-45\n', 'date yesterday\n',
];

const piece = fc.constantFrom(...PIECES);
const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);
const adversarial = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: word }), { maxLength: 120 }).map((xs) => xs.join(' ').replace(/ (?=[.,;:?!])/g, ''));
const joinedTight = fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(''));
const random = fc.string({ unit: 'binary', maxLength: 300 });
const ONLY: Kind[][] = [['sentences'], ['quotes'], ['dates'], ['sanctions'], ['quotes', 'sanctions']];

/** Runs the pipeline; returns why it failed the property, or null. */
function check(text: string, date: string | null, only?: Kind[]): string | null {
  let article;
  try {
    article = extractText('p.txt', text, { date, explain: true, ...(only ? { only } : {}) });
  } catch (err) {
    if (err instanceof ArticleError && err.code === 'BAD_HEADER') return null;
    return `threw ${(err as Error)?.stack ?? String(err)}`;
  }
  const bad = badSpans(article, text);
  return bad.length ? `bad spans: ${bad.join('; ')}` : null;
}

describe('extractText on arbitrary text', () => {
  it.each([
    ['adversarial mixes of news tokens', adversarial, 800],
    ['the same pieces with no spaces between', joinedTight, 400],
    ['random UTF-16 strings', random, 300],
  ] as const)('%s: never throws (but BAD_HEADER), every span true to the text', (_name, text, numRuns) => {
    fc.assert(
      fc.property(text, fc.constantFrom<string | null>(null, '2024-09-05'), fc.option(fc.constantFrom(...ONLY), { nil: undefined }), (t, date, only) => {
        expect(check(t, date, only)).toBeNull();
      }),
      { numRuns, seed: Number(process.env.FC_SEED ?? 20240905) },
    );
  }, 120_000);

  it('the property can fail: a span off by one is caught', () => {
    const a = extractText('p.txt', 'date 2024-09-05\nThe minister said on Monday that talks were over.');
    const moved = { ...a, dates: a.dates.map((d) => ({ ...d, start: d.start + 1 })) };
    expect(a.dates.length).toBeGreaterThan(0);
    expect(badSpans(moved, 'date 2024-09-05\nThe minister said on Monday that talks were over.')).not.toEqual([]);
  });
});

import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenedChrono } from '../src/annotate/dates-chrono.js';
import { CHRONO_PARSER_NEEDS } from '../src/vocab/dates.js';
import { generate } from '../bench/generate.js';
import { fixtures } from './support/fixtures.js';

/**
 * `CHRONO_PARSER_NEEDS` lets a chrono parser skip a text that lacks what its pattern needs. Each
 * need must hold in every text the parser's pattern matches in, or a date is lost.
 */
const context = { text: '', option: {}, reference: { instant: new Date(Date.UTC(2024, 0, 1)) } } as unknown as Parameters<chrono.Parser['pattern']>[0];
const checked = chrono.casual.parsers
  .filter((p) => CHRONO_PARSER_NEEDS[p.constructor.name] !== undefined)
  .map((p) => ({ name: p.constructor.name, pattern: p.pattern(context), need: new RegExp(CHRONO_PARSER_NEEDS[p.constructor.name]!, 'i') }));

/** Texts made of what chrono's patterns read: their words, digits, the marks between. */
const WORDS = [...new Set(chrono.casual.parsers.flatMap((p) => p.pattern(context).source.match(/[a-z]{2,}/gi) ?? []))];
const piece = fc.oneof(
  fc.constantFrom(...WORDS, ...WORDS.map((w) => w.toUpperCase()), 'a', 's', 'm', 'h', 'd', 'w', 'y', 'T', 'x'),
  fc.constantFrom('1', '5', '12', '31', '05', '2024', '1999'),
  fc.constantFrom(' ', '  ', '\n', '-', '–', '/', '.', ',', ':', '+', '(', ')', '~'),
  // Whole dates, for the patterns that need several pieces in a row.
  fc.constantFrom('2024-05-12', '1999-1-5T10:30Z', '5/12/2024', '12/2024', 'end of the month', 'last day of month', '3 days ago', 'two weeks later', 'Sept. 5', '5th of May'),
);

/** The parsers whose pattern matches in `text` without the need holding there. */
const missed = (text: string): string[] => checked.filter((c) => c.pattern.test(text) && !c.need.test(text)).map((c) => c.name);

const results = (parser: chrono.Chrono, text: string) =>
  JSON.stringify(parser.parse(text, { instant: new Date(Date.UTC(2024, 8, 5, 12)), timezone: 0 }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), [...r.tags()]]));

describe("chrono's parsers, each on the texts holding what its pattern needs", () => {
  it('names only parsers chrono has', () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    expect(Object.keys(CHRONO_PARSER_NEEDS).filter((n) => !names.has(n))).toEqual([]);
  });

  it('holds in every generated text a parser matches in', () => {
    const text = fc.array(piece, { minLength: 1, maxLength: 14 }).map((xs) => xs.join(''));
    // The texts reach every parser: the check is not empty.
    const reached = new Set(fc.sample(text, { numRuns: 20_000, seed: 7 }).flatMap((t) => checked.filter((c) => c.pattern.test(t)).map((c) => c.name)));
    expect(checked.map((c) => c.name).filter((n) => !reached.has(n))).toEqual([]);
    fc.assert(fc.property(text, (t) => missed(t).length === 0), { numRuns: 20_000 });
  });

  it('holds in every sentence of the fixtures and of generated articles', () => {
    const texts = [...fixtures().map((f) => f.text), ...generate({ articles: 60, seed: 11, fixtures: false }).map((a) => a.text)];
    for (const t of texts) for (const line of t.split(/(?<=[.!?])\s+/)) expect(missed(line), line).toEqual([]);
  });

  it('gives the same results as chrono itself', () => {
    const text = fc.array(piece, { minLength: 1, maxLength: 14 }).map((xs) => xs.join(' '));
    fc.assert(fc.property(text, (t) => results(screenedChrono(), t) === results(chrono.casual, t)), { numRuns: 3000 });
    for (const f of fixtures()) expect(results(screenedChrono(), f.text), f.name).toBe(results(chrono.casual, f.text));
  });
});

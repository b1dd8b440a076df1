import { describe, expect, it } from 'vitest';
import { extractText, toDoc } from '../src/extract.js';
import { NEED_DATES, NEED_FIGURES, NEED_QUOTES, TRIGGER_WORDS } from '../src/segment/prescan.js';
import { generate } from '../bench/generate.js';
import { fixtures } from './support/fixtures.js';

/**
 * The pre-scan only saves work: extracting with it (the default) must give exactly the JSON of
 * extracting with every annotator over every sentence (`prescan: false`).
 */
function sameWithAndWithoutPrescan(file: string, text: string): void {
  const fast = extractText(file, text, { explain: true });
  const full = extractText(file, text, { explain: true, prescan: false });
  const a = JSON.stringify(fast);
  const b = JSON.stringify(full);
  if (a !== b) expect(fast, file).toEqual(full); // a readable diff first
  expect(a, file).toBe(b);
}

// 160 varied generated articles (about 0.8 MB), in chunks so that a failure names its article early.
const CORPUS = generate({ articles: 160, seed: 20240905, fixtures: false });
const CHUNK = 40;

describe('pre-scan: results identical to tagging every sentence', () => {
  for (const fx of fixtures()) {
    it(`fixture ${fx.name}`, () => sameWithAndWithoutPrescan(fx.file, fx.text));
  }

  for (let i = 0; i < CORPUS.length; i += CHUNK) {
    const part = CORPUS.slice(i, i + CHUNK);
    it(`generated articles ${i}-${i + part.length - 1}`, () => {
      for (const a of part) sameWithAndWithoutPrescan(a.name, a.text);
    });
  }
});

describe('pre-scan: it does skip work', () => {
  it('marks many sentences of a generated corpus as needing no annotator, and each annotator skips some', () => {
    let sentences = 0;
    let none = 0;
    const without = { [NEED_DATES]: 0, [NEED_QUOTES]: 0, [NEED_FIGURES]: 0 };
    for (const a of CORPUS) {
      const need = toDoc(a.name, a.text).need!;
      expect(need).toBeDefined();
      sentences += need.length;
      for (const n of need) {
        if (n === 0) none++;
        for (const bit of [NEED_DATES, NEED_QUOTES, NEED_FIGURES] as const) if (!(n & bit)) without[bit]++;
      }
    }
    expect(sentences).toBeGreaterThan(1000);
    // The generator writes mostly sentences with nothing to extract, as wire news does.
    expect(none / sentences).toBeGreaterThan(0.2);
    for (const bit of [NEED_DATES, NEED_QUOTES, NEED_FIGURES] as const) expect(without[bit] / sentences, `bit ${bit}`).toBeGreaterThan(0.25);
  });

  it('reads trigger words as runs of ASCII letters, so every trigger word is one', () => {
    expect(TRIGGER_WORDS.length).toBeGreaterThan(100);
    expect(TRIGGER_WORDS.filter((w) => !/^[a-z]+$/.test(w))).toEqual([]);
  });

  it('reads a sentence to its end whatever its letters lower-case to (a dotted capital I, a kelvin sign)', () => {
    for (const body of ['İzmir police met on Monday', 'The \u212Aey talks were on Monday', 'Officials in İzmir met at 5']) {
      const doc = toDoc('a.txt', `date 2016-01-15\n\n${body}`);
      const s = doc.sentences.find((x) => x.start >= doc.bodyStart)!;
      expect(doc.need![s.index]! & NEED_DATES, body).toBe(NEED_DATES);
      sameWithAndWithoutPrescan('a.txt', `date 2016-01-15\n\n${body}`);
    }
  });

  it('leaves no marks when turned off, so every annotator reads every sentence', () => {
    const a = CORPUS[0]!;
    expect(toDoc(a.name, a.text).need?.length).toBeGreaterThan(0);
    expect(toDoc(a.name, a.text, { prescan: false }).need).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { toDoc } from '../src/extract.js';
import { segmentParagraphs } from '../src/segment/paragraphs.js';
import { listItemStarts } from '../src/segment/sentence-lists.js';
import { segmentSentences } from '../src/segment/sentences.js';
import type { Paragraph, SentenceSeg } from '../src/types.js';
import { fixtures } from './support/fixtures.js';

function segment(text: string): { paragraphs: Paragraph[]; sentences: SentenceSeg[] } {
  const paragraphs = segmentParagraphs(text, 0);
  return { paragraphs, sentences: segmentSentences(text, paragraphs) };
}

const split = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

/** Every sentence: non-empty, trimmed, inside its own paragraph, in order, indexed 0..n-1. */
function invariantErrors(text: string, paragraphs: readonly Paragraph[], sentences: readonly SentenceSeg[]): string[] {
  const errors: string[] = [];
  let prevEnd = -1;
  sentences.forEach((s, k) => {
    const t = text.slice(s.start, s.end);
    const p = paragraphs[s.paragraph];
    if (s.index !== k) errors.push(`#${k}: index ${s.index}`);
    if (!(s.end > s.start)) errors.push(`#${k}: empty`);
    if (t !== t.trim()) errors.push(`#${k}: surrounding whitespace in ${JSON.stringify(t)}`);
    if (!p || s.start < p.start || s.end > p.end) errors.push(`#${k}: outside paragraph ${s.paragraph}`);
    if (s.start < prevEnd) errors.push(`#${k}: overlaps the previous sentence`);
    prevEnd = s.end;
  });
  // Every non-space character of every paragraph is in some sentence.
  for (const p of paragraphs) {
    const inside = sentences.filter((s) => s.paragraph === p.index).reduce((n, s) => n + text.slice(s.start, s.end).replace(/\s/g, '').length, 0);
    if (inside !== text.slice(p.start, p.end).replace(/\s/g, '').length) errors.push(`paragraph ${p.index}: text outside sentences`);
  }
  return errors;
}

/** [what it shows, input, expected sentences] */
const CASES: Array<[string, string, string[]]> = [
  // Quotes: the sentence ends after the closing mark; a lower-case cue after it continues the sentence.
  ['quote then cue', '“I want to use sanctions as little as possible,” Trump has said.', ['“I want to use sanctions as little as possible,” Trump has said.']],
  ['period inside closing quote, new sentence', '“It is difficult to read.” The comments drew a rebuke.', ['“It is difficult to read.”', 'The comments drew a rebuke.']],
  ['quoted sentences split, cue after the last', '“He was removed from the race. So we will root for her,” he said.', ['“He was removed from the race.', 'So we will root for her,” he said.']],
  ['question in quotes + pronoun cue', '“Have you heard her laugh?” he asked.', ['“Have you heard her laugh?” he asked.']],
  ['question in quotes + name cue', '“Have you heard her laugh?” Trump asked.', ['“Have you heard her laugh?” Trump asked.']],
  ['question in quotes + title and name cue', '“Why now?” Mr. Smith asked, smiling.', ['“Why now?” Mr. Smith asked, smiling.']],
  ['question in quotes + long name cue', '“Why now?” Vice President Kamala Harris asked.', ['“Why now?” Vice President Kamala Harris asked.']],
  ['question in quotes + new sentence', '“Have you heard her laugh?” The crowd roared.', ['“Have you heard her laugh?”', 'The crowd roared.']],
  ['exclamation in quotes + cue', '“We will fight!” she shouted, to loud applause.', ['“We will fight!” she shouted, to loud applause.']],
  ['straight quotes', '"I think everybody knows," he said. "They prefer Trump."', ['"I think everybody knows," he said.', '"They prefer Trump."']],
  ['two quoted sentences by one speaker', '“It prefers Kamala,” Koffler told Fox News Digital. “Putin believes that.”', ['“It prefers Kamala,” Koffler told Fox News Digital.', '“Putin believes that.”']],
  // Abbreviations: end a sentence only when the next word begins one.
  ['U.S. before a noun', 'Putin was asked how he viewed the upcoming U.S. election.', ['Putin was asked how he viewed the upcoming U.S. election.']],
  ['U.S. before a capitalized noun', 'The U.S. Treasury Department announced the measures.', ['The U.S. Treasury Department announced the measures.']],
  ['U.S. before a preposition', 'He has lived in the U.S. for 20 years.', ['He has lived in the U.S. for 20 years.']],
  ['U.S. at the end of a sentence', 'She grew up in the U.S. She moved to Paris in 2010.', ['She grew up in the U.S.', 'She moved to Paris in 2010.']],
  ['U.S. at the end before a quantifier', 'Sanctions took effect in the U.S. Thousands of firms were hit.', ['Sanctions took effect in the U.S.', 'Thousands of firms were hit.']],
  ['titles before names', 'Mr. Biden met Gen. Mark Milley and Sen. Chuck Schumer on Friday.', ['Mr. Biden met Gen. Mark Milley and Sen. Chuck Schumer on Friday.']],
  ['Ms. and Dr. before names', 'Ms. Harris thanked Dr. Fauci.', ['Ms. Harris thanked Dr. Fauci.']],
  ['D.C. at the end', 'The protest moved to Washington, D.C. The police made 12 arrests.', ['The protest moved to Washington, D.C.', 'The police made 12 arrests.']],
  ['D.C. mid-sentence', 'The office in Washington, D.C. opened in 2019.', ['The office in Washington, D.C. opened in 2019.']],
  ['a.m. mid-sentence', 'It happened at 10 a.m. on Thursday, Sept. 5, in Vladivostok.', ['It happened at 10 a.m. on Thursday, Sept. 5, in Vladivostok.']],
  ['p.m. before a weekday', 'Polls close at 8 p.m. Tuesday in most states.', ['Polls close at 8 p.m. Tuesday in most states.']],
  ['p.m. at the end', 'The meeting ended at 5 p.m. It resumed on Friday.', ['The meeting ended at 5 p.m.', 'It resumed on Friday.']],
  ['month abbreviation before a day', 'The vote is set for Nov. 5, 2024.', ['The vote is set for Nov. 5, 2024.']],
  ['company suffix mid-sentence', 'Shares of Acme Inc. rose 4% on Monday.', ['Shares of Acme Inc. rose 4% on Monday.']],
  ['company suffix at the end', 'The deal was signed by Acme Inc. It takes effect in June.', ['The deal was signed by Acme Inc.', 'It takes effect in June.']],
  ['initials', 'J. R. R. Tolkien and George W. Bush never met.', ['J. R. R. Tolkien and George W. Bush never met.']],
  ['et al. and St.', 'The study by Smith et al. was cited by the St. Louis Fed.', ['The study by Smith et al. was cited by the St. Louis Fed.']],
  ['ft. is feet, Ft. is Fort', 'The wall is 10 ft. The gate is at Ft. Lauderdale.', ['The wall is 10 ft.', 'The gate is at Ft. Lauderdale.']],
  ['ill. is a word, Ill. a state', 'He fell ill. Doctors were called to Springfield, Ill. on Monday.', ['He fell ill.', 'Doctors were called to Springfield, Ill. on Monday.']],
  // Numbers.
  ['decimals', 'Growth slowed to 3.5% in the second quarter, from 4.1% a year earlier.', ['Growth slowed to 3.5% in the second quarter, from 4.1% a year earlier.']],
  ['money then new sentence', 'The fund froze $1.2 bn in assets. It also fined three banks.', ['The fund froze $1.2 bn in assets.', 'It also fined three banks.']],
  ['No. before a number', 'He finished No. 5 in the rankings.', ['He finished No. 5 in the rankings.']],
  ['number ends a sentence', 'The toll rose to 1,000. Rescuers kept digging.', ['The toll rose to 1,000.', 'Rescuers kept digging.']],
  // URLs and e-mail addresses.
  ['URL at the end', 'Details are at https://www.example.com/news/2024.html. Comments are closed.', ['Details are at https://www.example.com/news/2024.html.', 'Comments are closed.']],
  ['e-mail address', 'Write to Jane.Doe@example.org. We reply within a day.', ['Write to Jane.Doe@example.org.', 'We reply within a day.']],
  // Ellipses, runs of marks, brackets.
  ['ellipsis then capital', 'He left... Nobody knows why.', ['He left...', 'Nobody knows why.']],
  ['ellipsis mid-sentence', 'He said he was not sure ... but he would try.', ['He said he was not sure ... but he would try.']],
  ['quoted omission between sentences', '“We are a swing state. ... We take nothing for granted,” she said.', ['“We are a swing state.', '... We take nothing for granted,” she said.']],
  ['omission in brackets', '“The talks [...] will go on,” he said.', ['“The talks [...] will go on,” he said.']],
  ['spaced ellipsis closing a quote', 'The law “will appear less complex. . . .” Critics disagreed.', ['The law “will appear less complex. . . .”', 'Critics disagreed.']],
  ['? and ! runs', 'Is it over? Nobody knows! What now?! The talks collapsed.', ['Is it over?', 'Nobody knows!', 'What now?!', 'The talks collapsed.']],
  ['exclamation in a name', 'She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
  ['parenthesis continues', 'Prices rose (see the chart.) on Monday.', ['Prices rose (see the chart.) on Monday.']],
  ['no space between sentences', 'Hello world.Today is Tuesday.', ['Hello world.', 'Today is Tuesday.']],
  // Paragraphs and lines.
  ['paragraph break without a period', 'Putin said nothing\n\nHe left.', ['Putin said nothing', 'He left.']],
  ['short headline line', 'Putin backs Harris\r\nMoscow says it will respect the vote.', ['Putin backs Harris', 'Moscow says it will respect the vote.']],
  ['short line ending in a colon', 'Sams said:\n“I think everybody knows.”', ['Sams said:\n“I think everybody knows.”']],
  ['hard-wrapped long line', 'Russian President Vladimir Putin on Thursday appeared to endorse\nVice President Kamala Harris in the race.', ['Russian President Vladimir Putin on Thursday appeared to endorse\nVice President Kamala Harris in the race.']],
  // Lists.
  ['inline numbered list', '1. Freeze assets 2. Ban exports 3. Seize domains', ['1. Freeze assets', '2. Ban exports', '3. Seize domains']],
  ['numbered list with periods', '1. Freeze the assets. 2. Ban the exports.', ['1. Freeze the assets.', '2. Ban the exports.']],
];

describe('segmentSentences: news cases', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(split(input)).toEqual(expected);
    const { paragraphs, sentences } = segment(input);
    expect(invariantErrors(input, paragraphs, sentences)).toEqual([]);
  });
});

describe('inline lists', () => {
  it.each([
    ['a) b) letters', 'a) Sanctions b) Tariffs c) Export bans', 2],
    ['only the next number in sequence', '1. The first 3. not next 2. The second', 1],
    ['no marker at the start: no list', 'He scored 1. The team lost 2. It was over.', 0],
  ])('%s', (_name, text, items) => {
    expect(listItemStarts(text, 0, text.length)).toHaveLength(items);
  });
});

describe('fixture articles', () => {
  for (const fx of fixtures()) {
    it(`${fx.name}: sentence ends as the gold has them, every sentence trimmed, inside one paragraph, offsets exact`, () => {
      const doc = toDoc(fx.file, fx.text);
      if (fx.gold) expect(doc.sentences.map((s) => s.end)).toEqual(fx.gold.sentences.map((s) => s.end));
      else expect(doc.sentences.length).toBeGreaterThan(0);
      expect(invariantErrors(doc.text, doc.paragraphs, doc.sentences)).toEqual([]);
    });
  }

  const KNOWN: Record<string, string[]> = {
    '000_a6cf811691f3d794': [
      '“I told you, our favourite, if I may say so, was the current president, Mr. Biden.',
      'He was removed from the race, but he advised all his supporters to support Ms. Harris.',
      'So we will do it as well, we will root for her,” he said.',
      'Putin added that Harris has an “expressive and infectious laugh”, a reminder of how Donald Trump had recently mocked Kamala Harris when he said at an election rally: "Have you heard her laugh?"',
      '“I don’t know if I’m insulted or he did me a favour," Trump said of Putin.',
      'Views expressed are personal',
    ],
    '003_8a9122e55ff15c79': [
      'According to multiple reports, Putin was questioned during the Eastern Economic Forum he attended in eastern Russia over how he viewed the upcoming U.S. election.',
      '“When it comes to preference, Putin and his regime prefer Kamala to deal with as a future U.S. president,” Koffler told Fox News Digital.',
      '“Putin believes that he can manipulate Harris easily, unlike Trump, whom the Russians profiled as unpredictable and difficult to read.”',
      '“She laughs so expressively and infectiously that it means that everything is fine with her,” he added.',
      'Russia has denied meddling in any U.S. election, though Putin’s apparent support for the Democratic candidates and their stated policy positions runs counter to his strategic interests.',
    ],
  };
  for (const fx of fixtures()) {
    const known = KNOWN[fx.name];
    if (!known) continue;
    it(`${fx.name}: known sentences found whole`, () => {
      const doc = toDoc(fx.file, fx.text);
      const got = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
      for (const k of known) expect(got).toContain(k);
    });
  }

  it('the header is not part of the first sentence', () => {
    const fx = fixtures().find((f) => f.name.startsWith('003_'))!;
    const doc = toDoc(fx.file, fx.text);
    expect(doc.text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toMatch(/^Russian President Vladimir Putin on Thursday/);
  });
});

// Speed is measured in `npm run bench`; here huge inputs must simply finish (the test timeout
// guards against a quadratic pass, which would take minutes) with well-formed sentences.
describe('huge single lines', () => {
  const MB5 = 5_000_000;
  const check = (text: string) => {
    const { paragraphs, sentences } = segment(text);
    expect(paragraphs).toHaveLength(1);
    expect(sentences.length).toBeGreaterThan(0);
    let prev = 0;
    for (const s of sentences) {
      expect(s.start).toBeGreaterThanOrEqual(prev);
      expect(s.end).toBeGreaterThan(s.start);
      prev = s.end;
    }
    return sentences;
  };

  it('a 5 MB single line of news text segments into its sentences', () => {
    const fx = fixtures().find((f) => f.name.startsWith('003_'))!;
    const unit = fx.text.slice(toDoc(fx.file, fx.text).bodyStart).replace(/\s+/g, ' ') + ' ';
    const copies = Math.ceil(MB5 / unit.length);
    const once = check(unit).length;
    expect(check(unit.repeat(copies)).length).toBe(once * copies);
  });

  it.each([
    ['dense abbreviations, decimals, quotes and ellipses', 'The U.S. said on Sept. 5 that it was 3.5 times bigger. “Why?” Trump asked. Mr. Smith left... '],
    ['one token with periods', 'x.'],
    ['words glued by periods', 'Hello.World'],
    ['a run of dots', '.'],
    ['spaced dots', ' .'],
    ['a long URL', 'http://a.b/c.d/'],
    ['initials', 'A. '],
  ])('a 5 MB single line of %s finishes with ordered sentences', (_name, unit) => {
    check(unit.repeat(Math.ceil(MB5 / unit.length)));
  });
});

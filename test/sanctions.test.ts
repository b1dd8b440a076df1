import { describe, expect, it } from 'vitest';
import { annotateSanctions } from '../src/annotate/sanctions.js';
import { toDoc } from '../src/extract.js';
import type { Doc, SanctionFigure } from '../src/types.js';
import { fixtures } from './support/fixtures.js';

type Expected = Partial<Omit<SanctionFigure, 'start' | 'end' | 'sentence' | 'date' | 'rule'>>;

/**
 * A Doc with the sentence boundaries given: paragraphs split on blank lines, sentences on ` | `.
 * The cases test the figure rules, not the segmenter.
 */
function docOf(source: string): Doc {
  const paragraphs = source.split('\n\n').map((p) => p.split(' | '));
  let text = '';
  const doc: Doc = { file: 'case.txt', text: '', bodyStart: 0, date: null, paragraphs: [], sentences: [], quoted: [] };
  paragraphs.forEach((sentences, pi) => {
    if (pi > 0) text += '\n\n';
    const pStart = text.length;
    sentences.forEach((s, si) => {
      if (si > 0) text += ' ';
      doc.sentences.push({ start: text.length, end: text.length + s.length, index: doc.sentences.length, paragraph: pi });
      text += s;
    });
    doc.paragraphs.push({ start: pStart, end: text.length, index: pi });
  });
  doc.text = text;
  return doc;
}

function figures(source: string): SanctionFigure[] {
  return annotateSanctions(docOf(source));
}

const plain = (source: string) => source.replace(/ \| /g, ' ');

/** [article text, the figures it holds (fields given are checked)]. */
const CASES: Array<[string, Expected[]]> = [
  // --- the seed article's shapes
  ['Biden had slapped over 500 sanctions against Russia.', [{ text: 'over 500 sanctions', count: 500, qualifier: 'over', min: 501, max: null, approximate: false, unit: 'sanctions', imposer: 'Biden', target: 'Russia' }]],
  ['On May 1, 2024, the United States imposed sanctions on nearly 300 entities and individuals, including those engaged in energy.', [{ text: 'nearly 300 entities and individuals', count: 300, qualifier: 'nearly', min: null, max: 300, approximate: true, unit: 'entities and individuals', imposer: 'the United States', target: null }]],
  ['The United States sanctioned nearly 400 individuals and entities for helping Russia sustain its war. | The targets include more than 60 Russia-based technology and defence companies.', [
    { text: 'nearly 400 individuals and entities', imposer: 'The United States', target: 'Russia' },
    { text: 'more than 60 Russia-based technology and defence companies', min: 61, max: null, unit: 'Russia-based technology and defence companies', imposer: 'The United States', target: 'Russia' },
  ]],
  // --- OFAC / Treasury designations
  ['The Treasury Department designated 25 individuals and 12 entities tied to Iran’s drone program.', [
    { text: '25 individuals', count: 25, min: 25, max: 25, qualifier: null, imposer: 'The Treasury Department' },
    { text: '12 entities', count: 12, imposer: 'The Treasury Department', target: 'Iran' },
  ]],
  ['OFAC on Tuesday sanctioned 14 Iranian officials over the crackdown.', [{ text: '14 Iranian officials', unit: 'Iranian officials', target: 'Iran', imposer: 'OFAC' }]],
  ['Treasury also blacklisted 38 vessels carrying Iranian oil.', [{ text: '38 vessels', unit: 'vessels', imposer: 'Treasury' }]],
  ['The State Department designated two dozen Chinese firms for supplying Russia.', [{ text: 'two dozen Chinese firms', count: 24, min: 24, max: 24, target: 'China', imposer: 'The State Department' }]],
  ['Washington has sanctioned at least 20 people linked to the Wagner Group.', [{ text: 'at least 20 people', qualifier: 'at least', min: 20, max: null, unit: 'people', imposer: 'Washington' }]],
  ['The U.S. Treasury Department imposed sanctions on some 150 companies in China, Turkey and the UAE.', [{ text: 'some 150 companies', qualifier: 'some', min: null, max: null, approximate: true, imposer: 'The U.S. Treasury Department' }]],
  ['The sanctions target up to 80 tankers in the shadow fleet.', [{ text: 'up to 80 tankers', qualifier: 'up to', min: null, max: 80, approximate: false }]],
  ['The Commerce Department added 37 entities to the Entity List.', [{ text: '37 entities', unit: 'entities', imposer: 'The Commerce Department' }]],
  ['More than 100 Russian banks were sanctioned by the EU.', [{ text: 'More than 100 Russian banks', qualifier: 'More than', min: 101, target: 'Russia', imposer: 'the EU' }]],
  ['Treasury sanctioned hundreds of entities across Asia.', [{ text: 'hundreds of entities', count: null, min: null, max: null, approximate: true, unit: 'entities' }]],
  ['The measures designated dozens of Belarusian officials.', [{ text: 'dozens of Belarusian officials', count: null, approximate: true, target: 'Belarus' }]],
  ['OFAC sanctioned about 30 North Korean hackers.', [{ text: 'about 30 North Korean hackers', qualifier: 'about', approximate: true, min: null, max: null, target: 'North Korea' }]],
  ['Britain sanctioned almost 50 oligarchs.', [{ text: 'almost 50 oligarchs', qualifier: 'almost', max: 50, approximate: true, imposer: 'Britain' }]],
  ['The administration sanctioned as many as 70 vessels.', [{ text: 'as many as 70 vessels', qualifier: 'as many as', max: 70, min: null }]],
  ['Japan sanctioned roughly 1,100 individuals and organizations.', [{ text: 'roughly 1,100 individuals and organizations', count: 1100, approximate: true, imposer: 'Japan' }]],
  ['Canada imposed sanctions against 500-plus individuals.', [{ text: '500-plus individuals', count: 500, min: 500, max: null, imposer: 'Canada' }]],
  ['Treasury sanctioned between 20 and 30 vessels.', [{ text: 'between 20 and 30 vessels', count: null, min: 20, max: 30, qualifier: 'between' }]],
  ['The US has sanctioned no fewer than 4,000 Russian targets since 2022.', [{ text: 'no fewer than 4,000 Russian targets', min: 4000, target: 'Russia', imposer: 'The US' }]],
  ['The bloc designated fewer than 10 Chinese companies.', [{ text: 'fewer than 10 Chinese companies', min: null, max: 9, target: 'China', imposer: 'The bloc' }]],
  // --- EU and UK packages
  ['The European Union adopted its 14th package of sanctions against Russia, listing 116 individuals and entities.', [{ text: '116 individuals and entities', target: 'Russia' }]],
  ['The EU has adopted 14 packages of sanctions against Russia.', [{ text: '14 packages of sanctions', unit: 'packages of sanctions', target: 'Russia', imposer: 'The EU' }]],
  ['The EU imposed more than 2,000 sanctions on Russia.', [{ text: 'more than 2,000 sanctions', min: 2001, target: 'Russia', imposer: 'The EU' }]],
  ['Britain imposed 50 new sanctions on Russia.', [{ text: '50 new sanctions', unit: 'new sanctions', target: 'Russia', imposer: 'Britain' }]],
  ['Ottawa sanctioned 1.2 thousand people.', [{ count: 1200 }]],
  // --- money
  ['OFAC imposed a $968 million penalty on the bank for sanctions violations.', [{ text: '$968 million penalty', count: 968000000, currency: 'USD', unit: 'penalty', min: 968000000, max: 968000000, imposer: 'OFAC' }]],
  ['Belgium holds €4.7 billion in frozen assets of the Russian central bank.', [{ text: '€4.7 billion in frozen assets', count: 4700000000, currency: 'EUR', unit: 'frozen assets' }]],
  ['The EU froze $5bn in Russian assets under the sanctions.', [{ text: '$5bn in Russian assets', count: 5000000000, currency: 'USD', unit: 'Russian assets', target: 'Russia', imposer: 'The EU' }]],
  ['OFSI fined the firm £2.3m for breaching Russia sanctions.', [{ text: '£2.3m', count: 2300000, currency: 'GBP', unit: 'fine' }]],
  ['Binance agreed to pay more than $4.3 billion to settle charges of violating sanctions.', [{ text: 'more than $4.3 billion', count: 4300000000, min: 4300000000, qualifier: 'more than', currency: 'USD', unit: 'settlement' }]],
  ['The sanctions froze about ¥30 billion of Russian assets.', [{ text: 'about ¥30 billion of Russian assets', currency: 'JPY', approximate: true, target: 'Russia' }]],
  ['Switzerland has frozen 7.4 billion Swiss francs in Russian assets.', [{ text: '7.4 billion Swiss francs in Russian assets', currency: 'CHF', count: 7400000000 }]],
  ['The bank was hit with a $1.3bn fine for sanctions breaches.', [{ text: '$1.3bn fine', unit: 'fine', count: 1300000000 }]],
  ['A US$4.7 billion penalty was imposed by OFAC.', [{ text: 'US$4.7 billion penalty', currency: 'USD', imposer: 'OFAC' }]],
  ['In total, the EU has listed over 2,100 individuals and entities under its Russia sanctions regime.', [{ text: 'over 2,100 individuals and entities', count: 2100, min: 2101, imposer: 'the EU' }]],
  ['The UK sanctioned 11 members of the Iranian Revolutionary Guard Corps.', [{ text: '11 members', target: 'Iran', imposer: 'The UK' }]],
  ['The new sanctions freeze the assets of 30 Syrian officials.', [{ text: '30 Syrian officials', target: 'Syria' }]],
  ['The sanctions package, the 16th since 2022, targets 74 vessels.', [{ text: '74 vessels', count: 74 }]],
  ['Sanctions against Iran were tightened in 2018, when the US reimposed them on 700 individuals.', [{ text: '700 individuals', imposer: 'the US', target: 'Iran' }]],
  ['The US designated five Hamas officials on Friday.', [{ text: 'five Hamas officials', count: 5, target: 'Hamas', imposer: 'The US' }]],
  ['The Treasury Department sanctioned three Venezuelan judges and a dozen companies.', [{ text: 'three Venezuelan judges', target: 'Venezuela' }, { text: 'a dozen companies', count: 12 }]],
  ['Officials said the package includes sanctions on about 200 vessels and 30 banks.', [{ text: 'about 200 vessels', approximate: true }, { text: '30 banks', count: 30 }]],
  ['Since 2022, G7 countries have immobilised about $280 billion of Russian central bank assets.', [{ text: 'about $280 billion of Russian central bank assets', count: 280e9, currency: 'USD', approximate: true, target: 'Russia' }]],
  ['A total of 1,700 Russians have been sanctioned by the UK.', [{ text: '1,700 Russians', qualifier: null, target: 'Russia', imposer: 'the UK' }]],
  ['The Treasury Department’s Office of Foreign Assets Control (OFAC) designated 12 individuals and 8 entities involved in the scheme.', [
    { text: '12 individuals', imposer: 'The Treasury Department’s Office of Foreign Assets Control' },
    { text: '8 entities', imposer: 'The Treasury Department’s Office of Foreign Assets Control' },
  ]],
  ['In London, the Foreign Office sanctioned 50 individuals, and fined a British firm £465,000 for breaching Russia sanctions.', [
    { text: '50 individuals', imposer: 'the Foreign Office', target: 'Russia' },
    { text: '£465,000', count: 465000, currency: 'GBP', unit: 'fine', imposer: 'the Foreign Office', target: 'Russia' },
  ]],
  ['Britain has frozen £22 billion of Russian assets since the invasion, officials said.', [{ text: '£22 billion of Russian assets', unit: 'Russian assets', imposer: 'Britain', target: 'Russia' }]],
  ['OFAC sanctioned 22 Russia-linked crypto exchanges operating in Moscow.', [{ text: '22 Russia-linked crypto exchanges', target: 'Russia', imposer: 'OFAC' }]],
  ['The sanctions froze 12 bank accounts belonging to the general.', [{ text: '12 bank accounts', unit: 'bank accounts' }]],
  ['Treasury sanctioned 12 suspected smugglers and 3 people accused of fraud.', [{ text: '12 suspected smugglers' }, { text: '3 people' }]],
  // --- negatives: counts of other things in sanctions context
  ['Treasury said 1,200 people attended the briefing on sanctions.', []],
  ['About 60 percent of the entities sanctioned were based in China.', []],
  ['Sanctions on Russia have been eased for 5 humanitarian groups.', []],
  ['TD Bank agreed to pay $3 billion in penalties for money laundering.', []],
  ['Sanctioned Russian oligarchs own at least 50 superyachts.', []],
  ['The US sanctioned nearly 400 entities. | The targets include firms run by 12 people close to the Kremlin.', [{ text: 'nearly 400 entities' }]],
  ['Russia has been sanctioned by more than 40 countries.', []],
  ['The sanctions, which took effect on 1 March, affect 2 million people in the region.', []],
  ['The United States lifted sanctions on Iran. | It also agreed to pay $1.7 billion to settle a 1981 claim.', []],
  ['Emissions rose after the province froze the tax at 30 Canadian dollars in 2012.', []],
  ['It had two columns, one listing the facts and another listing the omissions.', []],
  ['OFAC designated the bank last year. | The bank paid a $5 million fine.', [{ text: '$5 million fine', unit: 'fine', count: 5e6 }]],
  ['Iran’s oil exports fell to 300,000 barrels a day under US sanctions.', []],
  ['Washington imposed sanctions on Rosneft and 20 other oil companies.', [{ text: '20 other oil companies', imposer: 'Washington' }]],
  ['Washington sanctioned 10 Chinese firms last week; Beijing responded by sanctioning 5 US defense contractors.', [
    { text: '10 Chinese firms', imposer: 'Washington', target: 'China' },
    { text: '5 US defense contractors', target: 'United States' },
  ]],
  ['The Justice Department is seizing 32 internet domains used by Russian actors, and Treasury announced sanctions.', []],
  ['Garland announced charges against two employees of RT, while Treasury imposed sanctions on Russia.', []],
  ['The sanctions were imposed on February 23, 2024, on the eve of two years of the war.', []],
  ['Russia’s economy grew 3.6 percent despite the sanctions.', []],
  ['The 2022 sanctions hit Russian exports hard.', []],
  ['The EU adopted its 14th sanctions package on Monday.', []],
  ['Sanctions have cost Russia $300 billion in lost revenue, analysts said.', []],
  ['Meta was fined $1.3 billion by the EU over data transfers.', []],
  ['The war has killed more than 10,000 civilians, the UN said.', []],
  ['The Treasury sanctioned Iran’s central bank three years ago.', []],
  ['Sanctions relief could free up to 6 billion dollars for humanitarian trade, officials said.', []],
  ['Putin said that if Harris is doing well, maybe she would not impose sanctions on Russia.', []],
  ['The Biden administration has placed several sanctions against Russia.', []],
  ['Executive Order 14024 authorizes sanctions on Russia.', []],
  // a day before its month's name is a date, whatever follows it
  ['The State Department on 15 August placed sanctions on three officials linked to cyber attacks.', [{ text: 'three officials', count: 3, unit: 'officials' }]],
  ['The Council of the European Union on 19 March blacklisted nearly 200 organizations.', [{ text: 'nearly 200 organizations', count: 200, qualifier: 'nearly' }]],
  ['The 5 March sanctions hit 12 Russian banks.', [{ text: '12 Russian banks', count: 12 }]],
  // after the head noun, a number or a time word starts something else; before it, a time word modifies it
  ['The EU froze $5bn in assets three weeks ago under sanctions.', [{ text: '$5bn in assets', count: 5e9, unit: 'assets', currency: 'USD' }]],
  ['The shipping firm was hit with a £6,850,000 fine three weeks ago for breaching sanctions on France.', [{ text: '£6,850,000 fine', unit: 'fine', currency: 'GBP' }]],
  ['OFAC imposed a $5m fine earlier this year over sanctions breaches.', [{ text: '$5m fine', unit: 'fine' }]],
  ['The bloc adopted two earlier packages of sanctions.', [{ text: 'two earlier packages of sanctions', count: 2, unit: 'earlier packages of sanctions' }]],
  ['Two officials said the sanctions would come soon.', []],
];

describe('annotateSanctions: figure cases', () => {
  it.each(CASES.map(([text, expected], i) => [i, text, expected] as const))('case %i: %s', (_i, text, expected) => {
    const got = figures(text);
    expect(got.map((f) => f.text)).toEqual(expected.map((e) => e.text ?? expect.any(String)));
    expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
  });
});

describe('annotateSanctions: contract', () => {
  it('every figure span slices the text, date is left to the linker, rule ids are sanction.*', () => {
    for (const [source] of [...CASES, ...NEWS]) {
      const text = plain(source);
      for (const f of figures(source)) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.date).toBeNull();
        expect(f.rule).toMatch(/^sanction\.[a-z-]+$/);
      }
    }
  });

  it('offsets count the header and survive non-ASCII text before the figure', () => {
    const text = 'date 2024-09-09\n\n“Sanctions” — Kyiv’s view. Treasury sanctioned nearly 400 individuals.';
    const [f] = annotateSanctions(toDoc('case.txt', text));
    expect(f?.text).toBe('nearly 400 individuals');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('a continuation needs a sanctions sentence before it in the same paragraph', () => {
    expect(figures('The company was founded long ago. | The targets include more than 60 companies.')).toEqual([]);
    expect(figures('The US sanctioned nearly 400 entities.\n\nThe targets include more than 60 companies.').map((f) => f.text)).toEqual(['nearly 400 entities']);
    expect(figures('The US sanctioned nearly 400 entities. | The targets include more than 60 companies.').map((f) => f.text)).toEqual(['nearly 400 entities', 'more than 60 companies']);
  });

  it('finds every figure and no seized domain in a 2,000-paragraph article', () => {
    const para = 'On May 1, 2024, the United States imposed sanctions on nearly 300 entities and individuals. | The Justice Department seized 32 domains.';
    const source = Array.from({ length: 2000 }, () => para).join('\n\n');
    const got = figures(source);
    expect(got).toHaveLength(2000);
    expect(new Set(got.map((f) => f.text))).toEqual(new Set(['nearly 300 entities and individuals']));
  });
});

describe('annotateSanctions: fixtures', () => {
  for (const f of fixtures()) {
    it(`${f.name}: figures match the gold's text, count, bounds, unit, imposer and target`, () => {
      if (!f.gold) return;
      const got = annotateSanctions(toDoc(f.file, f.text));
      const pick = (x: SanctionFigure) => ({
        text: x.text, start: x.start, end: x.end, count: x.count, qualifier: x.qualifier, min: x.min, max: x.max,
        approximate: x.approximate, unit: x.unit, currency: x.currency, imposer: x.imposer, target: x.target,
      });
      expect(got.map(pick)).toEqual(f.gold.sanctions.map(pick));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// News cases: every field of every figure, or no figure at all.

/** [text, count, qualifier, min, max, approximate, unit, currency, imposer, target] */
type Row = [string, number | null, string | null, number | null, number | null, boolean, string, string | null, string | null, string | null];

const row = ([text, count, qualifier, min, max, approximate, unit, currency, imposer, target]: Row) => ({
  text, count, qualifier, min, max, approximate, unit, currency, imposer, target,
});

/**
 * Sentences as news writes them (` | ` separates sentences, a blank line paragraphs) and the figures
 * a reader takes from them under ANNOTATION.md, every field given; `[]` is "no figure".
 */
const NEWS: Array<[string, Row[]]> = [
  // --- qualifiers and the bounds they set
  ['The Treasury Department on Thursday sanctioned upwards of 200 entities tied to Iran’s oil trade.', [['upwards of 200 entities', 200, 'upwards of', 201, null, false, 'entities', null, 'The Treasury Department', 'Iran']]],
  ['The EU has frozen in excess of €20 billion in Russian assets.', [['in excess of €20 billion in Russian assets', 2e10, 'in excess of', 2e10, null, false, 'Russian assets', 'EUR', 'The EU', 'Russia']]],
  ['Britain has sanctioned no fewer than 1,700 Russian individuals.', [['no fewer than 1,700 Russian individuals', 1700, 'no fewer than', 1700, null, false, 'Russian individuals', null, 'Britain', 'Russia']]],
  ['The US has sanctioned at most 12 Chinese banks, officials said.', [['at most 12 Chinese banks', 12, 'at most', null, 12, false, 'Chinese banks', null, 'The US', 'China']]],
  ['The package will list as many as 80 vessels of Russia’s shadow fleet, diplomats said.', [['as many as 80 vessels', 80, 'as many as', null, 80, false, 'vessels', null, null, 'Russia']]],
  ['Japan has sanctioned close to 400 Russian individuals and entities since 2022.', [['close to 400 Russian individuals and entities', 400, 'close to', null, 400, true, 'Russian individuals and entities', null, 'Japan', 'Russia']]],
  ['The United States imposed sanctions on just under 100 Chinese companies.', [['just under 100 Chinese companies', 100, 'just under', null, 100, true, 'Chinese companies', null, 'The United States', 'China']]],
  ['Canada sanctioned around 60 Iranian officials over the crackdown on protesters.', [['around 60 Iranian officials', 60, 'around', null, null, true, 'Iranian officials', null, 'Canada', 'Iran']]],
  ['Australia imposed sanctions on approximately 50 Russian oligarchs.', [['approximately 50 Russian oligarchs', 50, 'approximately', null, null, true, 'Russian oligarchs', null, 'Australia', 'Russia']]],
  ['Washington has blacklisted roughly 1,000 Chinese entities.', [['roughly 1,000 Chinese entities', 1000, 'roughly', null, null, true, 'Chinese entities', null, 'Washington', 'China']]],
  ['The State Department designated exactly 12 North Korean agents.', [['exactly 12 North Korean agents', 12, 'exactly', 12, 12, false, 'North Korean agents', null, 'The State Department', 'North Korea']]],
  ['Treasury sanctioned 500 or more shell companies.', [['500 or more shell companies', 500, 'or more', 500, null, false, 'shell companies', null, 'Treasury', null]]],
  ['OFAC designated between 15 and 20 vessels carrying Iranian oil.', [['between 15 and 20 vessels', null, 'between', 15, 20, false, 'vessels', null, 'OFAC', 'Iran']]],
  ['The EU sanctioned 20 to 25 Belarusian officials.', [['20 to 25 Belarusian officials', null, null, 20, 25, false, 'Belarusian officials', null, 'The EU', 'Belarus']]],
  ['OFAC designated more than two dozen entities and seven vessels.', [
    ['more than two dozen entities', 24, 'more than', 25, null, false, 'entities', null, 'OFAC', null],
    ['seven vessels', 7, null, 7, 7, false, 'vessels', null, 'OFAC', null],
  ]],
  // --- numbers: words, vague amounts, scale words, currencies
  ['The US sanctioned more than a dozen Chinese firms.', [['more than a dozen Chinese firms', 12, 'more than', 13, null, false, 'Chinese firms', null, 'The US', 'China']]],
  ['OFAC sanctioned a handful of Iranian officials.', [['a handful of Iranian officials', null, null, null, null, true, 'Iranian officials', null, 'OFAC', 'Iran']]],
  ['The Treasury sanctioned two dozen Russian defense firms.', [['two dozen Russian defense firms', 24, null, 24, 24, false, 'Russian defense firms', null, 'The Treasury', 'Russia']]],
  ['Britain has sanctioned dozens of Russian oligarchs.', [['dozens of Russian oligarchs', null, null, null, null, true, 'Russian oligarchs', null, 'Britain', 'Russia']]],
  ['The United States has sanctioned hundreds of Chinese companies.', [['hundreds of Chinese companies', null, null, null, null, true, 'Chinese companies', null, 'The United States', 'China']]],
  ['The US has frozen $5bn in Afghan central bank reserves.', [['$5bn in Afghan central bank reserves', 5e9, null, 5e9, 5e9, false, 'Afghan central bank reserves', 'USD', 'The US', 'Afghanistan']]],
  ['OFSI fined the bank £2.3m for breaching Russia sanctions.', [['£2.3m', 2.3e6, null, 2.3e6, 2.3e6, false, 'fine', 'GBP', 'OFSI', 'Russia']]],
  ['The European Commission fined the firm €4.7 billion for breaching sanctions on Iran.', [['€4.7 billion', 4.7e9, null, 4.7e9, 4.7e9, false, 'fine', 'EUR', 'The European Commission', 'Iran']]],
  ['OFAC imposed a $968 million penalty on the bank for violations of Iran sanctions.', [['$968 million penalty', 968e6, null, 968e6, 968e6, false, 'penalty', 'USD', 'OFAC', 'Iran']]],
  ['The bank agreed to pay $1.2 billion to settle charges that it violated US sanctions on Cuba.', [['$1.2 billion', 1.2e9, null, 1.2e9, 1.2e9, false, 'settlement', 'USD', 'US', 'Cuba']]],
  ['The European Commission fined the bank €4.7 billion ($5.1 billion) for breaching sanctions on Iran.', [['€4.7 billion', 4.7e9, null, 4.7e9, 4.7e9, false, 'fine', 'EUR', 'The European Commission', 'Iran']]],
  ['Switzerland has frozen 7.4 billion Swiss francs of Russian assets.', [['7.4 billion Swiss francs of Russian assets', 7.4e9, null, 7.4e9, 7.4e9, false, 'Russian assets', 'CHF', 'Switzerland', 'Russia']]],
  ['Japan has frozen ¥300 billion of Russian central bank assets.', [['¥300 billion of Russian central bank assets', 3e11, null, 3e11, 3e11, false, 'Russian central bank assets', 'JPY', 'Japan', 'Russia']]],
  ['Deutsche Bank agreed to pay a $258 million fine for violating sanctions on Iran and Syria.', [['$258 million fine', 258e6, null, 258e6, 258e6, false, 'fine', 'USD', null, 'Iran']]],
  // --- the counted phrase: coordination, hyphens, lists, partitives, `of` phrases
  ['Washington imposed sanctions on Rosneft and 20 other oil companies.', [['20 other oil companies', 20, null, 20, 20, false, 'other oil companies', null, 'Washington', null]]],
  ['The EU imposed sanctions on the Wagner Group and 11 of its commanders.', [['11 of its commanders', 11, null, 11, 11, false, 'commanders', null, 'The EU', 'Wagner Group']]],
  ['The EU imposed sanctions on 200 individuals and 100 entities.', [
    ['200 individuals', 200, null, 200, 200, false, 'individuals', null, 'The EU', null],
    ['100 entities', 100, null, 100, 100, false, 'entities', null, 'The EU', null],
  ]],
  ['Britain announced sanctions on 50 people and 12 companies linked to the Kremlin.', [
    ['50 people', 50, null, 50, 50, false, 'people', null, 'Britain', 'Russia'],
    ['12 companies', 12, null, 12, 12, false, 'companies', null, 'Britain', 'Russia'],
  ]],
  ['The US Treasury on Thursday sanctioned three Iranian companies and two individuals.', [
    ['three Iranian companies', 3, null, 3, 3, false, 'Iranian companies', null, 'The US Treasury', 'Iran'],
    // the sentence's one target carries to the other figure of the same action
    ['two individuals', 2, null, 2, 2, false, 'individuals', null, 'The US Treasury', 'Iran'],
  ]],
  ['OFAC sanctioned 14 Chinese and Hong Kong-based front companies.', [['14 Chinese and Hong Kong-based front companies', 14, null, 14, 14, false, 'Chinese and Hong Kong-based front companies', null, 'OFAC', 'China']]],
  ['The US imposed sanctions on nearly 300 entities and individuals.', [['nearly 300 entities and individuals', 300, 'nearly', null, 300, true, 'entities and individuals', null, 'The US', null]]],
  ['The administration has sanctioned nearly 900 people, companies and vessels over Iran’s oil sales.', [['nearly 900 people, companies and vessels', 900, 'nearly', null, 900, true, 'people, companies and vessels', null, 'The administration', 'Iran']]],
  ['The US imposed sanctions on two of the three Iranian shipping companies.', [['two of the three Iranian shipping companies', 2, null, 2, 2, false, 'Iranian shipping companies', null, 'The US', 'Iran']]],
  ['The US sanctioned 10 of Russia’s biggest banks.', [['10 of Russia’s biggest banks', 10, null, 10, 10, false, 'Russia’s biggest banks', null, 'The US', 'Russia']]],
  ['The EU imposed sanctions on three of North Korea’s top military officials.', [['three of North Korea’s top military officials', 3, null, 3, 3, false, 'North Korea’s top military officials', null, 'The EU', 'North Korea']]],
  ['OFAC designated 11 members of the Iranian Revolutionary Guard Corps.', [['11 members', 11, null, 11, 11, false, 'members', null, 'OFAC', 'Iran']]],
  ['The EU has adopted 14 packages of sanctions against Russia.', [['14 packages of sanctions', 14, null, 14, 14, false, 'packages of sanctions', null, 'The EU', 'Russia']]],
  ['Japan froze the assets of 36 individuals and 22 entities in Russia.', [
    ['36 individuals', 36, null, 36, 36, false, 'individuals', null, 'Japan', 'Russia'],
    ['22 entities', 22, null, 22, 22, false, 'entities', null, 'Japan', 'Russia'],
  ]],
  ['Treasury sanctioned 4 North Korean IT workers who earned $88 million for Pyongyang.', [['4 North Korean IT workers', 4, null, 4, 4, false, 'North Korean IT workers', null, 'Treasury', 'North Korea']]],
  // --- imposers
  ['Brussels has sanctioned more than 100 Belarusian officials.', [['more than 100 Belarusian officials', 100, 'more than', 101, null, false, 'Belarusian officials', null, 'Brussels', 'Belarus']]],
  ['London on Tuesday sanctioned 25 Russian oligarchs.', [['25 Russian oligarchs', 25, null, 25, 25, false, 'Russian oligarchs', null, 'London', 'Russia']]],
  ['The European Council on Monday listed 54 individuals and 30 entities responsible for actions undermining Ukraine.', [
    ['54 individuals', 54, null, 54, 54, false, 'individuals', null, 'The European Council', null],
    ['30 entities', 30, null, 30, 30, false, 'entities', null, 'The European Council', null],
  ]],
  ['The State Department imposed visa restrictions on 30 Nicaraguan officials.', [['30 Nicaraguan officials', 30, null, 30, 30, false, 'Nicaraguan officials', null, 'The State Department', 'Nicaragua']]],
  ['President Biden announced sanctions on more than 500 targets in Russia.', [['more than 500 targets', 500, 'more than', 501, null, false, 'targets', null, 'Biden', 'Russia']]],
  ['The United States, the EU and the UK on Friday imposed sanctions on more than 300 targets.', [['more than 300 targets', 300, 'more than', 301, null, false, 'targets', null, 'The United States, the EU and the UK', null]]],
  ['OFAC, the Treasury’s sanctions office, designated 12 Iranian oil tankers.', [['12 Iranian oil tankers', 12, null, 12, 12, false, 'Iranian oil tankers', null, 'OFAC', 'Iran']]],
  ['Britain, meanwhile, sanctioned 20 Russian oligarchs.', [['20 Russian oligarchs', 20, null, 20, 20, false, 'Russian oligarchs', null, 'Britain', 'Russia']]],
  ['The EU, on Monday, adopted sanctions on 30 Belarusian officials.', [['30 Belarusian officials', 30, null, 30, 30, false, 'Belarusian officials', null, 'The EU', 'Belarus']]],
  // the words before the comma end an aside with a verb of its own, not the subject
  ['The measures, adopted under Article 29 of the Treaty, target 12 people.', [['12 people', 12, null, 12, 12, false, 'people', null, null, null]]],
  ['The EU adopted its 14th package of sanctions, which targets 116 individuals and entities.', [['116 individuals and entities', 116, null, 116, 116, false, 'individuals and entities', null, 'The EU', null]]],
  ['The EU’s 15th sanctions package lists 54 individuals and 30 entities.', [
    ['54 individuals', 54, null, 54, 54, false, 'individuals', null, 'The EU', null],
    ['30 entities', 30, null, 30, 30, false, 'entities', null, 'The EU', null],
  ]],
  ['The G7 agreed to sanction 100 more Russian vessels.', [['100 more Russian vessels', 100, null, 100, 100, false, 'more Russian vessels', null, 'The G7', 'Russia']]],
  ['Secretary of State Antony Blinken announced sanctions on 20 Russian officials.', [['20 Russian officials', 20, null, 20, 20, false, 'Russian officials', null, 'Antony Blinken', 'Russia']]],
  ['Treasury Secretary Janet Yellen on Friday sanctioned 12 Russian banks.', [['12 Russian banks', 12, null, 12, 12, false, 'Russian banks', null, 'Janet Yellen', 'Russia']]],
  // --- targets
  ['The sanctions hit 20 Moscow-based banks.', [['20 Moscow-based banks', 20, null, 20, 20, false, 'Moscow-based banks', null, null, 'Russia']]],
  ['Treasury sanctioned 7 Iranian-owned shipping firms.', [['7 Iranian-owned shipping firms', 7, null, 7, 7, false, 'Iranian-owned shipping firms', null, 'Treasury', 'Iran']]],
  ['The Treasury Department sanctioned more than 120 individuals and entities accused of helping Iran ship oil.', [['more than 120 individuals and entities', 120, 'more than', 121, null, false, 'individuals and entities', null, 'The Treasury Department', 'Iran']]],
  ['OFAC imposed a $216 million penalty on a Singapore-based shipping firm over shipments of Iranian oil.', [['$216 million penalty', 216e6, null, 216e6, 216e6, false, 'penalty', 'USD', 'OFAC', 'Iran']]],
  ['Regulators fined the lender $1.3bn for breaching US sanctions on Iran.', [['$1.3bn', 1.3e9, null, 1.3e9, 1.3e9, false, 'fine', 'USD', 'Regulators', 'Iran']]],
  ['The EU sanctioned 31 companies in China and Turkey that helped Russia obtain military technology.', [['31 companies', 31, null, 31, 31, false, 'companies', null, 'The EU', 'Russia']]],
  ['The US sanctioned 12 entities and 6 individuals in Iran, China and the UAE.', [
    ['12 entities', 12, null, 12, 12, false, 'entities', null, 'The US', 'Iran'],
    ['6 individuals', 6, null, 6, 6, false, 'individuals', null, 'The US', 'Iran'],
  ]],
  // a qualified number after `and` starts another figure too
  ['The US sanctioned 326 firms and nearly two dozen entities.', [
    ['326 firms', 326, null, 326, 326, false, 'firms', null, 'The US', null],
    ['nearly two dozen entities', 24, 'nearly', null, 24, true, 'entities', null, 'The US', null],
  ]],
  ['Britain sanctioned seven tankers and more than 20 vessels.', [
    ['seven tankers', 7, null, 7, 7, false, 'tankers', null, 'Britain', null],
    ['more than 20 vessels', 20, 'more than', 21, null, false, 'vessels', null, 'Britain', null],
  ]],
  // --- coreference to an earlier sentence or paragraph
  ['The United States imposed sanctions on Russia on Friday. | The measures target more than 500 people and companies.', [['more than 500 people and companies', 500, 'more than', 501, null, false, 'people and companies', null, 'The United States', 'Russia']]],
  ['The European Union on Tuesday approved new sanctions against Russia, listing 75 individuals.\n\nThe package also targets 31 companies in China.', [
    ['75 individuals', 75, null, 75, 75, false, 'individuals', null, 'The European Union', 'Russia'],
    ['31 companies', 31, null, 31, 31, false, 'companies', null, 'The European Union', 'Russia'],
  ]],
  ['The EU on Monday adopted its 14th package of sanctions against Russia. | It lists 116 individuals and entities.', [['116 individuals and entities', 116, null, 116, 116, false, 'individuals and entities', null, 'The EU', 'Russia']]],
  ['Britain announced new sanctions on Thursday. | The move targets 50 Russian individuals.', [['50 Russian individuals', 50, null, 50, 50, false, 'Russian individuals', null, 'Britain', 'Russia']]],
  ['The EU approved its 17th package of sanctions against Russia on Tuesday.\n\nSince Russia’s invasion of Ukraine, the bloc has sanctioned more than 2,400 individuals and entities.', [['more than 2,400 individuals and entities', 2400, 'more than', 2401, null, false, 'individuals and entities', null, 'the bloc', 'Russia']]],
  ['Britain on Thursday imposed sanctions on 13 individuals linked to Russia’s military, and said it had now sanctioned more than 2,000 targets.\n\nThe new designations include four ships.', [
    ['13 individuals', 13, null, 13, 13, false, 'individuals', null, 'Britain', 'Russia'],
    ['more than 2,000 targets', 2000, 'more than', 2001, null, false, 'targets', null, 'Britain', 'Russia'],
    ['four ships', 4, null, 4, 4, false, 'ships', null, 'Britain', 'Russia'],
  ]],
  ['OFSI fined a bank £465,000 for breaching Russia sanctions.\n\nSeparately, EU ambassadors agreed to a new package. | The package, worth an estimated €2 billion in trade, is expected to list about 60 individuals.', [
    ['£465,000', 465000, null, 465000, 465000, false, 'fine', 'GBP', 'OFSI', 'Russia'],
    // another action came between: the fine's imposer and target do not carry
    ['about 60 individuals', 60, 'about', null, null, true, 'individuals', null, null, null],
  ]],
  ['Britain said it would sanction 50 more people linked to the Kremlin.', [['50 more people', 50, null, 50, 50, false, 'more people', null, 'Britain', 'Russia']]],
  ['The EU, whose 27 members approved a 13th package on Wednesday, listed 106 individuals and 88 entities.', [
    ['106 individuals', 106, null, 106, 106, false, 'individuals', null, 'The EU', null],
    ['88 entities', 88, null, 88, 88, false, 'entities', null, 'The EU', null],
  ]],
  ['The United States imposed sanctions on more than 500 targets, and the Commerce Department added 93 entities to its trade blacklist.\n\nThose designated include 12 executives of Rosatom.', [
    ['more than 500 targets', 500, 'more than', 501, null, false, 'targets', null, 'The United States', null],
    ['93 entities', 93, null, 93, 93, false, 'entities', null, 'the Commerce Department', null],
    // two imposers before it: which one designated them is not said
    ['12 executives', 12, null, 12, 12, false, 'executives', null, null, 'Rosatom'],
  ]],
  ['Overall, EU restrictive measures now apply to over 2,200 individuals and entities.', [['over 2,200 individuals and entities', 2200, 'over', 2201, null, false, 'individuals and entities', null, 'EU', null]]],
  ['Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is sanctioning nearly 300 individuals and entities.', [['nearly 300 individuals and entities', 300, 'nearly', null, 300, true, 'individuals and entities', null, 'the Department of the Treasury’s Office of Foreign Assets Control', null]]],
  ['The new listings bring the number of Russia-related targets sanctioned by Washington to more than 4,000.', [['more than 4,000', 4000, 'more than', 4001, null, false, 'Russia-related targets', null, 'Washington', 'Russia']]],
  ['In a statement, the Treasury said it froze Russian assets worth $1.2 billion.', [['$1.2 billion', 1.2e9, null, 1.2e9, 1.2e9, false, 'assets', 'USD', 'the Treasury', 'Russia']]],
  ['Moscow has been hit with more than 16,500 sanctions since 2022.', [['more than 16,500 sanctions', 16500, 'more than', 16501, null, false, 'sanctions', null, null, 'Russia']]],
  ['The European Union has so far frozen €28 billion of Russian assets.', [['€28 billion of Russian assets', 28e9, null, 28e9, 28e9, false, 'Russian assets', 'EUR', 'The European Union', 'Russia']]],
  ['Russia’s central bank has some $300 billion in assets frozen in the West.', [['some $300 billion in assets', 3e11, 'some', null, null, true, 'assets', 'USD', null, 'Russia']]],
  ['More than 100 Russian banks and 20 oil companies were sanctioned by the EU.', [
    ['More than 100 Russian banks', 100, 'More than', 101, null, false, 'Russian banks', null, 'the EU', 'Russia'],
    ['20 oil companies', 20, null, 20, 20, false, 'oil companies', null, 'the EU', 'Russia'],
  ]],
  ['Washington blocked $3.5 billion in Afghan central bank assets held in the US.', [['$3.5 billion in Afghan central bank assets', 3.5e9, null, 3.5e9, 3.5e9, false, 'Afghan central bank assets', 'USD', 'Washington', 'Afghanistan']]],
  // --- no figure: numbers that count other things in a sanctions context
  ['Police seized $5 billion in drug money. | The court blocked $5 billion in funding.', []],
  ['The company said it would comply with the sanctions. | It added 20 jobs in Ohio.', []],
  ['The US imposed sanctions on Russia on Friday. | The measures target its procurement networks in 26 countries.', []],
  ['The sanctions raised the number of unemployed people to 2 million.', []],
  ['The Justice Department seized 32 internet domains used by Russian actors and charged two employees of RT, while the Treasury announced sanctions on Russia.', []],
  ['The House voted 420-9 to sanction Chinese officials.', []],
  ['The 62-year-old oligarch was sanctioned by the EU in 2022.', []],
  ['Russia’s economy shrank 2.1 percent in 2023 under the weight of sanctions.', []],
  ['The strike killed 12 people hours after the EU adopted new sanctions.', []],
  ['The sanctions were approved by 24 of the 27 member states.', []],
  ['The 27 EU member states approved the 14th package of sanctions on Monday.', []],
  ['The company’s shares fell 12 percent after the US imposed sanctions.', []],
  ['Since the sanctions began, Iran’s oil exports have fallen by 1.5 million barrels a day.', []],
  ['The UN Security Council voted 13-0 to impose sanctions on North Korea.', []],
  ['Treasury sanctioned the network on Thursday. | The State Department also offered rewards of up to $15 million for information on its finances.', []],
  ['OFAC said the violations involved 1,000 transactions over five years.', []],
  ['The temperature fell to -5 degrees as EU ministers met to discuss sanctions.', []],
  ['Sanctioned firms account for 15 percent of Russia’s oil exports.', []],
  ['About 1,000 people protested against the sanctions in Tehran.', []],
  ['The US sanctioned the bank, which has 12,000 employees and 300 branches.', []],
  ['The network shipped Iranian crude worth more than $4 billion last year, according to the sanctions notice.', []],
  ['Aldgate Metals made 37 payments worth £12.4 million to two companies owned by a sanctioned Russian businessman.', []],
  // --- only the sanctions figure among other numbers
  ['OFAC sanctioned 3 people, aged 34, 41 and 56.', [['3 people', 3, null, 3, 3, false, 'people', null, 'OFAC', null]]],
  ['In 2022, the US imposed sanctions on 1,000 Russian entities, a 40% increase.', [['1,000 Russian entities', 1000, null, 1000, 1000, false, 'Russian entities', null, 'the US', 'Russia']]],
  ['The Justice Department seized 32 internet domains and charged two employees; Treasury sanctioned 10 people.', [['10 people', 10, null, 10, 10, false, 'people', null, 'Treasury', null]]],
];

describe('news cases', () => {
  it.each(NEWS.map(([text, rows], i) => [i, text, rows] as const))('news %i: %s', (_i, source, rows) => {
    const got = figures(source).map((f) => ({
      text: f.text, count: f.count, qualifier: f.qualifier, min: f.min, max: f.max, approximate: f.approximate,
      unit: f.unit, currency: f.currency, imposer: f.imposer, target: f.target,
    }));
    expect(got).toEqual(rows.map(row));
  });

  it('holds at least 60 cases, with negatives', () => {
    expect(NEWS.length + CASES.length).toBeGreaterThanOrEqual(60);
    expect(NEWS.filter(([, rows]) => rows.length === 0).length).toBeGreaterThanOrEqual(15);
  });
});

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
    for (const [source] of CASES) {
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDates } from '../src/annotate/dates.js';
import { toDoc } from '../src/extract.js';
import type { Doc } from '../src/types.js';
import { NEED_DATES } from '../src/segment/prescan.js';
import { DATE_TRIGGERS } from '../src/vocab/triggers-dates.js';
import { generate } from '../bench/generate.js';
import { ROOT, fixtures } from './support/fixtures.js';

/**
 * The dates annotator reads only the sentences the pre-scan marks for dates (and, per pattern,
 * only those with its own trigger words): its mentions must be exactly those of reading every
 * sentence with every pattern, which it does for a document without a pre-scan.
 */
function sameAsReadingEverything(name: string, text: string): void {
  const doc = toDoc(name, text);
  expect(doc.need, name).toBeDefined();
  const everything: Doc = { ...doc, need: undefined };
  const fast = annotateDates(doc);
  const full = annotateDates(everything);
  if (JSON.stringify(fast) !== JSON.stringify(full)) expect(fast, name).toEqual(full);
}

/** Dates next to sentences without a trigger, across sentence ends, white space and hyphens. */
const EDGES = [
  'Martin Luther King Jr.\nDay will be marked on Monday by the city.',
  'They will meet by Martin Luther King Jr. Day, officials said.',
  'He said he would see them tmr.\n5 p.m. is the time they set.',
  'The meeting was on Monday.\n5 p.m. was when it started.',
  'Crowds gathered on\n5 March in the main square.',
  'The office opens every Sun. It closes each Thurs. Nobody knows why.',
  'Results came in the first\nhalf of 2016, the company said.',
  'They paid at the end of the\nmonth. Nobody complained.',
  'It was       \n\n      March        2016 when it all began.',
  'It was the end of\n\n   the   year   when the talks began.',
  'Prices rose in the past. Now they fall. Recently, more than two and a half years ago, it happened.',
  'On the twenty second they voted. On May first they may first consider it. By the thirtieth, all was done.',
  'The twenty-first century began. The 1990s were calm. Q3 2016 results came. The filing is dated 4/5/2016.',
  'It took twenty - - - - first place in the race, he said.',
  'A story with no date at all goes on and on, and on, without any word that names a time.\nThen 2016.',
  'The vote is Friday, the 13th. They met the following day. Three days later, they left.',
  'In an interview, he said: "We will be there at noon." Then, at midnight, they left.',
  'The Christmas party was fun. We went home by Christmas. The Labor Day parade was on Labor Day.',
  'They meet twice a year, every other month, on Mondays and Sunday mornings at 9.',
  'It happened three Sundays ago, in the spring of 2015, during the fall in prices.',
  'The rest of the year, this time last year, year-end 2016 and the first week of March.',
  'The report was filed on 16.\nNov. 2016, they said.',
  'It took more than 2.\n5 hours, in 2016,\nMarch or so.',
  'The vote is on Friday,\n7.6, he said.',
  'In the early\n1990s and the \u201990s, in the mid-\n80s. Results for Q3\n2016, 2016Q3 and H1 2017 came in the first quarter of 2016.',
  'The poll ran from 4 to\n22 this month, 4-23 in next month and 4 to 22 January,\n1995.',
  'They met Monday tonight. It is Friday now, he said. They left Sunday last night.\nMonday\ntomorrow, they said.',
  'The minister left yesterday afternoon. They meet tomorrow at 5 this afternoon. It ended today at midnight.',
  'Some 40,000 people, 5 percent of the town, paid $3 million. At 3 this afternoon, 12 more came. At 10:30 they left.',
  'It was filed 2016 10 5, or 2016-10-5, or 9.5.2016, or 9/5, or 10/2016, at 10-11 a.m., 5pm or 7 o\u2019clock.',
  'The vote was at the end of this months, 3 of them said. By the end of the month, 4 more.',
  'We go the weekend today. On a weekday, tomorrow, they rest. He left on the last day of this year, by the end of this week.',
  'Thus, we know the day. The sun sat low that night, and now it is day.',
  'Well, as planned, in the first half of next year, and, early this month, some time in the final weeks of the\nseason, they met.',
  'Yes; no: (maybe) [the end of] “the start of” 2016, or the middle of... summer.',
  'In September they may meet. On the fifth of September, by the end of September, on the last day of February, they met.',
  'They met on the twenty-first of March and the thirteenth\nof May. Around the clock, work goes on. They met on September\n\n5.',
  'In September, 5 people came. They may meet 3 times in May, on 5-of-May, Sept.. 5, 2016.jan.5 or May first, 40 said.',
  'It rose 2.5 percent, 10-20 people said. On 5.5.16, 2016 10-5 and 2016-10 5 they met; 9/5 and 5/2016 too.',
];

const CORPUS = generate({ articles: 60, seed: 20241122, fixtures: false });

/** Words that lead into a date or follow one, alone: no trigger among them. */
const LEADS = ['officials said on', 'it was the end of the', 'more than two and a half', 'in the first', 'every other', 'Martin Luther King Jr.', 'at', 'from', 'between', 'this', 'last', 'the following', '(', 'on the', 'the early', 'mid-', 'some', 'the', 'of', 'ago', 'later', 'and a half', 'at least', 'the council met again', 'ET', 'by'];
/** Pieces of dates, each with a trigger. */
const PIECES = ['Monday', '5 p.m.', 'March 5', '2016', 'next week', 'the next day', 'day', 'noon', 'twenty first', 'Christmas', 'years ago', 'tmr', 'now', 'May', 'spring', 'quarter', 'the 1990s', 'Q3', '10-11', 'Sundays', 'daily', 'tonight', 'century', 'eleventh', 'o\'clock', 'month', 'weekend', 'in the past', 'hours', 'yesterday afternoon', '40,000', '5 percent', '2016 10', '9.5', '10:30', '5pm', '$3', 'at 3', 'the last day of this', 'the weekend', 'weekday', 'September', 'fifth of', 'the end of'];
const JOINTS = [' ', '. ', '.\n', '\n', '\n\n', ', ', ' - ', '; ', '" ', '   \n  '];

/** A seeded mix of lead words, date pieces and sentence ends. */
function mixes(n: number, seed: number): string[] {
  let x = seed;
  const pick = <T>(a: readonly T[]): T => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return a[x % a.length]!;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    for (let k = 0; k < 14; k++) t += pick([LEADS, LEADS, PIECES] as const).length ? pick(pick([LEADS, LEADS, PIECES])) + pick(JOINTS) : '';
    out.push(t);
  }
  return out;
}

describe('dates: reading only the sentences with a trigger changes nothing', () => {
  for (const fx of fixtures()) {
    it(`fixture ${fx.name}`, () => sameAsReadingEverything(fx.file, fx.text));
  }
  it('dates next to sentences without a trigger', () => {
    for (const [i, body] of EDGES.entries()) {
      sameAsReadingEverything(`edge-${i}.txt`, `date 2016-01-15\n\n${body}`);
      sameAsReadingEverything(`edge-${i}-nodate.txt`, body);
    }
  });
  it('mixes of date pieces and the words around dates, joined across sentence ends', () => {
    for (const [i, body] of mixes(400, 7).entries()) sameAsReadingEverything(`mix-${i}.txt`, `date 2016-01-15\n\n${body}`);
  });
  it('generated articles', () => {
    for (const a of CORPUS) sameAsReadingEverything(a.name, a.text);
  });
});

/** Pieces of what chrono reads as (parts of) dates, and the counts and sums around them. */
const CHRONO_PIECES = ['Monday', '5 p.m.', 'March 5', '2016', 'next week', 'noon', 'twenty first', 'tmr', 'now', 'May', 'may', '10-11', 'tonight', 'today', 'yesterday', 'tomorrow', "o'clock", 'month', 'weekend', 'weekday', 'week', 'year', 'months', 'afternoon', 'night', 'morning', '40,000', '5 percent', '2016 10', '9.5', '10:30', '5pm', '$3', '3', '12', '31', '5th', 'fifth', 'thirteenth', 'September', 'Sept.', 'Dec', 'midnight', 'last night', 'lastnight', 'this month', 'this year', 'this week', '2 days', 'weeks', 'Friday,', 'Sat', 'thus', 'know', '9/5', '5/2016', '2016-09-05', 'T10:00', '1,234', '100', 'am', 'pm', 'a.m.', 'the end', 'day', 'days', 'within', 'midday', 'overmorrow', 'tmrw', 'qtr', 'mo', 'first', 'second', 'end of', 'last day of', 'twenty-first', '5th of', 'Sept', 'Mar', 'Jan.', '2015', '15', 'of', 'sun', 'the weekend', '1st'];
const CHRONO_LEADS = ['officials said on', 'the last day of', 'at', 'from', 'this', 'last', 'next', 'on the', 'of', 'ago', 'later', 'by', 'to', 'until', 'and', ',', '-', 'in', 'since', 'after', 'the', 'about'];
const CHRONO_JOINTS = ['. ', '.\n', '\n', '\n\n', ', ', ' - ', '; ', '" ', ' to ', ' at ', ' of ', '-', '/'];

/** Short seeded texts of 2 to 6 chrono pieces and lead words, mostly joined by a space. */
function chronoMixes(n: number, seed: number): string[] {
  let x = seed;
  const rnd = (): number => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    for (let k = 0; k < 2 + (i % 5); k++) t += (rnd() < 2 / 3 ? pick(CHRONO_PIECES) : pick(CHRONO_LEADS)) + (rnd() < 0.5 ? ' ' : pick(CHRONO_JOINTS));
    out.push(t);
  }
  return out;
}

describe("dates: chrono reads every run of sentences that may hold a date it keeps", () => {
  it('short mixes of what chrono reads as dates (a weekday before a casual date, a day from the end of a period, a digit in a count)', () => {
    for (const [i, body] of chronoMixes(3000, 5).entries()) sameAsReadingEverything(`chrono-${i}.txt`, `date 2016-01-15\n\n${body}`);
  });
});

/** The texts of the dates annotator's own cases. */
const CASE_TEXTS = [...readFileSync(join(ROOT, 'test', 'dates.test.ts'), 'utf8').matchAll(/text: '((?:[^'\\]|\\.)*)'/g)].map((m) =>
  m[1]!.replace(/\\'/g, "'").replace(/\\n/g, '\n'),
);

describe('dates: a sentence cut anywhere reads the same', () => {
  it("the dates annotator's cases, each cut at every space", () => {
    expect(CASE_TEXTS.length).toBeGreaterThan(100);
    for (const [i, t] of CASE_TEXTS.entries()) {
      for (const m of t.matchAll(/ /g)) {
        for (const cut of ['\n', '.\n', ', ', ' (\n']) sameAsReadingEverything(`case-${i}-${m.index}.txt`, `date 2016-01-15\n\n${t.slice(0, m.index)}${cut}${t.slice(m.index + 1)}`);
      }
    }
  });
});

describe('dates: the trigger words', () => {
  it('are lower-case single words, without counts, ordinals or quantifiers', () => {
    for (const w of DATE_TRIGGERS) expect(w).toMatch(/^\p{Ll}+$/u);
    for (const w of ['one', 'two', 'first', 'third', 'last', 'next', 'every', 'each', 'the', 'half', 'few']) expect(DATE_TRIGGERS).not.toContain(w);
  });

  it('leave a sentence with counts and ordinals alone, and mark one with a date', () => {
    const doc = toDoc('a.txt', 'date 2016-01-15\n\nThe first two candidates spoke last. They spoke on Monday.');
    const body = doc.sentences.filter((s) => s.start >= doc.bodyStart);
    expect(body.map((s) => (doc.need![s.index]! & NEED_DATES) !== 0)).toEqual([false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { annotateDates } from '../src/annotate/dates.js';
import { toDoc } from '../src/extract.js';
import type { DateMention } from '../src/types.js';

type Expected = [text: string, type: DateMention['type'], value: string | null, mod?: DateMention['mod']];

interface Case {
  /** Article date, or null for a file without a header. */
  date: string | null;
  text: string;
  /** Every mention the annotator must return, in order: an empty list is a negative case. */
  expect: Expected[];
}

function run(date: string | null, body: string): DateMention[] {
  const text = date ? `date ${date}\n\n${body}` : body;
  return annotateDates(toDoc('case.txt', text));
}

// 2024-09-05 is a Thursday.
const THU = '2024-09-05';

const CASES: Case[] = [
  // Calendar dates and weekdays, past preference.
  { date: THU, text: 'Russian President Vladimir Putin on Thursday appeared to endorse Harris.', expect: [['Thursday', 'DATE', '2024-09-05']] },
  { date: '2024-09-09', text: 'In an interview he gave on Thursday, September 5, while attending the forum, Putin spoke.', expect: [['Thursday, September 5', 'DATE', '2024-09-05']] },
  { date: '2024-09-09', text: 'On Wednesday, September 4, Attorney General Merrick Garland had announced charges.', expect: [['Wednesday, September 4', 'DATE', '2024-09-04']] },
  { date: THU, text: 'The minister resigned on Monday.', expect: [['Monday', 'DATE', '2024-09-02']] },
  { date: THU, text: 'The minister will resign on Monday.', expect: [['Monday', 'DATE', '2024-09-09']] },
  { date: THU, text: 'Talks are set to resume on Tuesday in Geneva.', expect: [['Tuesday', 'DATE', '2024-09-10']] },
  { date: THU, text: 'The vote happened last Sunday.', expect: [['last Sunday', 'DATE', '2024-09-01']] },
  { date: THU, text: 'They meet again next Friday.', expect: [['next Friday', 'DATE', '2024-09-13']] },
  { date: THU, text: 'The court ruled late Wednesday.', expect: [['late Wednesday', 'DATE', '2024-09-04', 'END']] },
  { date: THU, text: 'Rockets hit the city on Tuesday night.', expect: [['Tuesday night', 'TIME', '2024-09-03TNI']] },
  { date: THU, text: 'The statement came at 3 p.m. Thursday.', expect: [['3 p.m. Thursday', 'TIME', '2024-09-05T15:00']] },
  { date: THU, text: 'On February 23, 2024, Biden had slapped over 500 sanctions against Russia.', expect: [['February 23, 2024', 'DATE', '2024-02-23']] },
  { date: THU, text: 'The deal was signed Feb. 23, 2024, in Kyiv.', expect: [['Feb. 23, 2024', 'DATE', '2024-02-23']] },
  { date: THU, text: 'The filing is dated 9/5/2024.', expect: [['9/5/2024', 'DATE', '2024-09-05']] },
  { date: THU, text: 'The raid took place on Sept. 2.', expect: [['Sept. 2', 'DATE', '2024-09-02']] },
  { date: THU, text: 'The hearing will be held on Sept. 2.', expect: [['Sept. 2', 'DATE', '2025-09-02']] },
  { date: THU, text: 'The accord was reached on December 20.', expect: [['December 20', 'DATE', '2023-12-20']] },
  { date: THU, text: 'The summit opens October 14 in Brussels.', expect: [['October 14', 'DATE', '2024-10-14']] },
  { date: THU, text: 'He was born on 5 December 1961.', expect: [['5 December 1961', 'DATE', '1961-12-05']] },
  { date: THU, text: 'The decree of January 12 of 2016 still applies.', expect: [['January 12 of 2016', 'DATE', '2016-01-12']] },
  { date: THU, text: 'Prices rose on Friday the 30th, traders said.', expect: [['Friday the 30th', 'DATE', '2024-08-30']] },
  { date: THU, text: 'The vote was held Tues. and again on Sunday the first.', expect: [['Tues', 'DATE', '2024-09-03'], ['Sunday the first', 'DATE', '2024-09-01']] },
  { date: THU, text: 'Payments resume on the 20th of next month.', expect: [['the 20th of next month', 'DATE', '2024-10-20']] },
  { date: THU, text: 'The strike began on the 2nd, the union said.', expect: [['the 2nd', 'DATE', '2024-09-02']] },
  { date: THU, text: 'Elections are held on the first Tuesday of November.', expect: [['the first Tuesday of November', 'DATE', '2024-11-05']] },
  { date: THU, text: 'More than 1,000 people have died since October 7.', expect: [['October 7', 'DATE', '2023-10-07']] },
  // Months, seasons, quarters, years, decades.
  { date: '2024-09-09', text: 'Russia would back Harris in the US presidential elections in November.', expect: [['November', 'DATE', '2024-11']] },
  { date: '2024-09-09', text: 'Russia is seeking to interfere in the November election.', expect: [['November', 'DATE', '2024-11']] },
  { date: THU, text: 'Inflation peaked in March, the bank said.', expect: [['March', 'DATE', '2024-03']] },
  { date: THU, text: 'Sales slumped in November 2023.', expect: [['November 2023', 'DATE', '2023-11']] },
  { date: THU, text: 'The plant closed last November.', expect: [['last November', 'DATE', '2023-11']] },
  { date: THU, text: 'The strike began in mid-August.', expect: [['mid-August', 'DATE', '2024-08', 'MID']] },
  { date: THU, text: 'The law takes effect in early January.', expect: [['early January', 'DATE', '2025-01', 'START']] },
  { date: THU, text: 'Earlier this year, Putin threw his support behind Biden.', expect: [['Earlier this year', 'DATE', '2024', 'START']] },
  { date: THU, text: 'The company expects a recovery later this year.', expect: [['later this year', 'DATE', '2024', 'END']] },
  { date: THU, text: 'Unemployment fell last week.', expect: [['last week', 'DATE', '2024-W35']] },
  { date: THU, text: 'The talks collapsed this week.', expect: [['this week', 'DATE', '2024-W36']] },
  { date: THU, text: 'Exports rose last month.', expect: [['last month', 'DATE', '2024-08']] },
  { date: THU, text: 'The budget will be presented next year.', expect: [['next year', 'DATE', '2025']] },
  { date: THU, text: 'The firm posted a loss in the third quarter.', expect: [['the third quarter', 'DATE', '2024-Q3']] },
  { date: THU, text: 'It reported a third-quarter loss of $1.2 billion.', expect: [['third-quarter', 'DATE', '2024-Q3']] },
  { date: THU, text: 'Revenue grew in the fourth quarter of 2023.', expect: [['the fourth quarter of 2023', 'DATE', '2023-Q4']] },
  { date: THU, text: 'Output fell in Q2 2024.', expect: [['Q2 2024', 'DATE', '2024-Q2']] },
  { date: THU, text: 'Growth slowed in the first half of 2024.', expect: [['the first half of 2024', 'DATE', '2024-H1']] },
  { date: THU, text: 'The offensive stalled this summer.', expect: [['this summer', 'DATE', '2024-SU']] },
  { date: THU, text: 'A deal will come in the spring.', expect: [['the spring', 'DATE', '2025-SP']] },
  { date: THU, text: 'Putin is playing for a win in the 2024 presidential race.', expect: [['2024', 'DATE', '2024']] },
  { date: THU, text: 'Putin authorized actions during the 2016 and 2020 elections.', expect: [['2016', 'DATE', '2016'], ['2020', 'DATE', '2020']] },
  { date: THU, text: 'According to an investigation into the 2020 election, it was found.', expect: [['2020', 'DATE', '2020']] },
  { date: THU, text: 'The economy boomed in the 1990s.', expect: [['the 1990s', 'DATE', '199']] },
  { date: THU, text: 'The scheme dates to the early 2000s.', expect: [['the early 2000s', 'DATE', '200', 'START']] },
  { date: THU, text: 'Debt has doubled since 2019.', expect: [['2019', 'DATE', '2019']] },
  { date: THU, text: 'The reform is expected in mid-2025.', expect: [['mid-2025', 'DATE', '2025', 'MID']] },
  { date: THU, text: 'The data for 2016/11 was revised.', expect: [['2016/11', 'DATE', '2016-11']] },
  { date: THU, text: 'The 2023-24 budget and the 2010-12 plan were cut.', expect: [['2023', 'DATE', '2023'], ['2010', 'DATE', '2010']] },
  { date: THU, text: 'Sales fell in Q3 this year.', expect: [['Q3 this year', 'DATE', '2024-Q3']] },
  { date: THU, text: 'March was the deadliest month of the war.', expect: [['March', 'DATE', '2024-03']] },
  { date: THU, text: "Ukraine's counteroffensive began last summer.", expect: [['last summer', 'DATE', '2023-SU']] },
  { date: '2025-01-15', text: 'Heating bills soared this winter.', expect: [['this winter', 'DATE', '2024-WI']] },
  { date: THU, text: 'The deadline is midnight on Friday, and the vote is at noon Tuesday.', expect: [['midnight on Friday', 'TIME', '2024-09-06T24:00'], ['noon Tuesday', 'TIME', '2024-09-10T12:00']] },
  { date: THU, text: 'The summit is on Friday.', expect: [['Friday', 'DATE', '2024-09-06']] },
  { date: THU, text: 'He is in hospital after being attacked on Monday.', expect: [['Monday', 'DATE', '2024-09-02']] },
  { date: '2016-05-19', text: 'Several threatened to disrupt the convention in Philadelphia in July.', expect: [['July', 'DATE', '2016-07']] },
  { date: '2016-04-26', text: 'Leaders do not want to alienate the voters Clinton needs in November or risk losing the vast new donor base Mr. Sanders has created.', expect: [['November', 'DATE', '2016-11']] },
  { date: '2016-05-19', text: 'April Mellody, a spokeswoman, declined to comment.', expect: [] },
  { date: '2016-02-10', text: "Tuesday's outcome is unlikely to change the race.", expect: [['Tuesday', 'DATE', '2016-02-09']] },
  { date: '2016-02-18', text: 'Turnout could be higher on Saturday.', expect: [['Saturday', 'DATE', '2016-02-20']] },
  { date: '2016-02-09', text: 'The campaign is organizing in Super Tuesday states.', expect: [] },
  // Relative days, narrative days, references.
  { date: THU, text: 'The ministry said on Wednesday that it would respond today.', expect: [['Wednesday', 'DATE', '2024-09-04'], ['today', 'DATE', '2024-09-05']] },
  { date: THU, text: 'The bill passed yesterday.', expect: [['yesterday', 'DATE', '2024-09-04']] },
  { date: THU, text: 'Strikes were reported last night.', expect: [['last night', 'TIME', '2024-09-04TNI']] },
  { date: THU, text: 'The ceasefire was agreed on Sept. 1. Fighting resumed the next day.', expect: [['Sept. 1', 'DATE', '2024-09-01'], ['the next day', 'DATE', '2024-09-02']] },
  { date: THU, text: 'It was the last day of the summit.', expect: [] },
  { date: THU, text: 'Trump had recently mocked Kamala Harris.', expect: [['recently', 'DATE', 'PAST_REF']] },
  { date: THU, text: 'The agency is currently reviewing the case.', expect: [['currently', 'DATE', 'PRESENT_REF']] },
  { date: THU, text: 'Prices are now falling.', expect: [['now', 'DATE', 'PRESENT_REF']] },
  { date: THU, text: 'He may run again in the future.', expect: [['the future', 'DATE', 'FUTURE_REF']] },
  { date: THU, text: 'Three days from now the polls open.', expect: [['Three days from now', 'DATE', '2024-09-08']] },
  // N units ago: the unit's granularity.
  { date: THU, text: 'The invasion began more than two and a half years ago.', expect: [['more than two and a half years ago', 'DATE', '2022', 'MORE_THAN']] },
  { date: THU, text: 'He was elected four years ago.', expect: [['four years ago', 'DATE', '2020']] },
  { date: THU, text: 'The blast happened three days ago.', expect: [['three days ago', 'DATE', '2024-09-02']] },
  { date: THU, text: 'The fund was set up two months ago.', expect: [['two months ago', 'DATE', '2024-07']] },
  { date: THU, text: 'The leak surfaced a few weeks ago.', expect: [['a few weeks ago', 'DATE', 'PAST_REF']] },
  // Durations.
  { date: '2024-09-09', text: "Putin's remarks came less than 24 hours after the allegations.", expect: [['less than 24 hours', 'DURATION', 'PT24H', 'LESS_THAN']] },
  { date: THU, text: 'On the eve of the completion of two years of the war, sanctions followed.', expect: [['two years', 'DURATION', 'P2Y']] },
  { date: THU, text: 'He served two and a half years in prison.', expect: [['two and a half years', 'DURATION', 'P2Y6M']] },
  { date: THU, text: 'The war has lasted a decade.', expect: [['a decade', 'DURATION', 'P10Y']] },
  { date: THU, text: 'The siege lasted nearly 900 days.', expect: [['nearly 900 days', 'DURATION', 'P900D', 'APPROX']] },
  { date: THU, text: 'Rescuers worked for about an hour and a half.', expect: [['about an hour and a half', 'DURATION', 'PT1H30M', 'APPROX']] },
  { date: THU, text: 'Inflation doubled over the past decade.', expect: [['the past decade', 'DURATION', 'P10Y']] },
  { date: THU, text: 'The investigation will take several months.', expect: [['several months', 'DURATION', 'PXM']] },
  { date: THU, text: 'They signed a two-year contract.', expect: [['two-year', 'DURATION', 'P2Y']] },
  { date: THU, text: 'The 30-minute call ended without a deal.', expect: [['30-minute', 'DURATION', 'PT30M']] },
  { date: THU, text: 'He spent more than 15 years in exile.', expect: [['more than 15 years', 'DURATION', 'P15Y', 'MORE_THAN']] },
  // Sets.
  { date: THU, text: 'The report is published every year.', expect: [['every year', 'SET', 'P1Y']] },
  { date: THU, text: 'The board meets weekly.', expect: [['weekly', 'SET', 'P1W']] },
  { date: THU, text: 'Protesters gather on Mondays.', expect: [['Mondays', 'SET', 'XXXX-WXX-1']] },
  { date: THU, text: 'The fund loses $5 billion a year.', expect: [['a year', 'SET', 'P1Y']] },
  { date: THU, text: 'Elections are held every four years.', expect: [['every four years', 'SET', 'P4Y']] },
  { date: THU, text: 'Trains leave every night at 9 and on Sunday mornings.', expect: [['every night at 9', 'SET', 'T21:00'], ['Sunday mornings', 'SET', 'XXXX-WXX-7TMO']] },
  { date: THU, text: 'Every day 100 people die, he said.', expect: [['Every day', 'SET', 'P1D']] },
  { date: THU, text: 'He had to do one day a week of community service.', expect: [['one day', 'DURATION', 'P1D'], ['a week', 'SET', 'P1W']] },
  { date: THU, text: 'The channel runs 24 hours a day.', expect: [['24 hours', 'DURATION', 'PT24H'], ['a day', 'SET', 'P1D']] },
  { date: THU, text: 'The festival draws 50,000 visitors each summer.', expect: [['each summer', 'SET', 'XXXX-SU']] },
  { date: THU, text: 'Workers demand $15 an hour, or 40 hours a week.', expect: [['an hour', 'SET', 'PT1H'], ['40 hours', 'DURATION', 'PT40H'], ['a week', 'SET', 'P1W']] },
  { date: THU, text: 'The crowd boomed: “Let’s defeat her in November.”', expect: [['November', 'DATE', '2024-11']] },
  { date: THU, text: 'He echoed that promise on Monday, saying he would act.', expect: [['Monday', 'DATE', '2024-09-02']] },
  { date: THU, text: 'Trump will address the convention Thursday night.', expect: [['Thursday night', 'TIME', '2024-09-05TNI']] },
  // Negatives: numbers and words that are not dates.
  { date: THU, text: 'Voters struggle in their everyday lives the day before they head to the polls.', expect: [] },
  { date: THU, text: 'He appeared on “Saturday Night Live” and on ABC’s This Week, as “All Right Now” played.', expect: [] },
  { date: THU, text: 'Inflation eased to 2.5%, from 3.0% a year earlier.', expect: [] },
  { date: THU, text: 'The Senate passed it 68-32 after a 2-1 ruling.', expect: [] },
  { date: THU, text: 'A last-minute deal ended years of war and months of talks.', expect: [] },
  { date: '2024-09-09', text: 'The Department of Justice is seizing 32 internet domains.', expect: [] },
  { date: '2024-09-09', text: 'Biden had slapped over 500 sanctions against Russia.', expect: [] },
  { date: THU, text: 'The assets are worth $1.2 billion, up 12.53% from the prior level.', expect: [] },
  { date: THU, text: 'Garland announced charges against 2 employees of RT.', expect: [] },
  { date: THU, text: 'The army deployed 1500 troops and 2000 tanks.', expect: [] },
  { date: THU, text: 'Putin would prefer a second Trump presidency.', expect: [] },
  { date: THU, text: 'The Arab Spring and the fall of Kabul changed the region.', expect: [] },
  { date: THU, text: 'You may say what you want, she said.', expect: [] },
  { date: THU, text: 'A 45-year-old man was arrested.', expect: [] },
  { date: THU, text: 'He wrote for the Daily Mail and USA Today.', expect: [] },
  { date: THU, text: "Hicks did not respond to USA TODAY's request for comment.", expect: [] },
  { date: THU, text: 'Open 24/7 since the 9/11 attacks.', expect: [] },
  { date: THU, text: 'The office is on the 27th floor.', expect: [] },
  { date: THU, text: 'A man in his 40s was detained.', expect: [] },
  { date: THU, text: 'Russia is planning future energy projects.', expect: [] },
  { date: THU, text: 'Around 6,107.31 units were sold.', expect: [] },
  // Without an article date: anchored values are null, absolute dates resolve.
  { date: null, text: 'On Thursday the minister resigned.', expect: [['Thursday', 'DATE', null]] },
  { date: null, text: 'On February 23, 2024, sanctions were imposed.', expect: [['February 23, 2024', 'DATE', '2024-02-23']] },
  { date: null, text: 'The invasion began two years ago.', expect: [['two years ago', 'DATE', null]] },
  { date: null, text: 'The siege lasted 24 hours.', expect: [['24 hours', 'DURATION', 'PT24H']] },
  { date: null, text: 'In 2020 the pandemic spread.', expect: [['2020', 'DATE', '2020']] },
  { date: null, text: 'Trump had recently mocked Harris, and prices rose last week.', expect: [['recently', 'DATE', 'PAST_REF'], ['last week', 'DATE', null]] },
];

describe('annotateDates: news cases', () => {
  it.each(CASES.map((c) => [`${c.date ?? 'no date'} | ${c.text}`, c] as const))('%s', (_name, c) => {
    const got = run(c.date, c.text).map((d) => [d.text, d.type, d.value, d.mod] as const);
    expect(got).toEqual(c.expect.map(([t, ty, v, m]) => [t, ty, v, m ?? null]));
  });
});

// More news cases: ranges, spelled-out and numeric days, counts anchored on the story, the
// issue's examples one by one, mods, and numbers that are not dates. 2024-09-05 is a Thursday.
const MORE_CASES: Case[] = [
  // The examples, each in a news sentence.
  { date: THU, text: 'The 2020 election was contested in court.', expect: [['2020', 'DATE', '2020']] },
  { date: THU, text: 'Sanctions were tightened last week.', expect: [['last week', 'DATE', '2024-W35']] },
  { date: THU, text: 'Profits fell in the third quarter.', expect: [['the third quarter', 'DATE', '2024-Q3']] },
  { date: THU, text: 'The offensive is expected this summer.', expect: [['this summer', 'DATE', '2024-SU']] },
  { date: THU, text: 'Inflation was high in the 1990s.', expect: [['the 1990s', 'DATE', '199']] },
  { date: THU, text: 'The verdict came at 3 p.m. Thursday.', expect: [['3 p.m. Thursday', 'TIME', '2024-09-05T15:00']] },
  { date: THU, text: 'He was jailed for two years.', expect: [['two years', 'DURATION', 'P2Y']] },
  { date: THU, text: 'The war has dragged on for a decade.', expect: [['a decade', 'DURATION', 'P10Y']] },
  { date: THU, text: 'He served two years and three months; his speech ran 3 minutes 32 seconds.', expect: [['two years and three months', 'DURATION', 'P2Y3M'], ['3 minutes 32 seconds', 'DURATION', 'PT3M32S']] },
  { date: THU, text: 'They got 5 years and 3 years, 24 hours, 7 days a week.', expect: [['5 years', 'DURATION', 'P5Y'], ['3 years', 'DURATION', 'P3Y'], ['24 hours', 'DURATION', 'PT24H'], ['7 days', 'DURATION', 'P7D'], ['a week', 'SET', 'P1W']] },
  { date: THU, text: 'The paper is published weekly.', expect: [['weekly', 'SET', 'P1W']] },
  { date: THU, text: 'Taxes are due every April 15, and the fair returns every November.', expect: [['every April 15', 'SET', 'XXXX-04-15'], ['every November', 'SET', 'XXXX-11']] },
  { date: '2016-01-20', text: 'The polls were open Tuesday from 8 a.m. to noon.', expect: [['Tuesday from 8 a.m.', 'TIME', '2016-01-19T08:00'], ['noon', 'TIME', '2016-01-19T12:00']] },
  // Tense: past on or before the article date, `will` / `upcoming` after it.
  { date: THU, text: 'He spoke on Friday.', expect: [['Friday', 'DATE', '2024-08-30']] },
  { date: THU, text: 'He will speak on Friday.', expect: [['Friday', 'DATE', '2024-09-06']] },
  { date: THU, text: 'The upcoming vote on Friday matters.', expect: [['Friday', 'DATE', '2024-09-06']] },
  { date: THU, text: 'The bill passed in November.', expect: [['November', 'DATE', '2023-11']] },
  { date: THU, text: 'Elections in November will decide it.', expect: [['November', 'DATE', '2024-11']] },
  { date: THU, text: 'Russia now controls the town.', expect: [['now', 'DATE', 'PRESENT_REF']] },
  // Every mod.
  { date: THU, text: 'The talks lasted over three hours.', expect: [['over three hours', 'DURATION', 'PT3H', 'MORE_THAN']] },
  { date: THU, text: 'The siege lasted under 10 days.', expect: [['under 10 days', 'DURATION', 'P10D', 'LESS_THAN']] },
  { date: THU, text: 'Nearly two years ago, the war began.', expect: [['Nearly two years ago', 'DATE', '2022', 'APPROX']] },
  { date: THU, text: 'The law passed in early 2023.', expect: [['early 2023', 'DATE', '2023', 'START']] },
  { date: THU, text: 'Prices dropped in the late 1990s.', expect: [['the late 1990s', 'DATE', '199', 'END']] },
  // N units ago at the unit's granularity; ahead with a future verb.
  { date: THU, text: 'Two weeks ago, the talks failed.', expect: [['Two weeks ago', 'DATE', '2024-W34']] },
  { date: THU, text: 'Six months ago the plant closed.', expect: [['Six months ago', 'DATE', '2024-03']] },
  { date: THU, text: 'The talks will resume in two weeks.', expect: [['two weeks', 'DATE', '2024-W38']] },
  { date: THU, text: 'Sanctions will take effect in 30 days.', expect: [['30 days', 'DATE', '2024-10-05']] },
  { date: THU, text: 'A ruling will come in a few days.', expect: [['a few days', 'DATE', 'FUTURE_REF']] },
  { date: THU, text: 'In two weeks he lost ten pounds.', expect: [['two weeks', 'DURATION', 'P2W']] },
  // Counts from the story's last date, and from a day word.
  { date: THU, text: 'On Sept. 1 the strike began. Three days later it ended.', expect: [['Sept. 1', 'DATE', '2024-09-01'], ['Three days later', 'DATE', '2024-09-04']] },
  { date: THU, text: 'The regime fell in 2011. Two years later, war broke out.', expect: [['2011', 'DATE', '2011'], ['Two years later', 'DATE', '2013']] },
  { date: THU, text: 'Obama won the state in 2008 but lost it four years later.', expect: [['2008', 'DATE', '2008'], ['four years later', 'DATE', '2012']] },
  { date: THU, text: 'The bank collapsed in 2008. Three days later, markets fell.', expect: [['2008', 'DATE', '2008'], ['Three days later', 'DATE', null]] },
  { date: THU, text: 'The law passed in March 2003.\n\nCritics objected.\n\nThirteen years later, a rewrite might get done.', expect: [['March 2003', 'DATE', '2003-03'], ['Thirteen years later', 'DATE', null]] },
  { date: THU, text: 'Two days later, the government fell.', expect: [['Two days later', 'DATE', '2024-09-07']] },
  { date: THU, text: 'The vote was held on Aug. 20; a week earlier, polls had closed.', expect: [['Aug. 20', 'DATE', '2024-08-20'], ['a week earlier', 'DATE', '2024-W33']] },
  { date: THU, text: 'The law took effect two days later than planned.', expect: [['two days', 'DURATION', 'P2D']] },
  { date: THU, text: 'Talks resume two days from tomorrow.', expect: [['two days from tomorrow', 'DATE', '2024-09-08']] },
  { date: THU, text: 'The market reopens two Mondays from now.', expect: [['two Mondays from now', 'DATE', '2024-09-16']] },
  // Ranges: two dates, the first end reading the second's month and year.
  { date: '2025-03-07', text: 'The payments were made between March and November 2023.', expect: [['March', 'DATE', '2023-03'], ['November 2023', 'DATE', '2023-11']] },
  { date: '2025-03-07', text: 'Prices rose between March and November.', expect: [['March', 'DATE', '2024-03'], ['November', 'DATE', '2024-11']] },
  { date: THU, text: 'The strike ran from Aug. 2 to Aug. 22.', expect: [['Aug. 2', 'DATE', '2024-08-02'], ['Aug. 22', 'DATE', '2024-08-22']] },
  { date: THU, text: 'The fair runs November 19-20.', expect: [['November 19', 'DATE', '2024-11-19'], ['20', 'DATE', '2024-11-20']] },
  { date: THU, text: 'Voting runs from 4 to 22 this month.', expect: [['4', 'DATE', '2024-09-04'], ['22 this month', 'DATE', '2024-09-22']] },
  { date: THU, text: 'The trial ran from 4 to 22 January, 1995.', expect: [['4', 'DATE', '1995-01-04'], ['22 January, 1995', 'DATE', '1995-01-22']] },
  { date: THU, text: 'He was in office from 2017 to 2021.', expect: [['2017', 'DATE', '2017'], ['2021', 'DATE', '2021']] },
  { date: THU, text: 'The talks are set for next week between Wednesday and Friday.', expect: [['next week', 'DATE', '2024-W37'], ['Wednesday', 'DATE', '2024-09-11'], ['Friday', 'DATE', '2024-09-13']] },
  { date: THU, text: 'The talks will run from Monday to Friday.', expect: [['Monday', 'DATE', '2024-09-09'], ['Friday', 'DATE', '2024-09-13']] },
  { date: THU, text: 'The talks ran from Monday to Friday.', expect: [['Monday', 'DATE', '2024-08-26'], ['Friday', 'DATE', '2024-08-30']] },
  { date: THU, text: 'The committee voted 12 to 9 in March.', expect: [['March', 'DATE', '2024-03']] },
  { date: '2016-03-15', text: 'In the poll, conducted March 11-13, 40 percent backed him.', expect: [['March 11', 'DATE', '2016-03-11'], ['13', 'DATE', '2016-03-13']] },
  { date: THU, text: 'Delegates met between 10-11 a.m. on Saturday.', expect: [['10', 'TIME', '2024-08-31T10:00'], ['11 a.m. on Saturday', 'TIME', '2024-08-31T11:00']] },
  { date: THU, text: 'The show airs from 6 a.m. to 9 a.m.', expect: [['6 a.m.', 'TIME', '2024-09-05T06:00'], ['9 a.m.', 'TIME', '2024-09-05T09:00']] },
  { date: THU, text: 'Markets open this week 8am sharp.', expect: [['this week', 'DATE', '2024-W36'], ['8am', 'TIME', '2024-09-05T08:00']] },
  { date: '2016-07-30', text: 'Stocks rose on Friday. The yield fell from 1.51 percent the day before. The euro rose from $1.1074 the day before.', expect: [['Friday', 'DATE', '2016-07-29'], ['the day before', 'DATE', '2016-07-28'], ['the day before', 'DATE', '2016-07-28']] },
  // Days spelled out, numeric days, weekdays with their date.
  { date: THU, text: 'The summit will open May twenty one.', expect: [['May twenty one', 'DATE', '2025-05-21']] },
  { date: THU, text: 'The deal was signed on the twenty second, officials said.', expect: [['the twenty second', 'DATE', '2024-08-22']] },
  { date: THU, text: 'The rally happened on Thursday (Sept. 5).', expect: [['Thursday (Sept. 5)', 'DATE', '2024-09-05']] },
  { date: THU, text: 'The vote was held on Tuesday, Sept. 3.', expect: [['Tuesday, Sept. 3', 'DATE', '2024-09-03']] },
  { date: THU, text: 'The council met on the second Monday.', expect: [['the second Monday', 'DATE', '2024-09-09']] },
  { date: THU, text: 'The sanctions imposed on 24 February 2022 remain.', expect: [['24 February 2022', 'DATE', '2022-02-24']] },
  { date: THU, text: "The accord of March 11, '16 still holds.", expect: [["March 11, '16", 'DATE', '2016-03-11']] },
  { date: THU, text: 'The report was filed on 16. Nov. 2016.', expect: [['16. Nov. 2016', 'DATE', '2016-11-16']] },
  { date: THU, text: 'The data for 2016 - 11 were revised.', expect: [['2016 - 11', 'DATE', '2016-11']] },
  { date: '2015-12-16', text: 'Banks have been stable since the 2007-09 financial crisis.', expect: [['2007', 'DATE', '2007']] },
  // Negatives.
  { date: THU, text: 'In August twenty-one soldiers died.', expect: [['August', 'DATE', '2024-08']] },
  { date: THU, text: 'Prices rose in October. 2 people died.', expect: [['October', 'DATE', '2023-10']] },
  { date: THU, text: 'The ballots went out October. 2', expect: [['October. 2', 'DATE', '2023-10-02']] },
  { date: THU, text: 'The team won on the second attempt.', expect: [] },
  { date: '2024-09-20', text: 'It was his first Sunday in office.', expect: [['Sunday', 'DATE', '2024-09-15']] },
  { date: THU, text: 'Turnout rose by 4.5 percent.', expect: [] },
  { date: THU, text: 'Shares fell on 2.5 million trades.', expect: [] },
  { date: THU, text: 'The index closed at 4.22.', expect: [] },
  { date: THU, text: 'The bill passed on 15 votes to 12.', expect: [] },
  { date: THU, text: 'The fine was $1.2 billion.', expect: [] },
  { date: THU, text: 'The vote was 5-4 on Monday.', expect: [['Monday', 'DATE', '2024-09-02']] },
  { date: THU, text: 'You may one day regret it.', expect: [] },
  // Weeks of a month or a year: the ISO week of the month's n-th (last) Thursday, the year's n-th ISO week.
  { date: '2015-11-20', text: "Clinton's peak came the last week of October after a debate.", expect: [['the last week of October', 'DATE', '2015-W44']] },
  { date: '2016-03-20', text: 'Three polls conducted the first week of March have Clinton ahead.', expect: [['the first week of March', 'DATE', '2016-W09']] },
  { date: THU, text: 'Talks stalled in the second week of January 2015.', expect: [['the second week of January 2015', 'DATE', '2015-W02']] },
  { date: THU, text: 'The fund closed the first week of 2015.', expect: [['the first week of 2015', 'DATE', '2015-W01']] },
  { date: THU, text: 'Payments start the first week of next month.', expect: [['the first week of next month', 'DATE', '2024-W40']] },
  { date: THU, text: 'The summit is scheduled for the week of March 4.', expect: [['the week of March 4', 'DATE', '2025-W10']] },
  { date: THU, text: 'He campaigned hard in the last week of the race.', expect: [] },
  { date: THU, text: 'Obama signed it in the last year of his presidency.', expect: [] },
  // Quarters and halves in other words.
  { date: '2016-01-31', text: 'Sanders raised $33 million during the last three months of 2015.', expect: [['the last three months of 2015', 'DATE', '2015-Q4']] },
  { date: THU, text: 'Trade declined 40 percent in the first six months of this year.', expect: [['the first six months of this year', 'DATE', '2024-H1']] },
  { date: THU, text: 'The index rose in the latter half of the year.', expect: [['the latter half of the year', 'DATE', '2024-H2']] },
  { date: THU, text: 'Growth will pick up in the back half of 2025.', expect: [['the back half of 2025', 'DATE', '2025-H2']] },
  { date: THU, text: 'The latter quarter was weak.', expect: [] },
  { date: '2016-01-31', text: 'Twitter added few users over the last quarter.', expect: [['the last quarter', 'DATE', '2015-Q4']] },
  { date: THU, text: 'He scored twice in the last quarter of the game.', expect: [] },
  { date: THU, text: 'Shares will rally in the last quarter.', expect: [] },
  // Centuries, year ends, the same time a year back, what is left of a period.
  { date: THU, text: 'It was one of the 20th century’s worst atrocities.', expect: [['the 20th century', 'DATE', '19']] },
  { date: THU, text: 'Critics call him a student of the 20th-century organizer.', expect: [['20th-century', 'DATE', '19']] },
  { date: THU, text: 'The church dates from the late twelfth century.', expect: [['the late twelfth century', 'DATE', '11', 'END']] },
  { date: THU, text: 'The city was founded in the fifth century BC.', expect: [] },
  { date: THU, text: 'He could be a footnote by year’s end.', expect: [["year’s end", 'DATE', '2024', 'END']] },
  { date: '2016-01-31', text: "Cruz had a bigger cash balance at year's end.", expect: [["year's end", 'DATE', '2015', 'END']] },
  { date: THU, text: 'Prices are higher than this time last year.', expect: [['this time last year', 'DATE', '2023-09-05', 'APPROX']] },
  { date: THU, text: 'Sales were up from the same time a year ago.', expect: [['the same time a year ago', 'DATE', '2023-09-05', 'APPROX']] },
  { date: THU, text: 'This time he will win.', expect: [] },
  { date: '2016-11-07', text: 'Shares will stay flat for the rest of the year.', expect: [['the rest of the year', 'DURATION', 'P54D']] },
  { date: '2016-11-07', text: 'The office stays shut the rest of this week.', expect: [['the rest of this week', 'DURATION', 'P6D']] },
  { date: THU, text: 'In 2015 shares fell for the rest of the year.', expect: [['2015', 'DATE', '2015'], ['the rest of the year', 'DURATION', 'PXD']] },
  { date: THU, text: 'Read the rest of the story here.', expect: [] },
  { date: THU, text: 'Refunds arrive within 10 business days; shares fell over the past five trading days.', expect: [['10 business days', 'DURATION', 'P10D'], ['the past five trading days', 'DURATION', 'P5D']] },
  { date: THU, text: 'The last trading day of the year was quiet.', expect: [] },
  { date: '2015-12-19', text: 'After this fall in prices in energy resources, the budget shrank.', expect: [] },
  { date: THU, text: 'He will campaign this fall in Ohio and in the Senate race.', expect: [['this fall', 'DATE', '2024-FA']] },
  { date: '2016-07-28', text: 'It is the government under which we still live today, more than 200 years later.', expect: [['today', 'DATE', '2016-07-28'], ['more than 200 years later', 'DATE', null, 'MORE_THAN']] },
  { date: THU, text: 'Half backed Clinton, and three-quarters said the same of Sanders.', expect: [] },
  { date: THU, text: 'Profits fell for three quarters in a row.', expect: [['three quarters', 'DURATION', 'P9M']] },
  // `the following` / `the previous`: told from the story's last date, from the article's when none comes before.
  { date: THU, text: 'He was elected in 2008, and the following year he signed the law.', expect: [['2008', 'DATE', '2008'], ['the following year', 'DATE', '2009']] },
  { date: THU, text: 'In 2010 the deal collapsed; the previous year, talks had stalled.', expect: [['2010', 'DATE', '2010'], ['the previous year', 'DATE', '2009']] },
  { date: THU, text: 'Sales rose 5% from the previous year.', expect: [['the previous year', 'DATE', '2023']] },
  { date: THU, text: 'The bill passed in March 2019 and took effect the following month.', expect: [['March 2019', 'DATE', '2019-03'], ['the following month', 'DATE', '2019-04']] },
  { date: THU, text: 'He was elected in November 2020 and sworn in the following January.', expect: [['November 2020', 'DATE', '2020-11'], ['the following January', 'DATE', '2021-01']] },
  { date: THU, text: 'He won in the fall of 2020 and was sworn in the following January.', expect: [['the fall of 2020', 'DATE', '2020-FA'], ['the following January', 'DATE', null]] },
  { date: THU, text: 'The following week, he resigned.', expect: [['The following week', 'DATE', null]] },
  { date: THU, text: 'The fee was higher than any he reported in the previous year and a half.', expect: [] },
  { date: THU, text: 'The measure passed in the spring of last year.', expect: [['the spring of last year', 'DATE', '2023-SP']] },
  { date: THU, text: 'The deal will close by the end of the first quarter.', expect: [['the end of the first quarter', 'DATE', '2025-Q1', 'END']] },
  { date: THU, text: 'Through the first half of the 20th century, the party backed civil rights.', expect: [['the first half of the 20th century', 'DATE', '19', 'START']] },
  { date: THU, text: 'Sales rose at the start of Q2.', expect: [['the start of Q2', 'DATE', '2024-Q2', 'START']] },
  { date: THU, text: 'The party won in 2005 and lost provincial elections the next year.', expect: [['2005', 'DATE', '2005'], ['the next year', 'DATE', '2006']] },
  { date: THU, text: 'In March 2016 he quit. The next month, a former staffer resigned.', expect: [['March 2016', 'DATE', '2016-03'], ['The next month', 'DATE', '2016-04']] },
  { date: THU, text: 'The Fed raised rates by a point over the next year.', expect: [['the next year', 'DURATION', 'P1Y']] },
  { date: THU, text: "Voters go to the polls in two weeks' time.", expect: [["two weeks' time", 'DATE', '2024-W38']] },
  { date: THU, text: "In two weeks' time he had lost everything.", expect: [['two weeks', 'DURATION', 'P2W']] },
  { date: THU, text: 'The decision came in the final days of 2023.', expect: [['the final days of 2023', 'DATE', '2023', 'END']] },
  { date: THU, text: 'Sales fell in the early months of this year.', expect: [['the early months of this year', 'DATE', '2024', 'START']] },
  { date: THU, text: 'He campaigned hard in the last days of the race.', expect: [] },
  { date: '2016-03-05', text: 'The poll was conducted Feb. 28-March 2 among 1,000 voters.', expect: [['Feb. 28', 'DATE', '2016-02-28'], ['March 2', 'DATE', '2016-03-02']] },
  { date: THU, text: 'The poll ran Nov. 30-Dec. 3, 2015.', expect: [['Nov. 30', 'DATE', '2015-11-30'], ['Dec. 3, 2015', 'DATE', '2015-12-03']] },
  { date: '2016-01-10', text: 'The survey was conducted Dec. 28-Jan. 3.', expect: [['Dec. 28', 'DATE', '2015-12-28'], ['Jan. 3', 'DATE', '2016-01-03']] },
  { date: THU, text: 'Last spring and summer were dry.', expect: [['Last spring', 'DATE', '2023-SP'], ['summer', 'DATE', '2023-SU']] },
  { date: THU, text: 'He plays spring and summer football.', expect: [] },
  // Holidays, fixed and floating, after a preposition or a deictic.
  { date: '2016-08-22', text: 'The Senate reconvenes after Labor Day.', expect: [['Labor Day', 'DATE', '2016-09-05']] },
  { date: '2015-12-23', text: 'The debate was held the Saturday before Christmas.', expect: [['Saturday', 'DATE', '2015-12-19'], ['Christmas', 'DATE', '2015-12-25']] },
  { date: '2016-09-05', text: 'He spoke on Thanksgiving, and again last Christmas.', expect: [['Thanksgiving', 'DATE', '2015-11-26'], ['last Christmas', 'DATE', '2015-12-25']] },
  { date: '2016-09-05', text: 'He hopes to finish by Christmas.', expect: [['Christmas', 'DATE', '2016-12-25']] },
  { date: '2016-09-05', text: 'The Christmas tree was lit, and the Labor Day sales began.', expect: [] },
  { date: '2016-09-05', text: 'Voters go to the polls on Election Day.', expect: [] },
  { date: '2016-09-05', text: 'Rallies were held over Labor Day weekend.', expect: [] },
  // Days listed after one month: each a date of that month; a closing year dates them all.
  { date: '2016-06-20', text: 'He seeks final approval in Orlando July 8 and 9. If he fails, he quits.', expect: [['July 8', 'DATE', '2016-07-08'], ['9', 'DATE', '2016-07-09']] },
  { date: THU, text: 'Officials met on Sept. 3 and 4, 2016, in Geneva.', expect: [['Sept. 3', 'DATE', '2016-09-03'], ['4, 2016', 'DATE', '2016-09-04']] },
  { date: THU, text: 'Talks were held Sept. 3, 4 and 5.', expect: [['Sept. 3', 'DATE', '2024-09-03'], ['4', 'DATE', '2024-09-04'], ['5', 'DATE', '2024-09-05']] },
  { date: THU, text: 'The vote on Aug. 3 and 4 percent of voters.', expect: [['Aug. 3', 'DATE', '2024-08-03']] },
  // Without an article date.
  { date: null, text: 'Talks resumed three days later.', expect: [['three days later', 'DATE', null]] },
  { date: null, text: 'Sales fell in the first week of March 2016 and the 19th century.', expect: [['the first week of March 2016', 'DATE', '2016-W09'], ['the 19th century', 'DATE', '18']] },
  { date: null, text: 'The payments were made between March and November 2023.', expect: [['March', 'DATE', '2023-03'], ['November 2023', 'DATE', '2023-11']] },
  { date: null, text: 'The report was filed on 16. Nov. 2016.', expect: [['16. Nov. 2016', 'DATE', '2016-11-16']] },
];

describe('annotateDates: more news cases (ranges, spelled days, story-anchored counts, mods)', () => {
  it.each(MORE_CASES.map((c) => [`${c.date ?? 'no date'} | ${c.text}`, c] as const))('%s', (_name, c) => {
    const got = run(c.date, c.text).map((d) => [d.text, d.type, d.value, d.mod] as const);
    expect(got).toEqual(c.expect.map(([t, ty, v, m]) => [t, ty, v, m ?? null]));
  });

  it('holds at least 80 news cases in all, negatives included', () => {
    const all = [...CASES, ...MORE_CASES];
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });
});

describe('annotateDates: contract', () => {
  const body =
    'On Wednesday, September 4, Garland announced charges.\n\nPutin on Thursday claimed he was open to talks, more than two and a half years ago.';
  const text = `date 2024-09-05\n\n${body}`;
  const doc = toDoc('x.txt', text);
  const dates = annotateDates(doc);

  it('keeps offsets into the full text, header included', () => {
    expect(dates.length).toBeGreaterThan(2);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('gives each mention the index of its sentence', () => {
    expect(dates.map((d) => d.sentence)).toEqual([0, 1, 1]);
  });

  it('ends a calendar date or clock time at the end of its sentence', () => {
    const run = `date 2016-10-05\n\nThe meeting was on Monday.\n5 p.m. was when it started. They met Monday.\nTomorrow, they said.`;
    const found = annotateDates(toDoc('run.txt', run));
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Monday', '2016-10-03'],
      ['5 p.m.', '2016-10-05T17:00'],
      ['Monday', '2016-10-03'],
      ['Tomorrow', '2016-10-06'],
    ]);
  });

  it('names the rule that produced each mention', () => {
    for (const d of dates) expect(d.rule).toMatch(/^(date|time|duration|set)\.[a-z0-9-]+$/);
  });

  // Speed is measured in `npm run bench`; a long article must finish with every mention found.
  it('finds every mention in a 4,000-sentence article', () => {
    const long = `date 2024-09-05\n\n${'Putin on Thursday said sanctions imposed in March 2023 lasted two years. '.repeat(4000)}`;
    const found = annotateDates(toDoc('long.txt', long));
    expect(found).toHaveLength(12000);
    expect(new Set(found.map((d) => d.value))).toEqual(new Set(['2024-09-05', '2023-03', 'P2Y']));
  });
});

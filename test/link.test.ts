import { describe, expect, it } from 'vitest';
import { linkQuoteDates, linkSanctionDates } from '../src/resolve/link.js';
import type { DateMention, Quote, SanctionFigure } from '../src/types.js';

const date = (start: number, end: number, sentence: number, value: string | null, type: DateMention['type'] = 'DATE'): DateMention => ({
  text: 'x'.repeat(end - start), start, end, sentence, type, value, mod: null,
});
const quote = (start: number, end: number, sentence: number, cueAt: number): Quote => ({
  id: 'q1', text: 'q', start, end, kind: 'indirect', sentence,
  cue: { text: 'said', start: cueAt, end: cueAt + 4 },
  speaker: { id: null, name: null, mention: null, resolution: 'none' }, date: null,
});
const figure = (start: number, sentence: number): SanctionFigure => ({
  text: 'f', start, end: start + 1, sentence, count: 1, qualifier: null, min: 1, max: 1, approximate: false,
  unit: 'sanctions', currency: null, imposer: null, target: null, date: null,
});

describe('linkQuoteDates', () => {
  it.each([
    ['a date before the cue dates the quote', [date(5, 13, 0, '2024-09-05')], '2024-09-05'],
    ['a date inside the reported content does not', [date(40, 48, 0, '2024-11')], null],
    ['a date in another sentence does not', [date(5, 13, 1, '2024-09-05')], null],
    ['a duration does not', [date(5, 13, 0, 'P2Y', 'DURATION')], null],
    ['a PAST_REF does not', [date(5, 13, 0, 'PAST_REF')], null],
    ['the date nearest the cue wins', [date(0, 3, 0, '2024-01-01'), date(10, 14, 0, '2024-09-05')], '2024-09-05'],
  ])('%s', (_name, dates, expected) => {
    const [q] = linkQuoteDates([quote(25, 60, 0, 15)], dates);
    expect(q!.date).toBe(expected);
  });
});

describe('linkSanctionDates', () => {
  const para = (s: number) => (s < 10 ? 0 : 1);
  it('takes the point date of its own sentence', () => {
    expect(linkSanctionDates([figure(20, 0)], [date(3, 10, 0, '2024-02-23')], para)[0]!.date).toBe('2024-02-23');
  });
  it('carries the previous figure\'s date to a dateless sentence in the same paragraph', () => {
    const out = linkSanctionDates([figure(20, 0), figure(60, 1)], [date(3, 10, 0, '2024-08-23')], para);
    expect(out.map((f) => f.date)).toEqual(['2024-08-23', '2024-08-23']);
  });
  it('does not carry a date across a paragraph break', () => {
    const out = linkSanctionDates([figure(20, 9), figure(80, 10)], [date(3, 10, 9, '2024-08-23')], para);
    expect(out.map((f) => f.date)).toEqual(['2024-08-23', null]);
  });
  it('stays null when nothing states a date', () => {
    expect(linkSanctionDates([figure(20, 0)], [], para)[0]!.date).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { linkQuoteDates, linkSanctionDates } from '../src/resolve/link.js';
import type { DateMention, Quote, SanctionFigure } from '../src/types.js';

const date = (start: number, end: number, sentence: number, value: string | null, type: DateMention['type'] = 'DATE'): DateMention => ({
  text: 'x'.repeat(end - start), start, end, sentence, type, value, mod: null,
});
const figure = (start: number, sentence: number): SanctionFigure => ({
  text: 'f', start, end: start + 1, sentence, count: 1, qualifier: null, min: 1, max: 1, approximate: false,
  unit: 'sanctions', currency: null, imposer: null, target: null, date: null,
});

/** Build a one-sentence quote and its dates from marked text: [content], {cue}, <source>, |date|. */
function scene(marked: string, values: string[]): { text: string; quote: Quote; dates: DateMention[] } {
  let text = '';
  const open: Record<string, number> = {};
  const spans: Record<string, Array<{ start: number; end: number }>> = { '[': [], '{': [], '<': [], '|': [] };
  const closer: Record<string, string> = { ']': '[', '}': '{', '>': '<' };
  for (const ch of marked) {
    if (ch in spans && !(ch === '|' && open['|'] !== undefined)) open[ch] = text.length;
    else if (ch in closer || ch === '|') {
      const k = closer[ch] ?? '|';
      spans[k]!.push({ start: open[k]!, end: text.length });
      delete open[k];
    } else text += ch;
  }
  const span = (r: { start: number; end: number } | undefined) => (r ? { text: text.slice(r.start, r.end), ...r } : null);
  const content = spans['[']![0]!;
  const quote: Quote = {
    id: 'q1', ...span(content)!, kind: 'indirect', sentence: 0, cue: span(spans['{']![0]),
    speaker: { id: 's1', name: 'X', mention: span(spans['<']![0]), resolution: 'name' }, date: null,
  };
  const dates = spans['|']!.map((r, i) => ({ ...span(r)!, sentence: 0, type: 'DATE' as const, value: values[i] ?? null, mod: null }));
  return { text, quote, dates };
}

describe('linkQuoteDates: a date dates a quote when its sentence says when the quote was made', () => {
  it.each([
    ['a date between source and cue', '<Putin> on |Thursday| {claimed} [he was open to talks].', ['2024-09-05'], '2024-09-05'],
    ['a date after the cue', '<The minister> {said} on |Monday| that [talks would resume].', ['2024-09-02'], '2024-09-02'],
    ['a fronted adverbial before the source', 'In an interview on |Thursday, September 5|, while attending a forum, <Putin> {said} that [Russia would back Harris].', ['2024-09-05'], '2024-09-05'],
    ['a date after the source of according to', '[The community continues to assess it], {according to} <reports> |earlier this year|.', ['2024'], '2024'],
    ['a past reference', '<Trump> had |recently| mocked her when he {said} ["Have you heard her laugh?"]', ['PAST_REF'], 'PAST_REF'],
    ['not a date inside the reported content', '<Putin> {said} that [Russia would back Harris in |November|].', ['2024-11'], null],
    ['not a date that modifies a noun', 'According to an investigation into the |2020| election, <the director> {found} ["that it happened."]', ['2020'], null],
    ['not a date behind a clause break', 'Trump criticized the invasion |two years ago|, and his running mate, <JD Vance>, has openly {said}, ["I don\'t care."]', ['2022'], null],
    ['not a date on the far side of the content', '<Putin> {added} that [Harris has a laugh], a reminder of how Trump had |recently| mocked her.', ['PAST_REF'], null],
    ['not a duration', '<Putin> {said} after |two years| of war that [talks could start].', [], null],
    ['the date nearest the source or cue wins', 'On |May 1|, officials met; on |Thursday| <the minister> {said} [talks would resume].', ['2024-05-01', '2024-09-05'], '2024-09-05'],
  ])('%s', (_name, marked, values, expected) => {
    const { text, quote, dates } = scene(marked, values);
    if (values.length === 0) for (const d of dates) Object.assign(d, { type: 'DURATION', value: 'P2Y' });
    expect(linkQuoteDates([quote], dates, text)[0]!.date).toBe(expected);
  });

  it('leaves a quote without cue or source undated', () => {
    const { text, quote, dates } = scene('On |Thursday| [“We will act.”]', ['2024-09-05']);
    const bare = { ...quote, cue: null, speaker: { ...quote.speaker, mention: null } };
    expect(linkQuoteDates([bare], dates, text)[0]!.date).toBeNull();
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
  it('carries the date to the next sentence across a paragraph break when it continues the same action', () => {
    const eu = (start: number, sentence: number, imposer: string | null, target: string | null = 'Russia') => ({ ...figure(start, sentence), imposer, target });
    const out = linkSanctionDates(
      [eu(20, 9, 'The European Union'), eu(80, 10, 'The European Union')],
      [date(3, 10, 9, '2025-05-20')],
      para,
    );
    expect(out.map((f) => f.date)).toEqual(['2025-05-20', '2025-05-20']);
    // Another imposer, another target, or a sentence further on: another action.
    const other = linkSanctionDates([eu(20, 9, 'The European Union'), eu(80, 10, 'the bloc')], [date(3, 10, 9, '2025-05-20')], para);
    expect(other.map((f) => f.date)).toEqual(['2025-05-20', null]);
    const otherTarget = linkSanctionDates([eu(20, 9, 'The European Union'), eu(80, 10, 'The European Union', 'Iran')], [date(3, 10, 9, '2025-05-20')], para);
    expect(otherTarget.map((f) => f.date)).toEqual(['2025-05-20', null]);
    const far = linkSanctionDates([eu(20, 9, 'The European Union'), eu(80, 11, 'The European Union')], [date(3, 10, 9, '2025-05-20')], para);
    expect(far.map((f) => f.date)).toEqual(['2025-05-20', null]);
  });
  it('does not carry a date within a paragraph to another imposer or target: another action', () => {
    const by = (start: number, sentence: number, imposer: string | null, target: string | null) => ({ ...figure(start, sentence), imposer, target });
    const dates = [date(3, 10, 0, '2024-05-01')];
    const carry = (imposer: string | null, target: string | null) =>
      linkSanctionDates([by(20, 0, 'the United States', 'Russia'), by(80, 1, imposer, target)], dates, para)[1]!.date;
    expect(carry('Britain', 'Russia')).toBeNull();
    expect(carry('the United States', 'Iran')).toBeNull();
    expect(carry('the United States', 'Russia')).toBe('2024-05-01');
    expect(carry(null, null)).toBe('2024-05-01');
    expect(carry(null, 'Russia')).toBe('2024-05-01');
  });
  it('carries the date to a second figure of the same dateless sentence', () => {
    const out = linkSanctionDates([figure(20, 0), figure(60, 1), figure(70, 1)], [date(3, 10, 0, '2025-06-12')], para);
    expect(out.map((f) => f.date)).toEqual(['2025-06-12', '2025-06-12', '2025-06-12']);
  });
  it('skips a date that says when the sanctions were reported, not imposed', () => {
    const text = 'Between March and May 2023, Washington sanctioned 300 individuals, Blinken said last month.';
    const at = (t: string) => text.indexOf(t);
    const dates = [
      { ...date(at('March'), at('March') + 5, 0, '2023-03') },
      { ...date(at('May 2023'), at('May 2023') + 8, 0, '2023-05') },
      { ...date(at('last month'), at('last month') + 10, 0, '2024-08') },
    ];
    const fig = { ...figure(at('300'), 0), end: at('300') + 15 };
    expect(linkSanctionDates([fig], dates, para, text)[0]!.date).toBe('2023-05');
    // Without the text the nearest date wins, as before.
    expect(linkSanctionDates([fig], dates, para)[0]!.date).toBe('2024-08');
    const told = 'The U.S. has sanctioned 40 firms, officials told reporters on Monday.';
    const monday = date(told.indexOf('Monday'), told.indexOf('Monday') + 6, 0, '2024-09-02');
    expect(linkSanctionDates([figure(told.indexOf('40'), 0)], [monday], para, told)[0]!.date).toBeNull();
    const acted = 'The U.S. on Monday sanctioned 40 firms, officials said.';
    const monday2 = date(acted.indexOf('Monday'), acted.indexOf('Monday') + 6, 0, '2024-09-02');
    expect(linkSanctionDates([figure(acted.indexOf('40'), 0)], [monday2], para, acted)[0]!.date).toBe('2024-09-02');
  });
  it('stays null when nothing states a date', () => {
    expect(linkSanctionDates([figure(20, 0)], [], para)[0]!.date).toBeNull();
  });
});

/**
 * The plain reading of the linking rules, every date of the sentence tried against its nearest
 * anchor: slow (items × dates × sentence length) but obviously right. The linker walks outward
 * from the anchors instead; on any layout it must pick the same date.
 */
const BREAK = /(?:, and|, but|, whereas|;|—|–|--)\s/;
const MODIFIER = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that|next|last)\s+$/iu;
function plainNearest(cands: DateMention[], anchors: Array<{ start: number; end: number }>, refuse: (d: DateMention, a: { start: number; end: number }) => boolean): DateMention | null {
  const dist = (d: DateMention, a: { start: number; end: number }) => (d.end <= a.start ? a.start - d.end : a.end <= d.start ? d.start - a.end : 0);
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of cands) {
    let anchor: { start: number; end: number } | null = null;
    let x = Infinity;
    for (const a of anchors) if (dist(d, a) < x) [x, anchor] = [dist(d, a), a];
    if (anchor && !refuse(d, anchor) && x < bestDist) [best, bestDist] = [d, x];
  }
  return best;
}
function plainQuoteDate(q: Quote, dates: DateMention[], text: string): string | null {
  const anchors = [q.cue, q.speaker.mention].filter((a) => a !== null);
  const cands = dates.filter((d) => d.sentence === q.sentence && d.value !== null && /^\d|_REF$/.test(d.value));
  const d = plainNearest(cands, anchors, (date, a) => {
    if (date.start >= q.start && date.end <= q.end) return true;
    if (MODIFIER.test(text.slice(Math.max(0, date.start - 12), date.start))) return true;
    const between = date.end <= a.start ? { start: date.end, end: a.start } : { start: a.end, end: date.start };
    if (q.start >= between.start && q.end <= between.end) return true;
    return BREAK.test(text.slice(between.start, between.end));
  });
  return d?.value ?? null;
}

describe('the linker picks what the plain reading of its rules picks, on random layouts', () => {
  // Deterministic pseudo-random layouts: words, clause breaks, determiners; dates, quotes, cues and
  // sources anywhere, overlapping one another or not.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const TOKENS = ['word ', 'said ', ', and ', ', but ', '; ', '— ', '--', '- ', 'the ', 'its ', 'on ', ', ', 'x'];
  const layout = () => {
    let text = '';
    while (text.length < 30 + rand(150)) text += TOKENS[rand(TOKENS.length)];
    const L = text.length;
    const span = (max = 12) => {
      const start = rand(L);
      return { start, end: Math.min(L, start + 1 + rand(max)) };
    };
    // Dates in text order without overlap, or shuffled and overlapping.
    const dates: DateMention[] = [];
    let at = rand(8);
    while (at < L - 1) {
      const end = Math.min(L, at + 1 + rand(8));
      dates.push(date(at, end, rand(5) === 0 ? 1 : 0, ['2024-09-05', 'PAST_REF', null, '2024'][rand(4)]!));
      at = end + rand(20);
    }
    if (rand(4) === 0) dates.push(date(rand(L - 1), L, 0, '2024-01-01'));
    if (rand(4) === 0) dates.sort(() => rand(3) - 1);
    const content = span(60);
    const quote: Quote = {
      id: 'q', text: text.slice(content.start, content.end), ...content, kind: 'direct', sentence: 0,
      cue: rand(5) === 0 ? null : { ...span(), text: '' },
      speaker: { id: 's', name: 'X', mention: rand(5) === 0 ? null : { ...span(), text: '' }, resolution: 'name' }, date: null,
    };
    return { text, dates, quote };
  };
  it('quotes: 3,000 layouts', () => {
    for (let n = 0; n < 3000; n++) {
      const { text, dates, quote } = layout();
      expect([n, linkQuoteDates([quote], dates, text)[0]!.date]).toEqual([n, plainQuoteDate(quote, dates, text)]);
    }
  });
  it('sanction figures: 3,000 layouts', () => {
    for (let n = 0; n < 3000; n++) {
      const { dates, quote } = layout();
      const f = { ...figure(quote.start, 0), end: quote.end };
      const want = plainNearest(dates.filter((d) => d.sentence === 0 && d.value !== null && /^\d/.test(d.value)), [f], () => false);
      expect([n, linkSanctionDates([f], dates, () => 0)[0]!.date]).toEqual([n, want?.value ?? null]);
    }
  });
});

/**
 * Gold integrity: the gold files are the definition of right, so a wrong offset, a quote in the
 * wrong sentence or a dangling speaker id would silently mis-score every extractor figure.
 */
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../src/read.js';
import type { Article, Span } from '../src/types.js';
import { build, locate, type GoldSrc, type Ref } from '../scripts/gold.js';
import { fixtures } from './support/fixtures.js';

const QUOTE_MARKS = /["“”]/;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|during|for|from|until|before|after)\s/i;
const TIMEX_VALUE: Record<string, RegExp> = {
  DATE: /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}|\d{4}-Q[1-4]|\d{4}-(?:SP|SU|FA|WI)|\d{2,3}|(?:PAST|PRESENT|FUTURE)_REF)$/,
  TIME: /^\d{4}-\d{2}-\d{2}T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI)$/,
  DURATION: /^P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$/,
  SET: /^P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$|^XXXX/,
};

const WORD = /[\p{L}\p{N}]/u;
const BARE_AMOUNT = /^(?:[\p{L} ]+ )?(?:[A-Z]{0,3}\p{Sc})?[\d.,]+(?: ?(?:thousand|million|billion|trillion|bn|m|k))?(?: ?(?:[a-z]+ )?(?:dollars|euros|pounds|francs))?$/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const key = (s: Span) => `${s.start}:${s.end}`;

/** Every way a gold article can be wrong against its file text; empty when it is sound. */
function goldProblems(a: Article, text: string, expectedFile: string): string[] {
  const out: string[] = [];
  const header = parseHeader(text);
  if (a.file !== expectedFile) out.push(`file is ${a.file}, expected ${expectedFile}`);
  if (a.date !== header.date) out.push(`date is ${a.date}, header says ${header.date}`);
  if (JSON.stringify(a).includes('"rule"')) out.push('gold carries rule fields');

  const span = (where: string, s: Span | null) => {
    if (!s) return;
    if (!(s.start >= 0 && s.end > s.start && s.end <= text.length)) out.push(`${where}: bad range ${s.start}-${s.end}`);
    else if (text.slice(s.start, s.end) !== s.text) out.push(`${where}: text does not match offsets ${s.start}-${s.end}`);
    if (s.text !== s.text.trim()) out.push(`${where}: surrounding whitespace`);
    if (isWord(text[s.start - 1]) && isWord(text[s.start])) out.push(`${where}: starts inside a word`);
    if (isWord(text[s.end - 1]) && isWord(text[s.end])) out.push(`${where}: ends inside a word`);
  };

  // Sentences: in order, no overlap, no blank line inside, every non-space body character covered.
  let covered = header.bodyStart;
  a.sentences.forEach((s, i) => {
    span(`sentences[${i}]`, s);
    if (s.index !== i) out.push(`sentences[${i}]: index ${s.index}`);
    if (s.start < header.bodyStart) out.push(`sentences[${i}]: starts in the header`);
    if (s.start < covered) out.push(`sentences[${i}]: overlaps the previous sentence`);
    else if (text.slice(covered, s.start).trim() !== '') out.push(`sentences[${i}]: text before it is in no sentence`);
    if (/\n[ \t]*\n/.test(s.text)) out.push(`sentences[${i}]: crosses a paragraph break`);
    covered = Math.max(covered, s.end);
  });
  if (text.slice(covered).trim() !== '') out.push('text after the last sentence is in no sentence');
  const sentenceOf = (offset: number) => a.sentences.findIndex((s) => offset >= s.start && offset < s.end);

  // Speakers: s1.. in order of first mention, mentions sorted and distinct.
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  let prevFirst = -1;
  a.speakers.forEach((s, i) => {
    if (s.id !== `s${i + 1}`) out.push(`speakers[${i}]: id ${s.id}, expected s${i + 1}`);
    if (!s.name) out.push(`speakers[${i}]: empty name`);
    s.mentions.forEach((m, j) => span(`speakers[${i}].mentions[${j}]`, m));
    const keys = s.mentions.map(key);
    if (new Set(keys).size !== keys.length) out.push(`speakers[${i}]: repeated mention`);
    if (s.mentions.some((m, j) => j > 0 && m.start < s.mentions[j - 1]!.start)) out.push(`speakers[${i}]: mentions out of order`);
    const first = s.mentions[0]?.start ?? Infinity;
    if (first < prevFirst) out.push(`speakers[${i}]: first mentioned before speakers[${i - 1}]`);
    prevFirst = first;
    if (!a.quotes.some((q) => q.speaker.id === s.id)) out.push(`speakers[${i}]: source of no quote`);
  });

  // Quotes.
  const dateValues = new Set(a.dates.map((d) => d.value));
  a.quotes.forEach((q, i) => {
    const w = `quotes[${i}]`;
    span(w, q);
    span(`${w}.cue`, q.cue);
    span(`${w}.speaker.mention`, q.speaker.mention);
    if (q.id !== `q${i + 1}`) out.push(`${w}: id ${q.id}, expected q${i + 1}`);
    if (i > 0 && q.start < a.quotes[i - 1]!.start) out.push(`${w}: out of text order`);
    if (q.sentence !== sentenceOf(q.start)) out.push(`${w}: sentence ${q.sentence}, starts in ${sentenceOf(q.start)}`);
    const marks = QUOTE_MARKS.test(q.text);
    if (q.kind === 'direct' && !(QUOTE_MARKS.test(q.text[0]!) && QUOTE_MARKS.test(q.text.at(-1)!))) {
      out.push(`${w}: direct but not enclosed in quote marks`);
    }
    if (q.kind === 'partial' && !marks) out.push(`${w}: partial without quoted words`);
    if (q.kind === 'indirect' && marks) out.push(`${w}: indirect with quote marks`);
    const inside = (s: Span | null) => s !== null && s.start < q.end && s.end > q.start;
    if (inside(q.cue)) out.push(`${w}: cue inside the content`);
    if (inside(q.speaker.mention)) out.push(`${w}: speaker mention inside the content`);
    const cont = q.speaker.resolution === 'continuation';
    if (cont !== (q.cue === null)) out.push(`${w}: a cue is missing exactly when the quote is a continuation`);
    if (cont && q.speaker.mention !== null) out.push(`${w}: continuation with a mention`);
    if (!cont && q.speaker.resolution !== 'none' && q.speaker.mention === null) out.push(`${w}: no mention`);
    const sp = q.speaker.id === null ? null : speakers.get(q.speaker.id);
    if (q.speaker.id !== null && !sp) out.push(`${w}: speaker ${q.speaker.id} not in speakers`);
    if ((q.speaker.id === null) !== (q.speaker.name === null)) out.push(`${w}: speaker id and name disagree on null`);
    if ((q.speaker.id === null) !== (q.speaker.resolution === 'unresolved' || q.speaker.resolution === 'none')) {
      out.push(`${w}: resolution ${q.speaker.resolution} with speaker id ${q.speaker.id}`);
    }
    if (sp && q.speaker.name !== sp.name) out.push(`${w}: speaker name ${q.speaker.name}, speakers says ${sp.name}`);
    if (sp && q.speaker.mention && !sp.mentions.some((m) => key(m) === key(q.speaker.mention!))) {
      out.push(`${w}: mention not in ${sp.id}'s mentions`);
    }
    if (q.date !== null && !dateValues.has(q.date)) out.push(`${w}: date ${q.date} is no date mention's value`);
  });

  // Dates.
  a.dates.forEach((d, i) => {
    const w = `dates[${i}]`;
    span(w, d);
    if (i > 0 && d.start < a.dates[i - 1]!.end) out.push(`${w}: out of order or overlapping`);
    if (d.sentence !== sentenceOf(d.start)) out.push(`${w}: sentence ${d.sentence}, starts in ${sentenceOf(d.start)}`);
    if (LEADING_PREPOSITION.test(d.text)) out.push(`${w}: leading preposition`);
    if (d.value !== null && !TIMEX_VALUE[d.type]!.test(d.value)) out.push(`${w}: ${d.value} is not a ${d.type} value`);
  });

  // Sanction figures.
  a.sanctions.forEach((f, i) => {
    const w = `sanctions[${i}]`;
    span(w, f);
    if (i > 0 && f.start < a.sanctions[i - 1]!.end) out.push(`${w}: out of order or overlapping`);
    if (f.sentence !== sentenceOf(f.start)) out.push(`${w}: sentence ${f.sentence}, starts in ${sentenceOf(f.start)}`);
    // A bare amount (`fined the firm £1.6 million`) names no noun: its unit is the action's (`fine`).
    const bareAmount = f.currency !== null && BARE_AMOUNT.test(f.text);
    if (!f.text.endsWith(f.unit) && !bareAmount) out.push(`${w}: unit is not the end of the text`);
    if (bareAmount && f.text.includes(f.unit)) out.push(`${w}: a bare amount's unit is the action noun, not a word of the text`);
    if (f.qualifier !== null && !f.text.startsWith(f.qualifier)) out.push(`${w}: qualifier is not the start of the text`);
    if (f.qualifier === null && f.count !== null && (f.min !== f.count || f.max !== f.count)) out.push(`${w}: exact count with other bounds`);
    if (f.min !== null && f.max !== null && f.min > f.max) out.push(`${w}: min above max`);
    if (f.date !== null && !dateValues.has(f.date)) out.push(`${w}: date ${f.date} is no date mention's value`);
  });
  return out;
}

const gold = fixtures().filter((f) => f.gold !== null);

describe('fixture gold', () => {
  it('exists for every fixture article', () => {
    expect(fixtures().filter((f) => f.gold === null).map((f) => f.name)).toEqual([]);
    expect(gold.length).toBeGreaterThanOrEqual(2);
  });

  it.each(gold.map((f) => [f.name, f] as const))('%s is sound', (_name, f) => {
    expect(goldProblems(f.gold!, f.text, f.file)).toEqual([]);
  });

  it.each(gold.map((f) => [f.name, f] as const))('%s matches its source in fixtures/gold-src', async (name, f) => {
    const src = ((await import(`../fixtures/gold-src/${name}.ts`)) as { default: GoldSrc }).default;
    expect(build(src, f.text)).toEqual(f.gold);
  });
});

describe('the gold checker catches broken gold', () => {
  const f = gold.find((x) => x.gold!.quotes.length > 0 && x.gold!.sanctions.length > 0)!;
  const clone = () => structuredClone(f.gold!);
  const cases: Array<[string, (a: Article) => void, RegExp]> = [
    ['a sentence end off by one', (a) => void (a.sentences[3]!.end += 1), /sentences\[3\]: text does not match/],
    ['a dropped sentence', (a) => void a.sentences.splice(5, 1), /sentences\[5\]: text before it is in no sentence/],
    ['a dropped last sentence', (a) => void a.sentences.pop(), /text after the last sentence/],
    [
      'overlapping sentences',
      (a) => {
        const s = a.sentences[2]!;
        s.start -= 2;
        s.text = f.text.slice(s.start, s.end);
      },
      /sentences\[2\]: (overlaps|surrounding whitespace)/,
    ],
    [
      'a pronoun mention cut out of a longer word',
      (a) => {
        const q = a.quotes.find((x) => x.speaker.mention?.text === 'he')!;
        const at = f.text.indexOf('when');
        q.speaker.mention = { text: 'he', start: at + 1, end: at + 3 };
      },
      /speaker\.mention: starts inside a word/,
    ],
    ['a quote in the wrong sentence', (a) => void (a.quotes[0]!.sentence += 1), /quotes\[0\]: sentence/],
    ['a dangling speaker id', (a) => void (a.quotes[0]!.speaker.id = 's99'), /quotes\[0\]: speaker s99 not in speakers/],
    ['a quote mention missing from its speaker', (a) => void a.speakers.forEach((s) => (s.mentions = s.mentions.slice(1))), /mention not in s\d's mentions/],
    ['a speaker name that disagrees', (a) => void (a.quotes[0]!.speaker.name = 'Putin'), /quotes\[0\]: speaker name Putin/],
    ['a continuation with a cue', (a) => void (a.quotes[0]!.speaker.resolution = 'continuation'), /quotes\[0\]: a cue is missing/],
    ['an indirect quote typed direct', (a) => void (a.quotes.find((q) => q.kind === 'indirect')!.kind = 'direct'), /direct but not enclosed/],
    ['a rule field', (a) => void ((a.quotes[0] as { rule?: string }).rule = 'quote.x'), /rule fields/],
    [
      'a date with its preposition',
      (a) => {
        const d = a.dates[0]!;
        const at = f.text.lastIndexOf('on ', d.start);
        d.text = f.text.slice(at, d.end);
        d.start = at;
      },
      /dates\[0\]: leading preposition/,
    ],
    ['a bad TIMEX3 value', (a) => void (a.dates[0]!.value = 'Sept 5'), /dates\[0\]: Sept 5 is not a DATE value/],
    ['a figure dated with no date of the article', (a) => void (a.sanctions[0]!.date = '2019-01-01'), /sanctions\[0\]: date 2019-01-01/],
    ['wrong article date', (a) => void (a.date = '2024-01-01'), /header says/],
  ];
  it.each(cases)('%s', (_name, mutate, expected) => {
    const a = clone();
    mutate(a);
    const problems = goldProblems(a, f.text, f.file);
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('gold authoring references (scripts/gold.ts locate)', () => {
  const text = 'When he said it, her brother said: “He said no.” Then he left.';
  const found: Array<[Ref, string, number]> = [
    [['When he said', 'he'], 'he', 5],
    [['her brother said', 'said'], 'said', 29],
    ['“He said no.”', '“He said no.”', 35],
    [['Then he left', 'he'], 'he', 54],
  ];
  it.each(found)('%j is found as %j at %i', (ref, text_, start) => {
    expect(locate(text, ref)).toEqual({ text: text_, start, end: start + text_.length });
  });
  const refused: Array<[Ref, RegExp]> = [
    ['said', /occurs 3 times/],
    ['he', /occurs 2 times/], // "When he" and "Then he", never inside "When", "her", "Then"
    ['brot', /occurs 0 times/],
    [['her brother said', 'he'], /not inside/],
  ];
  it.each(refused)('%j is refused', (ref, message) => {
    expect(() => locate(text, ref)).toThrow(message);
  });
});

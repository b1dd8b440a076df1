/**
 * The `fixtures` set: runs the extractor on every article that has gold in `fixtures/gold/` and
 * scores each kind of item against it. Counts are pooled over the articles (micro averages);
 * the field accuracies are over the matched items only (recall says how many were matched).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../src/extract.js';
import type { Article, DateMention, Quote, SanctionFigure, Span } from '../../src/types.js';
import { ROOT } from '../paths.js';
import { accuracy, addCounts, matchCounts, matchRanges, prf, prfMetrics, setCounts, zero, type Counts } from '../score.js';
import type { EvalSet, Metric } from '../types.js';

const GOLD_DIR = join(ROOT, 'fixtures', 'gold');

function goldFiles(): string[] {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

interface Pair {
  gold: Article;
  pred: Article;
}

function load(): Pair[] {
  return goldFiles().map((f) => {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Article;
    const text = readFileSync(join(ROOT, gold.file), 'utf8').replace(/^\uFEFF/, '');
    return { gold, pred: extractText(gold.file, text) };
  });
}

/**
 * A right/total tally for one field of matched items. With no item matched the figure is 0 when
 * there was gold to match (nothing was got right), 1 only when the gold has no such item at all.
 */
class Tally {
  right = 0;
  total = 0;
  add(ok: boolean): void {
    this.total++;
    if (ok) this.right++;
  }
  metric(name: string, goldItems: number): Metric {
    if (this.total === 0) return { metric: name, value: goldItems === 0 ? 1 : 0, n: 0 };
    return accuracy(name, this.right, this.total);
  }
}

const sameSpan = (a: Span | null, b: Span | null) =>
  a === null || b === null ? a === b : a.start === b.start && a.end === b.end;
const overlaps = (a: Span | null, b: Span | null) =>
  a === null || b === null ? a === b : Math.min(a.end, b.end) > Math.max(a.start, b.start);
const f1 = (c: Counts) => prf(c).f1;

function scoreSentences(pairs: Pair[]): Metric[] {
  // A boundary is the end of a sentence; a start follows from the previous end.
  let c = zero();
  let exact = zero();
  const key = (s: Span) => `${s.start}:${s.end}`;
  for (const { gold, pred } of pairs) {
    c = addCounts(c, setCounts(gold.sentences.map((s) => s.end), pred.sentences.map((s) => s.end)));
    exact = addCounts(exact, setCounts(gold.sentences.map(key), pred.sentences.map(key)));
  }
  return [...prfMetrics('sentence boundary', c), { metric: 'sentence exact span F1', value: f1(exact), n: exact.tp + exact.fn }];
}

function scoreQuotes(pairs: Pair[]): Metric[] {
  let loose = zero();
  let tight = zero();
  const kind = new Tally();
  const mention = new Tally();
  const mentionOverlap = new Tally();
  const name = new Tally();
  const cue = new Tally();
  const date = new Tally();
  for (const { gold, pred } of pairs) {
    loose = addCounts(loose, matchCounts(gold.quotes, pred.quotes, 0.3));
    tight = addCounts(tight, matchCounts(gold.quotes, pred.quotes, 0.8));
    for (const [gi, pi] of matchRanges(gold.quotes, pred.quotes, 0.3)) {
      const g: Quote = gold.quotes[gi]!;
      const p: Quote = pred.quotes[pi]!;
      kind.add(g.kind === p.kind);
      mention.add(sameSpan(g.speaker.mention, p.speaker.mention));
      mentionOverlap.add(overlaps(g.speaker.mention, p.speaker.mention));
      name.add(g.speaker.name === p.speaker.name);
      cue.add(sameSpan(g.cue, p.cue));
      date.add(g.date === p.date);
    }
  }
  const nGold = loose.tp + loose.fn;
  return [
    ...prfMetrics('quotes@0.3', loose),
    ...prfMetrics('quotes@0.8', tight),
    kind.metric('quote kind acc', nGold),
    mention.metric('quote speaker mention acc', nGold),
    mentionOverlap.metric('quote speaker mention overlap acc', nGold),
    name.metric('quote speaker name acc', nGold),
    cue.metric('quote cue acc', nGold),
    date.metric('quote date acc', nGold),
  ];
}

function scoreDates(pairs: Pair[]): Metric[] {
  let strict = zero();
  let relaxed = zero();
  let value = zero();
  const type = new Tally();
  const mod = new Tally();
  for (const { gold, pred } of pairs) {
    strict = addCounts(strict, setCounts(gold.dates.map((d) => `${d.start}:${d.end}`), pred.dates.map((d) => `${d.start}:${d.end}`)));
    relaxed = addCounts(relaxed, matchCounts(gold.dates, pred.dates, 0));
    // Value F1: one-to-one matches between overlapping mentions that carry the same value.
    const values = new Set([...gold.dates, ...pred.dates].map((d) => d.value));
    let tp = 0;
    for (const v of values) {
      const g = gold.dates.filter((d) => d.value === v);
      const p = pred.dates.filter((d) => d.value === v);
      tp += matchRanges(g, p, 0).length;
    }
    value = addCounts(value, { tp, fp: pred.dates.length - tp, fn: gold.dates.length - tp });
    for (const [gi, pi] of matchRanges(gold.dates, pred.dates, 0)) {
      const g: DateMention = gold.dates[gi]!;
      const p: DateMention = pred.dates[pi]!;
      type.add(g.type === p.type);
      mod.add(g.mod === p.mod);
    }
  }
  const n = relaxed.tp + relaxed.fn;
  return [
    ...prfMetrics('date strict span', strict),
    { metric: 'date relaxed span F1', value: f1(relaxed), n },
    { metric: 'date value F1', value: f1(value), n },
    type.metric('date type acc', n),
    mod.metric('date mod acc', n),
  ];
}

const FIGURE_FIELDS = ['count', 'qualifier', 'min', 'max', 'approximate', 'unit', 'currency', 'imposer', 'target', 'date'] as const;

function scoreSanctions(pairs: Pair[]): Metric[] {
  let strict = zero();
  let loose = zero();
  const fields = new Map(FIGURE_FIELDS.map((f) => [f, new Tally()]));
  for (const { gold, pred } of pairs) {
    strict = addCounts(strict, setCounts(gold.sanctions.map((s) => `${s.start}:${s.end}`), pred.sanctions.map((s) => `${s.start}:${s.end}`)));
    loose = addCounts(loose, matchCounts(gold.sanctions, pred.sanctions, 0));
    for (const [gi, pi] of matchRanges(gold.sanctions, pred.sanctions, 0)) {
      const g: SanctionFigure = gold.sanctions[gi]!;
      const p: SanctionFigure = pred.sanctions[pi]!;
      for (const f of FIGURE_FIELDS) fields.get(f)!.add(g[f] === p[f]);
    }
  }
  return [
    ...prfMetrics('sanction span', strict),
    { metric: 'sanction overlap F1', value: f1(loose), n: loose.tp + loose.fn },
    ...FIGURE_FIELDS.map((f) => fields.get(f)!.metric(`sanction ${f} acc`, loose.tp + loose.fn)),
  ];
}

export const sets: EvalSet[] = [
  {
    name: 'fixtures',
    describe: 'the fixture articles against fixtures/gold: sentences, quotes and speakers, dates, sanction figures',
    unavailable() {
      const files = goldFiles();
      if (files.length === 0) return `no gold in ${GOLD_DIR}`;
      for (const f of files) {
        const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Article;
        if (!existsSync(join(ROOT, gold.file))) return `gold ${f} names a missing article ${gold.file}`;
      }
      return null;
    },
    async run() {
      const pairs = load();
      return [...scoreSentences(pairs), ...scoreQuotes(pairs), ...scoreDates(pairs), ...scoreSanctions(pairs)];
    },
  },
];

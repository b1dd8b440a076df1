/**
 * `polnear`: quotes and speakers against the PolNeAR train split (read from
 * ../shared/dev/attributions/polnear-train at run time; never copied into the project).
 *
 * - Articles: `text/<article>.txt`, the first line is the headline; the article date comes from
 *   the file name (`breitbart_2015-11-19_...`). Several annotators' `.ann` files exist for some
 *   articles: the one whose file name sorts first is used, always.
 * - BRAT offsets are code points; they are converted to UTF-16 indices before scoring.
 * - Gold quotes: the attributions whose cue is a verb of saying (any form), `according to` or a
 *   colon, plus those whose cue is a verb of belief over content in quote marks (the guide
 *   extracts those); the lists are the eval's own (`polnear-cues.ts`), not the extractor's; other beliefs, polls and the like are left out, as `claims` does not
 *   extract them.
 *   A discontinuous content (`“A,” she said, “B.”`) counts as one range from its first to its last
 *   character, as the guide writes a direct quote.
 * - Predicted quotes: a continuation in the same paragraph as the quote before it is joined to that
 *   quote, since PolNeAR annotates `“A,” X said. “B.”` in one paragraph as one attribution (the
 *   guide makes it two quotes); a continuation takes the source mention of the quote it continues.
 * - Metrics: quote content P/R/F1 at 0.3 and 0.8 overlap (share of the longer span, one-to-one);
 *   speaker mention accuracy on the quotes matched at 0.3 whose gold has a Source: the predicted
 *   mention overlaps the gold Source. Speaker name accuracy is not reported: PolNeAR marks source
 *   mentions, not entities, so a canonical name (`Vladimir Putin` for `he`) has no gold to meet.
 * - Size: every article by default (well under a minute); `CLAIMS_EVAL_POLNEAR_LIMIT=N` keeps the
 *   first N articles in name order for a quick run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDoc } from '../../src/extract.js';
import { annotateQuotes } from '../../src/annotate/quotes.js';
import { resolveSpeakers } from '../../src/resolve/speakers.js';
import type { Range } from '../../src/types.js';
import { devPath, missing } from '../paths.js';
import { accuracy, addCounts, matchCounts, matchRanges, prfMetrics, zero } from '../score.js';
import type { EvalSet, Metric } from '../types.js';
import { EVAL_BELIEF_VERBS, EVAL_SPEECH_PHRASES, EVAL_SPEECH_VERBS } from './polnear-cues.js';

const DIR = devPath('attributions', 'polnear-train');
const SPEECH = new Set(EVAL_SPEECH_VERBS);
const BELIEF = new Set(EVAL_BELIEF_VERBS);

interface GoldQuote extends Range {
  source: Range | null;
  cue: string;
}

/** UTF-16 index of every code point index (one past the end included). */
function codePointMap(text: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  map.push(text.length);
  return map;
}

const words = (cue: string) => cue.toLowerCase().replace(/\s+/g, ' ').trim().split(/[^\p{L}'’-]+/u);

/**
 * Is this cue text a verb of saying (any word of it in the eval's list), `according to`, or a
 * colon (`Sams: "..."`)?
 */
export function isSpeechCue(cue: string): boolean {
  const low = cue.toLowerCase().replace(/\s+/g, ' ').trim();
  if (low === ':') return true;
  if (EVAL_SPEECH_PHRASES.some((c) => low.includes(c))) return true;
  return words(cue).some((w) => SPEECH.has(w));
}

/** A verb of belief (`concluded`, `believes`), which the guide extracts only over quoted words. */
function isBeliefCue(cue: string): boolean {
  return words(cue).some((w) => BELIEF.has(w));
}

/** Parse one BRAT file into speech attributions (UTF-16 ranges). */
export function parseAnn(ann: string, text: string): GoldQuote[] {
  const cp = codePointMap(text);
  const at = (n: number) => cp[Math.min(n, cp.length - 1)]!;
  const spans = new Map<string, { type: string; range: Range; text: string }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const parts = t[3]!.split(';').map((p) => p.trim().split(' ').map(Number));
      const start = Math.min(...parts.map((p) => p[0]!));
      const end = Math.max(...parts.map((p) => p[1]!));
      spans.set(t[1]!, { type: t[2]!, range: { start: at(start), end: at(end) }, text: t[4]! });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) {
      const roles: Record<string, string> = {};
      for (const part of e[1]!.trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id) roles[role.replace(/\d+$/, '')] = roles[role.replace(/\d+$/, '')] ?? id;
      }
      events.push(roles);
    }
  }
  const out: GoldQuote[] = [];
  for (const roles of events) {
    const content = roles.Content ? spans.get(roles.Content) : undefined;
    const cue = roles.Cue ? spans.get(roles.Cue) : undefined;
    if (!content || !cue) continue;
    const quotedContent = /^["“‘'«]/u.test(content.text.trim());
    if (!isSpeechCue(cue.text) && !(quotedContent && isBeliefCue(cue.text))) continue;
    const source = roles.Source ? spans.get(roles.Source) : undefined;
    out.push({ ...content.range, source: source?.range ?? null, cue: cue.text });
  }
  return out;
}

interface Article {
  name: string;
  text: string;
  ann: string;
  date: string | null;
}

function articles(): Article[] {
  const names = readdirSync(join(DIR, 'text')).filter((f) => f.endsWith('.txt')).sort();
  const anns = readdirSync(join(DIR, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const annFor = new Map<string, string>();
  for (const a of anns) {
    const base = a.replace(/_[^_]+\.ann$/, '');
    if (!annFor.has(base)) annFor.set(base, a);
  }
  const limit = Number(process.env.CLAIMS_EVAL_POLNEAR_LIMIT ?? '') || Infinity;
  const out: Article[] = [];
  for (const n of names) {
    if (out.length >= limit) break;
    const base = n.replace(/\.txt$/, '');
    const ann = annFor.get(base);
    if (!ann) continue;
    out.push({
      name: n,
      text: readFileSync(join(DIR, 'text', n), 'utf8').replace(/^\uFEFF/, ''),
      ann: readFileSync(join(DIR, 'attributions', ann), 'utf8'),
      date: /_(\d{4}-\d{2}-\d{2})_/.exec(n)?.[1] ?? null,
    });
  }
  return out;
}

interface Predicted extends Range {
  mention: Range | null;
}

/** Quotes as scored: same-paragraph continuations joined to the quote before them. */
export function predict(name: string, text: string, date: string | null): Predicted[] {
  const doc = toDoc(name, text, { date });
  const { quotes } = resolveSpeakers(doc, annotateQuotes(doc));
  const paragraphOf = (pos: number) => doc.paragraphs.findIndex((p) => p.start <= pos && pos <= p.end);
  const out: Predicted[] = [];
  let chainMention: Range | null = null;
  for (const q of quotes) {
    const last = out[out.length - 1];
    if (q.speaker.resolution === 'continuation') {
      if (last && paragraphOf(last.start) === paragraphOf(q.start)) {
        last.end = Math.max(last.end, q.end);
        continue;
      }
      out.push({ start: q.start, end: q.end, mention: chainMention });
      continue;
    }
    chainMention = q.speaker.mention;
    out.push({ start: q.start, end: q.end, mention: q.speaker.mention });
  }
  return out;
}

export const sets: EvalSet[] = [
  {
    name: 'polnear',
    describe: 'PolNeAR train (840 US political news articles, 2016): speech attributions, quote P/R/F1 at 0.3/0.8 overlap, speaker mention accuracy',
    unavailable: () => missing(join(DIR, 'text')) ?? missing(join(DIR, 'attributions')),
    async run(): Promise<Metric[]> {
      let c03 = zero();
      let c08 = zero();
      let mentionRight = 0;
      let mentionTotal = 0;
      let n = 0;
      for (const a of articles()) {
        n++;
        const gold = parseAnn(a.ann, a.text);
        const pred = predict(a.name, a.text, a.date);
        c03 = addCounts(c03, matchCounts(gold, pred, 0.3));
        c08 = addCounts(c08, matchCounts(gold, pred, 0.8));
        for (const [gi, pi] of matchRanges(gold, pred, 0.3)) {
          const g = gold[gi]!;
          if (!g.source) continue;
          mentionTotal++;
          const m = pred[pi]!.mention;
          if (m && m.start < g.source.end && g.source.start < m.end) mentionRight++;
        }
      }
      return [
        ...prfMetrics('quotes@0.3', c03),
        ...prfMetrics('quotes@0.8', c08),
        accuracy('speaker mention', mentionRight, mentionTotal),
        { metric: 'articles', value: n, n },
      ];
    },
  },
];

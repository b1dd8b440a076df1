/**
 * Sentence segmentation against two public suites (read from ../shared/dev/sentences at run time):
 *
 * - `sentences-golden`: the pragmatic_segmenter "Golden Rules" (English). Gold sentences are strings;
 *   they are located in the input with whitespace-tolerant matching (the suite rewrites line breaks
 *   inside a sentence as spaces), then scored as boundary P/R/F1 (a boundary is the end offset of
 *   every sentence but the last of its case) and the share of cases whose sentences are exactly the
 *   gold ones. Rule #40 is a PDF-mode case (a bare line break inside a sentence is to be joined) and
 *   is left out: in an article a line break is the writer's, not an extraction artefact.
 * - `sentences-sbd`: the `sbd` npm package's test cases, scored as the share of cases with the
 *   expected number of sentences.
 *
 * Each input is one paragraph unless it contains blank lines, as in an article body.
 */
import { readFileSync } from 'node:fs';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import type { Range } from '../../src/types.js';
import { devPath, missing } from '../paths.js';
import { accuracy, addCounts, prfMetrics, setCounts, zero } from '../score.js';
import type { EvalSet } from '../types.js';

interface GoldenCase {
  id: number;
  name: string;
  input: string;
  expected: string[];
  doc_type?: string;
}

interface SbdCase {
  file: string;
  describe: string;
  input: string;
  expected_count: number;
}

/** Golden rules left out, with the reason. */
export const GOLDEN_SKIPPED: Readonly<Record<number, string>> = { 40: 'PDF mode: joins a bare line break inside a sentence' };

const GOLDEN = devPath('sentences', 'golden_rules.jsonl');
const SBD = devPath('sentences', 'sbd_npm_tests_counts.jsonl');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Sentences of a standalone text, as the pipeline would find them in an article body. */
export function sentencesOf(text: string): Range[] {
  return segmentSentences(text, segmentParagraphs(text, 0)).map(({ start, end }) => ({ start, end }));
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Locate gold sentence strings in the input, in order. Whitespace runs match whitespace runs (or
 * nothing, where the suite joined a line break); returns null when a sentence cannot be found.
 */
export function locate(input: string, expected: readonly string[]): Range[] | null {
  const out: Range[] = [];
  let i = 0;
  for (const sentence of expected) {
    const s = sentence.trim();
    while (i < input.length && isSpace(input[i])) i++;
    const start = i;
    let j = 0;
    while (j < s.length) {
      if (isSpace(s[j])) {
        while (j < s.length && isSpace(s[j])) j++;
        while (i < input.length && isSpace(input[i])) i++;
      } else if (input[i] === s[j]) {
        i++;
        j++;
      } else if (isSpace(input[i])) {
        while (i < input.length && isSpace(input[i])) i++;
      } else {
        return null;
      }
    }
    out.push({ start, end: i });
  }
  return out;
}

const boundaries = (sentences: readonly Range[]) => sentences.slice(0, -1).map((s) => s.end);
const sameRanges = (a: readonly Range[], b: readonly Range[]) =>
  a.length === b.length && a.every((r, k) => r.start === b[k]!.start && r.end === b[k]!.end);

export interface GoldenResult {
  id: number;
  name: string;
  exact: boolean;
  gold: Range[];
  pred: Range[];
}

/** Score every golden rule (but the skipped ones) with the given segmenter. */
export function scoreGolden(segment: (text: string) => Range[] = sentencesOf) {
  const cases = readJsonl<GoldenCase>(GOLDEN).filter((c) => !(c.id in GOLDEN_SKIPPED));
  let counts = zero();
  const results: GoldenResult[] = [];
  for (const c of cases) {
    const gold = locate(c.input, c.expected);
    if (!gold) throw new Error(`golden rule #${c.id}: expected sentences not found in the input`);
    const pred = segment(c.input);
    counts = addCounts(counts, setCounts(boundaries(gold), boundaries(pred)));
    results.push({ id: c.id, name: c.name, exact: sameRanges(gold, pred), gold, pred });
  }
  return { counts, results };
}

export function scoreSbd(segment: (text: string) => Range[] = sentencesOf) {
  const cases = readJsonl<SbdCase>(SBD);
  const results = cases.map((c) => ({ ...c, got: segment(c.input).length }));
  return { results, right: results.filter((r) => r.got === r.expected_count).length };
}

export const sets: EvalSet[] = [
  {
    name: 'sentences-golden',
    describe: 'pragmatic_segmenter Golden Rules (English, #40 PDF mode left out): boundary P/R/F1, cases exact',
    unavailable: () => missing(GOLDEN),
    async run() {
      const { counts, results } = scoreGolden();
      return [
        ...prfMetrics('boundary', counts),
        accuracy('cases exact', results.filter((r) => r.exact).length, results.length),
      ];
    },
  },
  {
    name: 'sentences-sbd',
    describe: 'sbd npm test cases: share of cases with the right sentence count',
    unavailable: () => missing(SBD),
    async run() {
      const { results, right } = scoreSbd();
      return [accuracy('cases right count', right, results.length)];
    },
  },
];

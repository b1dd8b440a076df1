/** Scoring helpers shared by the evaluation sets. */
import type { Metric } from './types.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const r = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** P, R and F1 as three metrics named `<prefix> P` ... over `n` gold items. */
export function prfMetrics(prefix: string, c: Counts): Metric[] {
  const { p, r, f1 } = prf(c);
  const n = c.tp + c.fn;
  return [
    { metric: `${prefix} P`, value: p, n },
    { metric: `${prefix} R`, value: r, n },
    { metric: `${prefix} F1`, value: f1, n },
  ];
}

export interface Range {
  start: number;
  end: number;
}

/** Overlap of two ranges as a share of the longer one (0..1). */
export function overlapRatio(a: Range, b: Range): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Greedy one-to-one matching of predicted to gold ranges, best overlap first. A pair matches when
 * its overlap ratio is at least `threshold`. Returns the pairs (gold index, predicted index).
 */
export function matchRanges(gold: readonly Range[], pred: readonly Range[], threshold: number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const o = overlapRatio(g, p);
      if (o > 0 && o >= threshold) pairs.push([gi, pi, o]);
    }),
  );
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

export function matchCounts(gold: readonly Range[], pred: readonly Range[], threshold: number): Counts {
  const tp = matchRanges(gold, pred, threshold).length;
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

/** Count TP/FP/FN between two sets of keys (exact match). */
export function setCounts<T>(gold: Iterable<T>, pred: Iterable<T>): Counts {
  const g = new Set(gold);
  const p = new Set(pred);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export function accuracy(metric: string, right: number, total: number): Metric {
  return { metric, value: total === 0 ? 1 : right / total, n: total };
}

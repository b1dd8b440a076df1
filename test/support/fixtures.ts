import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTICLES_DIR = join(ROOT, 'fixtures', 'articles');
export const GOLD_DIR = join(ROOT, 'fixtures', 'gold');

export interface Fixture {
  name: string;
  /** Path relative to the repo root, as the CLI names it when run from there. */
  file: string;
  text: string;
  gold: Article | null;
}

export function fixtures(): Fixture[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = basename(f, '.txt');
      const goldPath = join(GOLD_DIR, `${name}.json`);
      return {
        name,
        file: `fixtures/articles/${f}`,
        text: readFileSync(join(ARTICLES_DIR, f), 'utf8').replace(/^\uFEFF/, ''),
        gold: existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Article) : null,
      };
    });
}

export interface SpanRef {
  where: string;
  text: string;
  start: number;
  end: number;
}

/** Every span an article carries, with a path saying where it sits. */
export function spansOf(a: Article): SpanRef[] {
  const out: SpanRef[] = [];
  const add = (where: string, s: { text: string; start: number; end: number } | null | undefined) => {
    if (s) out.push({ where, text: s.text, start: s.start, end: s.end });
  };
  a.sentences.forEach((s, i) => add(`sentences[${i}]`, s));
  a.quotes.forEach((q, i) => {
    add(`quotes[${i}]`, q);
    add(`quotes[${i}].cue`, q.cue);
    add(`quotes[${i}].speaker.mention`, q.speaker.mention);
  });
  a.speakers.forEach((s, i) => s.mentions.forEach((m, j) => add(`speakers[${i}].mentions[${j}]`, m)));
  a.dates.forEach((d, i) => add(`dates[${i}]`, d));
  a.sanctions.forEach((f, i) => add(`sanctions[${i}]`, f));
  return out;
}

/** Helpers for the hostile-input suite: temporary trees, good articles, runs, span checks. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { run } from '../../src/cli.js';
import { tempDir as freshDir } from '../support/temp.js';
import type { Article, FileError, Output, Span } from '../../src/types.js';

/** A fresh temporary folder, removed after the test file. */
export const tempDir = (prefix = 'claims-hostile-'): string => freshDir(prefix);

/** Two good articles: a quote with a dated cue, and a dated sanction figure. */
export const GOOD: Readonly<Record<string, string>> = {
  'a-good.txt':
    'date 2024-09-05\n“We will respond to any provocation,” Foreign Minister Sergei Lavrov said on Thursday.\n\n' +
    'The talks in Geneva ended without a deal. Lavrov added that Moscow was ready to meet again in October.\n',
  'zz-good.txt':
    'date 2024-08-23\nThe United States on Friday sanctioned nearly 400 individuals and entities over the war in Ukraine.\n\n' +
    'Treasury Secretary Janet Yellen said the measures would cut Russia off from key suppliers.\n',
};

/** Write the good articles into `dir`; returns their paths, sorted. */
export function writeGood(dir: string): string[] {
  return Object.entries(GOOD).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in process (`run` with captured streams): cheap enough for one run per case. */
export async function runInProcess(args: string[]): Promise<RunResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await run(['node', 'claims', ...args], { stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** stderr as lines (no trailing empty line). */
export const lines = (s: string) => s.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);

/** Parse NDJSON strictly: every line one JSON value, the output ending in a newline. */
export function parseNdjson(stdout: string): Array<Article | { error: FileError }> {
  if (stdout === '') return [];
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.slice(0, -1).split('\n').map((l) => JSON.parse(l) as Article | { error: FileError });
}

export const parseJson = (stdout: string) => JSON.parse(stdout) as Output;

/** Every span of an article, with where it sits. */
export function spansOf(a: Article): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  a.sentences.forEach((s, i) => out.push([`sentences[${i}]`, s]));
  a.quotes.forEach((q, i) => {
    out.push([`quotes[${i}]`, q]);
    if (q.cue) out.push([`quotes[${i}].cue`, q.cue]);
    if (q.speaker.mention) out.push([`quotes[${i}].speaker.mention`, q.speaker.mention]);
  });
  a.speakers.forEach((s, i) => s.mentions.forEach((m, j) => out.push([`speakers[${i}].mentions[${j}]`, m])));
  a.dates.forEach((d, i) => out.push([`dates[${i}]`, d]));
  a.sanctions.forEach((f, i) => out.push([`sanctions[${i}]`, f]));
  return out;
}

/** Spans that break the offset invariant against `text` (empty when all hold). */
export function badSpans(a: Article, text: string): string[] {
  return spansOf(a)
    .filter(([, s]) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text))
    .map(([where, s]) => `${where} ${JSON.stringify(s.text)} @${s.start}-${s.end}`);
}

/** An article with its file name replaced, to compare results across names. */
export const renamed = (a: Article, file = 'x') => ({ ...a, file });

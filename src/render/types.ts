import type { Article, FileError } from '../types.js';

export interface FormatOptions {
  /** Color the report (ANSI); JSON formats ignore it. */
  color: boolean;
  /** Show the rule id of every item. */
  explain: boolean;
  /** Line width for the report. */
  width: number;
}

/**
 * A formatter turns the run into text, piece by piece, so output can stream: `begin` once,
 * `article` / `error` as each file finishes (in input order), `end` once. Each returns the text
 * to write (possibly empty).
 */
export interface Formatter {
  begin(): string;
  article(article: Article): string;
  /**
   * JSON formats: the text `article` returns, from the article's piece made beforehand
   * (`PIECES[format](article)` in json.ts, by a worker thread); the same state changes.
   */
  placed?(piece: string): string;
  error(error: FileError): string;
  end(): string;
}

export type FormatterFactory = (options: FormatOptions) => Formatter;

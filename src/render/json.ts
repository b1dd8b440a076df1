import { SCHEMA_VERSION } from '../types.js';
import type { Article, FileError } from '../types.js';
import type { FormatterFactory } from './types.js';

const indent = (s: string, pad: string) => s.replace(/\n/g, `\n${pad}`);

/**
 * An article's text in each JSON format, less what depends on the articles before it (the json
 * format's comma): a pure function, so the CLI's worker threads make it and the main thread
 * only places it (`Formatter.placed`).
 */
export const PIECES = {
  json: (article: Article) => indent(JSON.stringify(article, null, 2), '    '),
  ndjson: (article: Article) => JSON.stringify(article) + '\n',
} as const;
export type PieceFormat = keyof typeof PIECES;

/** One JSON object `{ schemaVersion, articles, errors }`, written as articles finish. */
export const json: FormatterFactory = () => {
  const errors: FileError[] = [];
  let count = 0;
  const placed = (piece: string) => (count++ === 0 ? '\n    ' : ',\n    ') + piece;
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [`,
    article: (article) => placed(PIECES.json(article)),
    placed,
    error(error) {
      errors.push(error);
      return '';
    },
    end() {
      const list = errors.length ? `\n    ${errors.map((e) => JSON.stringify(e)).join(',\n    ')}\n  ` : '';
      return `${count ? '\n  ' : ''}],\n  "errors": [${list}]\n}\n`;
    },
  };
};

/** One article object per line; one `{"error": {...}}` line per failed file. */
export const ndjson: FormatterFactory = () => ({
  begin: () => '',
  article: PIECES.ndjson,
  placed: (piece) => piece,
  error: (error) => JSON.stringify({ error }) + '\n',
  end: () => '',
});

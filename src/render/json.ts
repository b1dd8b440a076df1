import { SCHEMA_VERSION } from '../types.js';
import type { FileError } from '../types.js';
import type { FormatterFactory } from './types.js';

const indent = (s: string, pad: string) => s.replace(/\n/g, `\n${pad}`);

/** One JSON object `{ schemaVersion, articles, errors }`, written as articles finish. */
export const json: FormatterFactory = () => {
  const errors: FileError[] = [];
  let count = 0;
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [`,
    article(article) {
      const sep = count++ === 0 ? '\n    ' : ',\n    ';
      return sep + indent(JSON.stringify(article, null, 2), '    ');
    },
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
  article: (article) => JSON.stringify(article) + '\n',
  error: (error) => JSON.stringify({ error }) + '\n',
  end: () => '',
});

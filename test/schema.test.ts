import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { SCHEMA_VERSION, type Output } from '../src/types.js';
import { fixtures, ROOT } from './support/fixtures.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'claims.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);
const validateArticle = ajv.getSchema(`${schema.$id}#/definitions/Article`)!;

describe('JSON Schema (schemaVersion 1)', () => {
  it('accepts the output for every fixture, with and without --explain', () => {
    for (const explain of [false, true]) {
      const out: Output = {
        schemaVersion: SCHEMA_VERSION,
        articles: fixtures().map((f) => extractText(f.file, f.text, { explain })),
        errors: [{ file: 'missing.txt', code: 'ENOENT', message: 'no such file or directory' }],
      };
      const ok = validate(out);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('accepts every gold file as an Article', () => {
    for (const f of fixtures()) {
      if (!f.gold) continue;
      expect(validateArticle(f.gold), JSON.stringify(validateArticle.errors)).toBe(true);
    }
  });

  it('rejects output that breaks the contract', () => {
    const article = extractText('x.txt', 'date 2024-09-05\n\nHe said so.');
    const bad = [
      { schemaVersion: 2, articles: [], errors: [] },
      { schemaVersion: 1, articles: [{ ...article, date: 'Sept 5' }], errors: [] },
      { schemaVersion: 1, articles: [{ ...article, extra: true }], errors: [] },
      { schemaVersion: 1, articles: [], errors: [{ file: 'x', code: 'OOPS', message: 'm' }] },
      { schemaVersion: 1, articles: [{ ...article, sentences: [{ text: 'x', start: -1, end: 1, index: 0 }] }], errors: [] },
    ];
    for (const b of bad) expect(validate(b)).toBe(false);
  });

  it('rule ids appear only with --explain', () => {
    const f = fixtures()[0]!;
    const plain = JSON.stringify(extractText(f.file, f.text));
    expect(plain).not.toContain('"rule"');
  });
});

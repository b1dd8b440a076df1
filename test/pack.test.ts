/**
 * The segmented document as the CLI's first stage of extraction hands it to the second, on
 * another thread (src/segment/pack.ts): copied between threads and given its text back, it is the
 * same document, pre-scan marks included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDoc } from '../src/extract.js';
import { packDoc, unpackDoc } from '../src/segment/pack.js';
import { ARTICLES_DIR, fixtures } from './support/fixtures.js';

const TEXTS: Array<[string, string]> = [
  ...fixtures().map((f): [string, string] => [f.file, readFileSync(join(ARTICLES_DIR, f.file.split('/').pop()!), 'utf8')]),
  ['empty', 'date 2024-09-05\n'],
  ['no header', 'One line, no date.'],
  ['unclosed quote', 'date 2024-09-05\n\n"We will not stop," she said. "The fight goes on\n\n"and on," he added.'],
];

describe('packDoc / unpackDoc', () => {
  it.each(TEXTS)('%s: the same Doc after a copy between threads, with and without the pre-scan', (file, text) => {
    for (const prescan of [true, false]) {
      const doc = toDoc(file, text, { prescan });
      const copied = structuredClone(packDoc(doc));
      expect(unpackDoc(copied, text)).toEqual(doc);
    }
  });
});

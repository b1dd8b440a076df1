import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { fixtures, spansOf } from './support/fixtures.js';

describe('offsets: fileText.slice(start, end) === text for every item of every fixture', () => {
  for (const fx of fixtures()) {
    it(fx.name, () => {
      const article = extractText(fx.file, fx.text, { explain: true });
      const spans = spansOf(article);
      expect(spans.length).toBeGreaterThan(0);
      const wrong = spans.filter((s) => fx.text.slice(s.start, s.end) !== s.text || s.start > s.end);
      expect(wrong).toEqual([]);
    });
  }

  it('holds with a BOM, CRLF line endings and astral characters before the spans', () => {
    const body = '\uFEFFdate 2024-09-05\r\n\r\n🇺🇸 “We will act,” the minister said on Thursday.\r\n\r\nThe US imposed sanctions on 12 firms.';
    const text = body.replace(/^\uFEFF/, '');
    const article = extractText('x.txt', text);
    for (const s of spansOf(article)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(article.sentences.length).toBeGreaterThanOrEqual(2);
  });
});

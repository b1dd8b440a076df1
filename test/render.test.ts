import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../src/render/index.js';
import { mergeSurnames, visible, wrap } from '../src/render/report.js';
import { extractText } from '../src/extract.js';
import type { Article, FileError, Output } from '../src/types.js';

const opts = { color: false, explain: false, width: 80 };
const run = (name: keyof typeof FORMATTERS, articles: Article[], errors: FileError[] = []) => {
  const f = FORMATTERS[name](opts);
  return f.begin() + articles.map((a) => f.article(a)).join('') + errors.map((e) => f.error(e)).join('') + f.end();
};
const article = extractText('a.txt', 'date 2024-09-05\n\n“We will act,” the minister said.');
const err: FileError = { file: 'b.txt', code: 'BINARY', message: 'binary file (contains NUL bytes), skipped' };

describe('visible', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\x1B[31mred\\x1B[0m'],
    ['bell\u0007', 'bell\\x07'],
    ['line\nbreak', 'line break'],
    ['rtl\u202Eoverride', 'rtl\\u202Eoverride'],
    ['c1\u009b', 'c1\\x9B'],
    ['plain “quotes” and é', 'plain “quotes” and é'],
  ])('%j -> %j', (input, output) => expect(visible(input)).toBe(output));
});

describe('wrap', () => {
  it('keeps every line within the width and loses no word', () => {
    const text = 'word '.repeat(60) + 'x'.repeat(150);
    const lines = wrap(text, 80, '    ');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('formatters', () => {
  it('json is one valid document, errors as entries, with zero, one or several articles', () => {
    for (const [as, es] of [[[], []], [[article], []], [[article, article], [err]], [[], [err, err]]] as Array<[Article[], FileError[]]>) {
      const out = JSON.parse(run('json', as, es)) as Output;
      expect(out).toEqual({ schemaVersion: 1, articles: as, errors: es });
    }
  });

  it('ndjson is one JSON value per line', () => {
    const lines = run('ndjson', [article, article], [err]).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([article, article, { error: err }]);
  });

  it('report names a failed file and its problem, and never prints raw escape sequences from article text', () => {
    const evil = extractText('evil\u001b[2J.txt', 'date 2024-09-05\n\n“Hi \u001b]0;owned\u0007,” the minister said.');
    const out = run('report', [evil], [err]);
    expect(out).not.toMatch(/\u001b/);
    expect(out).toContain('evil\\x1B[2J.txt');
    expect(out).toMatch(/error b\.txt: binary file/);
  });
});

describe('sanction timeline', () => {
  const text =
    'date 2025-03-07\n\nOn May 1, 2024, the United States sanctioned nearly 300 entities.\n\n' +
    'Britain has fined a trader £1.6 million for breaching sanctions on Russia.\n\n' +
    'On February 23, 2024, Biden imposed over 500 sanctions against Russia.';
  const out = run('report', [extractText('t.txt', text)]);
  const lines = out.split('\n');

  it('lists figures by date, undated last, each with imposer, target and bounds', () => {
    const dated = lines.filter((l) => /^ {2}(?:\d{4}|undated)/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(dated).toEqual(['2024-02-23', '2024-05-01', 'undated']);
    expect(out).toMatch(/2024-02-23\s+Biden → Russia\n\s+over 500 sanctions \[≥ 501\]/);
  });

  it('names what a bare amount is', () => {
    expect(out).toMatch(/£1\.6 million \(fine\) \[exactly 1,600,000, GBP\]/);
    expect(out).not.toMatch(/nearly 300 entities \(/);
  });
});

describe('corpus summary', () => {
  const tally = (entries: Array<[string, number, string[]]>) =>
    new Map(entries.map(([name, quotes, articles]) => [name, { name, quotes, articles: new Set(articles) }]));

  it('joins a surname to the one full name that ends with it, across articles', () => {
    const merged = mergeSurnames(tally([['Donald Trump', 5, ['a']], ['Trump', 2, ['b']], ['Vladimir Putin', 3, ['a', 'b']]]));
    expect([...merged.values()].map((t) => [t.name, t.quotes, t.articles.size])).toEqual([
      ['Donald Trump', 7, 2],
      ['Vladimir Putin', 3, 2],
    ]);
  });

  it('keeps a surname apart when two full names end with it', () => {
    const merged = mergeSurnames(tally([['Joe Biden', 1, ['a']], ['Hunter Biden', 1, ['b']], ['Biden', 1, ['c']]]));
    expect([...merged.keys()].sort()).toEqual(['Biden', 'Hunter Biden', 'Joe Biden']);
  });

  it('prints speakers by number of quotes with their article counts', () => {
    const a = extractText('a.txt', 'date 2024-09-05\n\n“We will act,” Vladimir Putin said.');
    const b = extractText('b.txt', 'date 2024-09-05\n\n“We will act,” Putin said. “Soon,” Putin added.');
    const out = run('report', [a, b]);
    expect(out).toMatch(/Speakers by number of quotes\n\s+3 {2}Vladimir Putin \(2 articles\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { ArticleError, decode, parseHeader } from '../src/read.js';

describe('parseHeader', () => {
  const cases: Array<[string, string, string | null, string]> = [
    ['inline header, body on the next line', 'date 2024-09-05\nBody text.', '2024-09-05', 'Body text.'],
    ['inline header, body on the same line', ' date 2024-09-09 In an interview...', '2024-09-09', 'In an interview...'],
    ['colon form', 'date: 2024-01-02\n\nBody.', '2024-01-02', 'Body.'],
    ['leading blank lines', '\n\n  date 2023-12-31\nBody.', '2023-12-31', 'Body.'],
    ['YAML front matter', '---\ntitle: x\ndate: 2024-03-04\n---\nBody.', '2024-03-04', 'Body.'],
    ['YAML front matter with quoted date', '---\ndate: "2024-03-04"\n---\n\nBody.', '2024-03-04', 'Body.'],
    ['no header', 'Putin said on Thursday...', null, 'Putin said on Thursday...'],
    ['the word date in the body is not a header', 'Dates matter. date night', null, 'Dates matter. date night'],
    ['a date later in the text is not a header', 'Body.\ndate 2024-09-05', null, 'Body.\ndate 2024-09-05'],
  ];
  it.each(cases)('%s', (_name, text, date, body) => {
    const h = parseHeader(text);
    expect(h.date).toBe(date);
    expect(text.slice(h.bodyStart)).toBe(body);
  });

  it.each([
    'date 2024-13-45\nBody.',
    'date 2023-02-29 Body.',
    'date: 2024-00-10\nBody.',
    'date yesterday\nBody.',
    'date: 5 September 2024\nBody.',
    'date 2024/09/05\r\nBody.',
    '\n date:\nBody.',
  ])('refuses a header with an impossible or unreadable date: %j', (text) => {
    expect(() => parseHeader(text)).toThrow(ArticleError);
    try {
      parseHeader(text);
    } catch (e) {
      expect((e as ArticleError).code).toBe('BAD_HEADER');
    }
  });

  it.each(['date rape drugs were found.', 'Date night\nBody.', 'dated letters', 'date', 'update 2024-09-05\nx'])(
    'prose starting with the word date is not a header: %j',
    (text) => {
      expect(parseHeader(text)).toEqual({ date: null, bodyStart: 0 });
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseHeader('date 2024-02-29\nx').date).toBe('2024-02-29');
  });
});

describe('decode', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('removes a UTF-8 BOM', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('date 2024-09-05')])).text).toBe('date 2024-09-05');
  });
  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Hi,” she said.', 'utf16le')]);
    expect(decode(le).text).toBe('“Hi,” she said.');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('“Hi,” she said.');
  });
  it('decodes invalid UTF-8 as Windows-1252 with a warning', () => {
    const d = decode(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9])); // “Hi” é
    expect(d.text).toBe('“Hi” é');
    expect(d.warning).toMatch(/Windows-1252/);
  });
  it('refuses binary input', () => {
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary/);
  });
});

import { describe, expect, it } from 'vitest';
import { PhraseTable, findQuantities, hasQualifierShape, intervalOf, numericBounds, parseNumber, parseQuantity, tokenize } from '../src/annotate/numbers.js';

describe('parseNumber', () => {
  const CASES: Array<[string, number | null]> = [
    ['500', 500],
    ['4,565', 4565],
    ['1,200,000', 1200000],
    ['7.2', 7.2],
    ['1.2 billion', 1200000000],
    ['5bn', 5000000000],
    ['10K', 10000],
    ['3 trillion', 3e12],
    ['two dozen', 24],
    ['a dozen', 12],
    ['a hundred', 100],
    ['twenty-five', 25],
    ['thirty five', 35],
    ['one hundred and seventy', 170],
    ['three thousand nine hundred and sixty five', 3965],
    ['five lakh', 500000],
    ['four crore', 40000000],
    ['1/2', 0.5],
    ['a half', 0.5],
    ['half a million', 500000],
    ['a quarter million', 250000],
    ['three quarters', 0.75],
    ['half a dozen', 6],
    ['16.4 million', 16400000],
    ['2.3m', 2300000],
    ['-30', -30],
    ['negative ten', -10],
    ['hundreds of', null],
    ['the 14th', null],
    ['F16', null],
    ['several', null],
  ];
  it.each(CASES)('%s -> %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseQuantity: qualifiers and bounds', () => {
  // [phrase, qualifier as written, interval, approximate, count bounds {min, max}]
  const CASES: Array<[string, string | null, string, boolean, { min: number | null; max: number | null }]> = [
    ['over 500', 'over', '(500,)', false, { min: 501, max: null }],
    ['more than 60', 'more than', '(60,)', false, { min: 61, max: null }],
    ['More than 60', 'More than', '(60,)', false, { min: 61, max: null }],
    ['upwards of 200', 'upwards of', '(200,)', false, { min: 201, max: null }],
    ['north of 300', 'north of', '(300,)', false, { min: 301, max: null }],
    ['slightly fewer than 40', 'slightly fewer than', '(,40)', false, { min: null, max: 39 }],
    ['more than a dozen', 'more than', '(12,)', false, { min: 13, max: null }],
    ['in excess of 1,000', 'in excess of', '(1000,)', false, { min: 1001, max: null }],
    ['at least 20', 'at least', '[20,)', false, { min: 20, max: null }],
    ['no fewer than 30', 'no fewer than', '[30,)', false, { min: 30, max: null }],
    ['up to 80', 'up to', '(,80]', false, { min: null, max: 80 }],
    ['as many as 70', 'as many as', '(,70]', false, { min: null, max: 70 }],
    ['at most 7', 'at most', '(,7]', false, { min: null, max: 7 }],
    ['fewer than 10', 'fewer than', '(,10)', false, { min: null, max: 9 }],
    ['under 170', 'under', '(,170)', false, { min: null, max: 169 }],
    ['nearly 300', 'nearly', '(,300]', true, { min: null, max: 300 }],
    ['almost 50', 'almost', '(,50]', true, { min: null, max: 50 }],
    ['close to 40', 'close to', '(,40]', true, { min: null, max: 40 }],
    ['just under 100', 'just under', '(,100]', true, { min: null, max: 100 }],
    ['about 30', 'about', '(,)', true, { min: null, max: null }],
    ['around 42', 'around', '(,)', true, { min: null, max: null }],
    ['roughly 1,100', 'roughly', '(,)', true, { min: null, max: null }],
    ['some 150', 'some', '(,)', true, { min: null, max: null }],
    ['approximately 9', 'approximately', '(,)', true, { min: null, max: null }],
    ['32', null, '[32,32]', false, { min: 32, max: 32 }],
    ['exactly 12', 'exactly', '[12,12]', false, { min: 12, max: 12 }],
    ['500 or more', 'or more', '[500,)', false, { min: 500, max: null }],
    ['500-plus', 'plus', '[500,)', false, { min: 500, max: null }],
    ['500+', '+', '[500,)', false, { min: 500, max: null }],
    ['five hundred or less', 'or less', '(,500]', false, { min: null, max: 500 }],
    ['300 or so', 'or so', '(,)', true, { min: null, max: null }],
    ['between 20 and 30', 'between', '[20,30]', false, { min: 20, max: 30 }],
    ['from 10 to 20', 'from', '[10,20]', false, { min: 10, max: 20 }],
    ['20-30', null, '[20,30]', false, { min: 20, max: 30 }],
    ['between 1 and 2 billion', 'between', '[1000000000,2000000000]', false, { min: 1e9, max: 2e9 }],
    ['more than 10 and fewer than 40', 'more than', '(10,40)', false, { min: 11, max: 39 }],
    ['at most 100 and at least 20', 'at most', '[20,100]', false, { min: 20, max: 100 }],
    ['more than 5000 or equal to', 'more than', '[5000,)', false, { min: 5000, max: null }],
    ['>= 30', '>=', '[30,)', false, { min: 30, max: null }],
    ['<-30', '<', '(,-30)', false, { min: null, max: -31 }],
  ];
  it.each(CASES)('%s', (phrase, qualifier, interval, approximate, bounds) => {
    const q = parseQuantity(phrase);
    expect(q).not.toBeNull();
    expect(q!.text).toBe(phrase);
    expect(q!.qualifier).toBe(qualifier);
    expect(intervalOf(q!)).toBe(interval);
    expect(q!.approximate).toBe(approximate);
    expect(numericBounds(q!, true)).toEqual(bounds);
  });

  it('vague amounts have no number and no bounds', () => {
    for (const phrase of ['hundreds of', 'dozens of', 'tens of thousands of', 'several hundred', 'a handful of', 'several dozen']) {
      const q = parseQuantity(`${phrase} entities`)!;
      expect(q.text).toBe(phrase);
      expect(q.value).toBeNull();
      expect(q.vague).toBe(true);
      expect(q.approximate).toBe(true);
      expect(intervalOf(q)).toBe('(,)');
    }
  });

  it('ranks count only inside a range or after a bound', () => {
    expect(intervalOf(parseQuantity('between the tenth and the fifteenth')!)).toBe('[10,15]');
    expect(intervalOf(parseQuantity('higher than the tenth but lower than the fifteenth')!)).toBe('(10,15)');
    expect(findQuantities('the 14th package and the first round')).toEqual([]);
  });

  it('ratios are one number', () => {
    expect(parseQuantity('one in five')!.value).toBe(0.2);
    expect(intervalOf(parseQuantity('2 in 5 or more')!)).toBe('[0.4,)');
    expect(findQuantities('sanctioned 12 in 2022').map((q) => q.value)).toEqual([12, 2022]);
  });

  it('a qualifier word with no number after it is not a quantity', () => {
    expect(findQuantities('sanctions over Russia’s war, some of them new, about time')).toEqual([]);
    expect(findQuantities('the 14th package, the F-16 jets and COVID-19')).toEqual([]);
  });
});

describe('money', () => {
  const CASES: Array<[string, number, string, string]> = [
    // [text, value, ISO currency, quantity text]
    ['$5bn', 5e9, 'USD', '$5bn'],
    ['$968 million', 968e6, 'USD', '$968 million'],
    ['£2.3m', 2.3e6, 'GBP', '£2.3m'],
    ['€4.7 billion', 4.7e9, 'EUR', '€4.7 billion'],
    ['US$4.7 billion', 4.7e9, 'USD', 'US$4.7 billion'],
    ['USD 3.14', 3.14, 'USD', 'USD 3.14'],
    ['20 euros', 20, 'EUR', '20 euros'],
    ['7.4 billion Swiss francs', 7.4e9, 'CHF', '7.4 billion Swiss francs'],
    ['300 billion roubles', 3e11, 'RUB', '300 billion roubles'],
    ['10 trillion rials', 1e13, 'IRR', '10 trillion rials'],
    ['¥30 billion', 3e10, 'JPY', '¥30 billion'],
    ['Rs. 20', 20, 'INR', 'Rs. 20'],
    ['C$16.4 million', 16.4e6, 'CAD', 'C$16.4 million'],
    ['MX$15', 15, 'MXN', 'MX$15'],
    ['R$5 billion', 5e9, 'BRL', 'R$5 billion'],
    ['half a million dollars', 5e5, 'USD', 'half a million dollars'],
    ['42 KWD', 42, 'KWD', '42 KWD'],
    ['10k$', 1e4, 'USD', '10k$'],
    ['$20 and 43 cents', 20.43, 'USD', '$20 and 43 cents'],
    ['3 GBP 1 pence', 3.01, 'GBP', '3 GBP 1 pence'],
    ['a dollar', 1, 'USD', 'a dollar'],
    ['above a dollar and 42 cents', 1.42, 'USD', 'above a dollar and 42 cents'],
    ['$20 and 43c', 20.43, 'USD', '$20 and 43c'],
    ['20 ringgit 43', 20.43, 'MYR', '20 ringgit 43'],
    ['US$3 and fourteen', 3.14, 'USD', 'US$3 and fourteen'],
    ['42 geneh', 42, 'EGP', '42 geneh'],
    ['-$5bn', -5e9, 'USD', '-$5bn'],
    ['−€3m', -3e6, 'EUR', '−€3m'],
  ];
  it.each(CASES)('%s', (text, value, currency, span) => {
    const q = parseQuantity(text)!;
    expect(q.value).toBe(value);
    expect(q.currency).toBe(currency);
    expect(q.text).toBe(span);
  });

  it('money bounds keep the written value', () => {
    const q = parseQuantity('more than $4.3 billion')!;
    expect(q.currency).toBe('USD');
    expect(numericBounds(q, false)).toEqual({ min: 4.3e9, max: null });
  });

  it('a number after an amount is hundredths only where nothing follows it or a minor unit does', () => {
    expect(findQuantities('fined $5 and 10 others').map((q) => [q.text, q.value])).toEqual([['$5', 5], ['10', 10]]);
    expect(findQuantities('a $20 fine, 43 people').map((q) => q.text)).toEqual(['$20', '43']);
    expect(findQuantities('paid $1.5 million and 20 cents').map((q) => q.text)).toEqual(['$1.5 million', '20']);
  });

  it('a hyphen between two words is no minus sign', () => {
    expect(parseQuantity('mid-$5bn')!.value).toBe(5e9);
  });

  it('lower-case codes and words are not currencies', () => {
    expect(parseQuantity('42 try')!.currency).toBeNull();
    expect(parseQuantity('5 all')!.currency).toBeNull();
  });
});

describe('findQuantities in running text', () => {
  it('finds each quantity with offsets into the text', () => {
    const text = 'On May 1, 2024, the US sanctioned nearly 300 entities and froze $5bn; over 500 sanctions in all.';
    const qs = findQuantities(text);
    const texts = qs.map((q) => q.text);
    expect(texts).toEqual(['1', '2024', 'nearly 300', '$5bn', 'over 500']);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads a range of a slice only', () => {
    const text = 'xx over 500 yy at least 20';
    expect(findQuantities(text, 3, 11).map((q) => q.text)).toEqual(['over 500']);
  });

  // Speed is measured in `npm run bench`; here a long text must simply finish (the test
  // timeout guards against a hang) with every quantity found.
  it('finds every quantity in a 1.3 MB text of numbers', () => {
    const text = 'more than 60 companies, nearly 300 entities and $5bn in assets. '.repeat(20000);
    expect(findQuantities(text)).toHaveLength(60000);
  });
});

describe('hasQualifierShape', () => {
  it.each([
    ['more than 60', true],
    ['between 20 and 30', true],
    ['500 or more', true],
    ['20-30', true],
    ['60', false],
    ['twenty', false],
  ] as const)('%s -> %s', (phrase, shaped) => {
    expect(hasQualifierShape(phrase)).toBe(shaped);
  });
});

describe('PhraseTable', () => {
  it('finds the longest entry from a token on, and the longest ending at one, whatever the case', () => {
    const table = PhraseTable.of(['more than', 'more', 'at least', 'U.S.']);
    const tokens = tokenize('More than 40 and at least 5 U.S. firms');
    expect(table.matchAt(tokens, 0)).toMatchObject({ end: 2, key: 'more than' });
    expect(table.matchAt(tokens, 1)).toBeNull();
    expect(table.matchEndingAt(tokens, 5)).toMatchObject({ end: 4, key: 'at least' });
    expect(table.matchAt(tokens, 7)).toMatchObject({ key: 'U.S.' });
  });

  it('finds a word in a table built after another table was asked about the same tokens', () => {
    const tokens = tokenize('Officials froze zorblat accounts');
    const early = PhraseTable.of(['froze']);
    expect(early.matchAt(tokens, 1)).toMatchObject({ key: 'froze' });
    // `zorblat` is in no table yet: the token keeps that answer until a table brings the word.
    expect(early.matchAt(tokens, 2)).toBeNull();
    const late = PhraseTable.of(['zorblat accounts']);
    expect(late.matchAt(tokens, 2)).toMatchObject({ end: 4, key: 'zorblat accounts' });
    expect(late.matchEndingAt(tokens, 3)).toMatchObject({ end: 2, key: 'zorblat accounts' });
  });

  it('matches case-sensitive tables on the text as written', () => {
    const table = PhraseTable.of(['US'], true);
    const tokens = tokenize('us and US');
    expect(table.matchAt(tokens, 0)).toBeNull();
    expect(table.matchAt(tokens, 2)).toMatchObject({ key: 'US' });
  });
});

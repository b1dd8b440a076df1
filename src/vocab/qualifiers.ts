/**
 * vocab/qualifiers: the words around a number that bound it or make it vague, and the number
 * words themselves. Entries are lower-case and matched case-insensitively, token by token
 * (`more than` matches `More  than`; `>=` matches `> =`).
 *
 * A qualifier's sense says which bound it sets on the number n:
 * - `gt`: exclusive lower bound (`over 500`: more than 500);
 * - `ge`: inclusive lower bound (`at least 500`);
 * - `lt`: exclusive upper bound (`fewer than 500`);
 * - `le`: inclusive upper bound (`up to 500`);
 * - `near`: n is an approximate upper bound (`nearly 300`: max 300, approximate);
 * - `approx`: n is approximate, no bound (`about 300`);
 * - `eq`: n is exact (`exactly 300`);
 * - `or-equal` (after the number only): turns an exclusive bound inclusive (`more than 5000 or equal`).
 */

export type QualifierSense = 'gt' | 'ge' | 'lt' | 'le' | 'near' | 'approx' | 'eq';
export type PostQualifierSense = QualifierSense | 'or-equal';

/** Qualifiers written before the number (`more than 60`). */
export const PRE_QUALIFIERS: Readonly<Record<string, QualifierSense>> = {
  // exclusive lower bound
  over: 'gt',
  'just over': 'gt',
  'well over': 'gt',
  'more than': 'gt',
  'well more than': 'gt',
  'slightly more than': 'gt',
  'a little more than': 'gt',
  'slightly over': 'gt',
  'a little over': 'gt',
  'just above': 'gt',
  'north of': 'gt',
  'upwards of': 'gt',
  'upward of': 'gt',
  'in excess of': 'gt',
  above: 'gt',
  'greater than': 'gt',
  'larger than': 'gt',
  'bigger than': 'gt',
  'higher than': 'gt',
  exceeding: 'gt',
  exceed: 'gt',
  exceeds: 'gt',
  surpassing: 'gt',
  surpass: 'gt',
  '>': 'gt',
  // inclusive lower bound
  'at least': 'ge',
  'no fewer than': 'ge',
  'not fewer than': 'ge',
  'no less than': 'ge',
  'not less than': 'ge',
  'a minimum of': 'ge',
  'at least or equal to': 'ge',
  'greater than or equal to': 'ge',
  'more than or equal to': 'ge',
  'equal to or more than': 'ge',
  'equal to or greater than': 'ge',
  'greater or equal than': 'ge',
  'bigger or equal than': 'ge',
  'higher or equal than': 'ge',
  'larger or equal than': 'ge',
  '>=': 'ge',
  '≥': 'ge',
  // exclusive upper bound
  'less than': 'lt',
  'fewer than': 'lt',
  'slightly less than': 'lt',
  'slightly fewer than': 'lt',
  'south of': 'lt',
  under: 'lt',
  below: 'lt',
  'smaller than': 'lt',
  'lower than': 'lt',
  '<': 'lt',
  // inclusive upper bound
  'up to': 'le',
  'at most': 'le',
  'as many as': 'le',
  'as much as': 'le',
  'no more than': 'le',
  'not more than': 'le',
  'a maximum of': 'le',
  'less than or equal to': 'le',
  'fewer than or equal to': 'le',
  'equal to or less than': 'le',
  'equal to or fewer than': 'le',
  'less or equal than': 'le',
  'smaller or equal than': 'le',
  'lower or equal than': 'le',
  '<=': 'le',
  '≤': 'le',
  // approximate upper bound
  nearly: 'near',
  almost: 'near',
  'close to': 'near',
  'just under': 'near',
  'just below': 'near',
  'just shy of': 'near',
  'just short of': 'near',
  'not quite': 'near',
  // approximate
  about: 'approx',
  around: 'approx',
  roughly: 'approx',
  some: 'approx',
  approximately: 'approx',
  'an estimated': 'approx',
  estimated: 'approx',
  'an approximate': 'approx',
  circa: 'approx',
  'in the region of': 'approx',
  'on the order of': 'approx',
  'more or less': 'approx',
  '~': 'approx',
  // exact
  exactly: 'eq',
  precisely: 'eq',
  'equal to': 'eq',
  equals: 'eq',
  'equals to': 'eq',
  equaling: 'eq',
  'equaling to': 'eq',
};

/** Qualifiers written after the number (`500 or more`, `500-plus`, `500-odd`). */
export const POST_QUALIFIERS: Readonly<Record<string, PostQualifierSense>> = {
  'or more': 'ge',
  'and more': 'ge',
  'or greater': 'ge',
  'or higher': 'ge',
  'or above': 'ge',
  'and above': 'ge',
  'and up': 'ge',
  'or more than': 'ge',
  'or greater than': 'ge',
  plus: 'ge',
  '+': 'ge',
  'or less': 'le',
  'or fewer': 'le',
  'and less': 'le',
  'and fewer': 'le',
  'or lower': 'le',
  'or below': 'le',
  'and below': 'le',
  'or less than': 'le',
  'or so': 'approx',
  odd: 'approx',
  'or equal': 'or-equal',
  'or equal to': 'or-equal',
};

/** Words that join two numbers into a range (`20 to 30`, `20-30`, `20 through 30`). */
export const RANGE_JOINERS: readonly string[] = ['to', 'through', 'thru', '-', '–', '—', '~'];

/** Words that open a range and the word that must then join it (`between 20 and 30`, `from 20 to 30`). */
export const RANGE_OPENERS: Readonly<Record<string, string>> = {
  between: 'and',
  from: 'to',
};

/** Words that join a lower and an upper bound into one range (`more than 10 and fewer than 40`). */
export const BOUND_JOINERS: readonly string[] = ['and', 'but', ','];

/** Cardinal number words -> value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words that multiply the number before them (`1.2 billion`, `two dozen`, `5 lakh`). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Scale suffixes written against the digits (`$5bn`, `£2.3m`, `10k`). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
};

/** Fraction words (`more than half`, `one quarter`). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5,
  halves: 0.5,
  quarter: 0.25,
  quarters: 0.25,
  third: 1 / 3,
  thirds: 1 / 3,
};

/** Words that make a negative number (`negative ten`, `minus 5`). */
export const NEGATIVE_WORDS: readonly string[] = ['negative', 'minus'];

/** Vague amounts: a count without a number (`hundreds of`, `dozens of`, `tens of thousands of`). */
export const VAGUE_AMOUNTS: readonly string[] = ['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'a handful'];

/** Words before a scale word that make it vague (`several hundred`, `a few thousand`). */
export const VAGUE_MULTIPLIERS: readonly string[] = ['several', 'a few', 'a couple of', 'many'];

/** Letters against digits that make an ordinal, not a count (`14th package`). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Minor currency units that add hundredths to an amount (`$20 and 43 cents`, `3 GBP 1 pence`). */
export const MINOR_UNITS: readonly string[] = ['cent', 'cents', 'c', 'pence', 'p', 'sen', 'sens', 'kopiykas', 'kopecks', 'kopeks'];

/** Ordinal words -> rank (`between the tenth and the fifteenth`). */
export const ORDINAL_NUMBERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
};

/** Words that make two numbers a ratio (`one in five`, `three out of four`). */
export const RATIO_JOINERS: readonly string[] = ['in', 'out of'];

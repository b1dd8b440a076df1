/**
 * segment/letter-hash: a table of lower-case ASCII words, each with bits, looked up by a run of
 * letters in the text as it is scanned: the scanner hashes the run's lower-case codes
 * (`hashStep`), and `bitsOfRun` checks the few words with that hash letter by letter. No string
 * is cut out of the text or lower-cased (in an article with a curly quote every cut is a two-byte
 * string, which `toLowerCase` sends through ICU). The pre-scan (`needOf`) and the date trigger
 * groups (`asciiGroups` in annotate/dates-core.ts) read their words so.
 */

/** One step of the hash of a run's lower-case letter codes. */
export const hashStep = (h: number, lower: number): number => (Math.imul(h, 31) + lower) | 0;

/** Hash -> the words with it (almost always one) and their bits. */
export type LetterHashTable = ReadonlyMap<number, ReadonlyArray<{ word: string; bits: number }>>;

export function letterHashTable(words: ReadonlyMap<string, number>): LetterHashTable {
  const table = new Map<number, Array<{ word: string; bits: number }>>();
  for (const [word, bits] of words) {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    const list = table.get(h) ?? [];
    list.push({ word, bits });
    table.set(h, list);
  }
  return table;
}

/**
 * The bits of the table's words equal to `text.slice(from, to)` read through `lower` (a code -> its
 * lower-case ASCII letter code, or 0), where `h` is the run's hash; 0 when there is none.
 */
export function bitsOfRun(table: LetterHashTable, text: string, from: number, to: number, h: number, lower: (c: number) => number): number {
  const list = table.get(h);
  if (list === undefined) return 0;
  let bits = 0;
  for (const e of list) {
    if (e.word.length !== to - from) continue;
    let k = 0;
    while (k < e.word.length && lower(text.charCodeAt(from + k)) === e.word.charCodeAt(k)) k++;
    if (k === e.word.length) bits |= e.bits;
  }
  return bits;
}

/**
 * segment/letter-hash: a table of lower-case ASCII words, each with bits, looked up by a run of
 * letters in the text as it is scanned: the scanner hashes the run's lower-case codes
 * (`hashStep`), and `bitsOfRun` checks the few words with that hash letter by letter. No string
 * is cut out of the text or lower-cased (in an article with a curly quote every cut is a two-byte
 * string, which `toLowerCase` sends through ICU). The pre-scan (`needOf`) and the date trigger
 * groups (`asciiGroups` in annotate/dates-core.ts) read their words so.
 *
 * The table is open addressing over typed arrays: a run whose hash starts no word, nearly every
 * run of a text, is turned away by one empty slot, where a `Map` look-up hashes the key again and
 * walks a bucket (over 2 MB of articles the pre-scan asks about some 400,000 runs).
 */

/** One step of the hash of a run's lower-case letter codes. */
export const hashStep = (h: number, lower: number): number => (Math.imul(h, 31) + lower) | 0;

export interface LetterHashTable {
  /** `mask + 1` slots, each 0 (empty) or 1 + the index of a word; a word sits in the first free slot from its hash on. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly hashes: Int32Array;
  readonly words: readonly string[];
  readonly bits: readonly number[];
}

export function letterHashTable(words: ReadonlyMap<string, number>): LetterHashTable {
  const list = [...words];
  // At most a quarter full: a probe past an empty slot is rare.
  let size = 16;
  while (size < 4 * list.length) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(list.length);
  list.forEach(([word], k) => {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    hashes[k] = h;
    let s = h & (size - 1);
    while (slots[s] !== 0) s = (s + 1) & (size - 1);
    slots[s] = k + 1;
  });
  return { slots, mask: size - 1, hashes, words: list.map(([w]) => w), bits: list.map(([, b]) => b) };
}

/**
 * The bits of the table's words equal to `text.slice(from, to)` read through `lower` (a code -> its
 * lower-case ASCII letter code, or 0), where `h` is the run's hash; 0 when there is none.
 */
export function bitsOfRun(table: LetterHashTable, text: string, from: number, to: number, h: number, lower: (c: number) => number): number {
  const { slots, mask, hashes, words } = table;
  let bits = 0;
  for (let s = h & mask, e = slots[s]!; e !== 0; s = (s + 1) & mask, e = slots[s]!) {
    const k = e - 1;
    if (hashes[k] !== h) continue;
    const word = words[k]!;
    if (word.length !== to - from) continue;
    let i = 0;
    while (i < word.length && lower(text.charCodeAt(from + i)) === word.charCodeAt(i)) i++;
    if (i === word.length) bits |= table.bits[k]!;
  }
  return bits;
}

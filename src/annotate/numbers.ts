/**
 * annotate/numbers: numbers with their qualifiers, as a reader takes them.
 *
 * `nearly 300` is a number 300 with an approximate upper bound; `over 500` has an exclusive lower
 * bound; `$5bn` is 5000000000 USD; `hundreds of` is a vague amount without a number. General
 * number parsers drop the qualifier; this one keeps it and turns it into bounds.
 *
 * The scan is one left-to-right pass over tokens; each quantity looks at a bounded number of
 * tokens, so the whole is linear in the text.
 */
import {
  BOUND_JOINERS,
  FRACTION_WORDS,
  NEGATIVE_WORDS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  RANGE_JOINERS,
  RANGE_OPENERS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  VAGUE_AMOUNTS,
  VAGUE_MULTIPLIERS,
  MINOR_UNITS,
  ORDINAL_NUMBERS,
  RATIO_JOINERS,
  type PostQualifierSense,
  type QualifierSense,
} from '../vocab/qualifiers.js';
import { CURRENCY_CODES, CURRENCY_CODE_ALIASES, CURRENCY_NAMES, CURRENCY_SYMBOLS } from '../vocab/sanctions.js';

// ---------------------------------------------------------------------------------------------
// Tokens

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * Which word of the phrase tables `lower` is (`wordIdOf`): its number once a table asked for
   * it, when some table holds it; -1 until a table asks.
   */
  id: number;
}

/** One token at `lastIndex` (sticky): a digit run (with thousands separators and decimals), a word, or one symbol. */
const TOKEN_RE = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*|\S/uy;

/**
 * Tokens of `text` between `from` and `to`: digit runs (with thousands separators and decimals), words, single symbols.
 *
 * Every character that is not white space starts a token (`\S` matches it), so the scan passes
 * white space by hand and tries the pattern where the next token must start: `test` with the
 * sticky pattern gives the token's end in `lastIndex` and builds no match array per token. A word
 * of ASCII letters, most tokens, is read by hand where the pattern would end it (`asciiWordEnd`).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // One shared matcher: nothing below calls back into tokenize before the loop ends.
  const re = TOKEN_RE;
  let pos = from;
  // A range that starts inside a surrogate pair reads from the pair's start, as a unicode pattern's search does.
  if (pos > 0 && isLowSurrogate(text.charCodeAt(pos)) && isHighSurrogate(text.charCodeAt(pos - 1))) pos--;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    // ASCII white space (space, tab, line breaks, vertical tab, form feed).
    if (c === 32 || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    let end = asciiWordEnd(text, pos);
    const plain = end >= 0 && !asciiCased;
    if (end < 0) {
      re.lastIndex = pos;
      if (!re.test(text)) {
        // Only other white space (no-break space, ideographic space ...) fails the pattern; it is one code unit.
        pos++;
        continue;
      }
      end = re.lastIndex;
    }
    // A token may run past `to` (the pattern reads the whole text); then the range holds no more tokens.
    if (end > to) break;
    const t = text.slice(pos, end);
    // The alternation tries digits, then letters, so a token is a word exactly when its first character is a letter.
    // Digits and ASCII symbols have no case: their lower-case form is the token itself.
    let kind: TokenKind;
    let lower: string;
    if (c >= 48 && c <= 57) {
      kind = 'num';
      lower = t;
    } else if (c < 128) {
      kind = (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : 'sym';
      // (A word of lower-case ASCII letters is its own lower-case form.)
      lower = kind === 'word' && !plain ? t.toLowerCase() : t;
    } else {
      kind = LETTER.test(t[0]!) ? 'word' : 'sym';
      lower = t.toLowerCase();
    }
    out.push({ text: t, lower, start: pos, end, kind, id: -1 });
    pos = end;
  }
  return out;
}

const LETTER = /\p{L}/u;

/** Set by `asciiWordEnd` when the run it read holds an upper-case letter. */
let asciiCased = false;

/**
 * Where `TOKEN_RE` ends the word at `pos` when that word is a run of ASCII letters: at the end of
 * the text, or before an ASCII character that is neither a letter nor an apostrophe (`\p{L}+`
 * stops there, and no `['’]\p{L}+` follows). -1 otherwise: no ASCII letter at `pos`, or the
 * pattern may read on (a non-ASCII letter, `'`, `’`). Read by hand, most words cost the pattern
 * nothing: its `\p{L}` tests every letter with a call out of the matching code.
 */
function asciiWordEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos;
  let cased = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) cased = true;
    else break;
  }
  if (i === pos) return -1;
  if (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 39) return -1;
  }
  asciiCased = cased;
  return i;
}
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when token `b` follows token `a` with no space between. */
export const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

// ---------------------------------------------------------------------------------------------
// Phrase tables: a vocabulary table turned into a token-sequence matcher.

export interface PhraseMatch<V> {
  /** Index of the token after the match. */
  end: number;
  key: string;
  value: V;
}

/** One node of a table's word trie: the entry that ends here (if any) and the words that may follow. */
interface TrieNode<V> {
  /** The first entry in table order whose words end here; null when none does. */
  hit: { key: string; value: V } | null;
  next: Map<string, TrieNode<V>> | null;
}

/**
 * The words of the case-insensitive phrase tables built so far, numbered from 1: a token looks
 * its word up here once (`wordIdOf`), and each table then tells by one bit whether an entry of it
 * starts or ends with that word (`PhraseTable.firstIds`). Nine tokens in ten that a table is asked
 * about start none of its entries; 60-odd tables asked about the same tokens made that a map
 * look-up of the token's text per table each time (over 2 MB of articles, ~700,000 of them).
 */
const WORD_IDS = new Map<string, number>();
/** Bumped whenever a table's build adds words to `WORD_IDS`: a word looked up before may be there now. */
let wordEpoch = 0;

/**
 * The number of `t`'s word (lower-case) in `WORD_IDS`, 0 when no table built so far holds it. The
 * answer is kept on the token: a number for good, a miss as `-2 - wordEpoch`, good until the epoch
 * moves on.
 */
function wordIdOf(t: Token): number {
  const id = t.id;
  if (id > 0) return id;
  if (id === -2 - wordEpoch) return 0;
  const found = WORD_IDS.get(t.lower);
  t.id = found ?? -2 - wordEpoch;
  return found ?? 0;
}

/** A bit per word number, set for the numbers of `words` (given a number when new). */
function wordBits(words: Iterable<string>): Uint32Array {
  const ids: number[] = [];
  let added = false;
  for (const w of words) {
    let id = WORD_IDS.get(w);
    if (id === undefined) {
      WORD_IDS.set(w, (id = WORD_IDS.size + 1));
      added = true;
    }
    ids.push(id);
  }
  if (added) wordEpoch++;
  const bits = new Uint32Array((Math.max(0, ...ids) >>> 5) + 1);
  for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
  return bits;
}

/** Is bit `id` set in `bits` (id 0, no word, never is)? */
const hasWord = (bits: Uint32Array, id: number): boolean => id > 0 && (id >>> 5) < bits.length && (bits[id >>> 5]! & (1 << (id & 31))) !== 0;

/**
 * Matches multi-word table entries against tokens, longest first. Entries are tokenized the same
 * way as text, so `u.s.` and `>=` match `U.S.` and `> =`. Case-insensitive unless `caseSensitive`.
 *
 * The entries sit in two word tries, one read forwards (for `matchAt`) and one backwards (for
 * `matchEndingAt`): a match walks one map look-up per token and keeps the deepest entry it passes,
 * which is the longest; of entries with the same words the first in table order wins. A token
 * whose word starts (or ends) no entry is turned away by its word number (`WORD_IDS`) first.
 */
export class PhraseTable<V> {
  private first: Map<string, TrieNode<V>> | null = null;
  private last: Map<string, TrieNode<V>> | null = null;
  /** The word numbers of the trie roots (case-insensitive tables only). */
  private firstIds: Uint32Array | null = null;
  private lastIds: Uint32Array | null = null;
  /** The entries until the first match builds the tries (a table never used costs nothing at load). */
  private entries: Array<readonly [string, V]> | null;
  constructor(
    entries: Iterable<readonly [string, V]>,
    private readonly caseSensitive = false,
  ) {
    this.entries = [...entries];
  }

  private build(): void {
    const byFirst = new Map<string, TrieNode<V>>();
    const byLast = new Map<string, TrieNode<V>>();
    const add = (root: Map<string, TrieNode<V>>, words: readonly string[], key: string, value: V) => {
      let map = root;
      let node: TrieNode<V> | undefined;
      for (const w of words) {
        node = map.get(w);
        if (node === undefined) map.set(w, (node = { hit: null, next: null }));
        map = node.next ??= new Map();
      }
      if (node!.hit === null) node!.hit = { key, value };
    };
    for (const [key, value] of this.entries ?? []) {
      const toks = tokenize(key).map((t) => (this.caseSensitive ? t.text : t.lower));
      if (toks.length === 0) continue;
      add(byFirst, toks, key, value);
      add(byLast, toks.reverse(), key, value);
    }
    // A node with nothing after it needs no map.
    const prune = (map: Map<string, TrieNode<V>>): void => {
      for (const node of map.values()) {
        if (node.next === null) continue;
        if (node.next.size === 0) node.next = null;
        else prune(node.next);
      }
    };
    prune(byFirst);
    prune(byLast);
    this.first = byFirst;
    this.last = byLast;
    this.entries = null;
    if (!this.caseSensitive) {
      this.firstIds = wordBits(byFirst.keys());
      this.lastIds = wordBits(byLast.keys());
    }
  }

  private get byFirst(): Map<string, TrieNode<V>> {
    if (this.first === null) this.build();
    return this.first!;
  }

  private get byLast(): Map<string, TrieNode<V>> {
    if (this.last === null) this.build();
    return this.last!;
  }

  static of(list: readonly string[], caseSensitive = false): PhraseTable<true> {
    return new PhraseTable(list.map((k) => [k, true] as const), caseSensitive);
  }

  static from<V>(record: Readonly<Record<string, V>>, caseSensitive = false): PhraseTable<V> {
    return new PhraseTable(Object.entries(record), caseSensitive);
  }

  /** The longest entry starting at token `i`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    const t = tokens[i];
    if (t === undefined) return null;
    const cs = this.caseSensitive;
    const roots = this.first ?? this.byFirst;
    if (!cs && !hasWord(this.firstIds!, wordIdOf(t))) return null;
    let node = roots.get(cs ? t.text : t.lower);
    if (node === undefined) return null;
    let hit = node.hit;
    let end = i + 1;
    for (let k = i + 1; node.next !== null && k < tokens.length; k++) {
      const u = tokens[k]!;
      node = node.next.get(cs ? u.text : u.lower);
      if (node === undefined) break;
      if (node.hit !== null) {
        hit = node.hit;
        end = k + 1;
      }
    }
    return hit === null ? null : { end, key: hit.key, value: hit.value };
  }

  /** The longest entry ending at token `j` (inclusive); `end` is then the index of its first token. */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<V> | null {
    const t = tokens[j];
    if (t === undefined) return null;
    const cs = this.caseSensitive;
    const roots = this.last ?? this.byLast;
    if (!cs && !hasWord(this.lastIds!, wordIdOf(t))) return null;
    let node = roots.get(cs ? t.text : t.lower);
    if (node === undefined) return null;
    let hit = node.hit;
    let first = j;
    for (let k = j - 1; node.next !== null && k >= 0; k--) {
      const u = tokens[k]!;
      node = node.next.get(cs ? u.text : u.lower);
      if (node === undefined) break;
      if (node.hit !== null) {
        hit = node.hit;
        first = k;
      }
    }
    return hit === null ? null : { end: first, key: hit.key, value: hit.value };
  }

  /** The first word of every entry (as matched: lower-case unless case-sensitive). */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  has(phrase: string): boolean {
    const toks = tokenize(phrase);
    return this.matchAt(toks, 0)?.end === toks.length;
  }
}

const PRE = PhraseTable.from<QualifierSense>(PRE_QUALIFIERS);
const POST = PhraseTable.from<PostQualifierSense>(POST_QUALIFIERS);
const OPENERS = PhraseTable.from(RANGE_OPENERS);
const JOINERS = PhraseTable.of(RANGE_JOINERS);
const BOUND_JOIN = PhraseTable.of(BOUND_JOINERS);
const VAGUE = PhraseTable.of(VAGUE_AMOUNTS);
const VAGUE_MULT = PhraseTable.of(VAGUE_MULTIPLIERS);
const NEGATIVE = PhraseTable.of(NEGATIVE_WORDS);
const SYMBOLS = PhraseTable.from(CURRENCY_SYMBOLS, true);
const CODES = new PhraseTable(
  [...CURRENCY_CODES.map((c) => [c, c] as const), ...Object.entries(CURRENCY_CODE_ALIASES).map(([k, v]) => [k.toUpperCase(), v] as const)],
  true,
);
const NAMES = PhraseTable.from(CURRENCY_NAMES);
const ORDINALS = new Set(ORDINAL_SUFFIXES);
const MINOR = PhraseTable.of(MINOR_UNITS);
const RATIO = PhraseTable.of(RATIO_JOINERS);
/** Largest whole of a ratio (`one in five`); a larger number after `in` is something else (`12 in 2022`). */
const MAX_RATIO_WHOLE = 100;

/** A currency mark at token `i`: symbol, ISO code or name. */
function currencyAt(tokens: readonly Token[], i: number, names: boolean): PhraseMatch<string> | null {
  return SYMBOLS.matchAt(tokens, i) ?? CODES.matchAt(tokens, i) ?? (names ? NAMES.matchAt(tokens, i) : null);
}

// ---------------------------------------------------------------------------------------------
// Numbers

export interface NumberParse {
  value: number | null;
  /** Token index after the number. */
  end: number;
  vague: boolean;
  /** Scale applied by a word or suffix (`billion`, `bn`), 1 when none. */
  scale: number;
}

/**
 * `v * scale` without binary noise: `16.4 million` is 16400000, not 16399999.999999998 (fifteen
 * significant digits are more than any written amount has).
 */
export const scaled = (v: number, scale: number): number => (scale === 1 ? v : Number((v * scale).toPrecision(15)));

/** A scale word at token `k`, or after `a` there (`half a million`). */
function isScaleAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an' ? tokens[k + 1] : tokens[k];
  return isScaleWord(t);
}

const isNumberWord = (t: Token | undefined) => !!t && t.kind === 'word' && NUMBER_WORDS[t.lower] !== undefined;
const isScaleWord = (t: Token | undefined) => !!t && t.kind === 'word' && SCALE_WORDS[t.lower] !== undefined;

function parseDigits(tokens: readonly Token[], i: number, afterHyphen: boolean): NumberParse | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // Part of a name or code (`F16`, `Su-35`, `COVID-19`), not a count.
  if (!afterHyphen && prev && adjacent(prev, t) && (prev.kind === 'word' || prev.kind === 'num')) return null;
  if (!afterHyphen && prev && adjacent(prev, t) && (prev.text === '-' || prev.text === '/') && adjacent(tokens[i - 2], prev) && tokens[i - 2]!.kind !== 'sym') return null;
  let value = Number(t.text.replace(/,/g, ''));
  let end = i + 1;
  let scale = 1;
  // Fraction `1/2`.
  const slash = tokens[end];
  const den = tokens[end + 1];
  if (slash?.text === '/' && adjacent(t, slash) && den?.kind === 'num' && adjacent(slash, den)) {
    const d = Number(den.text.replace(/,/g, ''));
    if (d === 0) return null;
    value = value / d;
    end += 2;
  }
  const next = tokens[end];
  if (next && next.kind === 'word' && adjacent(tokens[end - 1], next)) {
    const suffix = SCALE_SUFFIXES[next.lower];
    if (suffix !== undefined && !adjacent(next, tokens[end + 1]) ) {
      scale = suffix;
      end++;
    } else if (suffix !== undefined && tokens[end + 1]?.kind === 'sym') {
      scale = suffix;
      end++;
    } else if (ORDINALS.has(next.lower)) {
      return null;
    } else if (!currencyAt(tokens, end, true)) {
      return null; // `3D`, `5G`: a code, not a number
    }
  }
  if (scale === 1 && isScaleWord(tokens[end])) {
    scale = SCALE_WORDS[tokens[end]!.lower]!;
    end++;
  }
  return { value: scaled(value, scale), end, vague: false, scale };
}

function parseWords(tokens: readonly Token[], i: number, allowBareFraction: boolean): NumberParse | null {
  let total = 0;
  let current = 0;
  let consumed = false;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'scale' | 'article' = 'none';
  let lastScale = 1;
  let j = i;
  const first = tokens[i];
  if (!first) return null;
  // `a hundred`, `a dozen`, `an estimated` is a qualifier, not a number.
  if ((first.lower === 'a' || first.lower === 'an') && (isScaleWord(tokens[i + 1]) || FRACTION_WORDS[tokens[i + 1]?.lower ?? ''] !== undefined)) {
    current = 1;
    last = 'article';
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      // `twenty-five`
      if (t.text === '-' && last === 'tens' && adjacent(tokens[j - 1], t) && isNumberWord(tokens[j + 1]) && adjacent(t, tokens[j + 1])) continue;
      break;
    }
    const w = t.lower;
    const n = NUMBER_WORDS[w];
    if (n !== undefined) {
      if (n < 10 && (last === 'unit' || last === 'teen')) break;
      if (n >= 10 && n < 20 && (last === 'unit' || last === 'teen' || last === 'tens')) break;
      if (n >= 20 && (last === 'unit' || last === 'teen' || last === 'tens')) break;
      current += n;
      consumed = true;
      last = n < 10 ? 'unit' : n < 20 ? 'teen' : 'tens';
      continue;
    }
    const s = SCALE_WORDS[w];
    if (s !== undefined) {
      if (!consumed && last !== 'article') break;
      if (last === 'scale' && s >= lastScale) break;
      if (s < 1000) current = (current || 1) * s;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      consumed = true;
      last = 'scale';
      lastScale = s;
      continue;
    }
    if (w === 'and' && last === 'scale' && isNumberWord(tokens[j + 1])) continue;
    const f = FRACTION_WORDS[w];
    if (f !== undefined && (last === 'article' || (last === 'unit' && total === 0) || (last === 'none' && (allowBareFraction || isScaleAfter(tokens, j + 1))))) {
      // `three quarters`, `two thirds`: that many of the fraction.
      const part = last === 'unit' ? current * f : f;
      // `half a million`, `a quarter million`, `three quarters billion`: of the scale after it.
      let k = j + 1;
      if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k++;
      const s = isScaleWord(tokens[k]) ? SCALE_WORDS[tokens[k]!.lower]! : 0;
      if (s > 1) return { value: scaled(part, s), end: k + 1, vague: false, scale: s };
      return { value: part, end: j + 1, vague: false, scale: 1 };
    }
    break;
  }
  if (!consumed) return null;
  return { value: total + current, end: j, vague: false, scale: lastScale };
}

/** `hundreds of`, `tens of thousands of`, `several hundred`. */
function parseVague(tokens: readonly Token[], i: number): NumberParse | null {
  const v = VAGUE.matchAt(tokens, i);
  if (v && tokens[v.end]?.lower === 'of') {
    let end = v.end + 1;
    for (;;) {
      const more = VAGUE.matchAt(tokens, end);
      if (more && tokens[more.end]?.lower === 'of') end = more.end + 1;
      else break;
    }
    return { value: null, end, vague: true, scale: 1 };
  }
  const m = VAGUE_MULT.matchAt(tokens, i);
  if (m && isScaleWord(tokens[m.end])) {
    let end = m.end + 1;
    if (tokens[end]?.lower === 'of') end++;
    return { value: null, end, vague: true, scale: 1 };
  }
  return null;
}

/** The number starting at token `i`, if any. */
export function parseNumberAt(tokens: readonly Token[], i: number, opts: { afterHyphen?: boolean; bareFraction?: boolean } = {}): NumberParse | null {
  const t = tokens[i];
  if (!t) return null;
  // Negative sign right against the digits (`-30`, `<= -30`), not a hyphen between two numbers.
  if ((t.text === '-' || t.text === '−') && tokens[i + 1]?.kind === 'num' && adjacent(t, tokens[i + 1])) {
    const prev = tokens[i - 1];
    if (prev && adjacent(prev, t) && prev.kind !== 'sym') return null;
    if (prev && prev.kind === 'num') return null;
    const n = parseDigits(tokens, i + 1, true);
    return n && n.value !== null ? { ...n, value: -n.value } : null;
  }
  const neg = NEGATIVE.matchAt(tokens, i);
  if (neg) {
    const n = parseNumberAt(tokens, neg.end, opts);
    return n && n.value !== null ? { ...n, value: -n.value } : null;
  }
  if (t.kind === 'num') return parseDigits(tokens, i, opts.afterHyphen ?? false);
  if (t.kind !== 'word') return null;
  return parseVague(tokens, i) ?? parseWords(tokens, i, opts.bareFraction ?? false);
}

/**
 * Does a quantity start at token `i`: a number (`6`, `two dozen`), or a qualifier before one, with
 * or without a currency mark between (`more than 20`, `nearly two dozen`, `up to $5m`)?
 */
export function quantityStartsAt(tokens: readonly Token[], i: number): boolean {
  if (parseNumberAt(tokens, i) !== null) return true;
  const qualifier = PRE.matchAt(tokens, i);
  if (!qualifier) return false;
  const k = currencyAt(tokens, qualifier.end, false)?.end ?? qualifier.end;
  return parseNumberAt(tokens, k) !== null;
}

// ---------------------------------------------------------------------------------------------
// Quantities: qualifier + number (+ range, + currency)

export interface Bound {
  value: number;
  inclusive: boolean;
}

export interface Quantity {
  /** Span of the whole quantity: qualifier, currency, number(s), post-qualifier. */
  start: number;
  end: number;
  text: string;
  /** Token indices (`tokenEnd` exclusive) into the tokens it was scanned from. */
  tokenStart: number;
  tokenEnd: number;
  /** The number; null for vague amounts (`hundreds of`) and ranges. */
  value: number | null;
  /** The qualifier as written (`nearly`, `More than`, `between`), null when none. */
  qualifier: string | null;
  sense: QualifierSense | 'range' | null;
  lower: Bound | null;
  upper: Bound | null;
  approximate: boolean;
  /** ISO 4217 code when the quantity is money. */
  currency: string | null;
  vague: boolean;
  /** Every number in it is a whole number. */
  integer: boolean;
  /** Id of the rule that read it. */
  rule: string;
}

interface Core {
  start: number;
  end: number;
  value: number | null;
  vague: boolean;
  scale: number;
  currency: string | null;
}

function parseCore(tokens: readonly Token[], i: number, opts: { afterHyphen?: boolean; bareFraction?: boolean; ordinal?: boolean } = {}): Core | null {
  // `-$5bn`, `−€3m`: a sign before the currency mark (a loss, a deficit).
  const sign = tokens[i];
  if ((sign?.text === '-' || sign?.text === '−') && adjacent(sign, tokens[i + 1]) && currencyAt(tokens, i + 1, false) && !(tokens[i - 1] && adjacent(tokens[i - 1], sign) && tokens[i - 1]!.kind !== 'sym')) {
    const c = parseCore(tokens, i + 1, opts);
    return c && c.value !== null && c.currency !== null ? { ...c, start: i, value: -c.value } : null;
  }
  let currency: string | null = null;
  let j = i;
  const pre = currencyAt(tokens, i, false) ?? (tokens[i + 1]?.kind === 'num' || tokens[i + 2]?.kind === 'num' ? NAMES.matchAt(tokens, i) : null);
  if (pre) {
    currency = pre.value;
    j = pre.end;
  }
  // `a dollar`, `an euro`: one unit of the currency.
  const article = tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an' ? NAMES.matchAt(tokens, j + 1) : null;
  let n: NumberParse | null;
  if (!pre && article) {
    n = { value: 1, end: article.end, vague: false, scale: 1 };
    currency = article.value;
  } else {
    n = (opts.ordinal ? ordinalAt(tokens, j) : null) ?? parseNumberAt(tokens, j, pre ? { ...opts, afterHyphen: true } : opts);
  }
  if (!n) return null;
  let end = n.end;
  let value = n.value;
  if (!currency && !n.vague) {
    const post = currencyAt(tokens, end, true);
    if (post) {
      currency = post.value;
      end = post.end;
    }
  }
  // `$20 and 43 cents`, `3 GBP 1 pence`, `20 dollar 43c`, `20 ringgit and 43`: hundredths after a
  // whole amount of money.
  if (currency && value !== null && n.scale === 1 && Number.isInteger(value)) {
    const minor = minorAt(tokens, end);
    if (minor) {
      value += minor.value / 100;
      end = minor.end;
    }
  }
  return { start: i, end, value, vague: n.vague, scale: n.scale, currency };
}

/**
 * Hundredths after a whole amount (token `k` is right after it): `and 43 cents`, `43c`, and a bare
 * `43` / `and forty-three` that ends the phrase (`$20 43`, `US$3 and fourteen`); a bare number with
 * a word after it counts something else (`$5 and 10 others`).
 */
function minorAt(tokens: readonly Token[], k: number): { value: number; end: number } | null {
  let at = k;
  if (tokens[at]?.lower === 'and') at++;
  const t = tokens[at];
  if (!t) return null;
  // `43c`: digits with the minor unit against them.
  if (t.kind === 'num' && /^\d{1,2}$/.test(t.text) && adjacent(t, tokens[at + 1]) && MINOR.matchAt(tokens, at + 1)?.end === at + 2) {
    return { value: Number(t.text), end: at + 2 };
  }
  const cents = parseNumberAt(tokens, at);
  if (!cents || cents.value === null || cents.value < 0 || cents.value >= 100 || cents.scale !== 1 || !Number.isInteger(cents.value)) return null;
  const minor = MINOR.matchAt(tokens, cents.end);
  if (minor) return { value: cents.value, end: minor.end };
  const next = tokens[cents.end];
  if (next && (next.kind !== 'sym' || next.text === '-' || currencyAt(tokens, cents.end, true))) return null;
  return { value: cents.value, end: cents.end };
}

/** `the tenth`, `the 15th`: a rank, read as a number only inside a range or after a qualifier. */
function ordinalAt(tokens: readonly Token[], i: number): NumberParse | null {
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const t = tokens[j];
  if (!t) return null;
  const word = ORDINAL_NUMBERS[t.lower];
  if (t.kind === 'word' && word !== undefined) return { value: word, end: j + 1, vague: false, scale: 1 };
  const suffix = tokens[j + 1];
  if (t.kind === 'num' && suffix && adjacent(t, suffix) && ORDINALS.has(suffix.lower)) return { value: Number(t.text.replace(/,/g, '')), end: j + 2, vague: false, scale: 1 };
  return null;
}

function boundsOf(sense: QualifierSense | null, v: number): { lower: Bound | null; upper: Bound | null; approximate: boolean } {
  switch (sense) {
    case 'gt':
      return { lower: { value: v, inclusive: false }, upper: null, approximate: false };
    case 'ge':
      return { lower: { value: v, inclusive: true }, upper: null, approximate: false };
    case 'lt':
      return { lower: null, upper: { value: v, inclusive: false }, approximate: false };
    case 'le':
      return { lower: null, upper: { value: v, inclusive: true }, approximate: false };
    case 'near':
      return { lower: null, upper: { value: v, inclusive: true }, approximate: true };
    case 'approx':
      return { lower: null, upper: null, approximate: true };
    default:
      return { lower: { value: v, inclusive: true }, upper: { value: v, inclusive: true }, approximate: false };
  }
}

function make(text: string, tokens: readonly Token[], ts: number, te: number, fields: Omit<Quantity, 'start' | 'end' | 'text' | 'tokenStart' | 'tokenEnd'>): Quantity {
  const start = tokens[ts]!.start;
  const end = tokens[te - 1]!.end;
  return { start, end, text: text.slice(start, end), tokenStart: ts, tokenEnd: te, ...fields };
}

const isInt = (v: number | null) => v === null || Number.isInteger(v);

/** The quantity starting at token `i` (qualifier first), or null. */
export function quantityAt(text: string, tokens: readonly Token[], i: number): Quantity | null {
  const opener = OPENERS.matchAt(tokens, i);
  if (opener) {
    const a = parseCore(tokens, opener.end, { ordinal: true });
    const join = a ? tokens[a.end] : undefined;
    if (a && a.value !== null && join && join.lower === opener.value) {
      const b = parseCore(tokens, a.end + 1, { afterHyphen: true, ordinal: true });
      if (b && b.value !== null) return rangeOf(text, tokens, i, a, b, tokens[i]!.text, null);
    }
  }
  const pre = PRE.matchAt(tokens, i);
  // `some` and `about` are qualifiers only right before a number.
  const coreStart = pre ? pre.end : i;
  const a = parseCore(tokens, coreStart, { bareFraction: !!pre, ordinal: !!pre && pre.value !== 'approx' });
  if (!a) return null;
  const qualifierText = pre ? text.slice(tokens[i]!.start, tokens[pre.end - 1]!.end) : null;
  let sense: QualifierSense | null = pre ? pre.value : null;
  let end = a.end;

  if (a.vague) {
    return make(text, tokens, i, end, {
      value: null, qualifier: qualifierText, sense, lower: null, upper: null, approximate: true,
      currency: a.currency, vague: true, integer: true, rule: 'number.vague',
    });
  }

  // A ratio: `one in five`, `three out of four`.
  const ratio = !a.currency && a.value !== null && Number.isInteger(a.value) ? RATIO.matchAt(tokens, end) : null;
  if (ratio) {
    const whole = parseNumberAt(tokens, ratio.end);
    if (whole && whole.value !== null && Number.isInteger(whole.value) && a.value! < whole.value && whole.value <= MAX_RATIO_WHOLE && !currencyAt(tokens, whole.end, true)) {
      a.value = a.value! / whole.value;
      end = whole.end;
    }
  }

  // Range `20-30`, `20 to 30`, `$10-$20`.
  const join = JOINERS.matchAt(tokens, end);
  if (join && a.value !== null) {
    const hyphen = tokens[end]!.kind === 'sym';
    const b = parseCore(tokens, join.end, { afterHyphen: hyphen });
    if (b && b.value !== null && (hyphen || b.value >= a.value)) {
      return rangeOf(text, tokens, i, a, b, null, pre ? { sense: pre.value, text: qualifierText! } : null);
    }
  }

  // Two bounds joined: `more than 10 and fewer than 40` (tried before `and less` as a post-qualifier).
  if (sense !== null) {
    const first = boundsOf(sense, a.value!);
    const onlyOne = (first.lower === null) !== (first.upper === null) && !first.approximate;
    const bj = onlyOne ? BOUND_JOIN.matchAt(tokens, end) : null;
    const second = bj ? quantityAt(text, tokens, bj.end) : null;
    if (second && second.qualifier && !second.approximate && second.value !== null) {
      const opposite = first.lower ? second.upper !== null && second.lower === null : second.lower !== null && second.upper === null;
      const lo = first.lower ?? second.lower!;
      const hi = first.upper ?? second.upper!;
      if (opposite && lo.value < hi.value) {
        return make(text, tokens, i, second.tokenEnd, {
          value: null, qualifier: qualifierText, sense: 'range', lower: first.lower ?? second.lower, upper: first.upper ?? second.upper,
          approximate: false, currency: a.currency ?? second.currency, vague: false, integer: isInt(a.value) && isInt(second.value),
          rule: 'number.two-bounds',
        });
      }
    }
  }

  // Post-qualifier `500 or more`, `500-plus`, `500+`, `500-odd`.
  let postAt = end;
  if (tokens[postAt]?.text === '-' && adjacent(tokens[postAt - 1], tokens[postAt])) postAt++;
  const post = POST.matchAt(tokens, postAt);
  const needsAttach = post && (post.key === 'odd' || post.key === 'plus' || post.key === '+');
  // `equal to 5000 or less than 6000`: a second number after it makes `or less than` its qualifier.
  const startsNumber = post && (parseNumberAt(tokens, post.end) !== null || currencyAt(tokens, post.end, false) !== null);
  // `more than 40 and less than 10`: `and less` opens another qualifier there, not a post-qualifier.
  const opensQualifier = post && (PRE.matchAt(tokens, post.end - 1)?.end ?? 0) > post.end;
  if (post && !startsNumber && !opensQualifier && (!needsAttach || adjacent(tokens[postAt - 1], tokens[postAt]))) {
    if (post.value === 'or-equal') {
      if (sense === 'gt') sense = 'ge';
      else if (sense === 'lt') sense = 'le';
    } else {
      sense = post.value;
    }
    end = post.end;
  }
  const v = a.value!;
  const b = boundsOf(sense, v);
  const rule = sense ? `number.qualified-${sense}` : 'number.exact';
  // `500 or more`, `500-plus`: the qualifier as written after the number.
  const postText = post && end === post.end && !pre ? text.slice(tokens[postAt]!.start, tokens[post.end - 1]!.end) : null;
  return make(text, tokens, i, end, {
    value: v, qualifier: qualifierText ?? postText, sense, lower: b.lower, upper: b.upper, approximate: b.approximate,
    currency: a.currency, vague: false, integer: isInt(v), rule,
  });
}

function rangeOf(text: string, tokens: readonly Token[], i: number, a: Core, b: Core, opener: string | null, pre: { sense: QualifierSense; text: string } | null): Quantity {
  let lo = a.value!;
  const hi = b.value!;
  // `between 1 and 2 billion`: the scale of the second number carries to the first.
  if (a.scale === 1 && b.scale > 1 && lo * b.scale <= hi) lo = scaled(lo, b.scale);
  const approximate = pre?.sense === 'approx' || pre?.sense === 'near';
  return make(text, tokens, i, b.end, {
    value: null,
    qualifier: opener ?? pre?.text ?? null,
    sense: 'range',
    lower: { value: Math.min(lo, hi), inclusive: true },
    upper: { value: Math.max(lo, hi), inclusive: true },
    approximate,
    currency: a.currency ?? b.currency,
    vague: false,
    integer: isInt(lo) && isInt(hi),
    rule: opener ? 'number.range-between' : 'number.range',
  });
}

/** Every quantity in `text` (or in `text.slice(from, to)`), left to right, without overlaps. */
export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  return scanQuantities(text, tokenize(text, from, to));
}

/** Lower-cased first tokens of everything a quantity can start with, to skip other tokens fast. */
let starters: Set<string> | null = null;
function startersSet(): Set<string> {
  if (starters) return starters;
  const firsts = (keys: Iterable<string>, lower = true) => [...keys].map((k) => tokenize(k)[0]).filter((t): t is Token => !!t).map((t) => (lower ? t.lower : t.text));
  starters = new Set([
    ...firsts(Object.keys(PRE_QUALIFIERS)),
    ...firsts(Object.keys(RANGE_OPENERS)),
    ...firsts(Object.keys(CURRENCY_SYMBOLS), false),
    ...firsts(CURRENCY_CODES, false),
    ...firsts(Object.keys(CURRENCY_CODE_ALIASES).map((k) => k.toUpperCase()), false),
    ...firsts(Object.keys(CURRENCY_NAMES)),
    ...firsts(Object.keys(NUMBER_WORDS)),
    ...firsts(Object.keys(FRACTION_WORDS)),
    ...firsts(NEGATIVE_WORDS),
    ...firsts(VAGUE_AMOUNTS),
    ...firsts(VAGUE_MULTIPLIERS),
    'a', 'an', '-', '−',
  ]);
  return starters;
}

/** Every quantity in a token list, left to right, without overlaps. */
export function scanQuantities(text: string, tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  const start = startersSet();
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind !== 'num' && !start.has(t.lower) && !start.has(t.text)) {
      i++;
      continue;
    }
    const q = quantityAt(text, tokens, i);
    if (q) {
      out.push(q);
      i = q.tokenEnd;
    } else i++;
  }
  return out;
}

/** The first quantity in a phrase (`over 500`, `$5bn`, `nearly 300`), or null. */
export function parseQuantity(phrase: string): Quantity | null {
  return findQuantities(phrase)[0] ?? null;
}

/** A plain number from a phrase (`1.2 billion`, `two dozen`, `4,565`), or null; qualifiers are not read. */
export function parseNumber(phrase: string): number | null {
  const tokens = tokenize(phrase);
  for (let i = 0; i < tokens.length; i++) {
    const n = parseNumberAt(tokens, i, { bareFraction: true });
    if (n) return n.value;
  }
  return null;
}

/**
 * The bounds as numbers. For counts of whole things (`discrete`), an exclusive bound moves to the
 * next whole number (`over 500` -> min 501, `fewer than 40` -> max 39); for money and other
 * measures the bound value is kept as written (`more than $5bn` -> min 5000000000).
 */
export function numericBounds(q: Pick<Quantity, 'lower' | 'upper'>, discrete: boolean): { min: number | null; max: number | null } {
  const min = q.lower === null ? null : discrete ? (q.lower.inclusive ? Math.ceil(q.lower.value) : Math.floor(q.lower.value) + 1) : q.lower.value;
  const max = q.upper === null ? null : discrete ? (q.upper.inclusive ? Math.floor(q.upper.value) : Math.ceil(q.upper.value) - 1) : q.upper.value;
  return { min, max };
}

/** Interval notation of the bounds: `(60,)`, `[20,30]`, `(,100]`. */
export function intervalOf(q: Pick<Quantity, 'lower' | 'upper'>): string {
  const lo = q.lower ? `${q.lower.inclusive ? '[' : '('}${q.lower.value}` : '(';
  const hi = q.upper ? `${q.upper.value}${q.upper.inclusive ? ']' : ')'}` : ')';
  return `${lo},${hi}`;
}

/**
 * True when a phrase has a qualifier or range shape this module reads: a qualifier before the
 * number (`more than 60`), a range opener (`between`), a post-qualifier (`500 or more`) or a range
 * joiner between two numbers (`20-30`). Used to score the rules on the shapes they claim to handle.
 */
export function hasQualifierShape(phrase: string): boolean {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return false;
  if (PRE.matchAt(tokens, 0) || OPENERS.matchAt(tokens, 0)) return true;
  if (POST.matchEndingAt(tokens, tokens.length - 1)) return true;
  for (let i = 1; i < tokens.length - 1; i++) if (JOINERS.matchAt(tokens, i) && parseNumberAt(tokens, i - 1) && parseNumberAt(tokens, i + 1, { afterHyphen: true })) return true;
  return false;
}

/** annotate/quotes-tokens: a small offset-keeping tokenizer for the quote rules. */
import type { Doc, Paragraph } from '../types.js';
import { HONORIFICS, TITLE_WORDS } from '../vocab/titles.js';
import { TIME_WORDS } from '../vocab/cues.js';
import { ABBREVIATIONS as GENERAL_ABBREVIATIONS, CAPITALIZED_ABBREVIATIONS } from '../vocab/abbreviations.js';

/** Case-sensitive state and place abbreviations (`Mass.`, `Mo.`) and case-insensitive ones (`Calif.`). */
const PLACE_ABBREVIATIONS = new Set(CAPITALIZED_ABBREVIATIONS);
const LOWER_ABBREVIATIONS = new Set(GENERAL_ABBREVIATIONS);

export interface Token {
  text: string;
  /** Lower-case text, curly apostrophes kept. */
  low: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the quoted span holding the token, -1 when outside quote marks. */
  quoted: number;
}

const ABBREVIATIONS = new Set([...HONORIFICS, ...TITLE_WORDS, ...TIME_WORDS].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));
ABBREVIATIONS.add('st');
ABBREVIATIONS.add('jr');
ABBREVIATIONS.add('sr');

/** A word that keeps its period (`Mr.`, `Sen.`, `Sept.`) and does not end a sentence by itself. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word);
}

/** Character classes of the tokenizer, one byte per UTF-16 code unit, filled on first sight. */
const LN = 1; // \p{L} or \p{N}
const LU = 2; // \p{Lu}
const SPACE = 4; // \s
const SEEN = 8;
const CLASS = new Uint8Array(65536);
const ASTRAL = new Map<number, number>();

function classify(s: string): number {
  return SEEN | (/^[\p{L}\p{N}]$/u.test(s) ? LN : 0) | (/^\p{Lu}$/u.test(s) ? LU : 0) | (/^\s$/u.test(s) ? SPACE : 0);
}

for (let c = 0; c < 128; c++) CLASS[c] = classify(String.fromCharCode(c));

/** Class bits of the BMP code unit `c`. */
function unitClass(c: number): number {
  let v = CLASS[c]!;
  if (v === 0) v = CLASS[c] = classify(String.fromCharCode(c));
  return v;
}

/** A white-space code unit (`\s`). */
export const isSpaceCode = (c: number): boolean => (unitClass(c) & SPACE) !== 0;

/** Class bits and length (1 or 2 code units) of the code point at i, packed as bits << 1 | (len - 1). */
function pointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let v = ASTRAL.get(cp);
      if (v === undefined) {
        v = classify(String.fromCodePoint(cp));
        ASTRAL.set(cp, v);
      }
      return (v << 1) | 1;
    }
  }
  return unitClass(c) << 1;
}

/**
 * Set by `runEnd` when a run it scanned holds an upper-case ASCII letter or a non-ASCII letter or
 * digit: a token without one is its own lower-case text (`toLowerCase` would return it unchanged).
 */
let runCased = false;

/** Index after the run of letters and digits starting at i (sets `runCased` on a cased unit). */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits first: most of the text.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      runCased = true;
      i++;
      continue;
    }
    if (c < 128) return i;
    const p = pointAt(text, i);
    if (!((p >> 1) & LN)) return i;
    runCased = true;
    i += (p & 1) + 1;
  }
  return i;
}

/** An initialism or a single letter (`U.S`, `J`): the pattern `^(?:\p{L}\.)*\p{L}$`. */
const INITIALISM = /^(?:\p{L}\.)*\p{L}$/u;

/**
 * Whether `t` is an initialism, with the pattern run only where it may match: a single unit, a
 * second unit `.`, or a first unit opening a surrogate pair (a letter outside the BMP). Most words
 * before a period (`said.`) fail on their second unit.
 */
function mayBeInitialism(t: string): boolean {
  return (t.length === 1 || t.charCodeAt(1) === 46 || (t.charCodeAt(0) & 0xfc00) === 0xd800) && INITIALISM.test(t);
}

/** `.` `'` `’` `&` `-`: may join two runs of letters and digits into one word (`U.S`, `don’t`, `AT&T`, `re-elect`). */
const isJoiner = (c: number) => c === 46 || c === 39 || c === 8217 || c === 38 || c === 45;

/**
 * Tokens of text[start, end): a word is a run of letters and digits, runs joined by `.` `'` `’`
 * `&` `-` (`U.S`, `don’t`), or any other single non-space character. Initialisms (`U.S.`) and
 * known abbreviations (`Mr.`) keep their period. A hand-written scan of the pattern
 * `[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]`, by code point, with the character
 * classes looked up once per character.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = start;
  // (As the pattern does, a start inside a surrogate pair moves back to the pair's start.)
  if (i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // (ASCII characters have their class in the table from the start; others are looked up once.)
    const cls = c0 < 128 ? CLASS[c0]! : pointAt(text, i) >> 1;
    if (cls & SPACE) {
      i++;
      continue;
    }
    if (i >= end) break;
    const s = i;
    let e = c0 < 128 ? i + 1 : i + (pointAt(text, i) & 1) + 1;
    // Whether lower-casing may change the token: an upper-case ASCII first unit, or a non-ASCII one
    // outside General Punctuation (U+2000-U+206F: dashes, curly quotes, no letters); then the runs.
    runCased = c0 < 128 ? c0 >= 65 && c0 <= 90 : c0 < 0x2000 || c0 > 0x206f;
    if (cls & LN) {
      e = runEnd(text, e);
      // (A joined run is scanned from its first unit, which runEnd then reads for `runCased`.)
      while (e + 1 < n && isJoiner(text.charCodeAt(e))) {
        const c1 = text.charCodeAt(e + 1);
        if (!((c1 < 128 ? CLASS[c1]! : pointAt(text, e + 1) >> 1) & LN)) break;
        e = runEnd(text, e + 1);
      }
    }
    if (e > end) break;
    i = e;
    let t = text.slice(s, e);
    // (Most tokens are lower-case ASCII already: their lower-case text is the text itself.)
    const cased = runCased;
    let low = cased ? t.toLowerCase() : t;
    // (The first code unit decides: a token opening with a letter outside the BMP is no word.)
    const first = c0 < 128 ? CLASS[c0]! : unitClass(c0);
    const word = (first & LN) !== 0;
    if (word && e < end && text.charCodeAt(e) === 46) {
      // `Cambridge, Mass., said`: a state or place abbreviation before a comma keeps its period too.
      const placeAbbr = text[e + 1] === ',' && (PLACE_ABBREVIATIONS.has(t) || LOWER_ABBREVIATIONS.has(low));
      if (mayBeInitialism(t) || ABBREVIATIONS.has(low) || placeAbbr || (low === 'no' && /^\.\s?\d/.test(text.slice(e, e + 3)))) {
        // Keep the period of an initialism or abbreviation, unless it is the paragraph's last char.
        if (e + 1 < end) {
          t += '.';
          low = cased ? t.toLowerCase() : t;
          e += 1;
          i = e;
        }
      }
    }
    out.push({ text: t, low, start: s, end: e, word, cap: word && (first & LU) !== 0, quoted: -1 });
  }
  return out;
}

/**
 * The paragraph tokens of the last document asked for, only: extraction reads one document at a
 * time, and the quote rules and the name finder ask for the same one in turn. Not a WeakMap keyed
 * by document: V8's young-generation collections keep a WeakMap's values alive, so every
 * document's tokens outlived it, were copied to the old generation and waited there for a full
 * collection. Over the bench's 20 MB corpus that was 193 MB promoted by the thread that finds the
 * quotes (`node --trace-gc-nvp`), and 17 MB with this cache.
 */
let cachedDoc: Doc | null = null;
let cachedTokens: Array<Token[] | undefined> = [];

/**
 * The tokens of paragraph `p` of `doc`, tokenized once for the quote rules and the name finder
 * while `doc` is the last document asked for (a paragraph of another is tokenized anew: the same
 * tokens). The quote rules set `quoted` on them; the name finder reads no `quoted`.
 */
export function paragraphTokens(doc: Doc, p: Paragraph): Token[] {
  if (cachedDoc !== doc) {
    cachedDoc = doc;
    cachedTokens = new Array<Token[] | undefined>(doc.paragraphs.length);
  }
  return (cachedTokens[p.index] ??= tokenize(doc.text, p.start, p.end));
}

/** Strip a possessive `'s` / `’s` / trailing apostrophe. */
export function stripPossessive(s: string): string {
  return s.replace(/(?:['’]s|s['’])$/u, (m) => (m.startsWith('s') ? 's' : ''));
}

/** Ends with `'s` or `’s` (the pattern `['’]s$`), tested on the last two characters. */
export function endsWithApostropheS(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return false;
  const a = s.charCodeAt(n - 2);
  return a === 39 || a === 8217;
}

export function isPossessive(t: Token): boolean {
  return endsWithApostropheS(t.text) && /\p{L}['’]s$/u.test(t.text);
}

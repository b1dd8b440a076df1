/** annotate/quotes-tokens: a small offset-keeping tokenizer for the quote rules. */
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

const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end). Initialisms (`U.S.`) and known abbreviations (`Mr.`) keep their period. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let t = m[0];
    let e = m.index + t.length;
    if (e > end) break;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && text[e] === '.' && e < end) {
      const low = t.toLowerCase();
      // `Cambridge, Mass., said`: a state or place abbreviation before a comma keeps its period too.
      const placeAbbr = text[e + 1] === ',' && (PLACE_ABBREVIATIONS.has(t) || LOWER_ABBREVIATIONS.has(low));
      if (/^(?:\p{L}\.)*\p{L}$/u.test(t) || ABBREVIATIONS.has(low) || placeAbbr || (low === 'no' && /^\.\s?\d/.test(text.slice(e, e + 3)))) {
        // Keep the period of an initialism or abbreviation, unless it is the paragraph's last char.
        if (e + 1 < end) {
          t += '.';
          e += 1;
          WORD.lastIndex = e;
        }
      }
    }
    out.push({ text: t, low: t.toLowerCase(), start: m.index, end: e, word, cap: word && /^\p{Lu}/u.test(t), quoted: -1 });
  }
  return out;
}

/** Strip a possessive `'s` / `’s` / trailing apostrophe. */
export function stripPossessive(s: string): string {
  return s.replace(/(?:['’]s|s['’])$/u, (m) => (m.startsWith('s') ? 's' : ''));
}

export function isPossessive(t: Token): boolean {
  return /\p{L}['’]s$/u.test(t.text);
}

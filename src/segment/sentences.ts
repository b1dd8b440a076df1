/**
 * Sentence segmentation, one paragraph at a time (a paragraph break always ends a sentence).
 *
 * One left-to-right pass over each paragraph. A sentence can end at:
 * - `.`, `!`, `?`, `…` (and runs of them), together with the closing quote marks and brackets
 *   right after (`...to read.” The` ends after `”`), when what follows begins a sentence
 *   (`startsSentence`); a lower-case word after the marks continues it
 *   (`“Have you heard her laugh?” he asked.`). A period is then weighed by the word before it:
 *   prepositive abbreviations never end a sentence (`Mr.`), numeric ones not before a number
 *   (`No. 5`), ambiguous ones, dotted ones and initials only before a word that starts sentences
 *   (`the U.S. How about you?` / `the U.S. Government`); see `src/vocab/abbreviations.ts`.
 * - a period between two words with no space (`world.Today`), outside URLs and e-mail addresses;
 * - a line break after a short line with no final punctuation (a headline, a byline, a list line),
 *   unless the line ends with a comma, colon, semicolon or dash, or with a space (a flowed line);
 * - the next item of an inline list (`1. ... 2. ...`, see `sentence-lists.ts`).
 * Decimals (`3.5`, `$1.2 bn`), URLs, e-mail addresses and `[...]` have no space after their
 * periods or are protected, so they never split. Everything here looks at a bounded neighbourhood
 * of each mark, so the pass is linear in the text length.
 */
import type { Paragraph, SentenceSeg } from '../types.js';
import {
  ABBREVIATIONS,
  CAPITALIZED_ABBREVIATIONS,
  NUMERIC_ABBREVIATIONS,
  PREPOSITIVE_ABBREVIATIONS,
} from '../vocab/abbreviations.js';
import { QUOTE_CUES_AFTER, SENTENCE_STARTERS } from '../vocab/sentence-starters.js';
import { BULLETS, afterBullet, listItemStarts } from './sentence-lists.js';

const PREPOSITIVE = new Set(PREPOSITIVE_ABBREVIATIONS);
const NUMERIC = new Set(NUMERIC_ABBREVIATIONS);
const AMBIGUOUS = new Set(ABBREVIATIONS);
const CAPITALIZED = new Set(CAPITALIZED_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const CUES_AFTER = new Set(QUOTE_CUES_AFTER);

/** Closing quote marks and brackets that stay with the sentence they close. */
const CLOSERS = '”’"\')]}»›';
/** Opening quote marks and brackets skipped when looking at the next word. */
const OPENERS = '“‘"\'([{«‹¿¡';
/** Quote marks among the closers (for `?”` + name + cue verb). */
const QUOTE_CLOSERS = '”’"\'»›';
/** A line shorter than this, without final punctuation, ends where it breaks. */
const SHORT_LINE = 40;
/** Words longer than this are never looked up as abbreviations or starters. */
const MAX_WORD = 24;

/** Character tests with an ASCII fast path (the pass runs them on every character). */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k === 32 || (k >= 9 && k <= 13) || k === 160) return true;
  return k > 127 && /\s/.test(c);
}
const isLineBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
const isHSpace = (c: string | undefined) => isSpace(c) && !isLineBreak(c);
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  return /\p{Lu}|\p{Lt}/u.test(c);
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return k >= 97 && k <= 122;
  return /\p{Ll}/u.test(c);
}
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return /\p{L}/u.test(c);
}
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => isLetter(c) || isDigit(c);
/** End marks and line breaks: the only places a sentence can end (besides list items). */
const JUMP = /[.!?…\n\r\u2028\u2029]/g;
const isTerminal = (c: string) => c === '.' || c === '!' || c === '?' || c === '…';

/** `U.S`, `a.m`, `Ph.D`, `e.g`: one- or two-letter groups joined by periods (final period excluded). */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
/** A list marker as the first word of a sentence: `1`, `12`, `a`, `B`. */
const MARKER_WORD = /^(?:\d{1,3}|[A-Za-z])$/;

type AbbrevKind = 'prepositive' | 'numeric' | 'ambiguous' | null;

function abbreviationKind(word: string): AbbrevKind {
  if (word === '' || word.length > MAX_WORD) return null;
  if (word.length === 1 && isUpper(word)) return 'ambiguous'; // an initial (`Vladimir V. Putin`), not `v.`
  const lower = word.toLowerCase();
  if (PREPOSITIVE.has(lower)) return 'prepositive';
  if (NUMERIC.has(lower)) return 'numeric';
  if (AMBIGUOUS.has(lower) || CAPITALIZED.has(word)) return 'ambiguous';
  if (word.length === 1 && isLetter(word)) return 'ambiguous'; // an initial: `J. R. R. Tolkien`, `Jonas E. Smith`
  if (DOTTED.test(word)) return 'ambiguous';
  return null;
}

/** Tokens (runs without whitespace) that are URLs or e-mail addresses: no split inside them. */
function isProtectedToken(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && OPENERS.includes(text[i]!)) i++;
  if (text.startsWith('www.', i)) return true;
  for (let k = i; k < end && !isSpace(text[k]); k++) {
    const c = text[k];
    if (c === '@' && isWordChar(text[k - 1]) && isWordChar(text[k + 1])) return true;
    if (c === ':' && text[k + 1] === '/' && text[k + 2] === '/') return true;
  }
  return false;
}

interface Next {
  /** Offset of the next non-space character in the paragraph, or the paragraph end. */
  pos: number;
  /** The word there (letters only, openers skipped), capped at MAX_WORD + 1 characters. */
  word: string;
  /** The character right after that word. */
  after: string | undefined;
  /** The first character after the openers. */
  first: string | undefined;
  /** Whether an opening double quote mark came first. */
  quote: boolean;
}

function nextWord(text: string, from: number, end: number): Next {
  let pos = from;
  while (pos < end && isSpace(text[pos])) pos++;
  let i = pos;
  let quote = false;
  while (i < end && OPENERS.includes(text[i]!) && i - pos < 4) {
    if (text[i] === '“' || text[i] === '"') quote = true;
    i++;
  }
  const first = i < end ? text[i] : undefined;
  let j = i;
  while (j < end && j - i <= MAX_WORD && isLetter(text[j])) j++;
  return { pos, word: text.slice(i, j), after: j < end ? text[j] : undefined, first, quote };
}

/** Whether the text at `next` begins a sentence after an ordinary end mark. */
function startsSentence(next: Next): boolean {
  const c = next.first;
  if (c === undefined) return false;
  if (isUpper(c) || isDigit(c)) return true;
  if (isLower(c)) return false;
  // Dashes, punctuation and ellipses continue the sentence; other symbols ($, €, #, bullets) start one.
  return !'-–—,;:.…!?)]}'.includes(c);
}

/** Whether the next word, capitalized, is one that begins sentences (after an ambiguous abbreviation). */
function starterWord(next: Next): boolean {
  if (next.quote && isUpper(next.first)) return true;
  if (!isUpper(next.first) || next.word === '') return false;
  // `J. R. R. Tolkien`: a capital followed by a period is another initial; `All-Star` is a name.
  if (next.after === '.' || next.after === '-') return false;
  return STARTERS.has(next.word.toLowerCase());
}

/**
 * `“Why?” Trump asked.`: after `?`/`!` and a closing quote mark, up to five capitalized words
 * (or prepositive abbreviations) then a verb of saying and the end of the clause.
 */
function cueFollows(text: string, from: number, end: number): boolean {
  let i = from;
  for (let words = 0; words <= 5; words++) {
    while (i < end && isHSpace(text[i])) i++;
    const s = i;
    while (i < end && i - s <= MAX_WORD && isLetter(text[i])) i++;
    const word = text.slice(s, i);
    if (word === '') return false;
    if (words > 0 && CUES_AFTER.has(word)) {
      const c = text[i];
      return i >= end || c === '.' || c === ',' || c === ';' || c === ':' || c === '—' || c === '–';
    }
    if (!isUpper(word[0])) return false;
    if (text[i] === '.') {
      if (!PREPOSITIVE.has(word.toLowerCase())) return false;
      i++;
    }
  }
  return false;
}

/** Split each paragraph into sentences. */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[]): SentenceSeg[] {
  const out: SentenceSeg[] = [];
  for (const p of paragraphs) segmentParagraph(text, p, out);
  return out;
}

function segmentParagraph(text: string, p: Paragraph, out: SentenceSeg[]): void {
  const pe = p.end;
  let sentStart = p.start;
  /** Where the current sentence's first word starts (after a bullet). */
  let contentStart = afterBullet(text, sentStart, pe);

  const push = (end: number, next: number) => {
    let e = end;
    while (e > sentStart && isSpace(text[e - 1])) e--;
    if (e > sentStart) out.push({ start: sentStart, end: e, index: out.length, paragraph: p.index });
    let n = next;
    while (n < pe && isSpace(text[n])) n++;
    sentStart = n;
    contentStart = afterBullet(text, n, pe);
  };

  const items = listItemStarts(text, p.start, pe);
  let nextItem = 0;

  let tokStart = p.start; // start of the current word (after a space or a `world.Today` split)
  let wsTokStart = p.start; // start of the current run without whitespace
  let protectedTok = -1; // token start known to be protected
  let checkedTok = -1; // token start whose protection was computed
  let lineStart = p.start;

  // Jump from one end mark or line break to the next (a native scan); the word start before each
  // is found by looking back over the stretch not yet looked at, so every character is seen O(1) times.
  let scanned = p.start;
  const syncWord = (upTo: number) => {
    for (let k = upTo - 1; k >= scanned; k--) {
      if (isSpace(text[k])) {
        tokStart = Math.max(tokStart, k + 1);
        wsTokStart = Math.max(wsTokStart, k + 1);
        break;
      }
    }
    scanned = Math.max(scanned, upTo);
  };

  let i = p.start;
  while (i < pe) {
    JUMP.lastIndex = i;
    const m = JUMP.exec(text);
    const at = m && m.index < pe ? m.index : pe;
    while (nextItem < items.length && items[nextItem]! < i) nextItem++;
    const item = nextItem < items.length ? items[nextItem]! : pe;
    if (item < pe && item <= at) {
      syncWord(item);
      push(item, item);
      nextItem++;
      i = item;
      continue;
    }
    if (at >= pe) break;
    syncWord(at);
    const c = text[at]!;
    if (isTerminal(c)) {
      i = terminal(at);
      continue;
    }
    if (!(c === '\n' && text[at - 1] === '\r')) {
      lineBreak(at);
      lineStart = c === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
    }
    i = at + 1;
  }
  push(pe, pe);

  function isProtected(): boolean {
    if (checkedTok !== wsTokStart) {
      checkedTok = wsTokStart;
      if (isProtectedToken(text, wsTokStart, pe)) protectedTok = wsTokStart;
    }
    return protectedTok === wsTokStart;
  }

  /** A line break inside the paragraph at `at`. */
  function lineBreak(at: number): void {
    if (isHSpace(text[at - 1])) return; // a trailing space marks a soft (flowed) line break
    let e = at;
    while (e > lineStart && isSpace(text[e - 1])) e--;
    if (e <= sentStart) return;
    let k = e;
    while (k > lineStart && CLOSERS.includes(text[k - 1]!)) k--;
    if (k > lineStart && isTerminal(text[k - 1]!)) return; // the end mark decides
    if (',;:—–-&/'.includes(text[e - 1]!)) return; // `He said:` + a quotation on the next line
    if (e - lineStart < SHORT_LINE) push(e, at);
  }

  /** Handle the end mark at `at`; returns where to continue. */
  function terminal(at: number): number {
    const c = text[at]!;
    // The run of end marks: `.`, `?!`, `...`, `....`, `…`.
    let j = at;
    let dots = 0;
    let other = false;
    while (j < pe && isTerminal(text[j]!)) {
      if (text[j] === '.') dots++;
      else other = true;
      j++;
    }
    // A spaced ellipsis: `. . .`, `. . . .`, `word. ... Next` (`spaced` counts its dots).
    let spaced = 0;
    while (j + 1 < pe && text[j] === ' ' && text[j + 1] === '.' && (j + 2 >= pe || text[j + 2] === ' ' || text[j + 2] === '.' || CLOSERS.includes(text[j + 2]!))) {
      j += 2;
      spaced++;
      while (j < pe && text[j] === '.') {
        j++;
        spaced++;
      }
    }
    const runEnd = j;
    let k = runEnd;
    while (k < pe && CLOSERS.includes(text[k]!)) k++;
    const closersEnd = k;
    let closedQuote = false;
    for (let q = runEnd; q < closersEnd; q++) if (QUOTE_CLOSERS.includes(text[q]!)) closedQuote = true;

    // Not followed by whitespace: inside a token (`3.5`, `U.S.A`, `Yahoo!,`, `...see`), or `world.Today`.
    if (closersEnd < pe && !isSpace(text[closersEnd])) {
      if (c === '.' && runEnd === at + 1 && closersEnd === runEnd) noSpaceBreak(at);
      return closersEnd > at ? closersEnd : at + 1;
    }
    if (closersEnd >= pe) return closersEnd; // the paragraph ends here anyway
    const next = nextWord(text, closersEnd, pe);
    const attached = at > sentStart && !isSpace(text[at - 1]);

    if (spaced > 0) {
      const total = dots + spaced;
      if (attached && dots === 1 && total >= 4 && closersEnd === runEnd) {
        // `compounds. . . . The practice`: the period ends the sentence, the ellipsis opens the next
        // (unless a closing mark follows it: `complex. . . .” Critics` ends after the mark).
        if (startsSentence(next)) push(at + 1, at + 1);
        return closersEnd;
      }
      // `weakened . . . was`: an omission; four dots (ellipsis + period) end a sentence.
      if (total >= 4 && startsSentence(next)) push(closersEnd, closersEnd);
      return closersEnd;
    }

    if (dots >= 2 || c === '…' || (other && text.slice(at, runEnd).includes('…'))) {
      // `[...]` / `(…)` mark an omission inside a quotation.
      if (text[at - 1] === '[' || text[at - 1] === '(') return closersEnd;
      if (!attached && !isUpper(next.first)) return closersEnd;
      if (startsSentence(next)) push(closersEnd, closersEnd);
      return closersEnd;
    }

    if (other) {
      // `?`, `!`, `?!`, `!!`
      if (!startsSentence(next)) return closersEnd;
      if (closedQuote && cueFollows(text, next.pos, pe)) return closersEnd;
      push(closersEnd, closersEnd);
      return closersEnd;
    }

    // A single period followed by whitespace (perhaps after closing marks).
    if (periodEnds(at, closersEnd > runEnd, next)) push(closersEnd, closersEnd);
    return closersEnd;
  }

  /** Whether the period at `at`, followed by space, ends the sentence. */
  function periodEnds(at: number, closed: boolean, next: Next): boolean {
    let ws = tokStart;
    while (ws < at && (OPENERS.includes(text[ws]!) || BULLETS.includes(text[ws]!))) ws++;
    const word = at - ws <= MAX_WORD ? text.slice(ws, at) : '';
    // `1. The first item`: a list marker opening the sentence.
    if ((ws === contentStart || tokStart === sentStart) && MARKER_WORD.test(word)) return false;
    if (!startsSentence(next)) return false;
    if (closed) return true; // `U.S.” He`: a closing mark after the period settles it
    if (isProtected()) return true; // a URL or address at the end of a sentence
    switch (abbreviationKind(word)) {
      case 'prepositive':
        return false;
      case 'numeric':
        return !isDigit(next.first);
      case 'ambiguous':
        return starterWord(next);
      default:
        return true;
    }
  }

  /** `Hello world.Today is Tuesday.Mr. Smith`: a period between a word and a capitalized word. */
  function noSpaceBreak(at: number): void {
    if (!(isLower(text[at - 1]) || isDigit(text[at - 1])) || !isWordChar(text[at - 2])) return;
    if (!isUpper(text[at + 1]) || !isLower(text[at + 2])) return;
    if (isProtected()) return;
    let s = at - 1;
    while (s > tokStart && at - s <= MAX_WORD && isLetter(text[s - 1])) s--;
    const word = text.slice(s, at);
    if (isLetter(word[0]) && abbreviationKind(word) !== null) return;
    push(at + 1, at + 1);
    tokStart = at + 1;
  }
}

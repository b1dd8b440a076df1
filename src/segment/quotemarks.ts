/**
 * segment/quotemarks: find quoted stretches, outermost only, in one linear pass per paragraph.
 *
 * - Double marks: curly (“ ”), straight ("), low (`„`) and guillemets, in any mix (`“...,"`);
 *   an opening curly mark after a word and before a space or punctuation closes (`...,“ said X`).
 *   A straight mark opens when it follows a space, a paragraph start or an opening bracket or
 *   dash, and closes when it follows anything else.
 * - Two apostrophes (`''`) count as one double mark, as some archives write them.
 * - Single marks (‘ ’ ') give an outermost span only when they open after a space and close before
 *   a non-letter in the same paragraph; inside double marks they are nested and ignored.
 *   Apostrophes are never marks: `Putin’s`, `don't`, `’90s`, `rock ’n’ roll`, `the players’ union`.
 * - An opening mark left open at the end of its paragraph gives a span to the paragraph end
 *   (`closed: false`) only when it looks like a multi-paragraph quote: the mark opens the
 *   paragraph, or it opens a quotation (after a colon, comma, sentence end or dash) and the next
 *   paragraph opens with a mark. Otherwise it is a stray mark and gives
 *   nothing, so an unbalanced mark never swallows more than its own paragraph.
 */
import type { Paragraph, QuotedSpan } from '../types.js';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const DOUBLE_ANY = new Set(['“', '”', '"', '„', '«', '»']);
const SINGLE_ANY = new Set(['‘', '’', "'"]);
const OPENERS = new Set(['(', '[', '{', '—', '–', '-', '/', ':']);

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** True when a paragraph starts with an opening double mark (after optional spaces). */
function opensWithMark(text: string, p: Paragraph | undefined): boolean {
  if (!p) return false;
  const c = text[p.start];
  return c !== undefined && (DOUBLE_OPEN.has(c) || c === '"');
}

/** The mark at i opens a quotation: after a colon, a comma, a sentence end or a dash (`said: “...`), not mid-phrase (`the “plan`). */
function introduced(text: string, i: number, from: number): boolean {
  let k = i;
  while (k > from && /\s/.test(text[k - 1]!)) k--;
  return k === from || /[:,.?!—–-]/.test(text[k - 1]!);
}

export function findQuoted(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    let dbl = -1; // offset of the open double mark
    let sgl = -1; // offset of an open outermost single mark
    let nestedDouble = false; // a double mark opened inside single marks
    for (let i = p.start; i < p.end; i++) {
      // Most characters are no mark: their code says so without making a string.
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 39 && code !== 171 && code !== 187 && (code < 0x2018 || code > 0x201e)) continue;
      let c = text[i]!;
      if (!DOUBLE_ANY.has(c) && !SINGLE_ANY.has(c)) continue;
      const prev = i > p.start ? text[i - 1] : undefined;
      // `'Kosovo is a special case,'''`: inside a double quote, three apostrophes close a single quote, then the double.
      if (c === "'" && dbl >= 0 && text[i + 1] === "'" && text[i + 2] === "'") continue;
      // Two apostrophes stand for a double mark (`''Yes,'' he said.`).
      const pair = c === "'" && text[i + 1] === "'";
      if (pair) c = '"';
      const w = pair ? 2 : 1;
      const next = i + w < p.end ? text[i + w] : undefined;
      const afterSpace = prev === undefined || isSpace(prev) || OPENERS.has(prev) || DOUBLE_ANY.has(prev);
      if (DOUBLE_ANY.has(c)) {
        if (sgl >= 0) {
          // British style: double marks nested inside single ones.
          nestedDouble = !nestedDouble;
          i += w - 1;
          continue;
        }
        const openCtx = afterSpace && !isSpace(next);
        // `...coalitions, '' said X`: a mark between spaces after a comma or a sentence end closes too.
        const closeCtx = !afterSpace || (isSpace(next) && prev !== undefined && !isSpace(prev)) || (isSpace(prev) && isSpace(next) && /[,.?!]/.test(text[i - 2] ?? ''));
        if (dbl < 0) {
          if (DOUBLE_OPEN.has(c) || (c === '"' && openCtx) || (DOUBLE_CLOSE.has(c) && openCtx)) dbl = i;
        } else if (DOUBLE_CLOSE.has(c) || (c === '"' && closeCtx) || (c === '“' && !afterSpace && (next === undefined || !isAlnum(next)))) {
          // `...problems,“ said X`: an opening curly mark typed where the closing one belongs.
          out.push({ start: dbl, end: i + w, closed: true });
          dbl = -1;
        } else if (DOUBLE_OPEN.has(c) || (c === '"' && openCtx)) {
          // A second opening mark: the first was stray.
          dbl = i;
        }
        i += w - 1;
        continue;
      }
      // Single marks.
      if (dbl >= 0) continue; // nested inside a double quote
      const apostrophe =
        (isAlnum(prev) && isAlnum(next)) || // Putin’s, don't
        (afterSpace && /\d/.test(next ?? '')) || // ’90s
        (c === '’' && afterSpace); // ’n’, ’em
      if (apostrophe) continue;
      if ((c === '‘' || c === "'") && afterSpace && !isSpace(next)) {
        if (sgl < 0) sgl = i;
        continue;
      }
      if ((c === '’' || c === "'") && !afterSpace && !isAlnum(next) && sgl >= 0) {
        // `the players’ union`: a plural possessive before a lower-case word is not a close.
        const after = text[i + 2];
        if (prev === 's' && next === ' ' && after !== undefined && /\p{Ll}/u.test(after)) continue;
        if (!nestedDouble) out.push({ start: sgl, end: i + 1, closed: true });
        sgl = -1;
        nestedDouble = false;
      }
    }
    if (dbl >= 0 && (dbl === p.start || (opensWithMark(text, paragraphs[pi + 1]) && introduced(text, dbl, p.start)))) {
      out.push({ start: dbl, end: p.end, closed: false });
    }
  }
  return out;
}

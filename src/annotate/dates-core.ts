/**
 * dates-core: what every date parser shares: the candidate shape, the parsing context (article
 * date, tense around a mention) and regex builders over the vocabulary tables.
 */
import type { Doc, QuotedSpan, TimexMod, TimexType } from '../types.js';
import { FUTURE_CUES, FUTURE_GOVERNORS, IRREGULAR_PAST, NOT_PAST_ED, NUMBER_WORDS, PASSIVE_AUXILIARIES, PAST_LEADS, PRESENT_CUES } from '../vocab/dates.js';
import { sentenceAt } from '../segment/index.js';
import type { Tense, Ymd } from './dates-calendar.js';
import { parseYmd } from './dates-calendar.js';
import { rangeAt } from '../segment/ranges.js';

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
  mod: TimexMod | null;
  rule: string;
  /** Breaks ties between candidates of equal length: higher wins. */
  prio: number;
  /** `the next day`: resolved in text order from the last day-precise date before it, else the article date. */
  narrative?: (anchor: Ymd) => string | null;
  /**
   * `four years later`, `two days earlier`: counted from the story's last date, the most recent
   * one before it in its paragraph or the one before, which must be at least as precise as `need`
   * (`Y`, `M`, `D`); without such a date the value is unknown.
   */
  relative?: { need: Granularity; from: (anchor: Ymd) => string | null };
  /** A month (and day) whose year was not written: another date can still give it (ranges). */
  yearless?: { m: number; d?: number };
}

/** How precise an anchor date is. */
export type Granularity = 'Y' | 'M' | 'D';

export interface Ctx {
  doc: Doc;
  text: string;
  /** Where parsing starts (the body). */
  from: number;
  /** Article date, or null: anchored values are then null. */
  dct: Ymd | null;
  tense(start: number, end: number): Tense;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of phrases, longest first, spaces matching any run of whitespace. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRe(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** Lower-case a matched phrase and collapse its whitespace, to look it up in a table. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();

/** Letters or digits on either side: the match is inside a longer token. */
export const WORDCHAR = /[\p{L}\p{N}]/u;

const cueRe = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}'’])(?:${alt(words)})(?![\\p{L}])`, 'giu');
const FUTURE_RE = cueRe(FUTURE_CUES);
const GOVERNED_RE = new RegExp(`(?<![\\p{L}])(?:${alt(FUTURE_GOVERNORS)})\\s+to\\s+\\p{Ll}`, 'giu');
const PRESENT_RE = cueRe(PRESENT_CUES);
const WORD_RE = /[\p{L}'’-]+/gu;
const PAST_SET = new Set(IRREGULAR_PAST);
const PASSIVE_AUX = new Set(PASSIVE_AUXILIARIES);
const PAST_PREPOSITIONS = new Set(PAST_LEADS);
const NOT_PAST_SET = new Set(NOT_PAST_ED);

interface Cue {
  start: number;
  end: number;
  tense: Exclude<Tense, null>;
}

/**
 * A sentence's tense cues, one list per kind (future, governed `to`, present, past) in this order,
 * each in text order without overlaps: ties between equally near cues go to the earlier kind.
 */
function sentenceCues(text: string, start: number, end: number): Cue[][] {
  const s = text.slice(start, end);
  const future: Cue[] = [];
  for (const m of s.matchAll(FUTURE_RE)) future.push({ start: start + m.index, end: start + m.index + m[0].length, tense: 'future' });
  // `threatened to disrupt`: the cue sits on `to`, nearer the date than the past verb.
  const governed: Cue[] = [];
  for (const m of s.matchAll(GOVERNED_RE)) {
    const to = start + m.index + m[0].search(/to\s+\p{Ll}$/u);
    governed.push({ start: to, end: to + 2, tense: 'future' });
  }
  const present: Cue[] = [];
  for (const m of s.matchAll(PRESENT_RE)) present.push({ start: start + m.index, end: start + m.index + m[0].length, tense: 'present' });
  const past: Cue[] = [];
  let prev = '';
  for (const m of s.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    const isPast = PAST_SET.has(w) || (w.length > 3 && w.endsWith('ed') && !NOT_PAST_SET.has(w) && !w.includes('-'));
    // A participle after `be`/`is`/`are` is a passive, not a past tense (`will be held`, `are held`).
    if (isPast && !PASSIVE_AUX.has(prev)) past.push({ start: start + m.index, end: start + m.index + m[0].length, tense: 'past' });
    prev = w;
  }
  return [future, governed, present, past];
}

/**
 * Builds the context: the tense of a mention is that of the nearest tense cue (future auxiliary,
 * present auxiliary, past-tense verb) in its sentence, outside the mention itself.
 */
export function makeCtx(doc: Doc): Ctx {
  const dct = parseYmd(doc.date);
  const cache = new Map<number, Cue[][]>();
  const cuesOf = (si: number): Cue[][] => {
    let c = cache.get(si);
    if (!c) {
      const s = doc.sentences[si]!;
      c = sentenceCues(doc.text, s.start, s.end);
      cache.set(si, c);
    }
    return c;
  };
  return {
    doc,
    text: doc.text,
    from: doc.bodyStart,
    dct,
    tense(start: number, end: number): Tense {
      // `since October 7`: a starting point is in the past whatever the verb.
      const lead = doc.text.slice(start, Math.min(end, start + 6)).toLowerCase();
      if (lead.startsWith('since ') || PAST_PREPOSITIONS.has(wordBefore(doc.text, start))) return 'past';
      const si = sentenceAt(doc, start);
      if (si < 0) return null;
      // Quoted speech keeps its own tense: a date inside a quote reads the quote's verbs only,
      // a date outside reads the narration only.
      const quote = quoteAt(doc, start);
      let best: Cue | null = null;
      let bestDist = Infinity;
      // Only cues within reach can decide: each kind's cues are in text order, so a binary search
      // finds the first that ends near enough before the mention; the walk stops past reach after it.
      for (const run of cuesOf(si)) {
        let lo = 0;
        let hi = run.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (run[mid]!.end >= start - TENSE_REACH) hi = mid;
          else lo = mid + 1;
        }
        for (let i = lo; i < run.length && run[i]!.start <= end + TENSE_REACH - AFTER_PENALTY; i++) {
          const c = run[i]!;
          if (c.end > start && c.start < end) continue;
          const cq = quoteAt(doc, c.start);
          if (quote ? cq !== quote : cq !== null) continue;
          // A verb after the date (`... needs in November or risk losing what he has created`)
          // more often belongs to a following clause: it counts as farther away.
          let dist = c.end <= start ? start - c.end : c.start - end + AFTER_PENALTY;
          // A cue beyond a clause break (`on Monday, saying he would`) counts as farther away.
          if (dist < 200 && CLAUSE_BREAK.test(c.end <= start ? doc.text.slice(c.end, start) : doc.text.slice(end, c.start))) dist += 40;
          if (dist < bestDist) {
            best = c;
            bestDist = dist;
          }
        }
      }
      // A verb far away governs another clause: the date's own tense is then unknown.
      if (!best || bestDist > TENSE_REACH) return null;
      // A present copula schedules only what follows it (`is on Friday`, not `Tuesday's outcome is`).
      if (best.tense === 'present' && best.start >= end) return null;
      return best.tense;
    },
  };
}

const CLAUSE_BREAK = /[,;:—–()]/;
/** How far (in characters, clause breaks counting 40 more) a tense cue reaches. */
const TENSE_REACH = 60;
/** What a cue after the mention counts as farther away. */
const AFTER_PENALTY = 20;

/** The quoted stretch holding `pos`, or null. */
function quoteAt(doc: Doc, pos: number): QuotedSpan | null {
  return rangeAt(doc.quoted, pos);
}

/** The word before `pos` (lower-case), skipping spaces; '' when none. */
export function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  let j = i;
  while (j > 0 && /[\p{L}\p{N}'’-]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i).toLowerCase();
}

/** The word after `pos` (lower-case), skipping spaces; '' when none. */
export function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && /[ \t]/.test(text[i]!)) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}'’-]/u.test(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

/** True when the match at [start, end) is not glued to letters or digits. */
export function standalone(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORDCHAR.test(text[start - 1]!)) && !(end < text.length && WORDCHAR.test(text[end]!));
}

/** Is position `pos` the first word of its sentence (for capitalization checks)? */
export function sentenceInitial(ctx: Ctx, pos: number): boolean {
  const si = sentenceAt(ctx.doc, pos);
  if (si < 0) return true;
  const head = ctx.text.slice(ctx.doc.sentences[si]!.start, pos);
  return !/[\p{L}\p{N}]/u.test(head);
}

/**
 * The next `n` characters from `pos`. Always bounded: a regex run on an unbounded slice of a
 * large text would copy the rest of the text each time.
 */
export const ahead = (text: string, pos: number, n = 48): string => text.slice(pos, pos + n);

/**
 * A capitalized word inside a sentence (not its first word, not right after an opening quote,
 * colon or dash): part of a title or a name (`All Right Now`, ABC's `This Week`).
 */
export function midSentenceCapital(ctx: Ctx, pos: number): boolean {
  if (!/^\p{Lu}/u.test(ctx.text[pos] ?? '')) return false;
  if (sentenceInitial(ctx, pos)) return false;
  let i = pos;
  while (i > 0 && /\s/.test(ctx.text[i - 1]!)) i--;
  return !/[“"‘'(:—–-]/.test(ctx.text[i - 1] ?? '');
}

/** Spelled-out number words separated by spaces, summed (`twenty two` -> 22); undefined when a word is not one. */
export function numberWordsValue(phrase: string): number | undefined {
  let total = 0;
  for (const w of phrase.split(' ')) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

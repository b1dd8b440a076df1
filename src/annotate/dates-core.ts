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
import { NEED_DATES, needs } from '../segment/prescan.js';
import { bitsOfRun, hashStep, letterHashTable } from '../segment/letter-hash.js';
import type { DateTriggerGroup } from '../vocab/triggers-dates.js';
import { DATE_TRIGGER_GROUPS } from '../vocab/triggers-dates.js';

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
  /**
   * Which trigger groups (`TRIGGER` bits) each sentence holds, for the sentences the pre-scan
   * marked for dates (0 for the others); null when there is no pre-scan: every pattern then reads
   * the whole body.
   */
  groups: Uint32Array | null;
  /** Where each trigger of those sentences starts, in text order, with its groups; null without a pre-scan. */
  hits: TriggerHits | null;
  /** The windows (see `scan`) of each set of trigger groups asked for so far. */
  windows: Map<number, Window[]>;
  /** Where each separator run of the body ends (`afterRuns`), made on the first scan that needs it. */
  runEnds: number[] | null;
}

/** The trigger words and digit runs of the sentences marked for dates: where each starts, and its groups (`TRIGGER` bits). */
export interface TriggerHits {
  pos: number[];
  groups: number[];
}

/** A stretch of the text where matches of a pattern may start (see `scan`). */
export interface Window {
  start: number;
  end: number;
}

/**
 * Bits of the trigger groups (`src/vocab/triggers-dates.ts`) a date pattern needs, one of which
 * every match of the pattern holds: `TRIGGER.month`, ...; and of digits: `TRIGGER.digit` (any),
 * `TRIGGER['day number']` (a run of one or two digits), `TRIGGER['year number']` (a run of four
 * digits from 1000 to 2100, as `YEAR` in dates-periods.ts), `TRIGGER['decade number']` (a run
 * ending in 0 before an `s`: `1990s`, `'90s`), `TRIGGER['quarter code']` (a run right after a
 * `Q` or an `H`: `Q3`, `H1`).
 */
type TriggerName = DateTriggerGroup | 'digit' | 'day number' | 'year number' | 'decade number' | 'quarter code';
export const TRIGGER: Readonly<Record<TriggerName, number>> = Object.fromEntries([
  ['digit', 1],
  ['day number', 2],
  ['year number', 4],
  ['decade number', 8],
  ['quarter code', 16],
  ...Object.keys(DATE_TRIGGER_GROUPS).map((g, i) => [g, 32 << i]),
]) as Record<TriggerName, number>;

/** Trigger word -> the bits of its groups. */
const WORD_GROUPS = new Map<string, number>();
for (const [g, words] of Object.entries(DATE_TRIGGER_GROUPS)) {
  for (const w of words) WORD_GROUPS.set(w, (WORD_GROUPS.get(w) ?? 0) | TRIGGER[g as DateTriggerGroup]);
}
const TRIGGER_WORD = /\p{L}+|[0-9]+/gu;

/** The bits of the run of digits `text.slice(i, j)`. */
function digitGroups(text: string, i: number, j: number): number {
  let g = TRIGGER.digit;
  if (j - i <= 2) g |= TRIGGER['day number'];
  else if (j - i === 4) {
    const run = text.slice(i, j);
    if (run >= '1000' && run <= '2100') g |= TRIGGER['year number'];
  }
  // `s`, `S` and the long s, which a case-insensitive pattern takes for an `s`.
  const after = text.charCodeAt(j);
  if (text.charCodeAt(j - 1) === 48 && (after === 115 || after === 83 || after === 0x17f)) g |= TRIGGER['decade number'];
  const before = text.charCodeAt(i - 1);
  if (before === 81 || before === 72) g |= TRIGGER['quarter code'];
  return g;
}

/** Trigger words by the hash of their letters, for `asciiGroups` (segment/letter-hash.ts). */
const WORDS_BY_HASH = letterHashTable(WORD_GROUPS);
/** The lower-case code of an ASCII letter (all `asciiGroups` looks up). */
const letterLower = (c: number): number => c | 32;

/** Characters beyond ASCII that news text is full of and that are no letters (quotes, dashes, spaces). */
const NOT_LETTERS = new Set([...'‘’‚‛“”„‟–—…•\u00a0\u2009\u200a\u202f'].map((c) => c.charCodeAt(0)));
const LONGEST_TRIGGER = Math.max(...[...WORD_GROUPS.keys()].map((w) => w.length));

/**
 * The trigger groups of `text.slice(start, end)` read as `TRIGGER_WORD` reads them, when it is
 * ASCII but for `NOT_LETTERS` up to the end of its last word; -1 otherwise (the caller reads it
 * with the pattern).
 */
function asciiGroups(text: string, start: number, end: number, hits: TriggerHits): number {
  let g = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (!NOT_LETTERS.has(c)) return -1;
      i++;
      continue;
    }
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      let j = i + 1;
      let h = hashStep(0, lower);
      for (let d = text.charCodeAt(j); j < text.length && ((d | 32) >= 97 && (d | 32) <= 122); d = text.charCodeAt(++j)) h = hashStep(h, d | 32);
      if (j < text.length && text.charCodeAt(j) >= 128 && !NOT_LETTERS.has(text.charCodeAt(j))) return -1;
      const w = j - i <= LONGEST_TRIGGER ? bitsOfRun(WORDS_BY_HASH, text, i, j, h, letterLower) : 0;
      if (w !== 0) {
        g |= w;
        hits.pos.push(i);
        hits.groups.push(w);
      }
      i = j;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = digitGroups(text, i, j);
      g |= d;
      hits.pos.push(i);
      hits.groups.push(d);
      i = j;
    } else i++;
  }
  return g;
}

/**
 * The trigger groups of each sentence the pre-scan marked for dates (words as the pre-scan reads
 * them), and where each of their triggers starts.
 */
function sentenceGroups(doc: Doc): { groups: Uint32Array; hits: TriggerHits } | null {
  if (!doc.need) return null;
  const out = new Uint32Array(doc.sentences.length);
  const hits: TriggerHits = { pos: [], groups: [] };
  const text = doc.text;
  for (const s of doc.sentences) {
    if (s.end <= doc.bodyStart || !needs(doc, s.index, NEED_DATES)) continue;
    const before = hits.pos.length;
    let g = asciiGroups(text, s.start, s.end, hits);
    if (g >= 0) {
      out[s.index] = g;
      continue;
    }
    hits.pos.length = before;
    hits.groups.length = before;
    g = 0;
    TRIGGER_WORD.lastIndex = s.start;
    for (let m = TRIGGER_WORD.exec(text); m && m.index < s.end; m = TRIGGER_WORD.exec(text)) {
      const w = m[0];
      const c = w.charCodeAt(0);
      const bits = c >= 48 && c <= 57 ? digitGroups(text, m.index, m.index + w.length) : (WORD_GROUPS.get(w.toLowerCase()) ?? 0);
      if (bits === 0) continue;
      g |= bits;
      hits.pos.push(m.index);
      hits.groups.push(bits);
    }
    out[s.index] = g;
  }
  return { groups: out, hits };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alternation of phrases, longest first, spaces matching any run of whitespace. Phrases of one
 * length go in code-unit order: any order of them matches alike, as two of them never match from
 * one position with different ends (words of phrases are runs without white space and single
 * spaces part them, so the text fixes every word's length but the last's). `localeCompare` would
 * set up a collator first, some 8 ms of start-up.
 */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => escapeRe(w).replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Pattern source for the start of the text or a character that is no letter, `(?:^|[^\p{L}])`,
 * to open the end-anchored phrase patterns run on the text before a mention. ASCII letters, most
 * characters, are turned away by an inline check (a subset of `\p{L}`, so with or without `i`
 * the source matches what `(?:^|[^\p{L}])` matches) before `\p{L}`'s call out of V8's matching code.
 */
export const NOT_AFTER_LETTER = '(?:^|(?![A-Za-z])[^\\p{L}])';

/** Lower-case a matched phrase and collapse its whitespace, to look it up in a table. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();

/** Letters or digits on either side: the match is inside a longer token. */
export const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * A pattern whose source opens with a look-behind on one class of letters, digits and other
 * characters (`(?<![\p{L}\p{N}])...`) and has no top-level `|`, split in two. The engine runs the
 * body behind the same look-behind on the class's ASCII part only (`A-Za-z` for `\p{L}`, `0-9` for
 * `\p{N}`): it still tries no match inside an ASCII word, as before, and compiles at a fraction of
 * the cost (a Unicode property class under `i` is the dearest part of a pattern). The whole
 * look-behind, a sticky pattern shared by all that open with it, then tests the position of each
 * match (`execSplit`).
 *
 * When the pattern also ends with a negative look-ahead on such a class (`(?![\p{L}\p{N}])`), the
 * body ends with its ASCII part too, and the whole look-ahead tests the end of each match: where
 * it fails (a letter or digit beyond ASCII right after the match), the whole pattern, which may
 * backtrack to another match, is run from the match's start instead.
 */
interface Split {
  body: RegExp;
  behind: RegExp;
  /** The whole look-ahead (sticky), when the body ends with its ASCII part. */
  ahead: RegExp | null;
  /** The whole pattern's source: what `scan` reads may reach (`spaceReach`). */
  source: string;
  /** The whole pattern, made on first need (a match the look-ahead turns down). */
  whole: RegExp | null;
  unicode: boolean;
}
const SPLITS = new WeakMap<RegExp, Split>();
const LOOKS = new Map<string, RegExp>();

/** Where the group opening at `open` closes (index of its `)`), or -1; `found.captures` is set when a group inside captures. */
function groupEnd(src: string, open: number, found: { captures: boolean }): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      if (i > open && (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!'))) found.captures = true;
      depth++;
    } else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Does `src` hold a `|` outside any group and class? */
function topLevelBar(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** `(?<![...])` or `(?![...])` on one class, not negated. */
const CLASS_LOOK = /^\(\?<?!\[[^\]^][^\]]*\]\)$/;
/** A class's ASCII part: a subset of it under any flags, as A-Za-z is of \p{L} (with `i`, the long s and the Kelvin sign they take in are letters too) and 0-9 of \p{N}; null when another escape is left. */
function asciiPart(look: string): string | null {
  const ascii = look.replace(/\\p\{L\}/g, 'A-Za-z').replace(/\\p\{N\}/g, '0-9');
  return /\\[pP]/.test(ascii) ? null : ascii;
}

/** The sticky pattern of a look-around alone, shared by all patterns with the same one and flags. */
function lookAlone(look: string, re: { flags: string }): RegExp {
  // Only these flags bear on what a look-around matches.
  const flags = re.flags.replace(/[^imsuv]/g, '') + 'y';
  const key = `${flags}/${look}`;
  let alone = LOOKS.get(key);
  if (!alone) {
    alone = new RegExp(look, flags);
    LOOKS.set(key, alone);
  }
  return alone;
}

/** Where the last top-level group of `src` opens, if it closes at the end of `src`; -1 otherwise. */
function lastGroupStart(src: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      if (depth === 0) last = i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && i !== src.length - 1) last = -1;
    } else if (depth === 0) last = -1;
  }
  return last;
}

/**
 * The pattern `source` (global: `flags` hold `g`) to give `scan`, run split (`Split`): its body,
 * which stands for it; throws when it does not split. The whole pattern is only made when needed.
 */
export function behindApart(source: string | RegExp, flags = ''): RegExp {
  const re = typeof source === 'string' ? { source, flags, global: flags.includes('g'), sticky: flags.includes('y') } : source;
  const src = re.source;
  const found = { captures: false };
  const end = src.startsWith('(?<![') ? groupEnd(src, 0, found) : -1;
  const behind = src.slice(0, end + 1);
  let body = src.slice(end + 1);
  const ascii = asciiPart(behind);
  if (end < 0 || !CLASS_LOOK.test(behind) || ascii === null || found.captures || topLevelBar(body) || /^[*+?{]/.test(body) || !re.global || re.sticky) {
    throw new Error(`behindApart: /${src.slice(0, 40)}.../ has no leading look-behind to split off`);
  }
  let ahead: RegExp | null = null;
  const last = lastGroupStart(body);
  const look = last >= 0 ? body.slice(last) : '';
  const asciiAhead = look.startsWith('(?![') && CLASS_LOOK.test(look) ? asciiPart(look) : null;
  if (asciiAhead !== null && asciiAhead !== look) {
    ahead = lookAlone(look, re);
    body = body.slice(0, last) + asciiAhead;
  }
  const split: Split = { body: new RegExp(ascii + body, re.flags), behind: lookAlone(behind, re), ahead, source: src, whole: null, unicode: /[uv]/.test(re.flags) };
  SPLITS.set(split.body, split);
  return split.body;
}

/** The split form of `re` (`behindApart`), if it has one. */
export const splitOf = (re: RegExp): Split | undefined => SPLITS.get(re);

/**
 * The next match of the split pattern in `s` from `sp.body.lastIndex` on, as the whole pattern
 * finds it: a match of the body where the look-behind fails is dropped and the search goes on from
 * the next position (the next code point under `u`), as the regex engine itself goes on. Where
 * the look-ahead fails at the end of a match, no position before it holds a match of the whole
 * pattern (each would hold one of the body), so the whole pattern finds the next from there.
 */
export function execSplit(sp: Split, s: string): RegExpExecArray | null {
  const body = sp.body;
  for (let m = body.exec(s); m; m = body.exec(s)) {
    const i = m.index;
    sp.behind.lastIndex = i;
    if (sp.behind.test(s)) {
      if (!sp.ahead) return m;
      sp.ahead.lastIndex = i + m[0].length;
      if (sp.ahead.test(s)) return m;
      const whole = (sp.whole ??= new RegExp(sp.source, body.flags));
      whole.lastIndex = i;
      const w = whole.exec(s);
      if (w) body.lastIndex = whole.lastIndex;
      return w;
    }
    const c = s.charCodeAt(i);
    const pair = sp.unicode && c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    body.lastIndex = i + (pair ? 2 : 1);
  }
  return null;
}

/** The global pattern's matches in `s` from `from` on, one per call, through its split form when it has one. */
function matcher(re: RegExp, s: string, from: number): () => RegExpExecArray | null {
  const sp = SPLITS.get(re);
  if (!sp) {
    re.lastIndex = from;
    return () => re.exec(s);
  }
  sp.body.lastIndex = from;
  return () => execSplit(sp, s);
}

/** The matches of the global pattern `re` (split or not) in `s`, as `s.matchAll(re)` gives them. */
function matchesIn(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next = matcher(re, s, 0);
  for (let m = next(); m; m = next()) out.push(m);
  return out;
}

const cueRe = (words: readonly string[]): RegExp => behindApart(`(?<![\\p{L}'’])(?:${alt(words)})(?![\\p{L}])`, 'giu');
const FUTURE_RE = cueRe(FUTURE_CUES);
const GOVERNED_RE = behindApart(`(?<![\\p{L}])(?:${alt(FUTURE_GOVERNORS)})\\s+to\\s+\\p{Ll}`, 'giu');
const PRESENT_RE = cueRe(PRESENT_CUES);
const LETTER = /\p{L}/u;

/**
 * How many UTF-16 units the word character at `i` of `s` takes (a letter, an apostrophe or a
 * hyphen: a character of `/[\p{L}'’-]/u`, astral letters as two), or 0 when it is none.
 */
function wordCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 45) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = s.codePointAt(i)!;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Calls `each(from, to)` for each word of `s` in order: each run of word characters, the matches
 * of `/[\p{L}'’-]+/gu`. Read by hand: that regular expression over every word of a sentence costs
 * twice as much.
 */
export function forEachWord(s: string, each: (from: number, to: number) => void): void {
  for (let i = 0; i < s.length; ) {
    let n = wordCharLength(s, i);
    if (n === 0) {
      i++;
      continue;
    }
    const from = i;
    do i += n;
    while (i < s.length && (n = wordCharLength(s, i)) > 0);
    each(from, i);
  }
}

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
  for (const m of matchesIn(FUTURE_RE, s)) future.push({ start: start + m.index, end: start + m.index + m[0].length, tense: 'future' });
  // `threatened to disrupt`: the cue sits on `to`, nearer the date than the past verb.
  const governed: Cue[] = [];
  for (const m of matchesIn(GOVERNED_RE, s)) {
    const to = start + m.index + m[0].search(/to\s+\p{Ll}$/u);
    governed.push({ start: to, end: to + 2, tense: 'future' });
  }
  const present: Cue[] = [];
  for (const m of matchesIn(PRESENT_RE, s)) present.push({ start: start + m.index, end: start + m.index + m[0].length, tense: 'present' });
  const past: Cue[] = [];
  let prev = '';
  forEachWord(s, (from, to) => {
    const w = s.slice(from, to).toLowerCase();
    const isPast = PAST_SET.has(w) || (w.length > 3 && w.endsWith('ed') && !NOT_PAST_SET.has(w) && !w.includes('-'));
    // A participle after `be`/`is`/`are` is a passive, not a past tense (`will be held`, `are held`).
    if (isPast && !PASSIVE_AUX.has(prev)) past.push({ start: start + from, end: start + to, tense: 'past' });
    prev = w;
  });
  return [future, governed, present, past];
}

/**
 * Builds the context: the tense of a mention is that of the nearest tense cue (future auxiliary,
 * present auxiliary, past-tense verb) in its sentence, outside the mention itself.
 */
export function makeCtx(doc: Doc): Ctx {
  const dct = parseYmd(doc.date);
  const triggers = sentenceGroups(doc);
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
    groups: triggers?.groups ?? null,
    hits: triggers?.hits ?? null,
    windows: new Map(),
    runEnds: null,
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

/**
 * Characters that end a skipped stretch: no date pattern reads one of them before the first word
 * or digit of the trigger groups it needs: what comes before is words (`the end of`, `more than`,
 * `every`), white space, hyphens, other digits (`11/2016` for a year) and decimal points (see
 * `hardAt`). test/dates-speed.test.ts cuts sentences everywhere to check it.
 */
const HARD_CODES = [...'.!?;:,"“”()[]…'].map((c) => c.charCodeAt(0));
/** `HARD` as a table by character code, up to the highest: read for every character before a trigger (`windowsOf`). */
const HARD = new Uint8Array(Math.max(...HARD_CODES) + 1);
for (const c of HARD_CODES) HARD[c] = 1;
/** Is the character at `i` hard (`HARD`)? A period before a digit is not: it may be a decimal point (`2.5 hours`). */
function hardAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) {
    const d = text.charCodeAt(i + 1);
    return !(d >= 48 && d <= 57);
  }
  return c < HARD.length && HARD[c] === 1;
}

/**
 * Separators between the words a pattern crosses: ASCII white space (a subset of `\s`: other
 * spaces count as letters here, which only makes words longer) and hyphens.
 */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 45;
/**
 * The windows of the patterns that need one of the trigger groups `groups`: a match's first such
 * trigger comes after no `HARD` character of the match, so the match starts between the last hard
 * character before one of these triggers and the trigger itself. Each trigger gives that stretch,
 * and stretches that meet are joined.
 */
function windowsOf(ctx: Ctx, groups: number): Window[] {
  const text = ctx.text;
  const { pos, groups: bits } = ctx.hits!;
  const out: Window[] = [];
  let last: Window | null = null;
  for (let k = 0; k < pos.length; k++) {
    if ((bits[k]! & groups) === 0) continue;
    const t = pos[k]!;
    if (t < ctx.from) continue;
    const floor = last ? last.end : ctx.from;
    let a = t;
    while (a > floor && !hardAt(text, a - 1)) a--;
    if (last && a <= last.end) last.end = t + 1;
    else {
      last = { start: a, end: t + 1 };
      out.push(last);
    }
  }
  return out;
}

/** Where each separator run (`isSpace`) of the text from `from` on ends: the start of the word after it, in order. */
function runEndsOf(text: string, from: number): number[] {
  const out: number[] = [];
  let inRun = false;
  for (let p = from; p < text.length; p++) {
    const space = isSpace(text.charCodeAt(p));
    if (inRun && !space) out.push(p);
    inRun = space;
  }
  if (inRun) out.push(text.length);
  return out;
}

/**
 * Where the `n`-th separator run from `pos` on ends (the start of the word after it), or the
 * text's end: the `n`-th of the run ends (`runEndsOf`) after `pos`, found by halving.
 */
function afterRuns(ctx: Ctx, pos: number, n: number): number {
  if (n <= 0) return pos;
  const ends = (ctx.runEnds ??= runEndsOf(ctx.text, ctx.from));
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > pos) hi = mid;
    else lo = mid + 1;
  }
  const k = lo + n - 1;
  return k < ends.length ? ends[k]! : ctx.text.length;
}

/** Longest look-behind the scanned patterns may use, in characters. */
const BEHIND = 64;
const REACH = new WeakMap<RegExp, number>();

/**
 * The most separator runs (white space, hyphens: `isSpace`) a match attempt of `re` can cross
 * reading forward, from its source: each atom that may match a separator crosses one run, or one
 * run however repeated when it matches separators only (`\s+`, `[\s-]+`); Infinity when a repeated
 * group or a repeated mixed class can cross any number; -1 when a look-behind may read more than
 * `BEHIND` characters. An atom that matches no separator stays inside a word.
 */
export function spaceReach(re: RegExp): number {
  let r = REACH.get(re);
  if (r === undefined) {
    r = reachOf(SPLITS.get(re)?.source ?? re.source);
    REACH.set(re, r);
  }
  return r;
}

function reachOf(src: string): number {
  let i = 0;
  let behindOk = true;
  const quantifier = (): number => {
    let max = 1;
    const c = src[i];
    if (c === '?') {
      i++;
    } else if (c === '*' || c === '+') {
      i++;
      max = Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return 1;
      i += m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity;
    } else return 1;
    if (src[i] === '?') i++;
    return max;
  };
  // An atom: [runs it may cross, whether it matches separators only (one run however repeated)].
  const atom = (): [number, boolean] => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      let behind = false;
      if (src[i] === '?') {
        if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
          behind = true;
          i += 3;
        } else if (src.startsWith('?=', i) || src.startsWith('?!', i)) i += 2;
        else if (src.startsWith('?:', i)) i += 2;
        else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      }
      const from = i;
      const inner = alternation();
      if (behind && (/[*+]|\{\d/.test(src.slice(from, i).replace(/\\[pPu]\{[^\\{}]*\}/g, '')) || i - from > BEHIND / 2)) behindOk = false;
      i++; // ')'
      if (behind) return [0, false];
      return [inner, false];
    }
    if (c === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      let space = false;
      let other = false;
      if (src[j] === ']') {
        other = true;
        j++;
      }
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') {
          const e = src[j + 1]!;
          if (e === 's' || e === 't' || e === 'n' || e === 'r' || e === 'f' || e === 'v' || e === '-') space = true;
          else if (e === 'S' || e === 'W' || e === 'D' || e === 'P') (space = true), (other = true);
          else other = true;
          j += 2;
          if ((e === 'p' || e === 'P') && src[j] === '{') j = src.indexOf('}', j) + 1;
        } else {
          // A hyphen in a class is a separator, as a range (`a-z`) too: counting it only adds.
          if (src[j] === ' ' || src[j] === '-') space = true;
          else other = true;
          j++;
        }
      }
      i = j + 1;
      if (negated) return space ? [0, false] : [1, false];
      return space ? [1, !other] : [0, false];
    }
    if (c === '\\') {
      const e = src[i + 1]!;
      i += 2;
      if ((e === 'p' || e === 'P' || e === 'u') && src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      if (e === 's' || e === 't' || e === 'n' || e === 'r' || e === 'f' || e === 'v' || e === '-') return [1, true];
      if (e === 'd' || e === 'w' || e === 'b' || e === 'B' || e === 'p' || e === 'u' || e === 'x') return [0, false];
      // \S, \W, \D, \P{..} and back-references may match a separator.
      if (e === 'S' || e === 'W' || e === 'D' || e === 'P' || /\d/.test(e)) return [1, false];
      return [0, false];
    }
    i++;
    if (c === '.') return [1, false];
    if (c === ' ' || c === '-') return [1, true];
    return [0, false];
  };
  const sequence = (): number => {
    let total = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      // A letter or digit is a literal that crosses no run, repeated or not (its quantifier's
      // characters, read as literals, cross none either): skipped a run at a time.
      const c = src.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      const [runs, spaceOnly] = atom();
      const q = quantifier();
      if (runs === 0) continue;
      total += spaceOnly ? 1 : runs * q;
    }
    return total;
  };
  const alternation = (): number => {
    let best = sequence();
    while (src[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const r = alternation();
  return behindOk && i >= src.length ? r : -1;
}

/**
 * Every match of the global pattern `re` in the body, as a plain `exec` loop from `ctx.from` finds
 * them, for a pattern every match of which (that yields anything) holds a word of one of the
 * trigger groups `groups` (`TRIGGER` bits) or, with `TRIGGER.digit`, a digit. Matches are looked
 * for only where they may start (`windowsOf`), each window on a slice that holds all the pattern
 * may read (`BEHIND` characters before it, as many separator runs after it as `spaceReach`
 * allows, and two characters more); windows closer than that are read as one. Indices are given in
 * the whole text.
 */
export function scan(ctx: Ctx, re: RegExp, groups: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const text = ctx.text;
  const reach = ctx.groups ? spaceReach(re) : -1;
  if (!ctx.groups || reach < 0) {
    const next = matcher(re, text, ctx.from);
    for (let m = next(); m; m = next()) out.push(m);
    return out;
  }
  let windows = ctx.windows.get(groups);
  if (!windows) {
    windows = windowsOf(ctx, groups);
    ctx.windows.set(groups, windows);
  }
  let pos = ctx.from;
  for (let i = 0; i < windows.length; i++) {
    let end = windows[i]!.end;
    if (pos >= end) continue;
    const start = Math.max(pos, windows[i]!.start);
    let sliceEnd = reach === Infinity ? text.length : Math.min(text.length, afterRuns(ctx, end, reach + 2) + 2);
    // A window that starts before this one's slice ends is read with it: its gap costs less than a new slice.
    while (i + 1 < windows.length && windows[i + 1]!.start < sliceEnd) {
      end = windows[++i]!.end;
      sliceEnd = reach === Infinity ? text.length : Math.min(text.length, afterRuns(ctx, end, reach + 2) + 2);
    }
    const sliceStart = Math.max(0, start - BEHIND);
    const s = sliceStart === 0 && sliceEnd === text.length ? text : text.slice(sliceStart, sliceEnd);
    const next = matcher(re, s, start - sliceStart);
    for (let m = next(); m && m.index + sliceStart < end; m = next()) {
      if (sliceStart > 0) {
        m.index += sliceStart;
        if (m.indices) for (const pair of m.indices) if (pair) (pair[0] += sliceStart), (pair[1] += sliceStart);
      }
      out.push(m);
      pos = m.index + m[0].length;
    }
  }
  return out;
}

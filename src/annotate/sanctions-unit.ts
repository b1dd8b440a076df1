/**
 * annotate/sanctions-unit: the counted noun phrase after a number (`nearly 300 [entities and
 * individuals]`, `more than 60 [Russia-based technology and defence companies]`), and what money
 * is (`$5bn in [frozen assets]`, `a $968 million [penalty]`).
 *
 * The phrase runs from the number over modifiers, hyphenated words and coordinated nouns, and
 * ends at a stop word (preposition, determiner, relative pronoun), punctuation, another number, or
 * a verb after the head noun. compromise tags the few words after the number (only them, so the
 * cost stays bounded) to tell a verb (`people linked to`) from a noun; the vocabulary tables win
 * where compromise guesses wrong (`25 firms`). compromise is loaded only when a phrase has a word
 * the tables do not know (`src/compromise.ts`).
 */
import { compromise, ownedCopy } from '../compromise.js';
import {
  MONEY_CUES,
  MONEY_UNIT_LINKS,
  NON_TARGET_UNITS,
  SANCTION_CONTAINERS,
  SANCTION_NOUNS,
  TARGET_NOUNS,
  UNIT_STOPWORDS,
  UNIT_POSTMODIFIERS,
  UNIT_TIME_WORDS,
  ASSET_WORDS,
  ASSET_HEAD_NOUNS,
  MONEY_BEFORE_LINKS,
} from '../vocab/sanctions.js';
import { PhraseTable, adjacent, parseNumberAt, quantityStartsAt, type Token } from './numbers.js';

export type UnitKind = 'sanction' | 'target' | 'money' | 'measure' | 'other' | 'none';

export interface Unit {
  /** The counted phrase as written, '' when none. */
  text: string;
  start: number;
  end: number;
  /** Token index after the phrase (or after the quantity when there is none). */
  tokenEnd: number;
  /** Tokens of the phrase (indices into the sentence tokens), `[first, last)`. */
  first: number;
  last: number;
  kind: UnitKind;
  /** Whether the phrase ends in a word tagged or listed as a noun. */
  noun: boolean;
}

const STOP = PhraseTable.of(UNIT_STOPWORDS);
const POSTMOD = PhraseTable.of(UNIT_POSTMODIFIERS);
const TIME_WORDS = PhraseTable.of(UNIT_TIME_WORDS);
const SANCTION = PhraseTable.of(SANCTION_NOUNS);
const TARGET = PhraseTable.of(TARGET_NOUNS);
const MEASURE = PhraseTable.of(NON_TARGET_UNITS);
const CONTAINER = PhraseTable.of(SANCTION_CONTAINERS);
const MONEY = PhraseTable.from(MONEY_CUES);
const MONEY_LINK = PhraseTable.of(MONEY_UNIT_LINKS);
const MONEY_BEFORE = PhraseTable.of(MONEY_BEFORE_LINKS);
const ASSETS = new Set(ASSET_WORDS);
const ASSET_HEADS = new Set(ASSET_HEAD_NOUNS);
/** Money cues that are nouns (`fine`, `penalty`), not verbs (`fined`, `froze`). */
const MONEY_NOUNS = Object.entries(MONEY_CUES).filter(([k, v]) => k === v).map(([k]) => k);
const LISTED_NOUNS = new Set([...SANCTION_NOUNS, ...TARGET_NOUNS, ...SANCTION_CONTAINERS, ...NON_TARGET_UNITS, ...MONEY_NOUNS, ...ASSET_HEAD_NOUNS]);

/** How far from an amount its money cue may stand, in tokens. */
const MONEY_CUE_WINDOW = 40;

/** Look-ahead of the phrase, in tokens. */
const MAX_UNIT_TOKENS = 16;

interface Tags {
  verb: boolean;
  noun: boolean;
}

/** Windows tagged so far (the tags depend on the window's text only), by text, with offsets relative to it. */
const tagCache = new Map<string, Array<readonly [number, Tags]>>();
/** Windows kept; past this the cache starts afresh, so memory stays bounded over a long run. */
const TAG_CACHE_SIZE = 2000;
/** Longer windows (rare: words of hundreds of letters) are tagged every time, not kept. */
const TAG_CACHE_MAX_WINDOW = 256;

/** compromise's tags for the words of `text.slice(start, end)`, keyed by absolute offset. */
function tagWindow(text: string, start: number, end: number): Map<number, Tags> {
  const out = new Map<number, Tags>();
  if (end <= start) return out;
  const window = text.slice(start, end);
  let tags = tagCache.get(window);
  if (!tags) {
    tags = [];
    for (const s of compromise()(window).json({ offset: true })) {
      for (const t of s.terms) {
        const set = new Set(t.tags);
        tags.push([t.offset!.start, { verb: set.has('Verb') && !set.has('Noun'), noun: set.has('Noun') || set.has('Acronym') || set.has('Value') }]);
      }
    }
    if (window.length <= TAG_CACHE_MAX_WINDOW) {
      if (tagCache.size >= TAG_CACHE_SIZE) tagCache.clear();
      tagCache.set(ownedCopy(window), tags);
    }
  }
  for (const [offset, t] of tags) out.set(start + offset, t);
  return out;
}

/** A hyphenated word from token `k` (`Russia-based`, `drone-making`): index after it. */
function wordEnd(tokens: readonly Token[], k: number): number {
  let e = k + 1;
  while (tokens[e]?.text === '-' && adjacent(tokens[e - 1], tokens[e]) && tokens[e + 1]?.kind === 'word' && adjacent(tokens[e], tokens[e + 1])) e += 2;
  return e;
}

/**
 * What the head ending at token `last` names. The longest table entry wins (`member states` is a
 * measure of a bloc, not `states` as targets); on equal length the order below.
 */
function kindAt(tokens: readonly Token[], last: number): UnitKind {
  const tables: Array<[UnitKind, { end: number } | null]> = [
    ['sanction', SANCTION.matchEndingAt(tokens, last)],
    ['target', TARGET.matchEndingAt(tokens, last)],
    ['money', MONEY.matchEndingAt(tokens, last) ?? (ASSET_HEADS.has(tokens[last]!.lower) ? { end: last } : null)],
    ['measure', MEASURE.matchEndingAt(tokens, last)],
  ];
  let best: UnitKind = 'other';
  let bestStart = Infinity;
  for (const [kind, m] of tables) {
    if (m && m.end < bestStart) {
      best = kind;
      bestStart = m.end;
    }
  }
  return best;
}

/** `IT` in `IT workers`, `US` in `US firms`: capitals, not the function word. */
const isAcronym = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);

/** After a count, a plural is a noun (`22 Russia-linked crypto exchanges`). */
function isPluralHead(t: Token): boolean {
  return /\p{L}s$/u.test(t.text) && !t.lower.endsWith('ss');
}

/**
 * A comma inside a list of counted nouns (`900 people, companies and vessels`): the words after it
 * run to an `and` / `or` with only commas and words between, no stop word, number or other mark.
 */
function listAfterComma(tokens: readonly Token[], i: number, limit: number): boolean {
  let words = 0;
  for (let j = i + 1; j < limit; j++) {
    const t = tokens[j]!;
    if (t.lower === 'and' || t.lower === 'or') return words > 0 && tokens[j + 1]?.kind === 'word';
    if (t.text === ',') {
      if (words === 0) return false;
      words = 0;
      continue;
    }
    if (t.kind !== 'word' && t.text !== '-') return false;
    if (STOP.matchAt(tokens, j) || parseNumberAt(tokens, j) !== null) return false;
    if (++words > 4) return false;
  }
  return false;
}

const none = (at: number, pos: number): Unit => ({ text: '', start: pos, end: pos, tokenEnd: at, first: at, last: at, kind: 'none', noun: false });

/**
 * The noun phrase starting at token `k` (right after a number), within `tokens` (one sentence).
 * `text` is the full document text the tokens index into.
 */
export function nounPhraseAt(text: string, tokens: readonly Token[], k: number): Unit {
  const limit = Math.min(tokens.length, k + MAX_UNIT_TOKENS);
  const startTok = tokens[k];
  if (!startTok || startTok.kind !== 'word') return none(k, tokens[k - 1]?.end ?? 0);
  // Tag lazily: most phrases are listed nouns up to a stop word and need no tagger at all.
  let tagged: Map<number, Tags> | null = null;
  const tagOf = (t: Token): Tags | undefined => {
    if (!tagged) {
      // Tag only up to the first stop word or punctuation: the phrase cannot run past it.
      let w = k;
      while (w < limit && (tokens[w]!.kind === 'word' || tokens[w]!.text === '-' || tokens[w]!.text === '&' || tokens[w]!.text === ',') && (w === k || !STOP.matchAt(tokens, w) || isAcronym(tokens[w]!) || tokens[w]!.lower === 'and' || tokens[w]!.lower === 'or')) w++;
      // Start at the number before the phrase: `22 crypto exchanges` tags `exchanges` as a noun.
      const from = tokens[k - 1] && tokens[k - 1]!.kind === 'num' ? tokens[k - 1]!.start : startTok.start;
      tagged = tagWindow(text, from, tokens[Math.min(w, limit) - 1]!.end);
    }
    return tagged.get(t.start);
  };
  const isListed = (a: number, b: number) => LISTED_NOUNS.has(text.slice(tokens[a]!.start, tokens[b - 1]!.end).toLowerCase());
  // Conjuncts: [first token, end token) of each coordinated part.
  const parts: Array<{ from: number; to: number; lastNoun: number }> = [];
  let from = k;
  let lastNoun = -1;
  let sawNoun = false;
  let i = k;
  while (i < limit) {
    const t = tokens[i]!;
    // `people, companies, and vessels`: the serial comma of a list already begun.
    if (t.text === ',' && parts.length > 0 && (tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === 'or')) {
      i++;
      continue;
    }
    const comma = t.text === ',' && listAfterComma(tokens, i, limit);
    if (t.kind !== 'word' && t.text !== '&' && !comma) break;
    if (t.lower === 'and' || t.lower === 'or' || t.text === '&' || comma) {
      const next = i + 1;
      const n = tokens[next];
      // `12 entities and 6 individuals`, `300 firms and more than 20 vessels`: another number, with
      // its qualifier or not, starts another figure.
      if (i === from || !n || n.kind !== 'word' || STOP.matchAt(tokens, next) || quantityStartsAt(tokens, next)) break;
      // `individuals and fined a bank`: a verb after `and` starts another clause.
      if (!isListed(next, wordEnd(tokens, next)) && wordEnd(tokens, next) === next + 1 && tagOf(n)?.verb) break;
      if (lastNoun <= from && i > from && isPluralHead(tokens[i - 1]!)) lastNoun = i;
      parts.push({ from, to: i, lastNoun });
      from = next;
      lastNoun = -1;
      sawNoun = false;
      i = next;
      continue;
    }
    if (STOP.matchAt(tokens, i) && !isAcronym(t)) break;
    if (sawNoun && POSTMOD.matchAt(tokens, i)) break;
    // `$5bn in assets three weeks ago`, `a $5m fine earlier this year`: after the head, a number
    // or a time word starts something else.
    if (sawNoun && (TIME_WORDS.matchAt(tokens, i) || parseNumberAt(tokens, i) !== null)) break;
    if (/['’]s$/i.test(t.text)) break; // a possessive starts another phrase
    const e = wordEnd(tokens, i);
    const hyphenated = e > i + 1;
    const listed = isListed(i, e);
    const tag = listed || hyphenated ? undefined : tagOf(t);
    if (!hyphenated && !listed && tag?.verb && sawNoun) break; // `people linked to`, `firms accused of`
    if (listed || hyphenated || tag?.noun || !tag?.verb) {
      if (listed || tag?.noun) {
        sawNoun = true;
        lastNoun = e;
      }
    }
    i = e;
  }
  // A phrase with no word known as a noun ends in its head all the same when that word is a
  // plural (`22 Russia-linked crypto exchanges`): after a count, a plural is a noun.
  if (lastNoun <= from && i > from && isPluralHead(tokens[i - 1]!)) lastNoun = i;
  parts.push({ from, to: i, lastNoun });
  // Keep the conjuncts up to the last one whose head is a sanction or target noun; without one, the first.
  let keep = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.lastNoun > part.from && ['sanction', 'target', 'money'].includes(kindAt(tokens, part.lastNoun - 1))) keep = p;
  }
  const kept = parts.slice(0, keep + 1);
  const lastPart = kept[kept.length - 1]!;
  // End the phrase at its last noun (`individuals overall` -> `individuals`).
  let end = lastPart.lastNoun > lastPart.from ? lastPart.lastNoun : lastPart.to;
  if (end <= k) return none(k, startTok.start);
  // `14 packages of sanctions`: a container noun takes its `of` complement.
  if (CONTAINER.matchEndingAt(tokens, end - 1) && tokens[end]?.lower === 'of' && SANCTION.matchAt(tokens, end + 1)) {
    end = SANCTION.matchAt(tokens, end + 1)!.end;
  }
  const noun = lastPart.lastNoun > lastPart.from || end > lastPart.to;
  let kind = kindAt(tokens, end - 1);
  if (kind === 'other' && CONTAINER.matchEndingAt(tokens, end - 1) && SANCTION.matchAt(tokens, end - 2)) kind = 'sanction';
  if (kind === 'other' && /sanction/i.test(text.slice(tokens[end - 1]!.start, tokens[end - 1]!.end))) kind = 'sanction';
  const s = tokens[k]!.start;
  const en = tokens[end - 1]!.end;
  return { text: text.slice(s, en), start: s, end: en, tokenEnd: end, first: k, last: end, kind, noun };
}

/**
 * What an amount of money is: the noun right after it (`a $968 million penalty`), or the phrase
 * after `in` / `of` / `worth of` (`$5bn in frozen assets`). Null when neither is there; the caller
 * then names it from the sentence's money cue.
 */
export function moneyUnitAt(text: string, tokens: readonly Token[], k: number): Unit | null {
  const direct = nounPhraseAt(text, tokens, k);
  if (direct.kind === 'money' || direct.kind === 'sanction') return direct;
  const link = MONEY_LINK.matchAt(tokens, k);
  if (link) {
    const np = nounPhraseAt(text, tokens, link.end);
    if (np.kind === 'money' || np.kind === 'sanction' || (np.noun && hasAssetWord(tokens, np))) return np;
  }
  return null;
}

/**
 * What an amount is when the text names it first: `assets worth $1.2 billion`, `a fine of $5m`,
 * `penalties totalling $1.2 billion`; the money or asset noun right before the linking word.
 */
export function moneyUnitBefore(tokens: readonly Token[], q: number): Unit | null {
  const link = MONEY_BEFORE.matchEndingAt(tokens, q - 1);
  if (!link) return null;
  const head = link.end - 1;
  const t = tokens[head];
  if (!t || t.kind !== 'word') return null;
  const kind = kindAt(tokens, head);
  if (kind !== 'money' && !ASSETS.has(t.lower)) return null;
  return { text: t.text, start: t.start, end: t.end, tokenEnd: head + 1, first: head, last: head + 1, kind: 'money', noun: true };
}

/** The phrase names assets (`frozen overseas funds`, `Russian central bank assets`). */
export function hasAssetWord(tokens: readonly Token[], unit: Pick<Unit, 'first' | 'last'>): boolean {
  for (let i = unit.first; i < unit.last; i++) if (ASSETS.has(tokens[i]!.lower)) return true;
  return false;
}

export interface MoneyCue {
  /** What the money is (`fine`, `frozen assets`). */
  unit: string;
  /** The cue as matched (`fined`, `froze`). */
  key: string;
  /** Distance in tokens from the amount. */
  distance: number;
}

/** The nearest money cue of the sentence (`fined` -> `fine`, `froze` -> `frozen assets`). */
export function moneyCueNear(tokens: readonly Token[], around: number): MoneyCue | null {
  let best: MoneyCue | null = null;
  for (let i = Math.max(0, around - MONEY_CUE_WINDOW), hi = Math.min(tokens.length, around + MONEY_CUE_WINDOW); i < hi; i++) {
    const m = MONEY.matchAt(tokens, i);
    if (!m) continue;
    const d = Math.abs(i - around);
    if (!best || d < best.distance) best = { unit: m.value, key: m.key, distance: d };
  }
  return best;
}

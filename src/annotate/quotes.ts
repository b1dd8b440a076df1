/**
 * annotate/quotes: direct, partial and indirect quotes with their cue and source mention.
 *
 * Works per attribution unit: a sentence, where a quoted stretch that spans sentence ends counts
 * as inside one unit. In each unit:
 * 1. cues are found (verbs of saying from the cue table outside quote marks, `according to`);
 * 2. each cue gets its source phrase: to its left (`X said`, `X, a former adviser, has openly
 *    said`), to its right (`..., said X`, `according to X`), or shared with the cue before it
 *    (`X claimed ... and said ...`, `..., adding ...`);
 * 3. each cue gets its content: the reported clause after the cue (without `that`, after the
 *    hearer of `told`), up to the start of the next coordinated attribution, or, when nothing is
 *    reported after the cue, the stretch before the source (`“...,” X said.`);
 * 4. the content's quote marks decide the kind: all inside marks -> direct, some -> partial,
 *    none -> indirect (verbs of belief need marks).
 * Quoted stretches left over become direct quotes when a colon or dash ties them to a named source
 * (`Trump: “...”`, `“...” — X`), or continuations when they follow a quote by a known source with
 * nothing in between. Everything else in quote marks (titles of works, scare quotes) is not a quote.
 */
import type { Doc, QuoteKind, QuotedSpan, Span } from '../types.js';
import { sentenceAt } from '../segment/index.js';
import { isAbbreviation, isPossessive, isSpaceCode, paragraphTokens, tokenize, type Token } from './quotes-tokens.js';
import { NEED_QUOTES } from '../segment/prescan.js';
import { genericSubject, isNumberWord, shareSubject, phraseEndingAt, phraseStartingAt, isSourcePronoun, CLAUSE_SET, HONORIFIC_SET, MODIFIER_SET, TITLE_SET, type MentionKind, type SourcePhrase } from './quotes-np.js';
import {
  AFTER_QUOTE_CUES,
  AUDIENCE_NOUNS,
  BELIEF_CUES,
  CLAUSE_BREAKS,
  CUE_ADVERBS,
  CUE_AUXILIARIES,
  CUE_TAIL_PREPOSITIONS,
  DIRECTIVE_CUES,
  MODAL_AUXILIARIES,
  FINITE_AUXILIARIES,
  PROMISE_CUES,
  NP_OBJECT_CUES,
  OBJECT_CUES,
  PASSIVE_AUXILIARIES,
  SOURCE_FIRST_CUES,
  SPEECH_CUES,
  THAT_ONLY_CUES,
  TIME_WORDS,
} from '../vocab/cues.js';
import { rangeAt } from '../segment/ranges.js';
import { GROUP_NOUNS } from '../vocab/titles.js';
import { BARE_FORM_GOVERNORS, POSSESSIVE_DETERMINERS, PLACE_PREPOSITIONS, EMPTY_OBJECTS, TIME_DETERMINERS, APPOSITIVE_OPENER_WORDS, GROUP_DETERMINERS, HEADLINE_LABELS, POSTMODIFIER_WORDS, PARTICIPLE_BLOCKERS as PARTICIPLE_BLOCKERS_TABLE, REDUCED_PASSIVE_OPENERS, SUBJECT_PRONOUNS as SUBJECT_PRONOUNS_TABLE, WH_WORDS, CLAUSE_CONJUNCTIONS, TIME_PREPOSITIONS as TIME_PREPOSITIONS_TABLE, FRONTED_OPENERS, FRONTED_ADVERBIAL_WORDS, FLOATING_QUANTIFIERS, SUBORDINATORS as SUBORDINATORS_TABLE } from '../vocab/quote-grammar.js';

/** A quote before speaker resolution. */
export interface QuoteCandidate extends Span {
  kind: QuoteKind;
  sentence: number;
  cue: Span | null;
  /** The span naming the source (name, title phrase, pronoun), null for a continuation or none. */
  mention: Span | null;
  /** True when the quote has no cue of its own and follows a quote by a known source. */
  continuation: boolean;
  rule: string;
  /** What the mention is, null without a mention. */
  mentionKind?: MentionKind | null;
  /** The personal name inside the mention (`Vladimir Putin` in `Russian President Vladimir Putin`). */
  mentionName?: Span | null;
  /** The title or role in the mention (`Russian President`), if any. */
  mentionRole?: Span | null;
}

const SPEECH = new Set(SPEECH_CUES);
const THAT_ONLY = new Set(THAT_ONLY_CUES);
const BARE_GOVERNOR_SET = new Set(BARE_FORM_GOVERNORS);
const POSSESSIVE_SET = new Set(POSSESSIVE_DETERMINERS);
const PLACE_PREPOSITION_SET = new Set(PLACE_PREPOSITIONS);
const PROMISE = new Set(PROMISE_CUES);
const DIRECTIVE = new Set(DIRECTIVE_CUES);
const NOTHING_SET = new Set(EMPTY_OBJECTS);
const VERBISH_SET = new Set([...SPEECH_CUES, ...BELIEF_CUES, ...CUE_AUXILIARIES, ...CUE_ADVERBS]);
const TIME_DETERMINER_SET = new Set(TIME_DETERMINERS);
const APPOSITIVE_OPENERS = new Set(APPOSITIVE_OPENER_WORDS);
const HEADLINE_LABEL_SET = new Set(HEADLINE_LABELS);
const POSTMODIFIERS = new Set(POSTMODIFIER_WORDS);
const POSTMOD_DETERMINERS = new Set(GROUP_DETERMINERS);
const GROUP_NOUNS_SET = new Set(GROUP_NOUNS);
const MODALS = new Set(MODAL_AUXILIARIES);
const FINITE = new Set(FINITE_AUXILIARIES);
const BELIEF = new Set(BELIEF_CUES);
const OBJECT = new Set(OBJECT_CUES);
const NP_OBJECT = new Set(NP_OBJECT_CUES);
const AFTER_QUOTE = new Set(AFTER_QUOTE_CUES.filter((c) => !c.includes(' ')));
const isAfterQuoteCue = (tokens: readonly Token[], a: { cue: number; cueEnd: number }) =>
  a.cue === a.cueEnd ? AFTER_QUOTE.has(tokens[a.cue]!.low) : AFTER_QUOTE_CUES.includes(tokens.slice(a.cue, a.cueEnd + 1).map((t) => t.low).join(' '));
const PARTICIPLE_BLOCKERS = new Set(PARTICIPLE_BLOCKERS_TABLE);
const REDUCED_PASSIVE = new Set(REDUCED_PASSIVE_OPENERS);
const SUBJECT_PRONOUNS = new Set(SUBJECT_PRONOUNS_TABLE);
const WH = new Set(WH_WORDS);
const AUDIENCE = new Set(AUDIENCE_NOUNS);
const ADVERBS = new Set(CUE_ADVERBS);
const AUX = new Set(CUE_AUXILIARIES);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const TIME = new Set(TIME_WORDS);
const TAIL = new Set(CUE_TAIL_PREPOSITIONS);
const BREAKS = new Set(CLAUSE_BREAKS);
const SOURCE_FIRST = SOURCE_FIRST_CUES.map((c) => c.split(' '));
/** The words a cue can open with (`cueAt` finds nothing at any other word). */
const CUE_OPENERS = new Set<string>([
  ...SPEECH_CUES,
  ...AFTER_QUOTE_CUES.filter((c) => !c.includes(' ')),
  ...THAT_ONLY_CUES,
  ...BELIEF_CUES,
  'went',
  ...SOURCE_FIRST.map((w) => w[0]!),
]);
/** Which (first character, length) pairs the cue openers have: most words are told apart without hashing them. */
const OPENER_SHAPES = new Uint8Array(128 * 32);
const shapeOf = (low: string) => (low.charCodeAt(0) & 127) * 32 + Math.min(low.length, 31);
for (const w of CUE_OPENERS) OPENER_SHAPES[shapeOf(w)] = 1;
/** A word outside quote marks that may open a cue. */
const mayOpenCue = (t: Token) => t.quoted < 0 && (OPENER_SHAPES[shapeOf(t.low)] === 1 || t.low.charCodeAt(0) >= 128) && CUE_OPENERS.has(t.low);
const CONJUNCTIONS = new Set(CLAUSE_CONJUNCTIONS);
const TIME_PREPOSITIONS = new Set(TIME_PREPOSITIONS_TABLE);
const FRONTED = new Set(FRONTED_OPENERS);
const FRONTED_ADVERBIAL = new Set(FRONTED_ADVERBIAL_WORDS);
const FLOATING = new Set(FLOATING_QUANTIFIERS);
const SUBORDINATORS = new Set(SUBORDINATORS_TABLE);
const END_PUNCT = new Set(['.', '?', '!']);
/** `END_PUNCT.has(s)` without hashing `s`. */
const isEndPunct = (s: string) => s.length === 1 && (s === '.' || s === '?' || s === '!');
/** `/^\d/.test(s)`: an ASCII digit first. */
const digitFirst = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const DASHES = new Set(['—', '–']);
const TRAILING_PUNCT = new Set([',', '.', ';', ':', '—', '–', '-', '?', '!', '(', ')']);
/** Beyond this many cues in one unit, each content stops at the next cue (keeps pathological text linear). */
const MAX_NESTED_CUES = 24;

interface Unit {
  /** Token range [a, b). */
  a: number;
  b: number;
}

interface Attribution {
  cue: number; // token index of the cue's first word
  cueEnd: number; // token index of the cue's last word
  belief: boolean;
  sourceFirst: boolean; // `according to`
  subject: SourcePhrase | null;
  /** Token where this attribution's clause starts (for cutting the content of the one before). */
  clauseStart: number;
  /** True when the clause start follows a conjunction or comma (a coordinated attribution). */
  coordinated: boolean;
  participle: boolean;
  subjectRight: boolean;
  /** `was asked by X whether ...`: the source is the agent after `by`, the content follows it. */
  agent: boolean;
  /** Where the source phrase starts when a title stands before an appositive name (`the senator, Ann Lee,`). */
  sourceStart?: number;
  inheritedFrom: Attribution | null;
}

const isWordAt = (tokens: readonly Token[], i: number, low: string) => tokens[i]?.low === low;

/** Assign each token the index of the quoted span holding it. */
function markQuoted(tokens: Token[], quoted: readonly QuotedSpan[], from: number): number {
  let q = from;
  const last = tokens[tokens.length - 1];
  for (const t of tokens) {
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    const s = quoted[q];
    // (No quoted span left before the paragraph's last token: nothing more to mark.)
    if (!s || s.start >= last!.end) break;
    if (s.start <= t.start && t.end <= s.end) t.quoted = q;
  }
  return q;
}

/** Split a paragraph's tokens into attribution units. */
function units(text: string, tokens: readonly Token[], quoted: readonly QuotedSpan[]): Unit[] {
  const out: Unit[] = [];
  let a = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    let end = false;
    if (next.start > t.end && hasLineBreak(text, t.end, next.start) && (t.quoted < 0 || next.quoted !== t.quoted)) {
      // A line break outside quote marks ends a unit (headlines, single-newline paragraphs).
      end = true;
    } else if (t.quoted < 0 && isEndPunct(t.text)) {
      // (`... to participate. (He later ...)`: a parenthesized sentence opens a new unit too.)
      const after = tokens[i + 2];
      end = next.cap || next.quoted >= 0 || digitFirst(next.text) || (next.text === '(' && !!after && (after.cap || after.quoted >= 0));
      if (next.quoted >= 0 && quoted[next.quoted]!.start !== next.start) end = false;
    } else if (t.quoted >= 0 && quoted[t.quoted]!.end === t.end && next.quoted !== t.quoted) {
      // A quote closing after . ? ! and followed by a new sentence or a new quote.
      const prev = tokens[i - 1];
      if (prev && prev.quoted === t.quoted && isEndPunct(prev.text)) end = next.quoted >= 0 || (next.cap && !sourceAndCueAt(tokens, i + 1));
    }
    if (end) {
      out.push({ a, b: i + 1 });
      a = i + 1;
    }
  }
  if (a < tokens.length) out.push({ a, b: tokens.length });
  return out;
}

/** A line break (\n or \r) in text[a, b). */
function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** `“Who are they?” Trump said.`: a capitalized source phrase and a lower-case speech cue at i. */
function sourceAndCueAt(tokens: readonly Token[], i: number): boolean {
  const p = phraseStartingAt(tokens, i, Math.min(tokens.length - 1, i + 12));
  if (!p || p.kind === 'document' || p.kind === 'group' || p.kind === 'pronoun') return false;
  let k = p.last + 1;
  while (k < tokens.length && k - p.last < 4 && tokens[k]!.quoted < 0 && (ADVERBS.has(tokens[k]!.low) || AUX.has(tokens[k]!.low))) k++;
  const c = tokens[k];
  // (`... like that.” Smith said that since then ...`: a cue before `that` reports what follows it.)
  if (tokens[k + 1]?.low === 'that' && tokens[k + 1]!.quoted < 0) return false;
  return !!c && c.quoted < 0 && c.text === c.low && (SPEECH.has(c.low) || AFTER_QUOTE.has(c.low));
}

function cueAt(tokens: readonly Token[], i: number, titleCase: boolean): { end: number; belief: boolean; sourceFirst: boolean; thatOnly?: boolean } | null {
  const t = tokens[i]!;
  if (!CUE_OPENERS.has(t.low)) return null;
  // A capitalized cue only opens a sentence (`According to`) or sits in a title-case headline (`Sanders Says ...`).
  const lower = t.text === t.low || (titleCase && /^\p{Lu}\p{Ll}+$/u.test(t.text));
  if (!t.word || t.quoted >= 0 || !lower) {
    if (!(t.word && t.quoted < 0 && t.low === 'according')) return null;
  }
  for (const words of SOURCE_FIRST) {
    if (words.every((w, k) => isWordAt(tokens, i + k, w) && tokens[i + k]!.quoted < 0)) return { end: i + words.length - 1, belief: false, sourceFirst: true };
  }
  if (!lower) return null;
  if (SPEECH.has(t.low) || AFTER_QUOTE.has(t.low)) return { end: i, belief: false, sourceFirst: false };
  // (`states that will vote`: a relative `that` runs straight into its verb.)
  if (THAT_ONLY.has(t.low) && tokens[i + 1]?.low === 'that' && tokens[i + 1]!.quoted < 0 && !FINITE.has(tokens[i + 2]?.low ?? '')) return { end: i, belief: false, sourceFirst: false, thatOnly: true };
  if (t.low === 'went' && isWordAt(tokens, i + 1, 'on')) return { end: i + 1, belief: false, sourceFirst: false };
  if (BELIEF.has(t.low)) return { end: i, belief: true, sourceFirst: false };
  return null;
}

/** A verb of saying in its bare form (`say`, `chant`, `deny`): its -s form is a cue too. */
function isBareForm(low: string): boolean {
  return BARE_FORMS.has(low);
}
/** `say` for `says`, `deny` for `denies`, `push` for `pushes`: the words `isBareForm` accepts. */
const BARE_FORMS = new Set<string>();
for (const w of SPEECH_CUES) {
  if (w.endsWith('s')) BARE_FORMS.add(w.slice(0, -1));
  if (w.endsWith('es')) BARE_FORMS.add(w.slice(0, -2));
  if (w.endsWith('ies')) BARE_FORMS.add(`${w.slice(0, -3)}y`);
}

/** A singular third-person source (`he`, `the caustic`, `Trump`), which a bare verb form cannot follow. */
function singular(tokens: readonly Token[], s: SourcePhrase): boolean {
  const last = tokens[s.last]!;
  if (s.kind === 'pronoun') return /^(?:he|she|it)$/.test(last.low);
  // (`Jeb Bush and Chris Christie say`: a coordinated source is plural.)
  if (tokens[s.first - 1]?.low === 'and' && tokens[s.first - 1]!.quoted < 0) return false;
  if (s.kind === 'name') return !/s$/.test(last.low);
  if (s.kind === 'title' || s.kind === 'document') return !/s$/.test(last.low) && !/^(?:and|or)$/.test(tokens[s.last - 1]?.low ?? '');
  return false;
}

/** `“...,” said the 46-year-old.`: a determiner and a few words up to a comma or the sentence end. */
function genericAfter(tokens: readonly Token[], first: number, end: number): SourcePhrase | null {
  const d = tokens[first];
  if (!d || !/^(?:the|a|an)$/.test(d.low) || d.quoted >= 0) return null;
  let j = first + 1;
  while (j < end && j - first <= 5 && tokens[j]!.word && tokens[j]!.quoted < 0) j++;
  const stop = tokens[j];
  if (j === first + 1 || (stop && j < end && !(stop.text === ',' || END_PUNCT.has(stop.text)))) return null;
  return { first, last: j - 1, kind: 'title', name: null, role: [first + 1, j - 1] };
}

/** `..., wrote film director Osman Abu Laban`: lower-case descriptors, a title word, then a name. */
function titledNameAfter(tokens: readonly Token[], first: number, max: number): SourcePhrase | null {
  for (let k = first; k <= max && k - first < 3; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quoted >= 0 || VERBISH_SET.has(t.low) || CLAUSE_SET.has(t.low)) return null;
    if (TITLE_SET.has(t.low)) {
      const p = phraseStartingAt(tokens, k, max);
      return p && p.kind === 'name' ? p : null;
    }
  }
  return null;
}

/** A comma right before token i: outside quote marks, or closing a quotation (`...,” according to`). */
function commaBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (p.quoted < 0) return p.text === ',';
  return /,\s*(?:["”']|'')$/u.test(text.slice(Math.max(0, p.end - 4), p.end));
}

/** `according to the newspaper,` / `according to a new poll by ...`: any short phrase up to a comma or the end. */
function sourceUpToComma(tokens: readonly Token[], first: number, end: number): SourcePhrase | null {
  let j = first;
  while (j < end && j - first < 24 && tokens[j]!.quoted < 0 && (tokens[j]!.word || tokens[j]!.text === '/' || tokens[j]!.text === '-')) j++;
  const stop = tokens[j];
  if (j === first || (stop && stop.text !== ',' && !END_PUNCT.has(stop.text) && j < end)) return null;
  return { first, last: j - 1, kind: 'document', name: null, role: null };
}

/** A headline in title case: most words outside quote marks start with a capital. */
function isTitleCase(tokens: readonly Token[], unit: Unit): boolean {
  let words = 0;
  let caps = 0;
  for (let i = unit.a; i < unit.b && words < 40; i++) {
    const t = tokens[i]!;
    if (!t.word || t.quoted >= 0 || digitFirst(t.text)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/** Skip adverbs, auxiliaries and time phrases leftwards from j; returns the new j and whether a passive auxiliary was crossed. */
function skipLeft(tokens: readonly Token[], j: number, min: number): { j: number; passive: boolean; aux: boolean } {
  let passive = false;
  let aux = false;
  while (j >= min) {
    const t = tokens[j]!;
    if (t.quoted >= 0) break;
    // (`Trump and Sanders have both argued`; `Both said` keeps its subject.)
    const floating = FLOATING.has(t.low) && j > min && !!tokens[j - 1]!.word && tokens[j - 1]!.quoted < 0 && !CONJUNCTIONS.has(tokens[j - 1]!.low) && !CLAUSE_SET.has(tokens[j - 1]!.low);
    if (ADVERBS.has(t.low) || AUX.has(t.low) || floating) {
      if (PASSIVE.has(t.low)) passive = true;
      if (AUX.has(t.low)) aux = true;
      j--;
      continue;
    }
    // A short parenthetical between the source and the cue: `Sen. Bernie Sanders (I-Vt.) said`.
    if (t.text === ')') {
      let k = j - 1;
      while (k >= min && j - k <= 8 && tokens[k]!.text !== '(' && tokens[k]!.quoted < 0) k--;
      if (k >= min && tokens[k]!.text === '(') {
        j = k - 1;
        continue;
      }
      break;
    }
    // (`4 in 10 said` is a poll share, not a time phrase.)
    if ((TIME.has(t.low) && !TIME_PREPOSITIONS.has(t.low)) || (/^\d/.test(t.text) && j - 1 >= min && TIME.has(tokens[j - 1]!.low) && !(tokens[j - 1]!.low === 'in' && j - 2 >= min && isNumberWord(tokens[j - 2]!)))) {
      j--;
      while (j >= min && tokens[j]!.quoted < 0 && (TIME.has(tokens[j]!.low) || /^\d/.test(tokens[j]!.text))) j--;
      continue;
    }
    break;
  }
  return { j, passive, aux };
}

/** The source to the left of the cue at k (`X said`, `X, a former adviser, said`, `X on Thursday claimed`). */
function leftSubject(tokens: readonly Token[], unit: Unit, k: number, ing: boolean, speech: boolean): { subject: SourcePhrase | null; start: number; passive: boolean; sourceStart?: number } {
  const skip = skipLeft(tokens, k - 1, unit.a);
  let j = skip.j;
  if (skip.passive && !ing) return { subject: null, start: k, passive: true };
  // A participle (`..., saying`, `emailed supporters saying`) has no subject of its own: the phrase
  // before it is an object. Only a progressive (`is saying`) takes the phrase before as its source.
  // `with 50 percent saying ...`: the phrase after `with` is the participle's subject.
  if (ing && !skip.aux && j >= unit.a) {
    const w = shareSubject(tokens, j, unit.a) ?? phraseEndingAt(tokens, j, unit.a);
    if (w && w.kind !== 'document' && tokens[w.first - 1]?.low === 'with' && tokens[w.first - 1]!.quoted < 0) return { subject: w, start: w.first - 1, passive: false };
  }
  if (ing && !skip.aux) return { subject: null, start: j + 1, passive: false };
  if (j < unit.a) return { subject: null, start: skip.j + 1, passive: false };
  const t = tokens[j]!;
  // `Jason Sims — a teacher from Mount Pleasant — says`, `Democrats — and some Republicans — say`:
  // an aside between dashes after the source.
  const isDash = (x: Token | undefined) => !!x && x.quoted < 0 && (DASHES.has(x.text) || x.text === '--');
  if (isDash(t) && !ing) {
    let k = j - 1;
    while (k > unit.a && j - k < 30 && !isDash(tokens[k]) && tokens[k]!.quoted < 0 && !END_PUNCT.has(tokens[k]!.text)) k--;
    if (k > unit.a && k < j - 1 && isDash(tokens[k]) && tokens[k]!.text === t.text) {
      const p = (speech ? shareSubject(tokens, k - 1, unit.a) : null) ?? phraseEndingAt(tokens, k - 1, unit.a);
      if (p && p.kind !== 'document') return { subject: p, start: p.first, passive: false };
    }
  }
  if (t.text === ',' && t.quoted < 0 && tokens[j - 1]?.text === ')' && tokens[j - 1]!.quoted < 0) {
    // `Gov. John Kasich (R-OH), said`: a name, its party and state, then a stray comma.
    let k = j - 2;
    while (k >= unit.a && j - k <= 8 && tokens[k]!.text !== '(' && tokens[k]!.quoted < 0) k--;
    const named = k > unit.a && tokens[k]!.text === '(' ? phraseEndingAt(tokens, k - 1, unit.a) : null;
    if (named && named.kind === 'name') return { subject: named, start: named.first, passive: false };
  }
  if (t.text === ',' && t.quoted < 0) {
    // An appositive: `X, a former adviser, said` or a name between commas `his running mate, JD Vance, said`.
    let c0 = -1;
    for (let i = j - 1; i >= unit.a && j - i < 40; i--) {
      const c = tokens[i]!;
      if (c.text === ',' && (c.quoted < 0 || i === j - 1)) {
        c0 = i;
        break;
      }
      if (c.quoted < 0 && (END_PUNCT.has(c.text) || c.text === ';')) break;
    }
    // A comma closing a quoted title: `author of “Putin’s Playbook,”`.
    if (c0 < 0) return { subject: null, start: j + 1, passive: false };
    const inner = phraseEndingAt(tokens, j - 1, c0 + 1);
    const placeBefore = (() => {
      const b = phraseEndingAt(tokens, c0 - 1, unit.a);
      const p = b ? tokens[b.first - 1] : undefined;
      return !!p && p.word && !p.cap && p.quoted < 0 && PLACE_PREPOSITION_SET.has(p.low);
    })();
    // (`retired in Cambridge, Mass., said`: a state after a place is no appositive name.)
    if (inner && inner.first === c0 + 1 && inner.kind === 'name' && !placeBefore) {
      // `“...,” the senator, Ann Lee, said`: the phrase before the name opens the source.
      const before = phraseEndingAt(tokens, c0 - 1, unit.a);
      return { subject: inner, start: inner.first, passive: false, sourceStart: before && before.kind !== 'document' ? before.first : inner.first };
    }
    // `One pastor, Darran Whiting of Liberty Baptist Church in Marion, said`: a name and where it is from.
    const lead = phraseStartingAt(tokens, c0 + 1, j - 1);
    if (lead && lead.kind === 'name' && lead.last < j - 1 && placeTail(tokens, lead.last + 1, j)) return { subject: lead, start: lead.first, passive: false };
    // `Lance Beebe, 49, a Navy veteran ..., said` / `Sarandon, 69, told`: an age before the appositive.
    let oc = c0;
    if (/^\d{1,3}$/.test(tokens[c0 - 1]?.text ?? '') && tokens[c0 - 2]?.text === ',' && tokens[c0 - 2]!.quoted < 0) oc = c0 - 2;
    // (`Rep. Elijah Cummings (D-Md.), chair of ..., said`: the party and state after the name are skipped.)
    let ob = oc - 1;
    if (tokens[ob]?.text === ')' && tokens[ob]!.quoted < 0) {
      let k = ob - 1;
      while (k > unit.a && ob - k <= 8 && tokens[k]!.text !== '(' && tokens[k]!.quoted < 0) k--;
      if (tokens[k]?.text === '(') ob = k - 1;
    }
    const outer = phraseEndingAt(tokens, ob, unit.a);
    const first = tokens[c0 + 1];
    const age = /^\d{1,3}$/.test(first?.text ?? '') && c0 + 2 === j;
    if (outer && age && outer.kind === 'name') return { subject: outer, start: outer.first, passive: false };
    // `X, a former adviser,` / `X, Twitter’s director of ...,` / `X, Sanders’ campaign manager,` / `X, Democrat of Tennessee,`.
    const fallback = nameBeforeAppositives(tokens, unit, j);
    const appositive =
      first &&
      (first.text === first.low ||
        /^(?:A|An|The|Who|His|Her|Its|Their)$/.test(first.text) ||
        isPossessive(first) ||
        // `X, Mrs. Obama's chief of staff,`
        (HONORIFIC_SET.has(first.low) && !!tokens[c0 + 2] && isPossessive(tokens[c0 + 2]!)) ||
        /^['’]$/.test(tokens[c0 + 2]?.text ?? '') ||
        ((GROUP_NOUNS_SET.has(first.low) || TITLE_SET.has(first.low) || MODIFIER_SET.has(first.low)) && tokens[c0 + 2]?.low === 'of'));
    // `Willie Minor, an actor in Dallas, who runs a theater, said`: a place inside an appositive is
    // not the source; the name the appositives describe is.
    const outerPrep = outer ? tokens[outer.first - 1] : undefined;
    if (outer && appositive && fallback && fallback.first < outer.first && outerPrep && outerPrep.word && !outerPrep.cap && outerPrep.quoted < 0 && PLACE_PREPOSITION_SET.has(outerPrep.low)) return { subject: fallback, start: fallback.first, passive: false };
    if (outer && appositive && outer.kind !== 'document') {
      // `Matthew Prince, chief executive of CloudFlare, a San Francisco company, said`: the name before a second appositive.
      if (outer.kind !== 'name' && outer.kind !== 'pronoun' && tokens[outer.first - 1]?.text === ',' && tokens[outer.first - 1]!.quoted < 0) {
        const named = phraseEndingAt(tokens, outer.first - 2, unit.a);
        if (named && named.kind === 'name') return { subject: named, start: named.first, passive: false };
      }
      return { subject: outer, start: outer.first, passive: false };
    }
    if (fallback) return { subject: fallback, start: fallback.first, passive: false };
    return { subject: null, start: j + 1, passive: false };
  }
  // `Barkley, who said he typically votes ..., said`: the relative pronoun stands for the phrase before it.
  if (t.low === 'who' && tokens[j - 1]?.text === ',' && j - 2 >= unit.a) {
    const antecedent = phraseEndingAt(tokens, j - 2, unit.a);
    if (antecedent && (antecedent.kind === 'name' || antecedent.kind === 'title')) return { subject: antecedent, start: j, passive: false };
  }
  // `those who said they cared`, `38 percent — who said`: the relative pronoun is the source mention.
  if (t.low === 'who' && speech && !ing && t.quoted < 0) {
    const antecedent = phraseEndingAt(tokens, j - 1, unit.a);
    if (antecedent && (antecedent.kind === 'name' || antecedent.kind === 'title')) return { subject: antecedent, start: j, passive: false };
    return { subject: { first: j, last: j, kind: 'group', name: null, role: null }, start: j, passive: false };
  }
  let subject =
    (speech && !ing ? shareSubject(tokens, j, unit.a) : null) ??
    phraseEndingAt(tokens, j, unit.a) ??
    (speech && !ing ? genericSubject(tokens, j, unit.a) ?? postmodifiedSubject(tokens, unit, j) : null);
  // `Smith in an interview said`: a phrase after a preposition is its object, the source is before it.
  if (subject && subject.kind !== 'name' && subject.kind !== 'pronoun') {
    const p = tokens[subject.first - 1];
    if (p && p.word && !p.cap && p.quoted < 0 && TAIL.has(p.low) && !TIME.has(tokens[subject.first]!.low)) {
      const before = phraseEndingAt(tokens, subject.first - 2, unit.a);
      if (before && before.kind !== 'document') subject = before;
    }
  }
  if (!subject) {
    // `Trump at the time said`: a short prepositional phrase between the source and the cue.
    for (let p = j - 1; p >= unit.a && j - p <= 5; p--) {
      const t = tokens[p]!;
      if (!t.word || t.quoted >= 0 || t.cap) break;
      if (TAIL.has(t.low) && /^(?:the|a|an|this|that|his|her|their)$/.test(tokens[p + 1]!.low)) {
        const s2 = phraseEndingAt(tokens, p - 1, unit.a);
        if (s2 && s2.kind !== 'document') subject = s2;
        break;
      }
    }
  }
  if (!subject) return { subject: null, start: j + 1, passive: false };
  // `did Putin say`: a question, not a report.
  return { subject, start: subject.first, passive: false };
}

/**
 * `Mr. Daniloff, now 81 and retired in Cambridge, Mass., said`: walking back over the commas before
 * the cue, the first name whose following stretch opens like an appositive (lower case, a determiner,
 * a number) is the source.
 */
function nameBeforeAppositives(tokens: readonly Token[], unit: Unit, comma: number): SourcePhrase | null {
  let seen = 0;
  for (let c = comma - 1; c > unit.a && comma - c < 40 && seen < 4; c--) {
    const t = tokens[c]!;
    if (t.quoted >= 0 || END_PUNCT.has(t.text) || t.text === ';') return null;
    if (t.text !== ',') continue;
    seen++;
    const f = tokens[c + 1]!;
    if (!(f.text === f.low || /^\d/.test(f.text) || /^(?:A|An|The)$/.test(f.text))) continue;
    const p = phraseEndingAt(tokens, c - 1, unit.a);
    // (`an actor in Dallas, who ...`: a place inside an appositive names no one.)
    const b = p ? tokens[p.first - 1] : undefined;
    if (b && b.word && !b.cap && b.quoted < 0 && PLACE_PREPOSITION_SET.has(b.low)) continue;
    if (p && p.kind === 'name') return p;
  }
  return null;
}

/** tokens[a, b) are only a place or organization a name comes from (`in Marion`, `of Liberty Baptist Church`). */
function placeTail(tokens: readonly Token[], a: number, b: number): boolean {
  if (!PLACE_PREPOSITION_SET.has(tokens[a]?.low ?? '')) return false;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.quoted >= 0 || !(t.cap || PLACE_PREPOSITION_SET.has(t.low) || t.low === 'the' || t.low === 'and')) return false;
  }
  return true;
}

/**
 * A plural or group subject opening the clause with a modifier after its head: `Several supporters
 * of reform said`, `People with direct knowledge of the talks said`, `progressive organizations that
 * have endorsed him say`, `those surveyed said`. The mention is the head phrase (`Several supporters`).
 */
function postmodifiedSubject(tokens: readonly Token[], unit: Unit, last: number): SourcePhrase | null {
  let s = unit.a;
  // `Again, those surveyed said`, `By double digits, those surveyed say`: after a short fronted phrase.
  for (let k = s; k < last && k - s <= 6; k++) {
    if (tokens[k]!.quoted >= 0) break;
    if (tokens[k]!.text === ',') {
      s = k + 1;
      break;
    }
  }
  while (s < last && tokens[s]!.quoted < 0 && (CONJUNCTIONS.has(tokens[s]!.low) || !tokens[s]!.word)) s++;
  if (last - s > 20 || last - s < 1) return null;
  for (let i = s; i <= last; i++) {
    const t = tokens[i]!;
    if (t.quoted >= 0 || (!t.word && !DASHES.has(t.text) && t.text !== '-' && !/['’]/.test(t.text))) return null;
    // (`Cruz’s thinking` is a noun after a possessive.)
    if ((SPEECH.has(t.low) || BELIEF.has(t.low)) && !(i > s && isPossessive(tokens[i - 1]!))) return null;
  }
  let i = s;
  if ((POSTMOD_DETERMINERS.has(tokens[i]!.low) && tokens[i]!.low !== 'those') || /^\d/.test(tokens[i]!.text)) i++;
  for (let h = i; h <= last - 1 && h - i < 4; h++) {
    const t = tokens[h]!;
    const next = tokens[h + 1]!;
    if (!POSTMODIFIERS.has(next.low)) continue;
    const plural = !t.cap && /[^s]s$/.test(t.low) && t.low.length > 3;
    if (GROUP_NOUNS_SET.has(t.low) || plural || t.low === 'those' || t.low === 'people') return { first: s, last: h, kind: 'group', name: null, role: null };
    // `Another source familiar with Cruz’s thinking said`: one person, unnamed.
    if (h > s && !t.cap && TITLE_SET.has(t.low) && /^(?:a|an|another|one|the)$/.test(tokens[s]!.low)) return { first: s, last: h, kind: 'title', name: null, role: [s + 1, h] };
    return null;
  }
  return null;
}

/** Skip an appositive after a source phrase (`X, a former officer and author of “Book,”`); returns the index after it. */
function skipAppositiveRight(tokens: readonly Token[], i: number, max: number, toEnd = false): number {
  if (tokens[i]?.text !== ',' || tokens[i]!.quoted >= 0) return i;
  const first = tokens[i + 1];
  if (!first || !(first.text === first.low || /^(?:A|An|The|Who)$/.test(first.text)) || first.quoted >= 0) return i;
  for (let j = i + 1; j <= max && j - i < 40; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && (t.quoted < 0 || tokens[j + 1]?.quoted === t.quoted)) return j;
    // `..., said X, a senior fellow at the Institute.`: the appositive closes the sentence.
    if (t.quoted < 0 && (END_PUNCT.has(t.text) || t.text === ';')) return toEnd && j === max && END_PUNCT.has(t.text) ? j : i;
  }
  return i;
}

/** Is tokens[a, b) only a tail (`on Thursday`, `in a statement`, `to Fox News`)? */
function tailOnly(tokens: readonly Token[], a: number, b: number, quotedTitles = false): boolean {
  // Manner adverbs first: `said sarcastically`, `said happily on MSNBC`.
  while (a < b && isMannerAdverb(tokens[a]!)) a++;
  if (a >= b) return true;
  const first = tokens[a]!;
  if (!(TAIL.has(first.low) || TIME.has(first.low))) return false;
  // `this is just a rough patch`: `this`, `last`, `early` open a tail only before a time word (`this week`).
  if (TIME_DETERMINER_SET.has(first.low) && !TIME.has(tokens[a + 1]?.low ?? '') && !/^\d/.test(tokens[a + 1]?.text ?? '')) return false;
  // `said when asked by a reporter if that ...`: a subordinate clause after the cue is all tail.
  if (SUBORDINATORS.has(first.low) && first.low !== 'as' && first.low !== 'if') return true;
  // `at least six planes ...` is a quantity, not a place.
  if (first.low === 'at' && /^(?:least|most)$/.test(tokens[a + 1]?.low ?? '')) return false;
  // `about half of the adjustment ...`, `about 40 percent ...`: an approximate quantity, not a topic.
  const n1 = tokens[a + 1];
  if (first.low === 'about' && n1 && n1.quoted < 0 && (/^\d/.test(n1.text) || isNumberWord(n1) || n1.low === 'half')) return false;
  let words = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    // `he said of the claim during a call to ABC’s “This Week.”`: a quoted title inside the tail.
    if ((t.quoted >= 0 && !quotedTitles) || t.low === 'that') return false;
    if (t.word) words++;
  }
  return words <= 30;
}

/** A lower-case manner adverb after a cue (`sarcastically`, `matter-of-factly`) or a listed cue adverb. */
function isMannerAdverb(t: Token): boolean {
  return t.quoted < 0 && t.word && !t.cap && (ADVERBS.has(t.low) || (t.low.length > 4 && /^\p{Ll}[\p{Ll}-]*ly$/u.test(t.low) && !TIME.has(t.low)));
}

export function annotateQuotes(doc: Doc): QuoteCandidate[] {
  const { text, quoted } = doc;
  const out: QuoteCandidate[] = [];
  const used = new Set<number>(); // quoted spans covered by some quote
  let qFrom = 0;
  let seenBody = false; // past the first paragraph of the body (the headline)
  const turns = transcriptTurns(doc);
  let s = 0; // first sentence of the paragraph
  for (const p of doc.paragraphs) {
    // A paragraph none of whose sentences the pre-scan marks holds no cue word; only the headline
    // and transcript turns have more to look at (their colon).
    const from = s;
    while (s < doc.sentences.length && doc.sentences[s]!.paragraph <= p.index) s++;
    const needed = !doc.need || from === s || anyNeeded(doc.need, from, s);
    const headline = p.start >= doc.bodyStart && !seenBody;
    if (!needed && !headline && !turns.has(p.index)) {
      if (p.start >= doc.bodyStart && p.end > p.start) seenBody = true;
      continue;
    }
    const tokens = paragraphTokens(doc, p);
    qFrom = markQuoted(tokens, quoted, qFrom);
    const before = out.length;
    const openers = needed ? cueOpeners(doc, tokens, from, s) : [];
    if (openers.length) {
      for (const unit of units(text, tokens, quoted)) {
        annotateUnit(doc, tokens, unit, openers, out, used);
      }
    }
    if (out.length === before && p.start >= doc.bodyStart && !seenBody) headlineColon(doc, tokens, out, used);
    else if (out.length === before && turns.has(p.index)) headlineColon(doc, tokens, out, used, true);
    if (p.start >= doc.bodyStart && p.end > p.start) seenBody = true;
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  addLooseQuotes(doc, out, used);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // One quote per stretch: two cues over the same content keep the first.
  return out.filter((q, i) => i === 0 || q.start !== out[i - 1]!.start || q.end !== out[i - 1]!.end);
}

/**
 * The tokens that may open a cue (`mayOpenCue`), in order, among the tokens of a paragraph whose
 * sentences are [from, to): only in sentences the pre-scan marks (a cue word marks its sentence),
 * and in any stretch no sentence covers.
 */
function cueOpeners(doc: Doc, tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  let k = 0;
  if (doc.need) {
    for (let si = from; si < to && k < tokens.length; si++) {
      const sen = doc.sentences[si]!;
      for (; k < tokens.length && tokens[k]!.start < sen.start; k++) if (mayOpenCue(tokens[k]!)) out.push(k);
      if ((doc.need[si]! & NEED_QUOTES) !== 0) {
        for (; k < tokens.length && tokens[k]!.start < sen.end; k++) if (mayOpenCue(tokens[k]!)) out.push(k);
      } else {
        while (k < tokens.length && tokens[k]!.start < sen.end) k++;
      }
    }
  }
  for (; k < tokens.length; k++) if (mayOpenCue(tokens[k]!)) out.push(k);
  return out;
}

/** Whether any of sentences [from, to) may hold a quote. */
function anyNeeded(need: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((need[i]! & NEED_QUOTES) !== 0) return true;
  return false;
}

const HEADLINE_MAX_WORDS = 30;
/** A transcript label: one to three capitalized words and a colon opening a paragraph (`JAKE TAPPER:`, `Matthews:`, `Q:`). */
const TURN_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):[ \t]+\S/u;
/** A label must open this many paragraphs for the article to read as a transcript. */
const MIN_TURNS = 2;

/** A colon in text[a, b). */
function hasColon(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** Paragraphs that are transcript turns: their label opens at least MIN_TURNS paragraphs (`TAPPER: ...` twice). */
function transcriptTurns(doc: Doc): Set<number> {
  const byLabel = new Map<string, number[]>();
  for (const p of doc.paragraphs) {
    if (p.start < doc.bodyStart) continue;
    const to = Math.min(p.end, p.start + 60);
    // (Most paragraphs have no colon in their first 60 characters.)
    if (!hasColon(doc.text, p.start, to)) continue;
    const m = TURN_LABEL.exec(doc.text.slice(p.start, to));
    if (!m || HEADLINE_LABEL_SET.has(m[1]!.toLowerCase())) continue;
    const label = m[1]!.toLowerCase();
    const list = byLabel.get(label) ?? [];
    list.push(p.index);
    byLabel.set(label, list);
  }
  const out = new Set<number>();
  for (const list of byLabel.values()) if (list.length >= MIN_TURNS) for (const i of list) out.add(i);
  return out;
}

/**
 * `Trump: Cruz Has ‘To Come a Long Way’ On Ethanol.` / `Poll: Sanders Leads in Iowa`: a headline
 * (the body's first paragraph, one short line) opening with a source and a colon reports what
 * follows. `Gillibrand on Hillary’s Transcripts: ‘I Think She Will.’` names the topic after `on`.
 */
function headlineColon(doc: Doc, tokens: readonly Token[], out: QuoteCandidate[], used: Set<number>, turn = false): void {
  const { text, quoted } = doc;
  if (!tokens.length || tokens[0]!.quoted >= 0) return;
  let words = 0;
  let colon = -1;
  let end = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!turn && i > 0 && /[\n\r]/.test(text.slice(tokens[i - 1]!.end, t.start))) {
      end = i;
      break;
    }
    if (!turn && t.word && ++words > HEADLINE_MAX_WORDS) return;
    if (colon < 0 && t.text === ':' && t.quoted < 0) colon = i;
    if (turn && colon >= 0) break;
  }
  if (colon < 1 || colon > 12 || colon + 1 >= end) return;
  // A transcript turn (`TAPPER: ...`, `Q: ...`) names its speaker in the label.
  const phrase: SourcePhrase | null = turn ? { first: 0, last: colon - 1, kind: 'name', name: [0, colon - 1], role: null } : phraseStartingAt(tokens, 0, colon - 1);
  if (!phrase || phrase.first !== 0 || phrase.kind === 'pronoun' || phrase.kind === 'group') return;
  if (phrase.last !== colon - 1 && !/^(?:on|to)$/.test(tokens[phrase.last + 1]!.low)) return;
  const first = tokens[0]!;
  if (!turn) {
    // `The Latest:`, `Delegate Update:`, `EMAIL:` are labels, not sources.
    for (let j = 0; j <= phrase.last; j++) if (HEADLINE_LABEL_SET.has(tokens[j]!.low)) return;
    if (/^(?:the|a|an)$/.test(first.low) && phrase.kind !== 'org') return;
    if ((phrase.first === phrase.last && first.text.length < 2) || /^\p{Lu}{5,}$/u.test(first.text)) return;
  }
  const e = trimEnd(tokens, colon + 1, end);
  let n = 0;
  for (let j = colon + 1; j < e; j++) if (tokens[j]!.word && /\p{L}/u.test(tokens[j]!.text)) n++;
  if (n < 2) return;
  const start = tokens[colon + 1]!.start;
  const kind = kindOf(quoted, start, endOf(tokens, quoted, e - 1), text);
  if (!kind) return;
  for (const q of kind.spans) used.add(q);
  const cue = span(text, tokens[colon]!.start, tokens[colon]!.end);
  out.push(candidate(doc, kind.start, kind.end, kind.kind, cue, false, `quote.${kind.kind}-${turn ? 'transcript-turn' : 'headline-colon'}`, mentionFields(text, tokens, phrase)));
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

function phraseSpan(text: string, tokens: readonly Token[], r: [number, number] | null): Span | null {
  if (!r) return null;
  return span(text, tokens[r[0]]!.start, tokens[r[1]]!.end);
}

/** The quote of text[start, end), built field by field (no object spread on this path). */
function candidate(doc: Doc, start: number, end: number, kind: QuoteKind, cue: Span | null, continuation: boolean, rule: string, m: MentionFields): QuoteCandidate {
  return {
    text: doc.text.slice(start, end),
    start,
    end,
    kind,
    sentence: Math.max(0, sentenceAt(doc, start)),
    cue,
    continuation,
    rule,
    mention: m.mention,
    mentionKind: m.mentionKind ?? null,
    mentionName: m.mentionName ?? null,
    mentionRole: m.mentionRole ?? null,
  };
}

type MentionFields = Pick<QuoteCandidate, 'mention' | 'mentionKind' | 'mentionName' | 'mentionRole'>;
const NO_MENTION: MentionFields = { mention: null, mentionKind: null, mentionName: null, mentionRole: null };

function mentionFields(text: string, tokens: readonly Token[], s: SourcePhrase | null): MentionFields {
  if (!s) return NO_MENTION;
  let first = s.first;
  if (s.kind === 'name' && s.name) {
    // The name with the capitalized title or honorific written right before it (`Russian President
    // Vladimir Putin`), without lower-case descriptors or determiners (`The Harris campaign's spokesman`).
    first = s.name[0];
    while (first - 1 >= s.first && (tokens[first - 1]!.cap || (tokens[first - 1]!.low === 'of' && tokens[first - 2]?.cap)) && !isPossessive(tokens[first - 1]!) && !/^(?:the|a|an)$/.test(tokens[first - 1]!.low)) first--;
  }
  return {
    mention: phraseSpan(text, tokens, [first, s.last]),
    mentionKind: s.kind,
    mentionName: phraseSpan(text, tokens, s.name),
    mentionRole: phraseSpan(text, tokens, s.role),
  };
}

/**
 * `openers` lists, in order, the paragraph's tokens that may open a cue (`mayOpenCue`); `cueAt`
 * finds nothing at any other token, so only those are tried.
 */
function annotateUnit(doc: Doc, tokens: readonly Token[], unit: Unit, openers: readonly number[], out: QuoteCandidate[], used: Set<number>): void {
  const { text, quoted } = doc;
  let k = 0;
  /** The first token at or after j that may open a cue. */
  const nextOpener = (j: number): number => {
    while (k < openers.length && openers[k]! < j) k++;
    return k < openers.length ? openers[k]! : tokens.length;
  };
  // Without a word that may open a cue, the unit holds no attribution.
  if (nextOpener(unit.a) >= unit.b) return;
  const attrs: Attribution[] = [];
  const titleCase = isTitleCase(tokens, unit);
  for (let i = nextOpener(unit.a); i < unit.b; i = nextOpener(i + 1)) {
    const cue = cueAt(tokens, i, titleCase && attrs.length === 0);
    if (!cue) continue;
    const tok = tokens[i]!;
    const ing = tok.low.endsWith('ing');
    const a: Attribution = {
      cue: i,
      cueEnd: cue.end,
      belief: cue.belief,
      sourceFirst: cue.sourceFirst,
      subject: null,
      clauseStart: i,
      coordinated: false,
      participle: false,
      subjectRight: false,
      agent: false,
      inheritedFrom: null,
    };
    if (cue.sourceFirst) {
      a.subject = phraseStartingAt(tokens, cue.end + 1, unit.b - 1) ?? sourceUpToComma(tokens, cue.end + 1, unit.b);
      a.subjectRight = true;
      const prev = tokens[i - 1];
      a.coordinated = commaBefore(doc.text, tokens, i) || (!!prev && prev.quoted < 0 && CONJUNCTIONS.has(prev.low));
    } else {
      const left = leftSubject(tokens, unit, i, ing, !cue.belief);
      // In a title-case headline capitals say nothing about names: keep short source phrases only.
      if (titleCase && left.subject && left.subject.last - left.subject.first > 2) left.subject = null;
      // `the caustic chant “Lock her up!”`: a bare verb form right after a singular subject is a noun.
      if (!titleCase && left.subject && left.subject.last === i - 1 && isBareForm(tok.low) && singular(tokens, left.subject) && !AUX.has(tokens[left.subject.first - 1]?.low ?? '') && !BARE_GOVERNOR_SET.has(tokens[left.subject.first - 1]?.low ?? '')) {
        i = cue.end;
        continue;
      }
      if (left.passive) {
        // `Rubio was asked by moderator Gerard Baker whether ...`: a question with its asker.
        const agent = /^ask/.test(tok.low) && isWordAt(tokens, cue.end + 1, 'by') ? phraseStartingAt(tokens, cue.end + 2, unit.b - 1) : null;
        if (agent && agent.kind !== 'pronoun' && agent.kind !== 'document') {
          a.subject = agent;
          a.subjectRight = true;
          a.agent = true;
          attrs.push(a);
        }
        i = cue.end;
        continue;
      }
      // `CBS News reports that ...` but not `amid media reports that ...`: a noun-like cue needs a
      // source that opens its clause.
      if (cue.thatOnly) {
        const p = left.subject ? tokens[left.subject.first - 1] : undefined;
        if (!left.subject || left.subject.kind === 'group' || (p && p.quoted < 0 && p.word && !CONJUNCTIONS.has(p.low))) {
          i = cue.end;
          continue;
        }
      }
      a.subject = left.subject;
      a.clauseStart = left.start;
      if (left.sourceStart !== undefined) a.sourceStart = left.sourceStart;
      const before = tokens[a.clauseStart - 1];
      // `when asked whether ...`, `as told to`: a reduced passive, no source of its own.
      if (!a.subject && !ing && before && before.quoted < 0 && REDUCED_PASSIVE.has(before.low)) {
        i = cue.end;
        continue;
      }
      if (!a.subject) {
        const commaQuote = before && before.quoted >= 0 && /,\s*(?:["”']|'')$/u.test(doc.text.slice(Math.max(0, before.end - 4), before.end));
        if (ing && before && ((before.text === ',' && before.quoted < 0) || commaQuote)) {
          a.participle = true;
          a.coordinated = true;
          a.clauseStart = a.clauseStart - 1;
        } else if (ing && !attrs.length && before && before.word && before.quoted < 0 && !PARTICIPLE_BLOCKERS.has(before.low)) {
          // `emailed supporters saying: “...”`
          a.participle = true;
          a.coordinated = true;
        } else if (before && before.quoted < 0 && CONJUNCTIONS.has(before.low)) {
          a.coordinated = true;
          a.clauseStart = a.clauseStart - 1;
        } else if (before && (before.text === ',' || before.quoted >= 0)) {
          // `“...,” said X` / `..., said the official`; never `told X` (X is the hearer there).
          const right = /^tel/.test(tok.low) ? null : phraseStartingAt(tokens, cue.end + 1, unit.b - 1) ?? genericAfter(tokens, cue.end + 1, unit.b) ?? titledNameAfter(tokens, cue.end + 1, unit.b - 1);
          if (right && right.kind !== 'pronoun') {
            a.subject = right;
            a.subjectRight = true;
          } else if (right && right.kind === 'pronoun') {
            a.subject = right;
            a.subjectRight = true;
          }
        }
      } else {
        let b = a.clauseStart - 1;
        while (b >= unit.a && tokens[b]!.quoted < 0 && (CONJUNCTIONS.has(tokens[b]!.low) || tokens[b]!.text === ',' || tokens[b]!.text === ';')) b--;
        a.coordinated = b < a.clauseStart - 1;
        if (a.coordinated) a.clauseStart = b + 1;
      }
    }
    attrs.push(a);
    i = cue.end;
  }
  if (!attrs.length) return;
  // Shared subjects: `X claimed ... and said ...`, `X said ..., adding ...`.
  for (let n = 0; n < attrs.length; n++) {
    const a = attrs[n]!;
    if (a.subject || !(a.coordinated || a.participle)) continue;
    for (let m = n - 1; m >= 0; m--) {
      const b = attrs[m]!;
      if (b.subject || b.inheritedFrom) {
        a.inheritedFrom = b.inheritedFrom ?? b;
        break;
      }
    }
    if (!a.inheritedFrom) {
      // The subject of the unit's main clause: `The Florida senator sought ..., saying ...`.
      const s = clauseSubject(tokens, unit, a.cue);
      if (s) a.subject = s;
    }
  }
  const many = attrs.length > MAX_NESTED_CUES;
  let outerEnd = -1; // end of the last content produced in this unit
  for (let n = 0; n < attrs.length; n++) {
    const a = attrs[n]!;
    const subject = a.subject ?? a.inheritedFrom?.subject ?? null;
    if (!subject) continue;
    // `He said Tehran would respond “...”`: a cue after a modal inside another quote's content is
    // a prediction within that report, not a statement of its own.
    if (tokens[a.cue]!.start < outerEnd && MODALS.has(tokens[a.cue - 1]?.low ?? '')) continue;
    // The next coordinated attribution bounds this one's content.
    let limit = unit.b;
    for (let m = n + 1; m < attrs.length; m++) {
      const b = attrs[m]!;
      // A belief verb without quote marks is part of the reported clause (`says he feels confident`).
      if (b.belief && !many && !hasQuoteMark(tokens, b.cueEnd + 1, unit.b)) continue;
      if (b.coordinated || many) {
        limit = b.clauseStart;
        break;
      }
      // `X, who said ..., said ...`: the second cue's source lies before the first cue.
      if (b.clauseStart <= a.cueEnd) {
        limit = b.cue;
        break;
      }
    }
    const cand = contentFor(doc, tokens, unit, a, subject, limit);
    if (!cand) continue;
    // `Trump said he had asked his people to look into it`: a request inside another report's
    // content is part of that report.
    // (`..., asking Trump to share ...` with Trump taken for the source: no one asks themselves.)
    if (cand.directive && (tokens[a.cue]!.start < outerEnd || text.startsWith(tokens[subject.last]!.text, cand.start))) continue;
    // `continued`/`went on` attribute the quote before them, or one introduced by a comma or colon (`He continued, “...”`).
    if (isAfterQuoteCue(tokens, a) && cand.how !== 'cue-after' && cand.how !== 'cue-inside' && !introducedQuote(tokens, quoted, a.cueEnd + 1)) continue;
    if (isAfterQuoteCue(tokens, a) && cand.how === 'cue-after' && !hasQuoteMark(tokens, unit.a, a.cue)) continue;
    const { start, end } = cand;
    const kind = kindOf(quoted, start, end, text, cand.how === 'cue-inside');
    if (!kind) continue;
    if (a.belief && kind.kind !== 'direct') continue;
    for (const q of kind.spans) used.add(q);
    outerEnd = Math.max(outerEnd, kind.end);
    const cueSpan = span(text, tokens[a.cue]!.start, tokens[a.cueEnd]!.end);
    const shared = !a.subject && a.inheritedFrom !== null;
    const rule = `quote.${kind.kind}-${cand.how}${shared ? '-shared-source' : a.subjectRight ? '-source-after' : ''}`;
    out.push(candidate(doc, kind.start, kind.end, kind.kind, cueSpan, false, rule, mentionFields(text, tokens, subject)));
  }
}

/**
 * The source phrase opening the unit's main clause, after a dateline (`WASHINGTON (AFP) –`) and a
 * fronted phrase (`Hours later,`, `Speaking in Iowa,`); null when the clause does not open with one.
 */
function clauseSubject(tokens: readonly Token[], unit: Unit, before: number): SourcePhrase | null {
  // The subject of the nearest subordinate clause before the cue: `the crowd cheered when Trump
  // spotted a sign and asked ...` -> Trump.
  for (let k = before - 1; k > unit.a && before - k < 40; k--) {
    const t = tokens[k]!;
    if (t.quoted >= 0 || t.text === ',' || END_PUNCT.has(t.text)) break;
    if (SUBORDINATORS.has(t.low) || t.low === 'who') {
      if (t.low === 'who') {
        const p = phraseEndingAt(tokens, k - (tokens[k - 1]?.text === ',' ? 2 : 1), unit.a);
        if (p && (p.kind === 'name' || p.kind === 'title' || p.kind === 'pronoun')) return p;
        break;
      }
      const p = phraseStartingAt(tokens, k + 1, before - 1);
      if (p && p.kind !== 'document') return p;
      break;
    }
  }
  let j = unit.a;
  for (let k = j; k < before && k - j < 10; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text) || (t.text === '-' && k > j)) {
      j = k + 1;
      break;
    }
    if (t.word && !t.cap) break;
  }
  const first = tokens[j];
  if (!first || first.quoted >= 0) return null;
  if (FRONTED.has(first.low) || TIME.has(first.low) || (first.cap && first.low.endsWith('ing')) || (/ly$/.test(first.low) && tokens[j + 1]?.text === ',') || FRONTED_ADVERBIAL.has(first.low)) {
    let k = j + 1;
    while (k < before && k - j < 30 && !(tokens[k]!.text === ',' && tokens[k]!.quoted < 0)) k++;
    if (k >= before || k - j >= 30) return null;
    j = k + 1;
  }
  const s = phraseStartingAt(tokens, j, before - 1);
  if (!s || s.kind === 'document') return null;
  return s;
}

/** Where the content after an attribution's cue starts (`rightStartOf`), and what opens it. */
interface RightStart {
  /** The content's first token: past the cue's tail, a right-hand source, a hearer, `that`, a colon. */
  r: number;
  /** `said that ...`: the content opens right after the complementizer. */
  afterThat: boolean;
  /** `urged the party to coalesce ...`: a request reports its hearer and the infinitive after it. */
  directive: boolean;
  /** A complementizer, a colon, a wh-word or a subject pronoun introduces the content as a clause. */
  introduced: boolean;
}

/** Where the content after attribution `a`'s cue starts (`contentFor`'s right side). */
function rightStartOf(doc: Doc, tokens: readonly Token[], a: Attribution, subject: SourcePhrase, limit: number): RightStart {
  const { quoted } = doc;
  // Right side: after the cue (and after a right-hand source and its appositive).
  let r = a.cueEnd + 1;
  if (a.sourceFirst) {
    // `According to an investigation into the 2020 election, ...`: the source runs to the comma.
    r = subject.last + 1;
    let j = r;
    for (; j < limit && j - r < 15; j++) {
      const t = tokens[j]!;
      if (t.quoted >= 0 || END_PUNCT.has(t.text)) break;
      if (t.text === ',') {
        r = skipAppositiveRight(tokens, j, limit - 1);
        if (r === j) r = j + 1;
        break;
      }
    }
    // The source runs into the next attribution: nothing is reported by this one.
    if (j === limit) r = limit;
  } else if (a.subjectRight) {
    r = skipAppositiveRight(tokens, subject.last + 1, limit - 1, true);
  } else if (OBJECT.has(tokens[a.cue]!.low)) {
    r = skipObject(tokens, r, limit);
  }
  if (a.agent) r = skipAppositiveRight(tokens, subject.last + 1, limit - 1);
  // `said Tuesday his actions ...`, `said on Thursday that ...`, `said last week the ...`.
  if (!a.sourceFirst) {
    while (r < limit && tokens[r]!.quoted < 0) {
      const t = tokens[r]!;
      const n = tokens[r + 1];
      if (TIME.has(t.low) && !TIME_PREPOSITIONS.has(t.low)) r++;
      else if (TIME_PREPOSITIONS.has(t.low) && n && n.quoted < 0 && TIME.has(n.low) && !TIME_PREPOSITIONS.has(n.low)) r += 2;
      else if (/^\d/.test(t.text) && TIME.has(tokens[r - 1]!.low)) r++;
      else break;
    }
  }
  // `said, twice, that ...`, `said, however, “...”`: a short aside between commas right after the cue.
  if (tokens[r]?.text === ',' && tokens[r]!.quoted < 0) {
    for (let j = r + 1; j < limit && j - r <= 6; j++) {
      const t = tokens[j]!;
      if (t.quoted >= 0 || !(t.word || t.text === ',') || SPEECH.has(t.low)) break;
      if (t.text === ',') {
        const n = tokens[j + 1];
        if (j > r + 1 && n && (n.low === 'that' || (n.quoted >= 0 && quoted[n.quoted]!.start === n.start))) r = j + 1;
        break;
      }
    }
  }
  // `said in a statement: “...”`, `said, “...”`, `said that ...`.
  let thatAt = -1;
  for (let j = r; j < limit && j - r < 12; j++) {
    const t = tokens[j]!;
    if (t.quoted >= 0) {
      // `said in a statement “...”`: a quote right after the cue's tail, without a comma.
      const p = tokens[j - 1]!;
      if (j > r && quoted[t.quoted]!.start === t.start && tailOnly(tokens, r, j) && quoteEndsClause(tokens, j, limit) && !p.cap && !isPossessive(p) && p.low !== 'of') r = j;
      break;
    }
    if (t.low === 'that') {
      thatAt = j;
      break;
    }
    if (t.text === ',' || t.text === ':') {
      const n = tokens[j + 1];
      if (n && n.quoted >= 0 && quoted[n.quoted]!.start === n.start && (j === r || tailOnly(tokens, r, j))) {
        r = j + 1;
        break;
      }
      if (t.text === ':' && tailOnly(tokens, r, j)) {
        r = j + 1;
        break;
      }
      if (j > r) break;
    }
    if (END_PUNCT.has(t.text)) break;
  }
  const rBefore = r;
  // `told a crowd in Salem, New Hampshire, on Monday that ...`; `asked the contender if ...`.
  const asking = /^ask/.test(tokens[a.cue]!.low);
  if (thatAt < 0 && OBJECT.has(tokens[a.cue]!.low) && !a.sourceFirst) {
    for (let j = r; j < limit && j - r < 20; j++) {
      const t = tokens[j]!;
      // `told host Chris Cuomo she believed that ...`: a subject pronoun opens the reported clause.
      if (t.quoted >= 0 || END_PUNCT.has(t.text) || SPEECH.has(t.low) || BELIEF.has(t.low) || (j > r && isSourcePronoun(t))) break;
      if (asking && WH.has(t.low) && t.low !== 'that') {
        r = j;
        break;
      }
      if (t.low === 'that') {
        thatAt = j;
        break;
      }
    }
  }
  if (thatAt >= 0 && (thatAt === r || tailOnly(tokens, r, thatAt) || (!a.sourceFirst && OBJECT.has(tokens[a.cue]!.low) && !clauseBefore(tokens, r, thatAt)))) r = thatAt + 1;
  // `said that as voters learned more, ...`, `noted that through March, ...`: after the
  // complementizer a fronted phrase opens the reported clause; it is never the cue's tail.
  const afterThat = thatAt >= 0 && r === thatAt + 1;
  // `urged the rest of the party to coalesce ...`, `asked the network to donate ...`: a request
  // reports its hearer and the infinitive after it.
  let directive = false;
  if (thatAt < 0 && DIRECTIVE.has(tokens[a.cue]!.low) && !a.sourceFirst && !a.subjectRight) {
    for (let j = a.cueEnd + 1; j < limit && j - a.cueEnd <= 9; j++) {
      const t = tokens[j]!;
      if (t.low === 'to' && t.quoted < 0) {
        const v = tokens[j + 1];
        // (`told the story to reporters`: a plural noun after `to` is no verb.)
        const plural = /[^su]s$/.test(v?.low ?? '');
        // (`something many had urged him to do`: a bare verb alone stands for a clause elsewhere.)
        const w = tokens[j + 2];
        const bare = !w || !w.word || w.quoted >= 0 || w.low === 'so';
        if (j > a.cueEnd + 1 && !bare && v && v.word && !v.cap && v.quoted < 0 && !plural && !CLAUSE_SET.has(v.low) && !POSSESSIVE_SET.has(v.low) && !TIME.has(v.low) && !AUDIENCE.has(v.low)) {
          // The hearer is the subject of the requested act: `urged conservatives to unite`.
          directive = true;
          r = a.cueEnd + 1;
        }
        break;
      }
      if (!t.word || t.quoted >= 0 || SPEECH.has(t.low) || BELIEF.has(t.low) || WH.has(t.low) || TAIL.has(t.low) && t.low !== 'of') break;
    }
  }
  const introduced = directive || r !== rBefore || tokens[r - 1]?.text === ':' || WH.has(tokens[r]?.low ?? '') || SUBJECT_PRONOUNS.has(tokens[r]?.low ?? '');
  while (r < limit && tokens[r]!.quoted < 0 && (tokens[r]!.text === ',' || tokens[r]!.text === ':')) r++;
  return { r, afterThat, directive, introduced };
}

/** Where the content that starts at `r` ends (`contentFor`), and whether an `as` clause frames the attribution. */
function rightEndOf(doc: Doc, tokens: readonly Token[], unit: Unit, a: Attribution, subject: SourcePhrase, r: number, limit: number): { e: number; asClause: boolean } {
  const { quoted } = doc;
  // The content ends at the limit, a clause break after a comma, `, according to`, or a dash.
  let e = limit;
  for (let j = r; j < limit; j++) {
    const t = tokens[j]!;
    if (t.quoted >= 0) {
      // `... is “peanuts,” compared to ...`: a comma inside the closing mark breaks the clause too.
      const n = tokens[j + 1];
      if (quoted[t.quoted]!.end === t.end && n && n.quoted < 0 && BREAKS.has(n.low) && n.low !== 'and' && n.low !== 'but' && commaBefore(doc.text, tokens, j + 1)) {
        e = j + 1;
        break;
      }
      continue;
    }
    if (DASHES.has(t.text) && j > r) {
      e = j;
      break;
    }
    if (t.text === ';' && j > r) {
      e = j;
      break;
    }
    if (t.text === ',' || t.text === ';') {
      const n = tokens[j + 1];
      // `..., a 16-point margin over Sanders.`: a closing appositive is the writer's.
      if (n && n.quoted < 0 && (n.low === 'a' || n.low === 'an') && j > r && !hasTokenBefore(tokens, j + 1, limit, ',')) {
        e = j;
        break;
      }
      // `..., and that ...` goes on with the reported clause.
      if (n && n.quoted < 0 && BREAKS.has(n.low) && tokens[j + 2]?.low !== 'that') {
        e = j;
        break;
      }
      // `... an “expressive and infectious laugh”, a reminder of ...`: the writer's words resume.
      const p = tokens[j - 1];
      if (p && p.quoted >= 0 && doc.quoted[p.quoted]!.end === p.end && n && (n.low === 'a' || n.low === 'an') && j > r) {
        e = j;
        break;
      }
    }
  }
  // `..., Mr. Sykes said. (Just look ...)`, `..., analysts say; in 2012 ...`: the sentence ends at
  // the cue, nothing follows it.
  if (r < limit && tokens[r]!.quoted < 0 && (END_PUNCT.has(tokens[r]!.text) || tokens[r]!.text === ';')) e = r;
  // `When Putin said that ..., the audience broke into laughter`: the main clause follows the last comma.
  const opener = tokens[(a.subjectRight ? a.cue : subject.first) - 1];
  // `And while he said he would hold a hearing, it is unlikely ...` too.
  const openerAt = (a.subjectRight ? a.cue : subject.first) - 1;
  // `As The Washington Post reported, even if ..., he would ...`: the main clause after the comma is the content.
  const asClause = !!opener && opener.low === 'as' && opener.quoted < 0 && tokens[r - 1]?.text === ',' && tokens[r - 1]!.quoted < 0;
  if (!asClause && opener && opener.quoted < 0 && SUBORDINATORS.has(opener.low) && (openerAt === unit.a || (openerAt - 1 >= unit.a && tokens[openerAt - 1]!.quoted < 0 && (CONJUNCTIONS.has(tokens[openerAt - 1]!.low) || tokens[openerAt - 1]!.text === ',')))) {
    for (let j = e - 1; j > r; j--) {
      const t = tokens[j]!;
      if (t.quoted < 0 && t.text === ',') {
        e = j;
        break;
      }
    }
  }
  return { e, asClause };
}

/** Where the content of attribution `a` lies: after the cue, or before the source. */
function contentFor(doc: Doc, tokens: readonly Token[], unit: Unit, a: Attribution, subject: SourcePhrase, limit: number): { start: number; end: number; how: string; directive?: boolean } | null {
  const { quoted } = doc;
  const { r: rightStart, afterThat, directive, introduced } = rightStartOf(doc, tokens, a, subject, limit);
  const { e, asClause } = rightEndOf(doc, tokens, unit, a, subject, rightStart, limit);
  // (`The plan failed, Smith said on Monday, and the talks ended.`: after the tail, the writer goes on.)
  const tailComma = commaOrEnd(tokens, a.cueEnd + 1, limit);
  const writerGoesOn = !a.sourceFirst && tailComma < limit && tailOnly(tokens, a.cueEnd + 1, tailComma) && CONJUNCTIONS.has(tokens[tailComma + 1]?.low ?? '');
  // (`vowed to ban ...`, `promised to push ...`: a promise reports its infinitive.)
  const promise = directive || (PROMISE.has(tokens[a.cue]!.low) && tokens[rightStart]?.low === 'to' && !!tokens[rightStart + 1]?.word && !tokens[rightStart + 1]!.cap && !CLAUSE_SET.has(tokens[rightStart + 1]!.low) && !POSSESSIVE_SET.has(tokens[rightStart + 1]!.low));
  const rightEmpty = !promise && !afterThat && (writerGoesOn || (!a.sourceFirst || !a.coordinated ? tailOnly(tokens, rightStart, trimEnd(tokens, rightStart, e)) : true));
  const beforeSource = a.subjectRight ? a.cue : Math.min(subject.first, a.sourceStart ?? subject.first);
  const left = beforeSource - 1 >= unit.a ? tokens[beforeSource - 1] : undefined;
  const leftOk = left && (left.quoted >= 0 || left.text === ',' || DASHES.has(left.text));
  if (a.sourceFirst && a.coordinated && a.cue > unit.a && commaBefore(doc.text, tokens, a.cue)) {
    // `Fundraising, according to the campaign, has surged`: the source set off by commas inside the
    // clause; the content is the whole clause around it. An appositive of the source (`, an analyst
    // at ...`, `, who ...`) is not the clause's rest.
    const e3 = trimEnd(tokens, rightStart, e);
    const f = tokens[rightStart];
    if (f && f.quoted < 0 && tokens[rightStart - 1]?.text === ',' && rightStart > subject.last + 1 && e3 > rightStart && !tailOnly(tokens, rightStart, e3) && !APPOSITIVE_OPENERS.has(f.low) && !f.cap) {
      const lc = leftContent(tokens, unit, a.cue, 'according-to-inside', 1);
      if (lc) return { start: lc.start, end: endOf(tokens, quoted, e3 - 1), how: 'according-to-inside' };
    }
    const lc = leftContent(tokens, unit, a.cue, 'according-to-after');
    if (lc) return lc;
  }
  // `Clinton leads by 271 delegates according to a count by The AP.`: no comma, the source ends the sentence.
  if (a.sourceFirst && !a.coordinated && a.cue > unit.a + 2 && trimEnd(tokens, rightStart, e) <= rightStart && tokens[a.cue - 1]!.word) {
    const lc = leftContent(tokens, unit, a.cue, 'according-to-after');
    if (lc) return lc;
  }
  // `“A,” he said ...`: the quote right before the source is this attribution's content; a quote
  // after the cue and a comma (`“A,” he said, “B.”`) joins it, one quote from the first mark to the last.
  // Only a comma may stand between that quote and the source (`, but he claimed` starts a new clause).
  // `“...,” election law expert Rick Hasen tweeted`: lower-case descriptors before the source belong to it.
  let sb = beforeSource - 1;
  if (!a.subjectRight) {
    let d = sb;
    while (d >= unit.a && sb - d < 3 && tokens[d]!.word && !tokens[d]!.cap && tokens[d]!.quoted < 0 && !VERBISH_SET.has(tokens[d]!.low) && !CLAUSE_SET.has(tokens[d]!.low)) d--;
    if (d < sb && d >= unit.a && (tokens[d]!.quoted >= 0 || (tokens[d]!.text === ',' && tokens[d - 1]?.quoted !== undefined && tokens[d - 1]!.quoted >= 0))) sb = d;
  }
  const lq =
    sb < unit.a ? null : tokens[sb]!.quoted >= 0 ? tokens[sb]! : tokens[sb]!.text === ',' && sb - 1 >= unit.a && tokens[sb - 1]!.quoted >= 0 ? tokens[sb - 1]! : null;
  const rs = tokens[rightStart];
  // (`told “Fox and Friends,”`: a quoted show right after `told` is the hearer, not content of its own.)
  const rightOwn = !!rs && rightStart < e && rs.quoted >= 0 && quoted[rs.quoted]!.start === rs.start && !/[,:]/.test(tokens[rightStart - 1]?.text ?? '') && !(OBJECT.has(tokens[a.cue]!.low) && rightStart === a.cueEnd + 1 && !!lq);
  const rightTail =
    (!afterThat && tailOnly(tokens, rightStart, trimEnd(tokens, rightStart, e), !!lq)) ||
    (rs !== undefined && rs.quoted >= 0 && /[,:]/.test(tokens[rightStart - 1]?.text ?? '')) ||
    (!!lq && writerClauseAfter(tokens, quoted, rightStart, e)) ||
    // `she said in Tuesday night's response` (the time words skipped after the cue belong to the tail).
    (!!lq && !a.subjectRight && tailOnly(tokens, a.cueEnd + 1, trimEnd(tokens, a.cueEnd + 1, e), true)) ||
    // `“...,” she said and quickly hung up.`, `he said introducing Clinton`, `she said - and charged ...`
    (!!lq && !!rs && rs.quoted < 0 && (CONJUNCTIONS.has(rs.low) || rs.low === 'then' || (/ing$/.test(rs.low) && !rs.cap) || DASHES.has(rs.text) || rs.text === '-' || DASHES.has(tokens[rightStart - 1]?.text ?? '') || tokens[rightStart - 1]?.text === '-') && rightStart <= (a.subjectRight ? subject.last + 2 : a.cueEnd + 2)) ||
    // `“...,” he told cheering supporters in Nashua`: after a quote, the rest of `told` is its hearer.
    (!!lq && OBJECT.has(tokens[a.cue]!.low) && !a.subjectRight && hearerOnly(tokens, a.cueEnd + 1, trimEnd(tokens, rightStart, commaOrEnd(tokens, rightStart, e)))) ||
    // `“...,” Mr. Mitchell recalled the president telling him`: a noun phrase after the cue is its object, the quote its content.
    (!!lq && NP_OBJECT.has(tokens[a.cue]!.low) && !a.subjectRight && !introduced && !finiteClause(tokens, rightStart, e) && !hasQuoteMark(tokens, rightStart, e));
  // (`“...,” X told Y, reminding ...`: the quote belongs to `told`; a participle sharing its source reports what follows it.)
  const toldShow = OBJECT.has(tokens[a.cue]!.low) && rightStart === a.cueEnd + 1 && !!rs && rs.quoted >= 0 && quoted[rs.quoted]!.start === rs.start;
  if (lq && quoted[lq.quoted]!.end === lq.end && !a.sourceFirst && !rightOwn && (rightTail || toldShow || a.subjectRight) && !(a.participle && !a.subject)) {
    const lc = leftContent(tokens, unit, tokens.indexOf(lq, Math.max(unit.a, sb - 1)) + 1, 'cue-after');
    if (!lc) return null;
    const from = a.subjectRight ? subject.last + 1 : a.cueEnd + 1;
    for (let j = from; j < limit && j - from < 25; j++) {
      const t = tokens[j]!;
      if (t.quoted >= 0) {
        const p = tokens[j - 1]!;
        if (quoted[t.quoted]!.start === t.start && (p.text === ',' || p.text === ':')) return { start: lc.start, end: quoted[t.quoted]!.end, how: 'cue-inside' };
        break;
      }
      if (t.low === 'that' || END_PUNCT.has(t.text)) break;
    }
    return lc;
  }
  // `This campaign, he says, is different.`: a source set off by commas inside the reported clause;
  // the content runs from the clause's first word to its last, as `“A,” he said, “B.”` does.
  const prs = tokens[rightStart];
  if (!a.sourceFirst && !a.subjectRight && left && left.text === ',' && left.quoted < 0 && tokens[rightStart - 1]?.text === ',' && tokens[rightStart - 1]!.quoted < 0 && rightStart - 1 > a.cueEnd && prs && prs.quoted < 0 && !CONJUNCTIONS.has(prs.low) && !BREAKS.has(prs.low)) {
    const lc = leftContent(tokens, unit, beforeSource - 1, 'parenthetical', 2, true);
    const e3 = trimEnd(tokens, rightStart, e);
    if (lc && e3 > rightStart) return { start: lc.start, end: endOf(tokens, quoted, e3 - 1), how: 'parenthetical' };
  }
  // `he declared:` closing a paragraph whose next one opens with the quote.
  if (tokens[rightStart - 1]?.text === ':' && tokens[rightStart - 1]!.quoted < 0) {
    if (rightStart >= limit && limit === unit.b) {
      const q = quotedAt(doc, tokens[rightStart - 1]!.end);
      if (q) return { start: q.start, end: q.end, how: 'cue-before-colon' };
    }
  } else if (rightEmpty && leftOk) {
    return leftContent(tokens, unit, beforeSource - 1, 'cue-after');
  }
  if (a.subjectRight && !a.sourceFirst && !a.agent) return null;
  const e2 = trimEnd(tokens, rightStart, e);
  if (e2 <= rightStart) return null;
  // (After `According to X,` the rest is content even when it opens with a preposition: `at least 8 in 10 ...`.)
  if (tailOnly(tokens, rightStart, e2) && !(a.sourceFirst && tokens[rightStart - 1]?.text === ',') && !promise && !afterThat) return null;
  let words = 0;
  for (let j = rightStart; j < e2 && words < 2; j++) if (tokens[j]!.word || tokens[j]!.quoted >= 0) words++;
  if (words < 2) return null;
  // `he yelled “You lie!” at the president`: a whole quoted sentence right after the cue is the content.
  const f = tokens[rightStart]!;
  if (f.quoted >= 0 && quoted[f.quoted]!.start === f.start && quoted[f.quoted]!.closed && /[.!?]["”'’]{1,2}$/u.test(doc.text.slice(quoted[f.quoted]!.start, quoted[f.quoted]!.end))) {
    return { start: quoted[f.quoted]!.start, end: quoted[f.quoted]!.end, how: 'cue-before' };
  }
  // `said nothing about costs`, `said little`: a pronoun object reports nothing.
  // (`said nothing had changed` is a clause.)
  // (`said much of the talk was about Israel`: a quantity of something opens a clause.)
  const quantity = tokens[rightStart + 1]?.low === 'of' && finiteClause(tokens, rightStart, e2);
  if (!introduced && NOTHING_SET.has(tokens[rightStart]!.low) && tokens[rightStart]!.quoted < 0 && !a.sourceFirst && !quantity && !FINITE.has(tokens[rightStart + 1]?.low ?? '')) return null;
  // `announced charges against ...`: a noun-phrase object, not a reported clause.
  // `claimed a new era had begun`, `announced $5 million more was being sent`: a clause with its own verb is reported.
  if (NP_OBJECT.has(tokens[a.cue]!.low) && !introduced && !asClause && !hasQuoteMark(tokens, rightStart, e2) && !finiteClause(tokens, rightStart, e2)) return null;
  return { start: tokens[rightStart]!.start, end: endOf(tokens, quoted, e2 - 1), how: a.sourceFirst ? 'according-to' : 'cue-before', directive };
}

/**
 * `“...,” he said, citing ...` / `“...,” the governor said, before clarifying ...`: after a quote
 * and its source, a comma after the cue (and its tail) opens the writer's clause, never content.
 */
function writerClauseAfter(tokens: readonly Token[], quoted: readonly QuotedSpan[], r: number, e: number): boolean {
  let c = -1;
  const p = tokens[r - 1];
  if (p && p.quoted < 0 && p.text === ',') c = r - 1;
  else {
    for (let j = r; j < e && j - r < 15; j++) {
      const t = tokens[j]!;
      if (t.quoted >= 0) break;
      if (t.text === ',') {
        if (tailOnly(tokens, r, j)) c = j;
        break;
      }
    }
  }
  if (c < 0) return false;
  const n = tokens[c + 1];
  return !!n && !(n.quoted >= 0 && quoted[n.quoted]!.start === n.start);
}

/** Nothing but punctuation follows the quoted span at token j up to `limit`. */
function quoteEndsClause(tokens: readonly Token[], j: number, limit: number): boolean {
  const q = tokens[j]!.quoted;
  let k = j;
  while (k < limit && tokens[k]!.quoted === q) k++;
  return trimEnd(tokens, k, limit) === k;
}

/** `told host Chris Cuomo she believed that ...`: a subject pronoun or a verb of belief opens the reported clause before `that`. */
function clauseBefore(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isSourcePronoun(tokens[j]!) || BELIEF.has(tokens[j]!.low)) return true;
  return false;
}

/** A comma or colon at token i, then the start of a quotation. */
function introducedQuote(tokens: readonly Token[], quoted: readonly QuotedSpan[], i: number): boolean {
  const c = tokens[i];
  const n = tokens[i + 1];
  return !!c && !!n && c.quoted < 0 && (c.text === ',' || c.text === ':') && n.quoted >= 0 && quoted[n.quoted]!.start === n.start;
}

/** The first unquoted comma in tokens[a, b), or b. */
function commaOrEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let j = a; j < b; j++) if (tokens[j]!.text === ',' && tokens[j]!.quoted < 0) return j;
  return b;
}

/** tokens[a, b) hold no reported clause: no `that`, no quote mark, no finite verb (`cheering supporters in Nashua`). */
function hearerOnly(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 15) return false;
  for (let j = a; j < b; j++) {
    const t = tokens[j]!;
    // (`told the hosts of ''Morning Joe,''`: a quoted show title belongs to the hearer.)
    if (t.quoted >= 0 && !(tokens[j - 1]?.quoted !== t.quoted && /^(?:of|on|to)$/.test(tokens[j - 1]?.low ?? '')) && tokens[j - 1]?.quoted !== t.quoted) return false;
    if (t.quoted < 0 && (t.low === 'that' || WH.has(t.low) || FINITE.has(t.low) || SUBJECT_PRONOUNS.has(t.low))) return false;
  }
  return true;
}

/** A clause with a finite auxiliary in its first words (`a new era had begun`), before any relative word. */
function finiteClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b && j - a < 10; j++) {
    const t = tokens[j]!;
    if (t.quoted >= 0 || WH.has(t.low) || t.low === 'that' || t.text === ',') return false;
    if (FINITE.has(t.low)) return true;
  }
  return false;
}

/** The quoted span opening at the first non-space character from `pos`, if any. */
function quotedAt(doc: Doc, pos: number): QuotedSpan | null {
  const { text, quoted } = doc;
  let i = pos;
  while (i < text.length && i - pos < 10 && /\s/.test(text[i]!)) i++;
  const q = rangeAt(quoted, i);
  return q && q.start === i ? q : null;
}

function hasTokenBefore(tokens: readonly Token[], a: number, b: number, text: string): boolean {
  for (let i = a; i < b; i++) if (tokens[i]!.text === text && tokens[i]!.quoted < 0) return true;
  return false;
}

function hasQuoteMark(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i]!.quoted >= 0) return true;
  return false;
}

/** End offset of token i, extended to the end of its quoted span when it is inside one. */
function endOf(tokens: readonly Token[], quoted: readonly QuotedSpan[], i: number): number {
  const t = tokens[i]!;
  return t.quoted >= 0 ? Math.max(t.end, quoted[t.quoted]!.end) : t.end;
}

/** Skip the hearer after `told`/`asked`: `told Fox News Digital`, `told reporters on Thursday that`. */
function skipObject(tokens: readonly Token[], r: number, limit: number): number {
  const t = tokens[r];
  if (!t || t.quoted >= 0) return r;
  if (t.cap && !CLAUSE_SET.has(t.low) && !isSourcePronoun(t)) {
    let j = r;
    while (j < limit && (tokens[j]!.cap || (tokens[j]!.low === 'of' && tokens[j + 1]?.cap)) && tokens[j]!.quoted < 0) j++;
    return j;
  }
  // `told host Chris Cuomo`: a lower-case title before the hearer's name.
  if (TITLE_SET.has(t.low) && tokens[r + 1]?.cap && tokens[r + 1]!.quoted < 0 && !isSourcePronoun(tokens[r + 1]!)) {
    let j = r + 1;
    while (j < limit && tokens[j]!.cap && tokens[j]!.quoted < 0) j++;
    return j;
  }
  // `told The Wall Street Journal`
  if (/^(?:the|a|an)$/.test(t.low) && tokens[r + 1]?.cap && tokens[r + 1]!.quoted < 0 && !isSourcePronoun(tokens[r + 1]!)) {
    let j = r + 1;
    while (j < limit && (tokens[j]!.cap || (tokens[j]!.low === 'of' && tokens[j + 1]?.cap)) && tokens[j]!.quoted < 0) j++;
    return j;
  }
  if (AUDIENCE.has(t.low)) {
    let j = r + 1;
    if (/^(?:the|a|an|his|her|their|its|our)$/.test(t.low)) {
      while (j < limit && j - r < 4 && tokens[j]!.word && tokens[j]!.quoted < 0 && tokens[j]!.low !== 'that' && !SPEECH.has(tokens[j]!.low) && !SUBJECT_PRONOUNS.has(tokens[j]!.low) && !tokens[j]!.cap && !TAIL.has(tokens[j]!.low)) j++;
    }
    return j;
  }
  return r;
}

/** Drop trailing punctuation outside quote marks from tokens[a, b). */
function trimEnd(tokens: readonly Token[], a: number, b: number): number {
  while (b > a && tokens[b - 1]!.quoted < 0 && (TRAILING_PUNCT.has(tokens[b - 1]!.text) || CONJUNCTIONS.has(tokens[b - 1]!.low))) b--;
  return b;
}

/** Content before the source: from the unit start to the comma or quote before token `before`. */
function leftContent(tokens: readonly Token[], unit: Unit, before: number, how: string, minWords = 2, keepFronted = false): { start: number; end: number; how: string } | null {
  let b = before;
  b = trimEnd(tokens, unit.a, b);
  let a = skipDateline(tokens, unit.a, b);
  // `... (the actual number is 15 percent, according to X)`: an open parenthesis starts the clause.
  let depth = 0;
  for (let j = before - 1; j >= a && before - j < 80; j--) {
    const t = tokens[j]!;
    if (t.quoted >= 0) continue;
    if (t.text === ')') depth++;
    else if (t.text === '(') {
      if (depth === 0) {
        a = j + 1;
        break;
      }
      depth--;
    }
  }
  // `Ted Cruz (R-TX), according to`: a closing parenthesis whose opening one is in the content stays.
  if (tokens[b]?.text === ')' && b < before) {
    let open = 0;
    for (let j = a; j < b; j++) if (tokens[j]!.quoted < 0) open += tokens[j]!.text === '(' ? 1 : tokens[j]!.text === ')' ? -1 : 0;
    if (open > 0) b++;
  }
  // Skip an opening conjunction.
  while (a < b && tokens[a]!.quoted < 0 && (CONJUNCTIONS.has(tokens[a]!.low) || TRAILING_PUNCT.has(tokens[a]!.text))) a++;
  // A fronted adverbial is the writer's (`Despite Putin’s comments ..., the community ...`).
  if (!keepFronted && a < b && tokens[a]!.quoted < 0 && FRONTED.has(tokens[a]!.low)) {
    for (let j = a + 1; j < b - 1 && j - a < 30; j++) {
      const t = tokens[j]!;
      if (t.quoted >= 0) break;
      if (t.text === ',') {
        a = j + 1;
        break;
      }
    }
  }
  if (a >= b) return null;
  let words = 0;
  for (let j = a; j < b && words < 2; j++) if (tokens[j]!.word || tokens[j]!.quoted >= 0) words++;
  if (words < minWords) return null;
  // `At one point, a woman asked ...`: a fronted phrase alone is not a reported clause.
  if (!keepFronted && tokens[a]!.quoted < 0 && FRONTED.has(tokens[a]!.low) && !hasQuoteMark(tokens, a, b) && b - a <= 5) return null;
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  return { start: first.start, end: last.end, how };
}

/** After a dateline (`WASHINGTON —`, `BRUSSELS (Reuters) -`, `ST. LOUIS, Mo. —`) at token a, the first token of the text; else a. */
function skipDateline(tokens: readonly Token[], a: number, b: number): number {
  const first = tokens[a];
  if (!first || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(first.text)) return a;
  let paren = false;
  for (let k = a; k < b && k - a < 14; k++) {
    const t = tokens[k]!;
    if (t.quoted >= 0) return a;
    if (DASHES.has(t.text) || (t.text === '-' && k > a)) return k + 1;
    if (t.text === '(') paren = true;
    else if (t.text === ')') paren = false;
    else if (!(paren || t.cap || t.text === ',' || t.text === '.')) return a;
  }
  return a;
}

/** The kind from the quote marks inside [start, end); direct content is trimmed to its marks. */
function kindOf(quoted: readonly QuotedSpan[], start: number, end: number, text: string, cueInside = false): { kind: QuoteKind; start: number; end: number; spans: number[] } | null {
  // Binary search for the first quoted span ending after start.
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const spans: number[] = [];
  for (let q = lo; q < quoted.length && quoted[q]!.start < end; q++) {
    const s = quoted[q]!;
    if (s.start >= start && s.end <= end + 1) spans.push(q);
    if (spans.length > 64) break;
  }
  // Extend an end that cut a quoted span (`...,”` kept whole).
  if (spans.length) {
    const last = quoted[spans[spans.length - 1]!]!;
    end = Math.max(end, last.end);
  }
  if (!spans.length) return { kind: 'indirect', start, end, spans };
  const first = quoted[spans[0]!]!;
  const last = quoted[spans[spans.length - 1]!]!;
  if (cueInside) return { kind: 'direct', start: first.start, end: last.end, spans };
  if (spans.length <= 8) {
    let outside = /[\p{L}\p{N}]/u.test(text.slice(start, first.start)) || /[\p{L}\p{N}]/u.test(text.slice(last.end, end));
    for (let k = 1; k < spans.length && !outside; k++) outside = /[\p{L}\p{N}]/u.test(text.slice(quoted[spans[k - 1]!]!.end, quoted[spans[k]!]!.start));
    if (!outside) return { kind: 'direct', start: first.start, end: last.end, spans };
  }
  return { kind: 'partial', start, end, spans };
}

/** Colon and dash attributions, and continuations, for quoted stretches no cue has claimed. */
function addLooseQuotes(doc: Doc, out: QuoteCandidate[], used: Set<number>): void {
  const { text, quoted } = doc;
  const extra: QuoteCandidate[] = [];
  let o = 0; // pointer into out (sorted by start)
  let prev: QuoteCandidate | null = null;
  let prevUnitEnd = -1;
  for (let q = 0; q < quoted.length; q++) {
    const s = quoted[q]!;
    while (o < out.length && out[o]!.start < s.start) {
      prev = out[o]!;
      prevUnitEnd = -1;
      o++;
    }
    if (used.has(q)) {
      // A quote of its own; it is `prev` once passed.
      continue;
    }
    const tailEnd = unitEndAfter(text, s.end, doc);
    const found = colonSource(doc, s) ?? dashSource(doc, s);
    if (found) {
      const c = candidate(doc, s.start, s.end, 'direct', found.cue, false, found.rule, found);
      extra.push(c);
      prev = c;
      prevUnitEnd = tailEnd;
      continue;
    }
    // A continuation: a whole sentence in quote marks right after the unit of a quote by a known source.
    const last = extra.length && (!prev || extra[extra.length - 1]!.start > prev.start) ? extra[extra.length - 1]! : prev;
    if (!last || (!last.mention && !last.continuation)) continue;
    const from = Math.max(prevUnitEnd >= 0 && last === extra[extra.length - 1] ? prevUnitEnd : -1, unitEndAfter(text, last.end, doc));
    if (from < 0 || from > s.start || /\S/.test(text.slice(from, s.start))) continue;
    if (!startsSentence(text, s) || !afterSentenceEnd(doc, s.start)) continue;
    const c = candidate(doc, s.start, s.end, 'direct', null, true, 'quote.direct-continuation', NO_MENTION);
    extra.push(c);
    prev = c;
    prevUnitEnd = tailEnd;
  }
  out.push(...extra);
}

/** Only a sentence end, a colon or a paragraph start stands before `pos` (`... brief "I'm sorry"` is not a new sentence). */
function afterSentenceEnd(doc: Doc, pos: number): boolean {
  const { text } = doc;
  const from = paragraphStart(doc, pos);
  let i = pos;
  while (i > from && /\s/.test(text[i - 1]!)) i--;
  if (i <= from) return true;
  const c = text[i - 1]!;
  if (/[.?!:…]/.test(c)) return true;
  return /["”’']/.test(c) && /[.?!,…]/.test(text[i - 2] ?? '');
}

/** The quote's text starts with a capital or a number (a sentence, not a word or title). */
function startsSentence(text: string, s: QuotedSpan): boolean {
  const inner = text.slice(s.start + 1, Math.min(s.end, s.start + 40)).trimStart();
  if (!/^[\p{Lu}\p{N}‘'….]/u.test(inner)) return false;
  // At least three words, or a paragraph-long quote.
  const words = 1 + spaceRuns(text, s.start, Math.min(s.end, s.start + 200));
  return words >= 3 || !s.closed;
}

/** Runs of white space in text[a, b): `text.slice(a, b).split(/\s+/).length - 1`. */
function spaceRuns(text: string, a: number, b: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = a; i < b; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** Offset where the sentence holding `pos` ends (after its final punctuation), within the paragraph. */
function unitEndAfter(text: string, pos: number, doc: Doc): number {
  const paraEnd = paragraphEnd(doc, pos);
  const limit = Math.min(paraEnd, pos + 2000);
  // Skip closing punctuation and an attribution tail up to . ? ! not inside quote marks.
  // (By code unit: no one-character string or pattern per character.)
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    // `“` `"` `‘`
    if (c === 0x201c || c === 34 || c === 0x2018) return i === pos ? pos : lastNonSpace(text, pos, i);
    // `.` `?` `!`
    if (c === 46 || c === 63 || c === 33) {
      let j = i + 1;
      while (j < limit && isCloserCode(text.charCodeAt(j))) j++;
      if (j >= paraEnd || isSpaceCode(text.charCodeAt(j))) {
        // `Mr.`, `Sen.`, `U.S.` are not sentence ends.
        const word = /(\p{L}+)$/u.exec(text.slice(Math.max(pos, i - 12), i))?.[1] ?? '';
        if (word && isAbbreviation(word) && i + 2 < paraEnd) continue;
        return j;
      }
    }
  }
  return paraEnd;
}

/** `"` `”` `’` `)`: closing marks that may follow a sentence's end. */
const isCloserCode = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

function lastNonSpace(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

function paragraphEnd(doc: Doc, pos: number): number {
  return rangeAt(doc.paragraphs, pos, true)?.end ?? doc.text.length;
}

type Found = Pick<QuoteCandidate, 'cue' | 'mention' | 'rule' | 'mentionKind' | 'mentionName' | 'mentionRole'>;

/** `Trump: “...”` or `the statement read: “...”`: a named source right before a colon. */
function colonSource(doc: Doc, s: QuotedSpan): Found | null {
  const { text } = doc;
  let i = s.start;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] !== ':') return null;
  const colon = i - 1;
  const from = Math.max(paragraphStart(doc, colon), colon - 200);
  const tokens = tokenize(text, from, colon);
  if (!tokens.length) return null;
  const last = tokens.length - 1;
  const phrase = phraseEndingAt(tokens, last, 0);
  if (!phrase || phrase.kind === 'pronoun' || phrase.kind === 'group') return null;
  // The phrase must open its clause: at the paragraph or sentence start, after a comma, or after a
  // dash (`... JUST TOO EARLY - Mark Blumenthal: “...”`, a digest quoting its sources).
  const before = tokens[phrase.first - 1];
  if (before && !(END_PUNCT.has(before.text) || before.text === ',' || DASHES.has(before.text) || before.text === '-')) return null;
  const m = mentionFields(text, tokens, phrase);
  return { cue: span(text, colon, colon + 1), rule: 'quote.direct-colon', mention: m.mention, mentionKind: m.mentionKind, mentionName: m.mentionName, mentionRole: m.mentionRole };
}

/** `“...” — X` at the end of its sentence. */
function dashSource(doc: Doc, s: QuotedSpan): Found | null {
  const { text } = doc;
  let i = s.end;
  while (i < text.length && text[i] === ' ') i++;
  if (!DASHES.has(text[i] ?? '') && text.slice(i, i + 2) !== '--') return null;
  const dash = i;
  const end = Math.min(paragraphEnd(doc, dash), dash + 200);
  const tokens = tokenize(text, dash, end);
  let k = 0;
  while (k < tokens.length && (DASHES.has(tokens[k]!.text) || tokens[k]!.text === '-')) k++;
  const phrase = phraseStartingAt(tokens, k, tokens.length - 1);
  if (!phrase || phrase.kind === 'pronoun' || phrase.kind === 'group' || phrase.kind === 'document') return null;
  const after = tokens[phrase.last + 1];
  if (after && !(END_PUNCT.has(after.text) || after.text === ',')) return null;
  const m = mentionFields(text, tokens, phrase);
  return { cue: null, rule: 'quote.direct-dash', mention: m.mention, mentionKind: m.mentionKind, mentionName: m.mentionName, mentionRole: m.mentionRole };
}

function paragraphStart(doc: Doc, pos: number): number {
  return rangeAt(doc.paragraphs, pos, true)?.start ?? 0;
}

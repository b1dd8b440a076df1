/**
 * annotate/quotes-np: the noun phrases that name a source, parsed on tokens around a cue.
 *
 * A source phrase is a pronoun (`he`), a name with optional title (`Russian President Vladimir
 * Putin`, `Mr. Putin`), a title phrase (`the attorney general`), an organization (`the White House`,
 * `the Biden administration`), a group (`officials`) or a document (`the report`).
 */
import type { Token } from './quotes-tokens.js';
import { isPossessive } from './quotes-tokens.js';
import { PRONOUNS } from '../vocab/pronouns.js';
import { classOfLower } from '../resolve/speakers-lexicon.js';
import { GROUP_NOUNS, HONORIFICS, PERSON_NOUNS, TITLE_MODIFIERS, TITLE_WORDS } from '../vocab/titles.js';
import { ORG_HEADS, SOURCE_DOCUMENTS } from '../vocab/organizations.js';
import { CLAUSE_WORDS, SPEECH_CUES, BELIEF_CUES, CUE_AUXILIARIES, CUE_ADVERBS, TIME_WORDS } from '../vocab/cues.js';
import { FRACTION_SHARE_HEADS, NUMBER_WORDS, SHARE_HEADS, SHARE_LINKS, SHARE_QUALIFIERS } from '../vocab/quote-grammar.js';

export type MentionKind = 'pronoun' | 'name' | 'title' | 'org' | 'group' | 'document';

export interface SourcePhrase {
  /** Token range [first, last] of the whole phrase (determiner and title included). */
  first: number;
  last: number;
  kind: MentionKind;
  /** Token range of the personal name inside the phrase (kind `name`), else null. */
  name: [number, number] | null;
  /** Token range of the title or role before the name (`Russian President`), else null. */
  role: [number, number] | null;
}

const set = (xs: readonly string[]) => new Set(xs);
export const TITLE_SET = set([...TITLE_WORDS, ...PERSON_NOUNS]);
export const MODIFIER_SET = set(TITLE_MODIFIERS);
export const HONORIFIC_SET = set(HONORIFICS);
export const GROUP_SET = set(GROUP_NOUNS);
export const ORG_SET = set(ORG_HEADS);
export const DOC_SET = set(SOURCE_DOCUMENTS);
export const CLAUSE_SET = set(CLAUSE_WORDS);
const TIME_SET = set(TIME_WORDS);
/** Verbs of saying are never part of a name, even capitalized in a headline (`Sanders Says ...`). */
export const SPEECH_SET = set(SPEECH_CUES);
const VERBISH = set([...SPEECH_CUES, ...BELIEF_CUES, ...CUE_AUXILIARIES, ...CUE_ADVERBS]);
const DETERMINERS = set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'multiple', 'other', 'most']);
const MAX_PHRASE = 12;
const PREPOSITIONS = set(['at', 'in', 'on', 'for', 'of', 'to', 'from', 'with', 'by', 'about', 'into', 'over', 'under', 'after', 'before', 'during', 'against', 'among', 'between', 'through', 'toward', 'towards', 'without', 'within', 'behind', 'near', 'around']);

/** A lower-case hyphenated compound (`vice-chair`); only a token with a hyphen is tested. */
const LOWER_COMPOUND = /^\p{Ll}+-\p{Ll}+$/u;

/** Whether the lower-case text of some token in tokens[a, b) is in `words` (no sub-array built). */
function anyIn(tokens: readonly Token[], a: number, b: number, words: ReadonlySet<string>): boolean {
  for (let i = a; i < b; i++) if (words.has(tokens[i]!.low)) return true;
  return false;
}

/** A word that can sit inside a source phrase. */
function phraseWord(t: Token): boolean {
  if (!t.word || t.quoted >= 0) return false;
  if (t.cap) return (!CLAUSE_SET.has(t.low) && !TIME_SET.has(t.low) && !SPEECH_SET.has(t.low) && !pronounOf(t.low)) || HONORIFIC_SET.has(t.low);
  if (VERBISH.has(t.low)) return false;
  return TITLE_SET.has(t.low) || MODIFIER_SET.has(t.low) || GROUP_SET.has(t.low) || ORG_SET.has(t.low) || DOC_SET.has(t.low) || isPossessive(t) || (t.text.includes('-') && LOWER_COMPOUND.test(t.text));
}

/** Words that are never part of a personal name: verbs of saying, titles, modifiers, honorifics, organization heads, clause words. */
const NOT_NAME_SET = set([...SPEECH_CUES, ...TITLE_SET, ...MODIFIER_SET, ...HONORIFIC_SET, ...ORG_SET, ...CLAUSE_SET]);
/** Group nouns and document words, names only when they are first names too (`Bill`, `Will`). */
const COMMON_FIRST_SET = set([...GROUP_SET, ...DOC_SET]);

/** The pronoun table as a map (a fresh token string is looked up without being interned). */
const PRONOUN_MAP = new Map(Object.entries(PRONOUNS));
/** Names the table answers for as any object does (`constructor`): looked up in it, as before. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const lookupPronoun = (k: string) => PRONOUN_MAP.get(k) ?? (INHERITED.has(k) ? PRONOUNS[k] : undefined);

/** A pronoun's entry for `low`, anything from an apostrophe on left out (`he’s` -> he). */
export function pronounOf(low: string) {
  return lookupPronoun(hasApostrophe(low) ? low.replace(/['’].*$/u, '') : low);
}

/** `'` or `’` in s. */
function hasApostrophe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 8217) return true;
  }
  return false;
}

/** A known first name (`Vladimir`, `Bill`), by its lower-case form. */
export function isFirstNameLow(low: string): boolean {
  const c = classOfLower(low);
  return c === 'male' || c === 'female' || c === 'first';
}

export function isNameWord(t: Token): boolean {
  if (!t.cap || NOT_NAME_SET.has(t.low) || pronounOf(t.low) || isPossessive(t)) return false;
  // `Bill Maher`, `Will Hurd`: a first name that is also a common noun.
  if (COMMON_FIRST_SET.has(t.low)) return isFirstNameLow(t.low);
  return true;
}

/** Classify tokens[first..last] as a source phrase, or null when it names no source. */
export function classify(tokens: readonly Token[], first: number, last: number): SourcePhrase | null {
  const lastTok = tokens[last]!;
  if (isPossessive(lastTok)) return null;
  // The core is what follows the last possessive (`The Harris campaign's | spokesman Ian Sams`).
  let core = first;
  for (let i = first; i <= last; i++) if (isPossessive(tokens[i]!) || DETERMINERS.has(tokens[i]!.low)) core = i + 1;
  // `Several said`, `Many say`: a quantifier alone stands for a group.
  if (core > last) return first === last && GROUP_SET.has(lastTok.low) ? { first, last, kind: 'group', name: null, role: null } : null;
  // Trailing personal name: capitalized words that are not titles or organization heads.
  let n = last;
  // `Matthew Prince`, `Kevin Judge`: a capitalized title word after a known first name is a surname.
  if (n - 1 >= core && tokens[n]!.cap && TITLE_SET.has(tokens[n]!.low) && isFirstNameLow(tokens[n - 1]!.low)) n--;
  while (n >= core && isNameWord(tokens[n]!)) n--;
  let nameStart = n + 1;
  // `Director of National Intelligence`, `Secretary of State`: the words after `of` are part of a title.
  let ofAt = -1;
  for (let i = core + 1; i < last; i++) if (tokens[i]!.low === 'of') ofAt = i;
  const titledOf = ofAt > core && anyIn(tokens, core, ofAt, TITLE_SET);
  let afterOf = ofAt >= 0 && (nameStart === ofAt + 1 || (nameStart === ofAt + 2 && tokens[ofAt + 1]!.low === 'the'));
  let firstNameAfterOf = false;
  if (afterOf) {
    // `Supervisor of Elections Susan Bucher`: a known first name after `of` starts the personal name.
    for (let i = nameStart + 1; i < last; i++) {
      const c = classOfLower(tokens[i]!.low);
      if (c === 'male' || c === 'female' || c === 'first') {
        nameStart = i;
        afterOf = false;
        firstNameAfterOf = true;
        break;
      }
    }
  }
  if (!firstNameAfterOf && ofAt > core && isNameWord(tokens[ofAt - 1]!) && !titledOfOnly(tokens, core, ofAt)) {
    // `Senator John Cornyn of Texas`: the name before `of`, the place after it.
    let b = ofAt - 1;
    while (b - 1 >= core && isNameWord(tokens[b - 1]!)) b--;
    let r = b - 1;
    while (r >= core && HONORIFIC_SET.has(tokens[r]!.low)) r--;
    const role: [number, number] | null = r >= core && anyIn(tokens, core, r + 1, TITLE_SET) ? [core, r] : null;
    return { first, last, kind: 'name', name: [b, ofAt - 1], role };
  }
  const lastLow = lastTok.low;
  const hasOrg = (() => {
    for (let i = core; i <= last; i++) if (ORG_SET.has(tokens[i]!.low)) return true;
    return false;
  })();
  if (nameStart <= last && !afterOf) {
    // Honorifics and titles before the name.
    let r = nameStart - 1;
    while (r >= core && HONORIFIC_SET.has(tokens[r]!.low)) r--;
    const role: [number, number] | null = r >= core && anyIn(tokens, core, r + 1, TITLE_SET) ? [core, r] : null;
    if (hasOrg && !role && !anyIn(tokens, core, nameStart, HONORIFIC_SET)) {
      return { first, last, kind: 'org', name: null, role: null };
    }
    return { first, last, kind: 'name', name: [nameStart, last], role };
  }
  if (TITLE_SET.has(lastLow) || titledOf) {
    return { first, last, kind: hasOrg && !TITLE_SET.has(lastLow) ? 'org' : 'title', name: null, role: [core, last] };
  }
  // The head noun decides: `a court document` is a document, `the Justice Department` an organization,
  // `EU diplomats` and `White House officials` people of a group.
  if (DOC_SET.has(lastLow) && !ORG_SET.has(lastLow)) return { first, last, kind: 'document', name: null, role: null };
  if (GROUP_SET.has(lastLow) && !lastTok.cap && !ORG_SET.has(lastLow)) return { first, last, kind: 'group', name: null, role: null };
  if (hasOrg) return { first, last, kind: 'org', name: null, role: null };
  if (GROUP_SET.has(lastLow)) return { first, last, kind: 'group', name: null, role: null };
  if (DOC_SET.has(lastLow)) return { first, last, kind: 'document', name: null, role: null };
  return null;
}

/** True when the words before `of` are only title words (`Director of ...`), not a name (`John Cornyn of ...`). */
function titledOfOnly(tokens: readonly Token[], core: number, ofAt: number): boolean {
  for (let i = core; i < ofAt; i++) if (isNameWord(tokens[i]!) && !/^(?:U\.S\.|US|U\.N\.|UN)$/.test(tokens[i]!.text)) return false;
  return true;
}

/** Third-person subject pronoun at i (`he`, `she`, `they`, `it`). */
export function isSourcePronoun(t: Token): boolean {
  // `He’s said`, `she'd told`: a contracted auxiliary stays on the pronoun.
  const f = lookupPronoun(hasApostrophe(t.low) ? t.low.replace(/['’](?:s|d|ll|ve|re)$/u, '') : t.low);
  return !!f && f.subject && f.person === 3 && t.quoted < 0;
}

/** The source phrase ending at token `last`, not reaching before `min`. */
export function phraseEndingAt(tokens: readonly Token[], last: number, min: number): SourcePhrase | null {
  const t = tokens[last];
  if (!t || last < min) return null;
  if (isSourcePronoun(t)) return { first: last, last, kind: 'pronoun', name: null, role: null };
  if (!phraseWord(t)) return null;
  let i = last;
  while (i - 1 >= min && last - (i - 1) < MAX_PHRASE) {
    const p = tokens[i - 1]!;
    if (phraseWord(p)) {
      i--;
      continue;
    }
    if (p.low === 'of' && i - 2 >= min && (tokens[i]!.cap || tokens[i]!.low === 'the') && phraseWord(tokens[i - 2]!)) {
      i--;
      continue;
    }
    if (p.low === 'the' && i - 2 >= min && tokens[i - 2]!.low === 'of') {
      i--;
      continue;
    }
    if (DETERMINERS.has(p.low) && p.quoted < 0) {
      i--;
      break;
    }
    // `the rights group`, `a nonpartisan watchdog group`: up to two plain modifiers after a determiner.
    if (!t.cap && p.word && !p.cap && p.quoted < 0 && !VERBISH.has(p.low) && !CLAUSE_SET.has(p.low)) {
      for (let k = i - 2; k >= min && k >= i - 3; k--) {
        const d = tokens[k]!;
        if (d.quoted >= 0) break;
        if (DETERMINERS.has(d.low)) {
          i = k;
          break;
        }
        if (!d.word || d.cap || VERBISH.has(d.low) || CLAUSE_SET.has(d.low)) break;
      }
    }
    break;
  }
  return classify(tokens, i, last);
}

/**
 * A plain noun phrase right before a verb of saying: `The self-described democratic socialist said`.
 * Only the subject position of a speech cue makes such a phrase a source, so callers use it there.
 */
export function genericSubject(tokens: readonly Token[], last: number, min: number): SourcePhrase | null {
  const t = tokens[last];
  if (!t || !t.word || t.cap || t.quoted >= 0 || VERBISH.has(t.low) || CLAUSE_SET.has(t.low) || TIME_SET.has(t.low) || /ly$/.test(t.low) || /^\d/.test(t.text)) return null;
  for (let k = last - 1; k >= min && last - k <= 4; k--) {
    const d = tokens[k]!;
    if (d.quoted >= 0 || !d.word) return null;
    if (d.low === 'the' || d.low === 'a' || d.low === 'an') {
      // `bid for the presidency told ...`, `at the time said`: a prepositional object, not a subject.
      const before = tokens[k - 1];
      if (before && before.word && !before.cap && PREPOSITIONS.has(before.low)) return null;
      return { first: k, last, kind: 'title', name: null, role: [k + 1, last] };
    }
    if (VERBISH.has(d.low) || (CLAUSE_SET.has(d.low) && !DETERMINERS.has(d.low)) || /ly$/.test(d.low)) return null;
  }
  return null;
}

/** The source phrase starting at token `first`, not reaching past `max`. */
export function phraseStartingAt(tokens: readonly Token[], first: number, max: number): SourcePhrase | null {
  const t = tokens[first];
  if (!t || first > max) return null;
  if (isSourcePronoun(t)) return { first, last: first, kind: 'pronoun', name: null, role: null };
  let i = first;
  if (DETERMINERS.has(t.low)) i++;
  let last = -1;
  while (i <= max && i - first < MAX_PHRASE) {
    const c = tokens[i]!;
    if (phraseWord(c)) {
      last = i;
      i++;
      continue;
    }
    if (c.low === 'of' && last >= 0 && i + 1 <= max && (tokens[i + 1]!.cap || tokens[i + 1]!.low === 'the')) {
      i++;
      if (tokens[i]!.low === 'the') i++;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  // Shrink from the right until the phrase classifies (`reports earlier this year` -> `reports`).
  for (let l = last; l >= first; l--) {
    const c = classify(tokens, first, l);
    if (c) return c;
  }
  return null;
}

const SHARE_HEAD_SET = set(SHARE_HEADS);
const FRACTION_HEAD_SET = set(FRACTION_SHARE_HEADS);
const SHARE_LINK_SET = set(SHARE_LINKS);
const NUMBER_SET = set(NUMBER_WORDS);
const SHARE_QUALIFIER_SET = set(SHARE_QUALIFIERS);

/** `47`, `4.5`, `Twenty-four`, `nine`. */
export function isNumberWord(t: Token): boolean {
  return t.quoted < 0 && (/^\d[\d.,]*$/.test(t.text) || (t.low.includes('-') ? t.low.split('-').every((w) => NUMBER_SET.has(w)) : NUMBER_SET.has(t.low)));
}

/**
 * A poll share as a source, ending at token `last`: `Twenty-four percent`, `75 percent of Democrats`,
 * `two in three`, `nearly nine out of 10`, `a third`, `majorities in all five`. A group, never an entity.
 */
export function shareSubject(tokens: readonly Token[], last: number, min: number): SourcePhrase | null {
  const t = tokens[last];
  if (!t || !t.word || t.quoted >= 0) return null;
  // The share head: the last token, or before `of`/`in`/`among` and a few words (`75 percent of Democrats`).
  let h = -1;
  for (let k = last; k >= min && last - k <= 6; k--) {
    const c = tokens[k]!;
    if (c.quoted >= 0 || (!c.word && c.text !== '%')) return null;
    if (VERBISH.has(c.low) || (c !== t && lookupPronoun(c.low) && c.low !== 'them')) return null;
    if (k === last || SHARE_LINK_SET.has(tokens[k + 1]?.low ?? '')) {
      if (SHARE_HEAD_SET.has(c.low) || (isNumberWord(c) && /^(?:in|of)$/.test(tokens[k - 1]?.low ?? '') && k - 2 >= min && (isNumberWord(tokens[k - 2]!) || tokens[k - 2]!.low === 'out'))) {
        h = k;
        break;
      }
    }
  }
  if (h < 0) return null;
  if (h < last && !SHARE_LINK_SET.has(tokens[h + 1]!.low)) return null;
  let f = h;
  const head = tokens[h]!;
  if (head.low === 'percent' || head.text === '%') {
    if (!(f - 1 >= min && isNumberWord(tokens[f - 1]!))) return null;
    f--;
  } else if (isNumberWord(head)) {
    // `six in 10`, `nine out of 10`
    if (tokens[h - 1]!.low === 'of' && tokens[h - 2]?.low === 'out') {
      if (!(h - 3 >= min && isNumberWord(tokens[h - 3]!))) return null;
      f = h - 3;
    } else f = h - 2;
  } else if (FRACTION_HEAD_SET.has(head.low) && f - 1 >= min && isNumberWord(tokens[f - 1]!)) {
    f--;
  }
  while (f - 1 >= min && tokens[f - 1]!.quoted < 0 && SHARE_QUALIFIER_SET.has(tokens[f - 1]!.low)) f--;
  // `most` alone is an adverb too often (`most said`): only with `of` (`most of the voters`).
  if (head.low === 'most' && h === last) return null;
  return { first: f, last, kind: 'group', name: null, role: null };
}


/**
 * resolve/speakers-lexicon: what compromise's lexicon knows about a single capitalized word
 * (`Vladimir` is a male first name, `Russia` a country). The words it classes are a generated
 * table (`src/vocab/lexicon.ts`, written by `scripts/lexicon.ts` from the installed compromise),
 * so a lookup is O(1) and needs no compromise at all; compromise is never run over the article.
 */
import { compromise, ownedCopy } from '../compromise.js';
import {
  LEXICON_FEMALE_NAMES,
  LEXICON_FIRST_NAMES,
  LEXICON_LAST_NAMES,
  LEXICON_MALE_NAMES,
  LEXICON_ORGANIZATIONS,
  LEXICON_PERSONS,
  LEXICON_PLACES,
} from '../vocab/lexicon.js';

export type WordClass = 'male' | 'female' | 'first' | 'last' | 'person' | 'place' | 'org' | null;

/** The class of a word from its compromise lexicon entry (a tag or a list of tags); how the table is made. */
export function classOfTags(entry: unknown): WordClass {
  const tags = String(entry);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'first';
  if (tags.includes('LastName')) return 'last';
  if (tags.includes('Person')) return 'person';
  if (/Country|Place|City|Region/.test(tags)) return 'place';
  if (tags.includes('Organization')) return 'org';
  return null;
}

/** Each generated table with its class. */
export const LEXICON_TABLES: ReadonlyArray<readonly [Exclude<WordClass, null>, readonly string[]]> = [
  ['male', LEXICON_MALE_NAMES],
  ['female', LEXICON_FEMALE_NAMES],
  ['first', LEXICON_FIRST_NAMES],
  ['last', LEXICON_LAST_NAMES],
  ['person', LEXICON_PERSONS],
  ['place', LEXICON_PLACES],
  ['org', LEXICON_ORGANIZATIONS],
];

let classes: Map<string, WordClass> | null = null;

export function wordClass(word: string): WordClass {
  return classOfLower(word.toLowerCase());
}

/**
 * `wordClass` of a word given lower-cased already (a token's `low`): lower-casing it again would
 * make a new string, through ICU when it was cut from a text with any character beyond Latin-1.
 */
export function classOfLower(lower: string): WordClass {
  if (!classes) {
    classes = new Map();
    for (const [cls, words] of LEXICON_TABLES) for (const w of words) classes.set(w, cls);
  }
  return classes.get(lower) ?? null;
}

/** Answers of `isNounAfterName` so far, by the two words (the tags depend on them only); bounded like the unit tagger's. */
const nounAfter = new Map<string, boolean>();
const NOUN_AFTER_SIZE = 2000;

/**
 * `EU governments`: the word after a name is a noun, so the name modifies it (not a mention of
 * the organization as an actor, unlike `EU's` or `OFSI said`). Runs compromise on two words only.
 */
export function isNounAfterName(name: string, next: string): boolean {
  const key = `${name} ${next}`;
  let answer = nounAfter.get(key);
  if (answer === undefined) {
    answer = tagNounAfter(key);
    if (nounAfter.size >= NOUN_AFTER_SIZE) nounAfter.clear();
    nounAfter.set(ownedCopy(key), answer);
  }
  return answer;
}

function tagNounAfter(phrase: string): boolean {
  try {
    const terms = compromise()(phrase).terms().json();
    const tags = terms[1]?.terms[0]?.tags ?? [];
    return tags.includes('Noun') && !tags.includes('Verb');
  } catch {
    return false;
  }
}

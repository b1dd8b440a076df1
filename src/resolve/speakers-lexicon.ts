/**
 * resolve/speakers-lexicon: what compromise's lexicon knows about a single capitalized word
 * (`Vladimir` is a male first name, `Russia` a country). A direct lexicon lookup keeps it O(1)
 * per word; compromise is never run over the article.
 */
import nlp from 'compromise';

export type WordClass = 'male' | 'female' | 'first' | 'last' | 'person' | 'place' | 'org' | null;

let lexicon: Record<string, unknown> | null = null;

function lex(): Record<string, unknown> {
  if (lexicon) return lexicon;
  try {
    const model = nlp.model() as { one?: { lexicon?: Record<string, unknown> } };
    lexicon = model.one?.lexicon ?? {};
  } catch {
    lexicon = {};
  }
  return lexicon;
}

export function wordClass(word: string): WordClass {
  const v = lex()[word.toLowerCase()];
  if (v === undefined) return null;
  const tags = String(v);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'first';
  if (tags.includes('LastName')) return 'last';
  if (tags.includes('Person')) return 'person';
  if (/Country|Place|City|Region/.test(tags)) return 'place';
  if (tags.includes('Organization')) return 'org';
  return null;
}

/**
 * `EU governments`: the word after a name is a noun, so the name modifies it (not a mention of
 * the organization as an actor, unlike `EU's` or `OFSI said`). Runs compromise on two words only.
 */
export function isNounAfterName(name: string, next: string): boolean {
  try {
    const terms = nlp(`${name} ${next}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const tags = terms[1]?.terms[0]?.tags ?? [];
    return tags.includes('Noun') && !tags.includes('Verb');
  } catch {
    return false;
  }
}

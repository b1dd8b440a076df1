/** Function words used by the rules of `sanctions-actors.ts`. Lower-case. */

/** Words that open a noun phrase before an imposer or target noun. */
export const NOUN_OPENERS: readonly string[] = ['the', 'a', 'an', 'new', 'additional', 'further', 'fresh', 'more', 'its', 'their', 'his', 'her', 'our', 'those', 'these'];

/** Pronouns and relatives that are never an imposer or target by themselves. */
export const ACTOR_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'who', 'which'];

/** Words besides the unit stop words that never start an imposer or target phrase. */
export const ACTOR_FUNCTION_WORDS: readonly string[] = ['on', 'in', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'here', 'then'];

/** Verbs after `agreed to` / `was ordered to` whose subject pays a penalty, not imposes it. */
export const PAYMENT_VERBS: readonly string[] = ['pay', 'settle', 'forfeit', 'resolve', 'hand over', 'disgorge'];

/** Relative pronouns: a verb after one takes the subject of the clause they hang on (`the package, which targets`). */
export const RELATIVE_PRONOUNS: readonly string[] = ['which', 'that', 'who', 'whose'];

/** Determiners after `of` in a partitive count (`two of the three companies`, `20 of its affiliates`). */
export const PARTITIVE_DETERMINERS: readonly string[] = ['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our'];

/** Adjectives between an imposer and its sanction noun (`the EU's 15th new sanctions package`). */
export const SANCTION_MODIFIERS: readonly string[] = ['new', 'latest', 'fresh', 'additional', 'further', 'first', 'next', 'toughest', 'sweeping', 'broad'];

/**
 * Words after which a country is the party harmed, not the one sanctioned (`actions undermining
 * Ukraine`, `the war against Ukraine`).
 */
export const VICTIM_WORDS: readonly string[] = [
  'undermining', 'undermine', 'undermines', 'undermined', 'threatening', 'threaten', 'threatens', 'threatened',
  'attacking', 'attack on', 'attacks on', 'attacked', 'invading', 'invade', 'invaded', 'invasion of', 'war in',
  'war against', 'war on', 'aggression against', 'destabilizing', 'destabilising', 'occupation of',
];

/** Verbs of saying whose subject a following pronoun stands for (`Britain said it would sanction`). */
export const SAYING_VERBS: readonly string[] = [
  'said', 'says', 'announced', 'announces', 'stated', 'added', 'confirmed', 'declared', 'warned', 'told reporters',
];

/** Subject pronouns that take their referent from a verb of saying before them. */
export const ANAPHORIC_SUBJECTS: readonly string[] = ['it', 'they', 'he', 'she', 'we'];

/** Nouns before `of` that make a running total (`the number of targets ... to 4,000`). */
export const TOTAL_HEADS: readonly string[] = ['number', 'total', 'tally', 'count'];

/** Words that may follow a running total's amount (`to more than 4,000 since 2022`). */
export const TOTAL_TAILS: readonly string[] = ['since', 'so', 'in', 'this', 'last', 'over', 'as', 'and', 'after', 'from', 'under', 'across'];

/** Adverbs between a sanction noun and the verb that ties it to a count (`measures now apply to`). */
export const CLAUSE_ADVERBS: readonly string[] = ['now', 'also', 'currently', 'already', 'still', 'together'];

/** Phrases right before a count whose subject suffers it (`Moscow has been hit with 16,500 sanctions`). */
export const SUFFERING_PASSIVES: readonly string[] = [
  'been hit with', 'was hit with', 'were hit with', 'is hit with', 'are hit with', 'been slapped with',
  'was slapped with', 'were slapped with', 'been targeted with', 'been hit by', 'was hit by', 'faces', 'faced',
  'is facing', 'is subject to', 'are subject to', 'was subject to', 'were subject to', 'is under', 'are under',
];

/** Auxiliaries and adverbs between a subject and a passive (`Moscow has already been hit with`). */
export const PASSIVE_AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'now', 'already', 'also'];

/** Words that keep a list of places going (`in China, Turkey and the UAE`). */
export const LIST_GLUE_WORDS: readonly string[] = ['and', 'or', 'the'];

/** Words of an office after `of` in a title (`Secretary of State`, `Minister of Foreign Affairs`). */
export const OFFICE_WORDS: readonly string[] = [
  'state', 'treasury', 'defense', 'defence', 'commerce', 'justice', 'foreign', 'affairs', 'finance', 'economy',
  'trade', 'homeland', 'security', 'interior', 'energy', 'industry', 'economic', 'development',
];

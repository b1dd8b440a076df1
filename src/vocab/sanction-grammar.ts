/** Function words used by the rules of `sanctions-actors.ts`. Lower-case. */

/** Words that open a noun phrase before an imposer or target noun. */
export const NOUN_OPENERS: readonly string[] = ['the', 'a', 'an', 'new', 'additional', 'further', 'fresh', 'more', 'its', 'their', 'his', 'her', 'our', 'those', 'these'];

/** Pronouns and relatives that are never an imposer or target by themselves. */
export const ACTOR_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'who', 'which'];

/** Words besides the unit stop words that never start an imposer or target phrase. */
export const ACTOR_FUNCTION_WORDS: readonly string[] = ['on', 'in', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'here', 'then'];

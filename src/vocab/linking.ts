/**
 * Words that decide whether a date in a quote's sentence says when the quote was made.
 */

/**
 * Clause breaks: a date separated from the quote's source and cue by one of these belongs to
 * another clause (`... following the invasion two years ago, and his running mate has said ...`).
 * Matched as written and followed by white space.
 */
export const CLAUSE_BREAKS: readonly string[] = [', and', ', but', ', whereas', ';', '—', '–', '--'];

/**
 * Determiners that make a date a noun modifier (`the 2020 election`, `its November vote`): such a
 * date names an event, not the time of the saying. Lower-case.
 */
export const MODIFIER_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'next', 'last'];

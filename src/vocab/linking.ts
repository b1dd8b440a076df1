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

/**
 * Verbs of saying right before a date (`..., Blinken said last month`, `officials told reporters on
 * Monday`): the date is when the report was made, not when the sanctions were imposed. Lower-case.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes',
  'wrote', 'writes', 'reported', 'reports', 'confirmed', 'confirms', 'explained', 'explains',
];

/** Words that may stand between a verb of saying and its date (`said on Monday`, `told reporters late Friday`). */
export const REPORTING_FILLERS: readonly string[] = ['on', 'in', 'at', 'late', 'early', 'earlier', 'reporters', 'journalists'];

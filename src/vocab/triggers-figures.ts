/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for sanction figures: a sentence with none
 * of them (and no digit) holds no quantity and names no sanctions action, so the annotator skips it
 * (it only notes that the sentence names no sanctions, for the next one). Lower-case single words,
 * built from the tables the annotator matches with. A word missing here loses items silently:
 * test/sanctions-speed.test.ts checks that skipping changes nothing.
 *
 * A multi-word entry matches only when all its words are there, so one word of it is enough: the
 * longest (the rarest, roughly: `north korean won` -> `korean`, not `won`).
 */
import { oneWordEach } from '../segment/trigger-words.js';
import { CURRENCY_NAMES, SANCTION_LISTS, SANCTION_NOUNS, SANCTION_VERBS } from './sanctions.js';
import { FRACTION_WORDS, NUMBER_WORDS, ORDINAL_NUMBERS, SCALE_WORDS, VAGUE_AMOUNTS } from './qualifiers.js';

/**
 * Words without which a sentence holds no quantity (`annotate/numbers`): the number itself is a
 * digit or one of these. Spelled-out numbers and scales (`two dozen`, `a hundred`), fractions
 * (`a third`, `half a million`), vague amounts (`hundreds of`, `a handful of`), ordinals read as
 * numbers after a qualifier (`more than the first`), and `a dollar` (one unit of a currency).
 * Vague multipliers (`several hundred`) and negative words (`minus five`) need a scale word or a
 * number after them, so they need no entry of their own.
 */
export const QUANTITY_TRIGGERS: readonly string[] = oneWordEach('longest', NUMBER_WORDS, SCALE_WORDS, FRACTION_WORDS, VAGUE_AMOUNTS, ORDINAL_NUMBERS, CURRENCY_NAMES);

/**
 * Words without which a sentence names no sanctions action (a sanction noun, verb or list): such a
 * sentence sets the context of the next one (`The targets include ...`) even without a figure.
 */
export const SANCTION_CUE_TRIGGERS: readonly string[] = oneWordEach('longest', SANCTION_NOUNS, SANCTION_VERBS, SANCTION_LISTS);

/** Words that make the figures annotator read a sentence. */
export const FIGURE_TRIGGERS: readonly string[] = [...new Set([...QUANTITY_TRIGGERS, ...SANCTION_CUE_TRIGGERS])].sort();

/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for dates: a sentence with none of
 * them (and none of the trigger characters: digits, quote marks) cannot hold a date, so that
 * annotator skips it. Lower-case single words, built from the tables the annotator matches with.
 * A word missing here loses items silently: test/prescan.test.ts checks that skipping changes
 * nothing.
 */
import { triggerWords } from '../segment/trigger-words.js';
import { MONTHS, WEEKDAYS, WEEKDAYS_PLURAL, SEASONS, DAY_PARTS, NUMBER_WORDS, NUMBER_TENS, UNITS, UNIT_ABBREVIATIONS, UNIT_PLURALS, SET_ADVERBS, DAY_WORDS, NARRATIVE_DAYS, REF_WORDS, ORDINALS, DAY_ORDINAL_WORDS, HALF_ORDINALS } from './dates.js';

/** Words that can start or carry a date expression. */
export const DATE_TRIGGERS: readonly string[] = triggerWords(
  MONTHS, WEEKDAYS, WEEKDAYS_PLURAL, SEASONS, DAY_PARTS, NUMBER_WORDS, NUMBER_TENS, UNITS, UNIT_ABBREVIATIONS, UNIT_PLURALS,
  SET_ADVERBS, DAY_WORDS, NARRATIVE_DAYS, REF_WORDS, ORDINALS, DAY_ORDINAL_WORDS, HALF_ORDINALS,
);

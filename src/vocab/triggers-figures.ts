/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for sanction figures: a sentence with none of
 * them (and none of the trigger characters: digits, quote marks) cannot hold a sanction figure, so that
 * annotator skips it. Lower-case single words, built from the tables the annotator matches with.
 * A word missing here loses items silently: test/prescan.test.ts checks that skipping changes
 * nothing.
 */
import { triggerWords } from '../segment/trigger-words.js';
import { NUMBER_WORDS, NUMBER_TENS } from './dates.js';

/** Words that can carry a figure without digits: spelled-out numbers and their scales. */
export const FIGURE_TRIGGERS: readonly string[] = triggerWords(NUMBER_WORDS, NUMBER_TENS, [
  'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion',
]);

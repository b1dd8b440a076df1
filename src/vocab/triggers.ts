/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`): a sentence with none of a kind's
 * trigger words (and none of its trigger characters: digits, quote marks) cannot hold an item of
 * that kind, so that kind's annotator skips it. Lower-case single words. A word missing here
 * loses items silently, so each list is built from the tables its annotator matches with, and
 * test/prescan.test.ts checks that skipping changes nothing.
 */
import { MONTHS, WEEKDAYS, WEEKDAYS_PLURAL, SEASONS, DAY_PARTS, NUMBER_WORDS, NUMBER_TENS, UNITS, UNIT_ABBREVIATIONS, UNIT_PLURALS, SET_ADVERBS, DAY_WORDS, NARRATIVE_DAYS, REF_WORDS, ORDINALS, DAY_ORDINAL_WORDS, HALF_ORDINALS } from './dates.js';
import { SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES } from './cues.js';

const words = (...tables: ReadonlyArray<readonly string[] | Readonly<Record<string, unknown>>>): string[] => {
  const out = new Set<string>();
  for (const t of tables) {
    for (const entry of Array.isArray(t) ? t : Object.keys(t)) for (const w of entry.toLowerCase().split(/[^\p{L}]+/u)) if (w) out.add(w);
  }
  return [...out].sort();
};

/** Words that can start or carry a date expression. */
export const DATE_TRIGGERS: readonly string[] = words(
  MONTHS, WEEKDAYS, WEEKDAYS_PLURAL, SEASONS, DAY_PARTS, NUMBER_WORDS, NUMBER_TENS, UNITS, UNIT_ABBREVIATIONS, UNIT_PLURALS,
  SET_ADVERBS, DAY_WORDS, NARRATIVE_DAYS, REF_WORDS, ORDINALS, DAY_ORDINAL_WORDS, HALF_ORDINALS,
);

/** Words that can carry a quote without quote marks: the cue verbs and `according`. */
export const QUOTE_TRIGGERS: readonly string[] = words(
  SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES,
);

/** Words that can carry a figure without digits: spelled-out numbers. */
export const FIGURE_TRIGGERS: readonly string[] = words(NUMBER_WORDS, NUMBER_TENS, ['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion']);

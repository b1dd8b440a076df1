/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for quotes: a sentence with none of
 * them (and none of the trigger characters: digits, quote marks) cannot hold a quote, so that
 * annotator skips it. Lower-case single words, built from the tables the annotator matches with.
 * A word missing here loses items silently: test/prescan.test.ts checks that skipping changes
 * nothing.
 */
import { triggerWords } from '../segment/trigger-words.js';
import { SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES } from './cues.js';

/** Words that can carry a quote without quote marks: the cue verbs and `according`. */
export const QUOTE_TRIGGERS: readonly string[] = triggerWords(
  SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES,
);

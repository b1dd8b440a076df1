/** The library API of `claims`. The CLI is a thin shell over these. */
export * from './types.js';
export { extractText, toDoc } from './extract.js';
export { decode, parseHeader, ArticleError } from './read.js';
export { segment, sentenceAt } from './segment/index.js';
export { annotateDates } from './annotate/dates.js';
export { annotateQuotes } from './annotate/quotes.js';
export { annotateSanctions } from './annotate/sanctions.js';
export { resolveSpeakers } from './resolve/speakers.js';

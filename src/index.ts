/** The library API of `claims`. The CLI is a thin shell over these. */
export * from './types.js';
export { assemble, extractText, findDates, toDoc } from './extract.js';
export { decode, parseHeader, ArticleError } from './read.js';
export { segment, sentenceAt } from './segment/index.js';
export { annotateDates } from './annotate/dates.js';
export { annotateQuotes } from './annotate/quotes.js';
export { annotateSanctions } from './annotate/sanctions.js';
export { resolveSpeakers } from './resolve/speakers.js';
export { extractFile, walk, DEFAULT_MAX_FILE_SIZE } from './files.js';
export type { FileResult, ReadOptions, WalkOptions, WalkResult } from './files.js';
export { FORMATTERS, FORMAT_NAMES } from './render/index.js';
export type { Formatter, FormatOptions, FormatterFactory, FormatName } from './render/index.js';
export { linkQuoteDates, linkSanctionDates } from './resolve/link.js';

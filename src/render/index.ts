/** render: the formatter registry. Add a format by adding one pure factory here. */
import type { FormatterFactory } from './types.js';
import { json, ndjson } from './json.js';
import { report } from './report.js';

export const FORMATTERS = { report, json, ndjson } as const satisfies Record<string, FormatterFactory>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export type { Formatter, FormatOptions, FormatterFactory } from './types.js';

import type { EvalSet } from '../types.js';

/** Placeholder: scores the extractor against fixtures/gold. */
export const sets: EvalSet[] = [];

import type { EvalSet } from '../types.js';

/** Placeholder: filled in by the polnear stage. */
export const sets: EvalSet[] = [];

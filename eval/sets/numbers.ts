import type { EvalSet } from '../types.js';

/** Placeholder: filled in by the numbers stage. */
export const sets: EvalSet[] = [];

import type { EvalSet } from '../types.js';

/** Placeholder: filled in by the sentences stage. */
export const sets: EvalSet[] = [];

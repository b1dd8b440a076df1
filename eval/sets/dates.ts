import type { EvalSet } from '../types.js';

/** Placeholder: filled in by the dates stage. */
export const sets: EvalSet[] = [];

import type { EvalSet } from '../types.js';
import { sets as fixtures } from './fixtures.js';
import { sets as sentences } from './sentences.js';
import { sets as dates } from './dates.js';
import { sets as numbers } from './numbers.js';
import { sets as polnear } from './polnear.js';

/** Every evaluation set, in the order the table prints them. */
export const SETS: EvalSet[] = [...fixtures, ...sentences, ...polnear, ...dates, ...numbers];

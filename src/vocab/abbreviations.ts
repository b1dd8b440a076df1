/**
 * Abbreviations that end with a period, for the sentence segmenter. Entries are written without
 * the final period; a dotted abbreviation keeps its inner periods (`e.g`). Tokens of one- or
 * two-letter groups joined by periods (`U.S`, `D.C`, `a.m`, `Ph.D`) and single letters (initials)
 * are recognised by shape and need no entry.
 */

/**
 * Always followed by what they qualify (a name, a number, a place): their period never ends a
 * sentence (`Mr. Biden`, `Gen. Smith`, `Mt. Fuji`, `Roe v. Wade`). Matched case-insensitively.
 */
export const PREPOSITIVE_ABBREVIATIONS: readonly string[] = [
  'adm',
  'approx',
  'atty',
  'capt',
  'cf',
  'cmdr',
  'col',
  'cpl',
  'det',
  'dr',
  'e.g',
  'fr',
  'gen',
  'gov',
  'hon',
  'i.e',
  'insp',
  'lt',
  'maj',
  'messrs',
  'mr',
  'mrs',
  'ms',
  'msgr',
  'mt',
  'pres',
  'prof',
  'pvt',
  'rep',
  'reps',
  'rev',
  'sen',
  'sens',
  'sgt',
  'supt',
  'v',
  'viz',
  'vs',
];

/**
 * Put before a number (`No. 5`, `p. 55`, `Fig. 2`, `Vol. 3`, `N°. 1026`): no sentence end when a
 * number follows; otherwise the period is read as an ordinary one. Matched case-insensitively.
 */
export const NUMERIC_ABBREVIATIONS: readonly string[] = [
  'art',
  'ch',
  'fig',
  'figs',
  'n°',
  'no',
  'nos',
  'op',
  'p',
  'para',
  'pp',
  'vol',
  'vols',
];

/**
 * Usually inside a sentence but sentence-final now and then (`Pitt, Briggs & Co. It closed.`):
 * they end a sentence only when the next word begins one (see `SENTENCE_STARTERS`).
 * Matched case-insensitively.
 */
export const ABBREVIATIONS: readonly string[] = [
  'al',
  'apt',
  'assn',
  'assoc',
  'ave',
  'bldg',
  'blvd',
  'bros',
  'cal',
  'calif',
  'co',
  'colo',
  'conn',
  'corp',
  'dept',
  'dist',
  'est',
  'etc',
  'fla',
  'ft',
  'govt',
  'hwy',
  'inc',
  'intl',
  'jr',
  'ky',
  'ltd',
  'mfg',
  'minn',
  'mont',
  'mst',
  'natl',
  'neb',
  'nev',
  'okla',
  'rd',
  'sec',
  'sr',
  'st',
  'tenn',
  'univ',
  'wis',
  'wyo',
];

/**
 * Like `ABBREVIATIONS`, but case is the point: written as they appear, matched case-sensitively,
 * because in lower case they are ordinary words (`fell ill.`, `a mass.`, `to mar.`).
 * US state abbreviations (AP style) and month abbreviations.
 */
export const CAPITALIZED_ABBREVIATIONS: readonly string[] = [
  'Ala',
  'Apr',
  'Ariz',
  'Ark',
  'Aug',
  'Dec',
  'Del',
  'Feb',
  'Ga',
  'Ill',
  'Ind',
  'Jan',
  'Jul',
  'Jun',
  'Kan',
  'La',
  'Mar',
  'Mass',
  'Md',
  'Mich',
  'Miss',
  'Mo',
  'Nov',
  'Oct',
  'Ore',
  'Pa',
  'Sep',
  'Sept',
  'Tex',
  'Va',
  'Vt',
  'Wash',
];

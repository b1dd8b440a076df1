/** Function words used by the rules of `quotes.ts`. Lower-case. */

/** Words after a participle that mean it is not a cue sharing the clause subject (`claiming by`, `began`). */
export const PARTICIPLE_BLOCKERS: readonly string[] = ['by', 'after', 'before', 'while', 'since', 'about', 'for', 'of', 'without', 'from', 'upon', 'when', 'in', 'on', 'is', 'was', 'are', 'were', 'be', 'been', 'keeps', 'kept', 'stop', 'stopped', 'start', 'started', 'began', 'begin', 'continue', 'continued', 'like', 'avoid', 'avoided', 'the', 'a', 'an'];

/** Words before a past participle that make it a reduced passive, not a cue (`when asked`). */
export const REDUCED_PASSIVE_OPENERS: readonly string[] = ['when', 'if', 'as', 'after', 'before', 'unless', 'until', 'once', 'where', 'than'];

/** Pronouns that can be the subject of a cue. */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'i', 'we', 'you', 'there'];

/** Words opening an embedded question (`asked whether ...`). */
export const WH_WORDS: readonly string[] = ['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'which'];

/** Conjunctions that join clauses. */
export const CLAUSE_CONJUNCTIONS: readonly string[] = ['and', 'but', 'while', 'as', 'though', 'although', 'yet', 'so', 'or', 'when'];

/** Time words that are prepositions or determiners, skipped only as part of a time phrase. */
export const TIME_PREPOSITIONS: readonly string[] = ['on', 'in', 'this', 'last', 'earlier', 'late', 'early'];

/** Words opening a fronted adverbial phrase, which is the writer's, not content (`Despite ..., X said`). */
export const FRONTED_OPENERS: readonly string[] = ['despite', 'in', 'after', 'before', 'during', 'since', 'following', 'amid', 'unlike', 'like', 'with', 'without', 'for', 'on', 'at', 'by', 'under', 'over', 'as', 'while', 'although', 'though', 'when', 'if', 'shortly'];

/** Quantifiers floating between a plural source and its cue (`Trump and Sanders have both argued`). */
export const FLOATING_QUANTIFIERS: readonly string[] = ['both', 'all', 'each'];

/** Subordinating conjunctions that open a clause before the main one (`When Putin said ..., the audience ...`). */
export const SUBORDINATORS: readonly string[] = ['when', 'after', 'as', 'because', 'while', 'before', 'since', 'although', 'though', 'if', 'once', 'until', 'whenever'];

/** Heads of a poll share that speaks as a source (`47 percent said`, `a third said`, `six in 10 say`). */
export const SHARE_HEADS: readonly string[] = [
  'percent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'three-quarters', 'two-thirds',
  'majority', 'majorities', 'plurality', 'pluralities', 'minority', 'most', 'fifth', 'fifths',
];

/** Number words before a share head (`Twenty-four percent`, `six in 10`). Hyphenated tens are split by the rule. */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
];

/** Words before a share (`nearly half`, `more than 4 in 10`, `a third`). */
export const SHARE_QUALIFIERS: readonly string[] = [
  'a', 'an', 'the', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'just', 'only', 'over',
  'more', 'less', 'fewer', 'than', 'under', 'at', 'least', 'approximately', 'slightly', 'fully', 'barely',
  'overwhelming', 'large', 'slim', 'narrow', 'clear', 'solid', 'big', 'small', 'vast', 'another', 'full',
];

/** Words that open a modifier after the head of a group subject (`supporters of reform`, `people who know him`, `those surveyed`). */
export const POSTMODIFIER_WORDS: readonly string[] = [
  'who', 'that', 'with', 'of', 'in', 'from', 'at', 'for', 'on', 'among', 'across', 'close', 'familiar',
  'involved', 'surveyed', 'polled', 'interviewed', 'briefed', 'questioned', 'asked', 'attending',
  'working', 'supporting', 'backing', 'inside', 'outside', 'near', 'around', 'under', 'within',
];

/** Quantifiers and determiners before the head of a group subject (`Several supporters`, `Some Democrats`). */
export const GROUP_DETERMINERS: readonly string[] = [
  'the', 'some', 'several', 'many', 'most', 'few', 'all', 'both', 'other', 'these', 'those', 'two', 'three',
  'four', 'five', 'dozens', 'hundreds', 'thousands', 'numerous', 'various', 'a', 'more', 'fewer',
];

/** Labels before a colon that name no source (`Update: ...`, `Watch: ...`, `Q: ...`). */
export const HEADLINE_LABELS: readonly string[] = [
  'update', 'updated', 'breaking', 'exclusive', 'watch', 'video', 'photos', 'photo', 'live', 'analysis',
  'opinion', 'editorial', 'review', 'correction', 'note', 'editor’s', "editor's", 'related', 'read',
  'listen', 'see', 'more', 'source', 'sources', 'q', 'a', 'question', 'answer', 'transcript', 'factbox',
  'explainer', 'timeline', 'fact', 'chart', 'map', 'graphic', 'podcast', 'recap', 'preview',
  'report', 'inside', 'exclusive—', 'first', 'today', 'tonight', 'this', 'here', 'warning', 'disclaimer', 'bonus',
  'latest', 'notice', 'email', 'newsletter', 'roundup', 'briefing', 'digest', 'circle', 'column',
  'contributing', 'boom', 'wow', 'look', 'bombshell', 'follow', 'confirmed', 'revealed', 'shocking', 'must',
];

/** Words opening an appositive after a source (`according to X, an analyst at ...`, `X, who ...`), not the rest of a clause. */
export const APPOSITIVE_OPENER_WORDS: readonly string[] = ['a', 'an', 'the', 'who', 'which', 'whose', 'one', 'his', 'her', 'its', 'their', 'now', 'then', 'former'];

/** Words that open a time phrase only before a time word (`this week`, `last month`), else a clause (`this is ...`). */
export const TIME_DETERMINERS: readonly string[] = ['this', 'last', 'next', 'early', 'earlier', 'late', 'later'];

/** Objects of a verb of saying that report nothing (`said nothing about costs`, `said little`). */
export const EMPTY_OBJECTS: readonly string[] = ['nothing', 'little', 'something', 'anything', 'much', 'everything', 'plenty', 'otherwise'];

/** Words after which a bare verb form follows its subject (`did Putin say`, `let him say`, `heard her say`). */
export const BARE_FORM_GOVERNORS: readonly string[] = ['to', 'let', 'make', 'made', 'makes', 'heard', 'hear', 'watch', 'saw', 'see'];

/** Possessive determiners (`vowed to his ...` is no infinitive). */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['his', 'her', 'their', 'its', 'my', 'our', 'your'];

/** Prepositions that attach a place or organization to a name (`X of Y Church in Marion`). */
export const PLACE_PREPOSITIONS: readonly string[] = ['of', 'in', 'from', 'at', 'near'];

/** Words that link a poll share to its group (`75 percent of Democrats`, `majorities in all five`). */
export const SHARE_LINKS: readonly string[] = ['of', 'in', 'among', 'from'];

/** Fraction nouns a poll share can end in after a number word (`two thirds of voters said`). */
export const FRACTION_SHARE_HEADS: readonly string[] = ['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths'];

/** Words that open a fronted adverbial before a source, skipped up to its comma (`Hours later, X said`, `Meanwhile, X said`). */
export const FRONTED_ADVERBIAL_WORDS: readonly string[] = [
  'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'moments', 'later', 'earlier', 'then', 'meanwhile', 'also', 'still', 'yet', 'however', 'instead',
];

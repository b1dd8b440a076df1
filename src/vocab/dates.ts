/**
 * vocab/dates: the word tables the dates annotator builds its patterns from.
 * Every entry is trimmed and lower-case; patterns match case-insensitively unless a rule says
 * otherwise (month names that are also common words are checked for case in code).
 */

/** Month names and abbreviations -> month number (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Month names that are also ordinary English words (`may`, `march`): outside a clear date context
 * they count only when capitalized and not sentence-initial.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep'];

/** Weekday names and abbreviations -> ISO weekday (1 = Monday ... 7 = Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Plural weekdays (`on Mondays`) that make a SET. */
export const WEEKDAYS_PLURAL: Readonly<Record<string, number>> = {
  mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7,
};

/**
 * Verbs after a sentence-initial `May` / `March` that make it the month (`March was the deadliest
 * month`), not a modal or a verb.
 */
export const MONTH_SUBJECT_VERBS: readonly string[] = [
  'was', 'is', 'has', 'had', 'saw', 'sees', 'brought', 'brings', 'marked', 'marks', 'will', 'also',
  'proved', 'ended', 'began',
];

/** Prepositions after which a bare `May` or `March` is the month (`in May`, `since March`). */
export const MONTH_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'through', 'during', 'to', 'and', 'or',
  'early', 'late', 'mid', 'before', 'after', 'last', 'next', 'this', 'between',
];

/** Count nouns after which `a day`, `a year` is a rate, i.e. a SET (`24 hours a day`, `$5 billion a year`). */
export const RATE_HEADS: readonly string[] = [
  'million', 'billion', 'trillion', 'percent', 'times', 'hours', 'days', 'weeks', 'months',
  'minutes', 'dollars', 'euros', 'pounds', 'barrels', 'tons', 'tonnes', 'people', 'cases', 'day',
  'hour', 'night',
];

/** Seasons -> TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Seasons that are also ordinary words (`the fall of Kabul`, `the Arab Spring`). */
export const AMBIGUOUS_SEASONS: readonly string[] = ['spring', 'fall'];

/** Parts of the day -> TIMEX3 code. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Number words -> value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Tens that combine with a unit word (`twenty-four`, `thirty one`). */
export const NUMBER_TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Vague quantities: a duration with an unknown count (`several years` -> `PXY`); `couple` is 2. */
export const VAGUE_COUNTS: Readonly<Record<string, number | null>> = {
  'a couple of': 2,
  'a couple': 2,
  'couple of': 2,
  'a few': null,
  few: null,
  several: null,
  many: null,
  'a number of': null,
};

/** Ordinal words for days of the month (`Friday the twenty first`) -> day. */
export const DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty first': 21, 'twenty second': 22, 'twenty third': 23, 'twenty fourth': 24,
  'twenty fifth': 25, 'twenty sixth': 26, 'twenty seventh': 27, 'twenty eighth': 28,
  'twenty ninth': 29, thirtieth: 30, 'thirty first': 31,
};

/** Weekday abbreviations safe to read alone (`Tues.`, `Thurs.`); `Sun`, `Sat`, `Wed` are words too. */
export const WEEKDAY_SAFE_ABBREVIATIONS: readonly string[] = ['tues', 'thurs'];

/** Words for a half besides its ordinal (`the latter half of 2023`, `the back half of the year`). */
export const HALF_ORDINALS: Readonly<Record<string, number>> = {
  latter: 2,
  back: 2,
  front: 1,
};

/** Ordinal words -> value (`the third quarter`, `the second Monday`). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};

/**
 * Time units -> TIMEX3 duration unit: `Y`, `M` (months), `W`, `D`, and the time units `TH`, `TM`,
 * `TS` (hours, minutes, seconds, written after a `T`). `DE` (decade) and `CE` (century) are
 * multiples of years. Singular forms; plurals are derived.
 */
export const UNITS: Readonly<Record<string, string>> = {
  year: 'Y',
  month: 'M',
  week: 'W',
  fortnight: 'FN',
  day: 'D',
  hour: 'TH',
  minute: 'TM',
  second: 'TS',
  decade: 'DE',
  century: 'CE',
  quarter: 'Q',
  // Counted days of work or trading (`within 10 business days`, `the past five trading days`).
  'business day': 'D',
  'working day': 'D',
  'trading day': 'D',
};

/** Abbreviated units, accepted only right after digits (`3h`, `3 hrs`, `123.45 sec`). */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  h: 'TH', hr: 'TH', hrs: 'TH',
  min: 'TM', mins: 'TM',
  sec: 'TS', secs: 'TS',
  yr: 'Y', yrs: 'Y',
};

/** Irregular unit plurals. */
export const UNIT_PLURALS: Readonly<Record<string, string>> = {
  centuries: 'century',
};

/** Adverbs of frequency -> SET value. */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  bimonthly: 'P2M',
  quarterly: 'P3M',
  annually: 'P1Y',
  annual: 'P1Y',
  yearly: 'P1Y',
  biannually: 'P6M',
  hourly: 'PT1H',
};

/** Determiners before a unit that make a span of the past or the future (`the past decade`, `next 3 days`). */
export const SPAN_DETERMINERS: readonly string[] = ['past', 'last', 'next', 'coming', 'previous', 'following'];

/** Determiners for one whole unit (`all day`, `a full year`, `the whole week`). */
export const WHOLE_DETERMINERS: readonly string[] = ['all', 'full', 'whole', 'entire'];

/** Words that make a four-digit number before 1800 a year (`in 1391`, `the year 1066`). */
export const OLD_YEAR_CUES: readonly string[] = ['in', 'since', 'of', 'year', 'until', 'by', 'the'];

/** Words before a bare `spring`/`fall` (or `summer`, `winter`) that make it the season. */
export const SEASON_PREPOSITIONS: readonly string[] = [
  'in', 'during', 'by', 'until', 'since', 'this', 'last', 'next', 'through', 'over',
];

/** Words after `on the 27th` that still leave it a day of the month (not `the 27th floor`). */
export const ORDINAL_DAY_FOLLOWERS: readonly string[] = [
  'and', 'or', 'but', 'at', 'in', 'to', 'when', 'after', 'before', 'with', 'of',
];

/** Quantifiers that open a SET (`every year`, `each month`). */
export const SET_QUANTIFIERS: readonly string[] = ['every', 'each', 'every other'];

/** `once a year`, `twice a month`: frequency words before `a`/`per` + unit. */
export const SET_FREQUENCIES: readonly string[] = ['once', 'twice', 'three times', 'four times'];

/** Qualifiers before a duration or date -> TIMEX3 mod. */
export const MOD_QUALIFIERS: Readonly<Record<string, string>> = {
  'more than': 'MORE_THAN',
  'over': 'MORE_THAN',
  'at least': 'MORE_THAN',
  'upwards of': 'MORE_THAN',
  'longer than': 'MORE_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'under': 'LESS_THAN',
  'up to': 'LESS_THAN',
  'at most': 'LESS_THAN',
  'no more than': 'LESS_THAN',
  'shorter than': 'LESS_THAN',
  'almost': 'APPROX',
  'about': 'APPROX',
  'around': 'APPROX',
  'nearly': 'APPROX',
  'roughly': 'APPROX',
  'approximately': 'APPROX',
  'some': 'APPROX',
  'some of': 'APPROX',
  'close to': 'APPROX',
};

/** Position words before a period -> mod (`early 2024`, `mid-September`, `late last year`). */
export const POSITION_MODS: Readonly<Record<string, string>> = {
  early: 'START',
  earlier: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the first half of': 'START',
  mid: 'MID',
  middle: 'MID',
  'the middle of': 'MID',
  late: 'END',
  later: 'END',
  'the end of': 'END',
  'the close of': 'END',
  'the second half of': 'END',
  'the first days of': 'START',
  'the first weeks of': 'START',
  'the first months of': 'START',
  'the early days of': 'START',
  'the early weeks of': 'START',
  'the early months of': 'START',
  'the last days of': 'END',
  'the last weeks of': 'END',
  'the last months of': 'END',
  'the final days of': 'END',
  'the final weeks of': 'END',
  'the final months of': 'END',
};

/** Deictic modifiers before a unit, weekday, month or season. */
export const DEICTICS: Readonly<Record<string, 'this' | 'last' | 'next'>> = {
  this: 'this',
  current: 'this',
  'the current': 'this',
  'this past': 'last',
  last: 'last',
  past: 'last',
  previous: 'last',
  'the previous': 'last',
  'the past': 'last',
  'the last': 'last',
  next: 'next',
  'the next': 'next',
  coming: 'next',
  'the coming': 'next',
  'this coming': 'next',
  upcoming: 'next',
  'the upcoming': 'next',
  'the following': 'next',
  following: 'next',
};

/**
 * Deictics told from the story's time, not the article's (`elected in 2008; the following year`,
 * `in 2010 ...; the previous year`): counted from the story's last date, from the article's when
 * none comes before.
 */
export const STORY_DEICTICS: readonly string[] = ['the following', 'following', 'the previous'];

/** Prepositions that make `the next year` a stretch of time (`over the next year`), not the year after a story date. */
export const SPAN_PREPOSITIONS: readonly string[] = ['over', 'within', 'in', 'for', 'during', 'throughout', 'into', 'through', 'across', 'of'];

/** Words for the day relative to the article date -> offset in days. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** Days named relative to the story's last date (`the next day`) -> offset in days. */
export const NARRATIVE_DAYS: Readonly<Record<string, number>> = {
  'the next day': 1,
  'next day': 1,
  'the following day': 1,
  'the previous day': -1,
  'the day before': -1,
  'the same day': 0,
  'that day': 0,
  'later that day': 0,
  'earlier that day': 0,
};

/** Reference words -> `PAST_REF` / `PRESENT_REF` / `FUTURE_REF`. */
export const REF_WORDS: Readonly<Record<string, string>> = {
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'in recent days': 'PAST_REF',
  'in recent weeks': 'PAST_REF',
  'in recent months': 'PAST_REF',
  'in recent years': 'PAST_REF',
  'in the past': 'PAST_REF',
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'in the future': 'FUTURE_REF',
  'in future': 'FUTURE_REF',
  'in the near future': 'FUTURE_REF',
  'in the distant future': 'FUTURE_REF',
  'in the foreseeable future': 'FUTURE_REF',
  'in the coming days': 'FUTURE_REF',
  'in the coming weeks': 'FUTURE_REF',
  'in the coming months': 'FUTURE_REF',
  'in the coming years': 'FUTURE_REF',
};

/** Leading words that are not part of a temporal expression (`on Thursday` -> `Thursday`). */
export const LEADING_PREPOSITIONS: readonly string[] = [
  'on', 'at', 'in', 'from', 'since', 'by', 'until', 'till', 'during', 'for', 'of', 'to', 'through',
  'throughout', 'before', 'after', 'between', 'within', 'around', 'as of', 'starting', 'beginning',
];

/** Present-tense auxiliaries: a bare month or weekday near them is resolved to the nearest one. */
export const PRESENT_CUES: readonly string[] = ['is', 'are', 'am', 'remains', 'continues'];

/** Words right before a date that put it in the past whatever the verb (`since October 7`). */
export const PAST_LEADS: readonly string[] = ['since', 'earlier'];

/** Auxiliaries that make a following participle a passive, not a past tense (`will be held`). */
export const PASSIVE_AUXILIARIES: readonly string[] = ['be', 'is', 'are', 'am', 'been'];

/** Words right before a verb phrase that point to the future. */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", '’ll', 'shall', "won't", 'won’t', 'would', "'d", 'going to', 'gonna', 'plans to',
  'plan to', 'planned', 'set to', 'scheduled', 'expected to', 'is to', 'are to', 'upcoming',
  'ahead of', 'next', 'coming', 'forthcoming', 'due to', 'intends to', 'aims to', "let's", 'let’s',
  'let us', 'could be', 'might', 'may be', 'should be',
];

/** Words before a weekday that make a holiday or a named day (`Super Tuesday`, `Black Friday`). */
export const NAMED_DAY_PREFIXES: readonly string[] = [
  'super', 'black', 'good', 'ash', 'easter', 'cyber', 'palm', 'holy', 'bloody', 'giving', 'maundy',
  'shrove', 'whit', 'mad',
];

/**
 * Verbs and adjectives of intention before `to` + verb: what follows is ahead of them
 * (`threatened to disrupt the convention in July`, `vowed to fight through June 7`).
 */
export const FUTURE_GOVERNORS: readonly string[] = [
  'threatened', 'threatens', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises',
  'planned', 'plans', 'plan', 'planning', 'aims', 'aimed', 'aiming', 'hopes', 'hoped', 'hoping',
  'wants', 'wanted', 'intends', 'intended', 'decided', 'agreed', 'agrees', 'expected', 'expects',
  'likely', 'poised', 'set', 'scheduled', 'slated', 'due', 'seeks', 'sought', 'seeking', 'tries',
  'tried', 'trying', 'prepared', 'preparing', 'ready', 'about', 'going', 'vowing', 'threatening',
  'urged', 'urges', 'asked', 'called', 'voted', 'moved', 'moving',
];

/** Past-tense forms that do not end in -ed. */
export const IRREGULAR_PAST: readonly string[] = [
  'was', 'were', 'had', 'has', 'have', 'did', 'said', 'told', 'came', 'gave', 'made', 'went', 'saw', 'met', 'took',
  'held', 'left', 'began', 'won', 'lost', 'spoke', 'wrote', 'sent', 'brought', 'got', 'found',
  'felt', 'kept', 'led', 'paid', 'ran', 'rose', 'fell', 'struck', 'threw', 'became', 'chose',
  'drew', 'drove', 'ate', 'forgot', 'froze', 'hid', 'knew', 'rode', 'rang', 'sang', 'sank', 'shook',
  'stole', 'swore', 'tore', 'woke', 'wore', 'bought', 'caught', 'fought', 'sought', 'taught',
  'thought', 'built', 'heard', 'sold', 'stood', 'understood', 'withdrew', 'overtook', 'undertook',
  'broke', 'spent', 'lent', 'meant', 'dealt', 'fled', 'flew', 'grew', 'hung', 'laid', 'lay',
  'slid', 'stuck', 'swept', 'wept', 'ago', 'earlier', 'former', 'formerly', 'previously',
];

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'needed', 'speed', 'seed', 'bed', 'red', 'shed', 'hundred', 'proceed', 'exceed', 'succeed',
  'indeed', 'feed', 'breed', 'greed', 'creed', 'deed', 'weed', 'bleed', 'heed', 'shred', 'sled',
  'fled', 'wed', 'united', 'based', 'related', 'expected', 'scheduled', 'planned', 'alleged',
  'supposed', 'used', 'concerned', 'interested', 'detailed', 'advanced', 'armed', 'limited',
  'reported', 'reportedly', 'detained', 'wanted', 'proposed', 'embattled', 'so-called',
];

/**
 * Counted nouns that make a preceding four-digit number a count, not a year
 * (`1500 troops`); plural event nouns (`the 2016 and 2020 elections`) are not listed.
 */
export const YEAR_BLOCKERS: readonly string[] = [
  'million', 'billion', 'trillion', 'thousand', 'percent', 'per', 'people', 'troops', 'soldiers',
  'sanctions', 'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'yuan', 'yen', 'units', 'times',
  'cases', 'deaths', 'votes', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet',
  'tons', 'tonnes', 'barrels', 'jobs', 'workers', 'employees', 'members', 'residents', 'refugees',
  'individuals', 'entities', 'companies', 'firms', 'domains', 'accounts', 'pages', 'words',
  'points', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'calories', 'km',
  'mph', 'kg', 'lbs', 'mg', 'gb', 'mb', 'mw', 'kw', 'hp', 'cc', 'bc', 'ad', 'x',
];

/**
 * Words before a four-digit number followed by a plural noun that still make it a year
 * (`the 2016 and 2020 elections`, `below 2019 levels`); other words make it a count
 * (`deployed 1500 troops`).
 */
export const YEAR_BEFORE_PLURAL: readonly string[] = [
  'the', 'in', 'since', 'of', 'by', 'until', 'from', 'before', 'after', 'during', 'between',
  'below', 'above', 'to', 'through', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'this',
  'that', 'these', 'those', 'pre', 'post', 'for', 'at', 'on', 'over', 'under', 'like',
];

/** Verbs in -s that often follow a year as its subject (`2024 marks`): not plural nouns. */
export const VERBS_AFTER_YEAR: readonly string[] = [
  'has', 'was', 'is', 'does', 'says', 'marks', 'sees', 'saw', 'brings', 'comes', 'looks', 'seems',
  'remains', 'begins', 'ends', 'promises', 'proves',
];

/** Words before a number that make it a count or an amount, never a year. */
export const COUNT_CUES: readonly string[] = [
  'over', 'nearly', 'about', 'almost', 'around', 'approximately', 'roughly', 'some', 'than',
  'least', 'most', 'only', 'just', 'exactly', 'number', 'no', 'page', 'room', 'flight', 'route',
  'highway', 'interstate', 'resolution', 'article', 'section', 'chapter', 'model', 'version',
  'item', 'bill', 'code', 'rule',
];

/** Words that make a clock time without `a.m.`/`p.m.` or a colon (`noon Friday`, `5 o'clock`). */
export const CLOCK_WORDS: readonly string[] = ['noon', 'midnight', "o'clock"];

/**
 * Words chrono reads as (parts of) dates besides digits, months, weekdays, units, parts of the day,
 * clock words and the day words (`now`, `tmr`, `midday`, `last mo`): chrono merges such a result
 * with a date next to it, across a sentence end too (`tmr. 5 p.m.` is one casual date to it), so
 * their sentences must reach it.
 */
export const CHRONO_WORDS: readonly string[] = ['now', 'tmr', 'tmrw', 'overmorrow', 'midday', 'mo', 'mos', 'qtr'];

/** Words run together that chrono reads as one date (`last\s*night`): triggers, as `CHRONO_WORDS` are. */
export const CHRONO_RUN_TOGETHER: readonly string[] = ['lastnight'];

/** Words with which chrono reads a day of a month without digits or a month name (`the end of the month`). */
export const CHRONO_DAY_WORDS: readonly string[] = ['month'];

/**
 * What chrono's casual date parser reads as a day (`last\s*night`: no space needed; `tmrw` holds
 * `tmr`), for src/annotate/dates-chrono.ts.
 */
export const CHRONO_CASUAL_DATES: readonly string[] = ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last night'];

/**
 * What a text must hold somewhere for one of chrono's casual parsers (by class name) to match in
 * it: a pattern source, run with chrono's own flags (`i`), matching a stretch every match of the
 * parser's pattern holds, read off that pattern (chrono-node 2.10). A parser whose pattern needs
 * none of these runs on every text: a word found nowhere in the text cannot be in a match, so
 * skipping the parser there changes no result (src/annotate/dates-chrono.ts; test/chrono-needs.test.ts
 * checks each against its parser's pattern). `ENTimeUnitWithinFormatParser` needs nothing short
 * enough to look for: `in a d` is a match of it.
 *
 * Substrings, not words: after a failed match chrono reads on from the next character, where its
 * `(\W|^)` opens a match inside a word too.
 */
export const CHRONO_PARSER_NEEDS: Readonly<Record<string, string>> = {
  // `([0-9]{4})[-./\s]...`
  ENYearMonthDayParser: '[0-9]{4}',
  // `([0-9]{4})\-([0-9]{1,2})\-...`
  ISOFormatParser: '[0-9]{4}-[0-9]',
  // `([0-3]{0,1}[0-9]{1})[\/\.\-]([0-3]{0,1}[0-9]{1})`
  SlashDateFormatParser: '[0-9][/.-][0-9]',
  // `([0-9]|0[1-9]|1[012])\/([0-9]{4})`
  ENSlashMonthFormatParser: '[0-9]/[0-9]{4}',
  // `(\d{1,4})`, the hour
  ENTimeExpressionParser: '[0-9]',
  // Each month name and abbreviation begins with one of these.
  ENMonthNameLittleEndianParser: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
  ENMonthNameMiddleEndianParser: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
  ENMonthNameParser: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
  ENYearMonthNameParser: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
  // Each weekday and abbreviation begins with one of these; `weekend`, `weekday`.
  ENWeekdayParser: 'sun|mon|tue|wed|thu|fri|sat|week',
  ENTimeUnitAgoFormatParser: 'ago|before|earlier',
  ENTimeUnitLaterFormatParser: 'later|after|from now|henceforth|forward|out',
  ENCasualDateParser: 'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\\s*night',
  // `midnight` holds `night`.
  ENCasualTimeParser: 'morning|afternoon|evening|night|midday|noon',
  ENEndOfCurrentMonthParser: 'month',
  // `(this|last|past|next|after\s*this)`
  ENRelativeDateFormatParser: 'this|last|past|next',
  ENTimeUnitCasualRelativeFormatParser: 'this|last|past|next|after|\\+|-',
};

/** Named events written like dates that are not TIMEX3 dates (`9/11`). */
export const DATE_LIKE_NAMES: readonly string[] = ['9/11', '7/7', '24/7', '365'];

/** Noun phrases heading a period anchored on the article date (`this week`, `last year`). */
export const PERIOD_UNITS: Readonly<Record<string, string>> = {
  week: 'W',
  weekend: 'WE',
  month: 'M',
  year: 'Y',
  quarter: 'Q',
  decade: 'DE',
  century: 'CE',
};

/** Words joining the two ends of a range (`Oct. 2 to October 22`, `between March and May`). */
export const RANGE_CONNECTIVES: readonly string[] = ['to', 'till', 'until', 'through', 'thru', 'and', 'into'];

/** Words joining days listed after one month (`July 8 and 9`, `Aug. 2 or 3`). */
export const DAY_LIST_CONNECTIVES: readonly string[] = ['and', 'or', '&'];

/** Words before the first end of a range (`from 4 to 22 this month`, `between March and May`). */
export const RANGE_OPENERS: readonly string[] = ['from', 'between'];

/** Words before `first Sunday` that make it someone's first one, not a day of the month (`his first Sunday`). */
export const OWNER_DETERMINERS: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 'every', 'each'];

/** Prepositions before a day number written as words or digits (`on the twenty second`, `on 4.22`). */
export const DAY_NUMBER_PREPOSITIONS: readonly string[] = ['on', 'in', 'for', 'by', 'until', 'since'];

/** Modal verbs before `one day` that make it the idiom "someday", not a span (`may one day regret`). */
export const MODAL_VERBS: readonly string[] = ['may', 'might', 'could', 'would', 'will', 'should', 'can', 'must', "'ll", '’ll'];

/** Ordinals of centuries, spelled out (`the nineteenth century`) -> number; digits (`19th`) are read as such. */
export const CENTURY_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty first': 21,
};

/** Era words after a century or year that put it before the common era (left unresolved). */
export const ERA_BEFORE: readonly string[] = ['bc', 'b.c', 'bce', 'b.c.e'];

/** Periods with a remainder (`the rest of the year`) -> period code. */
export const REST_PERIODS: Readonly<Record<string, string>> = {
  week: 'W',
  month: 'M',
  year: 'Y',
};

/** Determiners between `rest of` and its period (`the rest of the year`, `the rest of this week`). */
export const REST_DETERMINERS: readonly string[] = ['the', 'this', 'my', 'our', 'current', 'the current'];

/** Phrases for a year's end without `the` (`by year-end`, `at year's end`); case-insensitive. */
export const YEAR_END_WORDS: readonly string[] = ['year-end', "year's end", 'end-of-year'];

/** Units of `this time last year`, `the same time next month`. */
export const SAME_TIME_UNITS: Readonly<Record<string, string>> = {
  year: 'Y',
  month: 'M',
  week: 'W',
};

/** Heads of `this time last year` / `the same time a year ago`. */
export const SAME_TIME_HEADS: readonly string[] = ['this time', 'the same time', 'about this time', 'around this time'];

/**
 * Holidays -> when they fall: `M-D` on that day every year, `M-D-W` on the first weekday `W`
 * (1 = Monday) on or after that day (Thanksgiving, the fourth Thursday of November, is the first
 * Thursday on or after November 22). Names are matched with a capital first letter only.
 * `Election Day` is left out: news uses it for primaries and past elections as much as for the
 * coming general election.
 */
export const HOLIDAYS: Readonly<Record<string, string>> = {
  christmas: '12-25',
  'christmas day': '12-25',
  'christmas eve': '12-24',
  'boxing day': '12-26',
  "new year's day": '1-1',
  "new year's eve": '12-31',
  thanksgiving: '11-22-4',
  'thanksgiving day': '11-22-4',
  'labor day': '9-1-1',
  'memorial day': '5-25-1',
  'independence day': '7-4',
  'fourth of july': '7-4',
  'july fourth': '7-4',
  halloween: '10-31',
  "valentine's day": '2-14',
  'veterans day': '11-11',
  'martin luther king day': '1-15-1',
  'martin luther king jr. day': '1-15-1',
  "presidents' day": '2-15-1',
  'presidents day': '2-15-1',
  'columbus day': '10-8-1',
};

/** Words right before a holiday that make it a date (`on Labor Day`, `by Christmas`). */
export const HOLIDAY_PREPOSITIONS: readonly string[] = ['on', 'by', 'before', 'after', 'until', 'till', 'since', 'at', 'over', 'around', 'through', 'from', 'for', 'last', 'this', 'next'];

/** Lower-case words that may follow a holiday date (`on Christmas and ...`); another one makes it a modifier (`Christmas party`). */
export const HOLIDAY_FOLLOWERS: readonly string[] = ['and', 'or', 'to', 'in', 'at', 'on', 'is', 'was', 'will', 'the', 'a', 'he', 'she', 'it', 'they', 'we', 'when', 'with', 'for', 'as'];

/** Prepositions of a deadline before a holiday: with one, a holiday told without tense is the coming one (`until Christmas`). */
export const HOLIDAY_DEADLINE_PREPOSITIONS: readonly string[] = ['before', 'until', 'till'];

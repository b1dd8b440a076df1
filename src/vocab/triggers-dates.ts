/**
 * Trigger words of the pre-scan (`src/segment/prescan.ts`) for dates: a sentence with none of
 * them and no digit cannot hold a date, so that annotator skips it. Lower-case single words, built
 * from the tables the date patterns match with.
 *
 * Every match a date pattern can turn into a mention holds a digit or a word of one of the groups
 * below, and each pattern names the groups it needs (`src/annotate/dates-*.ts`). A pattern that
 * needs words from two tables (`every` + a unit, a count + a unit, `may` + `first`) needs only one
 * of them here: the groups hold the tables every such pattern needs (months, weekdays, units,
 * seasons, parts of the day, named days and reference words), not counts, ordinals or quantifiers.
 * A phrase (`in the past`, `the next day`) needs one of its words: one that is a trigger already
 * (`day`), else its longest.
 *
 * What comes before the first trigger of a match is letters, white space, hyphens or apostrophes
 * (`the end of`, `more than two and a half`, `Martin Luther King Jr. Day`: `martin`), or digits
 * for a pattern that needs no digit: the date parsers rely on that to read a pattern only from
 * the last hard character (`.`, `,`, `;`, ...) before each of its triggers to the trigger
 * (`windowsOf` in src/annotate/dates-core.ts).
 * A word missing here loses items silently: test/dates-speed.test.ts checks that skipping changes
 * nothing.
 */
import {
  CHRONO_DAY_WORDS,
  CHRONO_RUN_TOGETHER,
  CHRONO_WORDS,
  CLOCK_WORDS,
  DAY_ORDINAL_WORDS,
  DAY_PARTS,
  DAY_WORDS,
  HOLIDAYS,
  MONTHS,
  NARRATIVE_DAYS,
  PERIOD_UNITS,
  REF_WORDS,
  REST_PERIODS,
  SAME_TIME_UNITS,
  SEASONS,
  SET_ADVERBS,
  UNIT_ABBREVIATIONS,
  UNIT_PLURALS,
  UNITS,
  WEEKDAYS,
  WEEKDAYS_PLURAL,
  YEAR_END_WORDS,
} from './dates.js';

type Table = readonly string[] | Readonly<Record<string, unknown>>;
const entries = (t: Table): readonly string[] => (Array.isArray(t) ? t : Object.keys(t));

/** Each entry as written and with the plural endings the patterns take after it (`e?s`: `days`, `Sundays`). */
const withPlurals = (...tables: Table[]): string[] => tables.flatMap(entries).flatMap((w) => [w, `${w}s`, `${w}es`]);

/** Day numbers written as ordinal words that make a date after a preposition alone (`on the eleventh`). */
const LONG_DAY_ORDINALS = Object.keys(DAY_ORDINAL_WORDS).filter((w) => DAY_ORDINAL_WORDS[w]! > 10);

/**
 * The tables of each group of trigger words: the date patterns name the groups one of whose words
 * every match of theirs holds (digits aside).
 */
const GROUP_TABLES = {
  month: [MONTHS],
  weekday: [withPlurals(WEEKDAYS), WEEKDAYS_PLURAL],
  season: [withPlurals(SEASONS)],
  'day part': [withPlurals(DAY_PARTS)],
  unit: [withPlurals(UNITS, UNIT_PLURALS, UNIT_ABBREVIATIONS)],
  period: [PERIOD_UNITS, REST_PERIODS, SAME_TIME_UNITS, YEAR_END_WORDS],
  'set adverb': [SET_ADVERBS],
  'day word': [DAY_WORDS],
  'narrative day': [NARRATIVE_DAYS],
  'reference word': [REF_WORDS],
  holiday: [HOLIDAYS],
  'day ordinal': [LONG_DAY_ORDINALS],
  clock: [CLOCK_WORDS],
  'chrono word': [CHRONO_WORDS, CHRONO_RUN_TOGETHER],
  'chrono day word': [CHRONO_DAY_WORDS],
} satisfies Record<string, Table[]>;

export type DateTriggerGroup = keyof typeof GROUP_TABLES;

/** Characters before which a phrase's trigger must come (see above). */
const HARD = /[^\p{L}\s'’-]/u;

/** The words of an entry up to its first character that is not a letter, a space, a hyphen or an apostrophe. */
const leadWords = (entry: string): string[] => {
  const cut = entry.search(HARD);
  return (cut < 0 ? entry : entry.slice(0, cut)).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
};

/**
 * The trigger words: every one-word entry, then for each phrase none of its words when one of them
 * (before any other character: `jr.`) is a trigger already, else its longest (the first of the
 * longest). Entries with a digit (`1st`) are found by their digits.
 */
function triggersOf(tables: readonly Table[]): Set<string> {
  const split = tables
    .flatMap(entries)
    .filter((e) => !/\d/.test(e))
    .map(leadWords);
  const out = new Set<string>();
  for (const words of split) if (words.length === 1) out.add(words[0]!);
  for (const words of split) {
    if (words.length < 2 || words.some((w) => out.has(w))) continue;
    out.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return out;
}

const ALL = triggersOf(Object.values(GROUP_TABLES).flat());

/** Words one of which every date match holds (besides digits). */
export const DATE_TRIGGERS: readonly string[] = [...ALL].sort();

/** Each group's trigger words: those of `DATE_TRIGGERS` in its entries (before any other character). */
export const DATE_TRIGGER_GROUPS: Readonly<Record<DateTriggerGroup, readonly string[]>> = Object.fromEntries(
  Object.entries(GROUP_TABLES).map(([g, tables]) => {
    const words = new Set(tables.flatMap(entries).flatMap((e) => (/\d/.test(e) ? [] : leadWords(e).filter((w) => ALL.has(w)))));
    return [g, [...words].sort()];
  }),
) as unknown as Record<DateTriggerGroup, readonly string[]>;

/**
 * annotate/sanctions-actors: who imposes a sanctions action and on whom.
 *
 * - imposer: the subject of the imposing verb before the figure (`Biden had slapped`, `the United
 *   States imposed sanctions on`), over a participle or relative clause (`approved ..., adding`,
 *   `..., which targets`), an appositive (`OFAC, the Treasury's sanctions office, imposed`) and a
 *   pronoun after a verb of saying (`Britain said it would sanction`); coordinated subjects whole
 *   (`The United States, the EU and the UK`); the agent of a passive (`sanctioned by the EU`); or a
 *   known imposer right before a sanction noun (`U.S. sanctions`, `the EU's 15th sanctions
 *   package`). As written, without a person's title (`President Biden` -> `Biden`). A payer
 *   (`agreed to pay`) imposes nothing.
 * - target: a country named in the counted phrase (`Russia-based`, `Iranian`, `Moscow-based`), the
 *   party after `against` / `on` / `targeting` / `linked to` right after it, a country later in its
 *   clause (`accused of helping Iran`, `over shipments of Iranian oil`), the programme (`Russia
 *   sanctions`) or the party after the nearest sanction noun (`sanctions against Russia`). Not a
 *   target: a country after a locative (`based in Hong Kong`: kept only as a last resort), the
 *   party harmed (`undermining Ukraine`), an imposer's name before a sanction noun (`US sanctions
 *   on Iran`). Countries are given by name (`Russian` -> `Russia`), other parties as written.
 */
import { MONTHS, WEEKDAYS } from '../vocab/dates.js';
import {
  AGENT_PREPOSITIONS,
  CLAUSE_BREAKS,
  COUNTRIES,
  COUNTRY_LINK_SUFFIXES,
  IMPOSER_HEADS,
  IMPOSERS,
  IMPOSING_VERBS,
  OTHER_ACTION_VERBS,
  PASSIVE_BRIDGE,
  SANCTION_NOUNS,
  SUBJECT_BRIDGE,
  TARGET_PREPOSITIONS,
  UNIT_STOPWORDS,
  UNIT_POSTMODIFIERS,
  LOCATIVE_PREPOSITIONS,
  IMPOSER_DEMONYMS,
} from '../vocab/sanctions.js';
import { PhraseTable, adjacent, tokenize, type Token } from './numbers.js';
import {
  ACTOR_FUNCTION_WORDS,
  ACTOR_PRONOUNS,
  NOUN_OPENERS as NOUN_OPENERS_TABLE,
  PAYMENT_VERBS,
  RELATIVE_PRONOUNS,
  SANCTION_MODIFIERS,
  VICTIM_WORDS,
  SAYING_VERBS,
  ANAPHORIC_SUBJECTS,
  SUFFERING_PASSIVES,
  PASSIVE_AUXILIARIES,
  LIST_GLUE_WORDS,
  OFFICE_WORDS,
} from '../vocab/sanction-grammar.js';
import { ORDINAL_NUMBERS, ORDINAL_SUFFIXES } from '../vocab/qualifiers.js';
import { TITLE_WORDS } from '../vocab/titles.js';

const IMPOSING = PhraseTable.of(IMPOSING_VERBS);
const OTHER = PhraseTable.of(OTHER_ACTION_VERBS);
const BREAKS = PhraseTable.of(CLAUSE_BREAKS);
const BRIDGE = PhraseTable.of(SUBJECT_BRIDGE);
const PASSIVE = PhraseTable.of(PASSIVE_BRIDGE);
const AGENT = PhraseTable.of(AGENT_PREPOSITIONS);
const KNOWN = PhraseTable.of(IMPOSERS);
const HEADS = new Set(IMPOSER_HEADS);
const SANCTION = PhraseTable.of(SANCTION_NOUNS);
const TARGET_PREP = PhraseTable.of(TARGET_PREPOSITIONS);
const COUNTRY = PhraseTable.from(COUNTRIES);
const LINK_SUFFIXES = new Set(COUNTRY_LINK_SUFFIXES);
const DATE_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
const FUNCTION_WORDS = new Set([...UNIT_STOPWORDS, ...ACTOR_FUNCTION_WORDS]);
const NOUN_OPENERS = new Set(NOUN_OPENERS_TABLE);
const PRONOUNS = new Set(ACTOR_PRONOUNS);
const PAYING = PhraseTable.of(PAYMENT_VERBS);
const POSTMOD = PhraseTable.of(UNIT_POSTMODIFIERS);
const LOCATIVE = PhraseTable.of(LOCATIVE_PREPOSITIONS);
const LIST_GLUE = new Set(LIST_GLUE_WORDS);
const VICTIM = PhraseTable.of(VICTIM_WORDS);
const IMPOSER_ADJ = new Set(IMPOSER_DEMONYMS);
const ORDINAL_WORDS = new Set(Object.keys(ORDINAL_NUMBERS));
const ORDINAL_SUFFIX = new Set(ORDINAL_SUFFIXES);
const SANCTION_ADJECTIVES = new Set(SANCTION_MODIFIERS);
/** How far after a figure its clause is searched for a target country, in tokens. */
const MAX_TARGET_SCAN = 24;
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const TITLES = new Set(TITLE_WORDS);
const OFFICES = new Set(OFFICE_WORDS);
const SAYING = PhraseTable.of(SAYING_VERBS);
const SUFFERING = PhraseTable.of(SUFFERING_PASSIVES);
const AUXILIARIES = new Set(PASSIVE_AUXILIARIES);
const SUBJECT_PRONOUNS = new Set(ANAPHORIC_SUBJECTS);

/** How far (in tokens) a figure looks for its imposer or the sentence's target around it: bounds the work on endless sentences. */
const WINDOW = 80;
/** Longest name, in tokens. */
const MAX_NAME_TOKENS = 14;

/** Longest appositive between a subject and its verb, in tokens (`OFAC, the U.S. Treasury's sanctions office, imposed`). */
const MAX_APPOSITIVE = 16;

/** A single capital letter, as in `U.S.` or `U.K.`. */
const isInitial = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}$/u.test(t.text);
const capitalized = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** A capitalized country word or phrase at token `i` -> [canonical name, token after]. */
export function countryAt(tokens: readonly Token[], i: number): [string, number] | null {
  const t = tokens[i];
  if (!capitalized(t)) return null;
  const m = COUNTRY.matchAt(tokens, i);
  if (m) return [m.value, m.end];
  // `Russia's`, `North Korea's`: the name with its possessive.
  let key = '';
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return null;
    const bare = w.lower.replace(/['’]s$/, '');
    key = key ? `${key} ${bare}` : bare;
    if (bare !== w.lower) {
      const name = COUNTRIES[key];
      return name ? [name, k + 1] : null;
    }
  }
  return null;
}

/** The words of a name ending at token `j` (inclusive), walking back: `the U.S. Treasury Department`. */
function nameEndingAt(text: string, tokens: readonly Token[], j: number, lo: number): string | null {
  return nameSpanEndingAt(text, tokens, j, lo)?.text ?? null;
}

interface NameSpan {
  text: string;
  /** Token index of its first word (the determiner included). */
  first: number;
}

/**
 * A name ending at token `j`, extended over a coordination of names before it (`The United
 * States, the EU and the UK`).
 */
function coordinatedNameEndingAt(text: string, tokens: readonly Token[], j: number, lo: number): string | null {
  const last = nameSpanEndingAt(text, tokens, j, lo);
  if (!last) return null;
  let first = last.first;
  let sawAnd = false;
  for (;;) {
    const join = tokens[first - 1];
    if (!join || first - 1 <= lo) break;
    const isAnd = join.lower === 'and';
    if (!isAnd && join.text !== ',') break;
    // `A, B and C`: commas only before the `and`.
    if (!isAnd && !sawAnd) break;
    const prev = nameSpanEndingAt(text, tokens, first - 2, lo);
    if (!prev) break;
    if (isAnd) sawAnd = true;
    first = prev.first;
  }
  if (first === last.first) return last.text;
  return text.slice(tokens[first]!.start, tokens[j]!.end);
}

function nameSpanEndingAt(text: string, tokens: readonly Token[], j: number, lo0: number): NameSpan | null {
  const lo = Math.max(lo0, j - MAX_NAME_TOKENS);
  let k = j;
  // `Treasury's Office of Foreign Assets Control (OFAC)`: skip the parenthetical.
  if (tokens[k]?.text === ')') {
    while (k > lo && tokens[k]!.text !== '(') k--;
    k--;
  }
  const end = k;
  let first = -1;
  let hasName = false;
  while (k >= lo) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      const bare = t.lower.replace(/['’]s$/, '');
      if (capitalized(t) && !DATE_WORDS.has(bare) && !FUNCTION_WORDS.has(bare) && !PRONOUNS.has(bare)) {
        hasName = true;
        first = k;
      } else if (HEADS.has(bare) && first === -1) {
        first = k; // `the Biden administration`, `the bloc`
      } else if (bare === 'the' && first === k + 1 && tokens[k - 1]?.lower === 'of' && capitalized(tokens[k - 2])) {
        first = k; // the Department of the Treasury
      } else if ((bare === 'of' || bare === 'and' || bare === 'for') && first === k + 1 && capitalized(tokens[k - 1])) {
        first = k;
      } else break;
    } else if (t.text === '.' && (first === k + 1 || k === end) && isInitial(tokens[k - 1]) && adjacent(tokens[k - 1], t)) {
      first = k; // U.S.
    } else if (t.text === '&' && first === k + 1) {
      first = k;
    } else if (t.kind === 'num' && (first === k + 1 || k === end) && capitalized(tokens[k - 1]) && adjacent(tokens[k - 1], t)) {
      first = k; // G7, G20
    } else break;
    k--;
  }
  if (first === -1) return null;
  const head = tokens[first]!;
  if (!hasName && !HEADS.has(head.lower)) return null;
  const det = tokens[first - 1];
  const startTok = det && (det.lower === 'the') ? first - 1 : first;
  if (!hasName && startTok === first) return null; // a bare `government` names no one
  return { text: text.slice(tokens[startTok]!.start, tokens[end]!.end), first: startTok };
}

/** The subject right before the verb at token `v`: skips auxiliaries and date words (`Biden had slapped`). */
function subjectBefore(text: string, tokens: readonly Token[], v: number, lo: number): string | null {
  let k = v - 1;
  while (k >= lo) {
    const t = tokens[k]!;
    const b = BRIDGE.matchEndingAt(tokens, k);
    if (b && b.end >= lo) {
      k = b.end - 1;
      continue;
    }
    if (t.kind === 'word' && DATE_WORDS.has(t.lower)) {
      k--;
      continue;
    }
    if (t.kind === 'num' || t.text === ',') {
      // `the EU, on Monday, adopted`, `OFAC, the ... office, imposed`: an aside, read below.
      if (t.text === ',' && k === v - 1) break;
      if (t.kind === 'num' && tokens[k - 1] && DATE_WORDS.has(tokens[k - 1]!.lower)) {
        k -= 2;
        continue;
      }
      break;
    }
    break;
  }
  if (k < lo) return null;
  if (tokens[k]!.text === ',' && k === v - 1) {
    const before = beforeAside(tokens, k, lo);
    return before >= lo ? coordinatedNameEndingAt(text, tokens, before, lo) : null;
  }
  // `Britain said it would sanction`: the pronoun stands for the one who said so.
  if (SUBJECT_PRONOUNS.has(tokens[k]!.lower)) {
    let say = k - 1;
    if (tokens[say]?.lower === 'that') say--;
    const said = say >= lo ? SAYING.matchEndingAt(tokens, say) : null;
    if (!said) return null;
    const sayer = subjectBefore(text, tokens, said.end, lo);
    if (sayer) return sayer;
    // `Britain imposed sanctions ..., and said it had sanctioned`: the subject of the verb before `and`.
    if (tokens[said.end - 1]?.lower !== 'and') return null;
    for (let j = said.end - 2; j >= lo; j--) {
      if (BREAKS.matchEndingAt(tokens, j)) break;
      const verb = IMPOSING.matchEndingAt(tokens, j) ?? SAYING.matchEndingAt(tokens, j);
      if (!verb || NOUN_OPENERS.has(tokens[verb.end - 1]?.lower ?? '')) continue;
      const first = subjectBefore(text, tokens, verb.end, lo);
      if (first) return first;
    }
    return null;
  }
  return coordinatedNameEndingAt(text, tokens, k, lo);
}

/**
 * `OFAC, the U.S. Treasury's sanctions office, imposed`, `The EU, whose 27 members approved a 13th
 * package on Wednesday, listed`: given the comma closing an aside (token `close`), the token before
 * the comma that opens it, or -1. An aside is an appositive (no verb in it) or a relative clause.
 */
export function beforeAside(tokens: readonly Token[], close: number, lo: number): number {
  for (let j = close - 1; j > Math.max(lo, close - MAX_APPOSITIVE); j--) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const relative = RELATIVES.has(tokens[j + 1]?.lower ?? '');
      if (!relative && hasVerb(tokens, j + 1, close)) return -1;
      return j - 1;
    }
    // `Britain, meanwhile, sanctioned`: a one-word aside may be a linking adverb.
    if (BREAKS.matchAt(tokens, j) && !(j === close - 1 && tokens[j - 1]?.text === ',')) return -1;
  }
  return -1;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (IMPOSING.matchAt(tokens, j) || OTHER.matchAt(tokens, j) || SAYING.matchAt(tokens, j)) return true;
  return false;
}

/** The agent after a passive verb at token `v`: `sanctioned by the EU` -> `the EU`. */
function agentAfter(text: string, tokens: readonly Token[], v: number, hi: number): string | null {
  const by = AGENT.matchAt(tokens, v + 1);
  if (!by) return null;
  let k = by.end;
  if (tokens[k]?.lower === 'the') k++;
  let last = -1;
  hi = Math.min(hi, k + MAX_NAME_TOKENS);
  while (k < hi && (capitalized(tokens[k]) || (tokens[k]?.text === '.' && last === k - 1 && isInitial(tokens[k - 1])) || ((tokens[k]?.lower === 'of' || tokens[k]?.lower === 'and') && capitalized(tokens[k + 1])))) {
    last = k;
    k++;
  }
  if (last === -1) return null;
  return nameEndingAt(text, tokens, last, by.end);
}

/**
 * The imposer of the figure whose tokens start at `qStart` and end at `qEnd` (exclusive) in a
 * sentence's tokens.
 */
export function findImposer(text: string, tokens: readonly Token[], qStart: number, qEnd: number): string | null {
  const name = imposerAround(text, tokens, qStart, qEnd);
  return name === null ? null : withoutTitle(name);
}

/**
 * A person's name without the title before it (`President Biden` -> `Biden`, `Treasury Secretary
 * Janet Yellen` -> `Janet Yellen`); organizations stay whole (`the State Department`).
 */
export function withoutTitle(name: string): string {
  const tokens = tokenize(name);
  let cut = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (TITLES.has(tokens[i]!.lower)) cut = i;
  if (cut === -1) return name;
  // `Secretary of State Antony Blinken`, `Minister of Foreign Affairs Sergei Lavrov`: the office too.
  if (tokens[cut + 1]?.lower === 'of') {
    let k = cut + 2;
    if (tokens[k]?.lower === 'the') k++;
    while (k < tokens.length - 1 && OFFICES.has(tokens[k]!.lower)) k++;
    if (k > cut + 2) cut = k - 1;
  }
  const rest = tokens.slice(cut + 1);
  if (!rest.every((t) => capitalized(t) || (t.text === '.' && t !== rest[0]))) return name;
  if (rest.some((t) => HEADS.has(t.lower) || KNOWN.has(t.text))) return name;
  return name.slice(rest[0]!.start);
}

function imposerAround(text: string, tokens: readonly Token[], qStart: number, qEnd: number): string | null {
  // Walk back to the imposing verb of the figure's clause.
  const lo = Math.max(0, qStart - WINDOW);
  let clauseStart = lo;
  for (let j = qStart - 1; j >= lo; j--) {
    if (BREAKS.matchEndingAt(tokens, j)) {
      clauseStart = j + 1;
      break;
    }
    if (OTHER.matchEndingAt(tokens, j)) return null;
    const v = IMPOSING.matchEndingAt(tokens, j);
    if (!v) continue;
    const vStart = v.end;
    const prev = tokens[vStart - 1];
    // `imposed sanctions on`, `the new fines`: a noun here, the verb is further back.
    if (prev && (IMPOSING.matchEndingAt(tokens, vStart - 1) || NOUN_OPENERS.has(prev.lower))) continue;
    // `asset freezes`: the end of a sanction noun.
    if ((SANCTION.matchEndingAt(tokens, j)?.end ?? vStart) < vStart) continue;
    // `agreed to pay a $258 million fine`: the subject pays; it imposes nothing.
    if (tokens[j + 1]?.lower === 'to' && PAYING.matchAt(tokens, j + 2)) continue;
    // `approved its 17th package, adding ... and imposing ...`: a participle clause, and `..., which
    // targets`: a relative clause; both take the subject of the verb before them.
    if (prev && (RELATIVES.has(prev.lower) || ((prev.text === ',' || prev.lower === 'and') && tokens[j]!.lower.endsWith('ing')))) continue;
    // Passive `sanctions imposed by the EU on ...`.
    if (prev && PASSIVE.has(prev.text) && !capitalized(prev)) {
      const agent = agentAfter(text, tokens, j, tokens.length);
      if (agent) return agent;
    }
    const agent = agentAfter(text, tokens, j, qStart);
    if (agent) return agent;
    const subject = subjectBefore(text, tokens, vStart, Math.max(0, vStart - WINDOW));
    if (subject) return subject;
    // `sanctioned 50 entities, and fined a firm £465,000`: the subject of the first verb.
    if (prev && (prev.lower === 'and' || prev.text === ',')) continue;
    break;
  }
  // Passive after the figure: `300 entities were sanctioned by the EU`.
  for (let j = qEnd; j < Math.min(tokens.length, qEnd + 6); j++) {
    if (BREAKS.matchAt(tokens, j)) break;
    const v = IMPOSING.matchAt(tokens, j);
    if (v) {
      const agent = agentAfter(text, tokens, v.end - 1, tokens.length);
      if (agent) return agent;
      break;
    }
  }
  // A known imposer right before a sanction noun: `U.S. sanctions`, `the EU's sanctions`.
  for (let j = clauseStart, hi = Math.min(tokens.length, qEnd + WINDOW); j < hi; j++) {
    if (!SANCTION.matchAt(tokens, j) || j === 0) continue;
    const before = modifiersBefore(tokens, j - 1);
    if (before < 0) continue;
    const known = KNOWN.matchEndingAt(tokens, before);
    if (known && (capitalized(tokens[known.end]) || tokens[known.end]?.lower === 'the')) return text.slice(tokens[known.end]!.start, tokens[before]!.end);
    if (/['’]s$/.test(tokens[before]!.text)) {
      const name = nameEndingAt(text, tokens, before, clauseStart);
      if (name) return name.replace(/['’]s$/, '');
    }
  }
  return null;
}

/** Walks back over an ordinal and adjectives before a sanction noun (`the EU's 15th [new] sanctions`). */
function modifiersBefore(tokens: readonly Token[], j: number): number {
  let k = j;
  for (let n = 0; n < 4 && k >= 0; n++) {
    const t = tokens[k]!;
    if (ORDINAL_WORDS.has(t.lower) || SANCTION_ADJECTIVES.has(t.lower)) k--;
    else if (t.kind === 'word' && ORDINAL_SUFFIX.has(t.lower) && tokens[k - 1]?.kind === 'num' && adjacent(tokens[k - 1], t)) k -= 2;
    else break;
  }
  return k;
}

/** A country right before a sanction noun that names who imposes them (`US sanctions on Iran`), not whom. */
function imposingModifier(tokens: readonly Token[], end: number): boolean {
  if (!SANCTION.matchAt(tokens, end)) return false;
  return KNOWN.matchEndingAt(tokens, end - 1) !== null || IMPOSER_ADJ.has(tokens[end - 1]!.lower.replace(/['’]s$/, ''));
}

/** A country named inside the counted phrase: `Russia-based`, `Iranian`, `North Korean`. */
export function targetInUnit(tokens: readonly Token[], first: number, last: number): string | null {
  for (let i = first; i < last; i++) {
    const c = countryAt(tokens, i);
    if (!c) continue;
    // `Russia-based`, `Iranian-owned`, or a plain demonym or name modifying the head (`Iranian officials`).
    const [name, end] = c;
    const linked = tokens[end]?.text === '-' && adjacent(tokens[end - 1], tokens[end]);
    if (!linked || LINK_SUFFIXES.has(tokens[end + 1]?.lower ?? '')) return name;
  }
  return null;
}

/** A named party modifying the counted head (`five Hamas officials` -> `Hamas`), not a known imposer. */
function partyInUnit(text: string, tokens: readonly Token[], first: number, last: number): string | null {
  for (let i = first; i < last - 1; i++) {
    if (!capitalized(tokens[i])) continue;
    let e = i;
    while (e + 1 < last - 1 && capitalized(tokens[e + 1])) e++;
    const name = text.slice(tokens[i]!.start, tokens[e]!.end);
    if (KNOWN.has(name)) return null;
    return name;
  }
  return null;
}

/** The party after a target preposition at token `i`: `against Russia`, `on Iran's central bank`. */
function partyAfterPreposition(text: string, tokens: readonly Token[], i: number): string | null {
  const p = TARGET_PREP.matchAt(tokens, i);
  if (!p) return null;
  let k = p.end;
  if (tokens[k]?.lower === 'the' && capitalized(tokens[k + 1])) k++;
  const c = countryAt(tokens, k);
  if (c) return c[0];
  if (!capitalized(tokens[k])) return null;
  let last = k;
  while (last + 1 < tokens.length && last - k < 5 && capitalized(tokens[last + 1])) last++;
  const name = text.slice(tokens[k]!.start, tokens[last]!.end).replace(/['’]s$/, '');
  return DATE_WORDS.has(name.toLowerCase()) ? null : name;
}

export interface TargetFound {
  /** The party the text ties to the figure: its unit, a target preposition, a `helping X` clause. */
  strong: string | null;
  /** A country the figure's parties are only located in (`31 companies in China`), a last resort. */
  located: string | null;
}

/**
 * Countries named after the figure in its clause (`accused of helping Iran ship oil`, `a penalty on
 * a Singapore-based firm over shipments of Iranian oil`). A country after a locative preposition
 * (`based in the United Arab Emirates, Hong Kong and India`) is where the parties are, kept apart;
 * the scan stops at another number, a clause break or another action verb.
 */
function countryAfter(tokens: readonly Token[], from: number): TargetFound {
  let located: string | null = null;
  let locative = false;
  const limit = Math.min(tokens.length, from + MAX_TARGET_SCAN);
  for (let j = from; j < limit; ) {
    const t = tokens[j]!;
    if (t.kind === 'num' || BREAKS.matchAt(tokens, j)) break;
    // `individuals accused of helping Iran`: a participle right after the unit belongs to it.
    if (j === from && POSTMOD.matchAt(tokens, j)) {
      j = POSTMOD.matchAt(tokens, j)!.end;
      continue;
    }
    if (OTHER.matchAt(tokens, j) || (IMPOSING.matchAt(tokens, j) && j > from)) break;
    if (t.text === ',' && tokens[j + 1]?.lower === 'and' && !locative) break;
    const loc = LOCATIVE.matchAt(tokens, j);
    if (loc) {
      locative = true;
      j = loc.end;
      continue;
    }
    const c = countryAt(tokens, j);
    // `actions undermining Ukraine`: the party harmed, not the one sanctioned.
    if (c && (VICTIM.matchEndingAt(tokens, j - 1) || (tokens[j - 1]?.lower === 'the' && VICTIM.matchEndingAt(tokens, j - 2)))) {
      j = c[1];
      continue;
    }
    if (c && imposingModifier(tokens, c[1])) {
      j = c[1];
      continue;
    }
    if (c) {
      const [name, end] = c;
      const linked = tokens[end]?.text === '-' && adjacent(tokens[end - 1], tokens[end]);
      if (linked && !LINK_SUFFIXES.has(tokens[end + 1]?.lower ?? '')) {
        j = end;
        continue;
      }
      if (!locative || linked) return { strong: name, located };
      located ??= name;
      j = end;
      continue;
    }
    if (!(locative && (t.text === ',' || LIST_GLUE.has(t.lower)))) locative = false;
    j++;
  }
  return { strong: null, located };
}

/**
 * The target of the figure: in its unit, right after it (`over 500 sanctions against Russia`), named
 * later in its clause (`accused of helping Iran`), as the programme (`Russia sanctions`), or after
 * the nearest sanction noun of the sentence (`sanctions on Iran ... 12 vessels`).
 */
export function findTarget(text: string, tokens: readonly Token[], qStart: number, unitFirst: number, unitLast: number): TargetFound {
  const inUnit = targetInUnit(tokens, unitFirst, unitLast) ?? partyInUnit(text, tokens, unitFirst, unitLast) ?? sufferer(tokens, qStart);
  if (inUnit) return { strong: inUnit, located: null };
  const after = partyAfterPreposition(text, tokens, unitLast);
  if (after) return { strong: after, located: null };
  const scan = countryAfter(tokens, unitLast);
  if (scan.strong) return scan;
  // `sanctions on Rosneft and 20 other oil companies`: the party named is not one of them.
  if (tokens[unitFirst]?.lower === 'other' && unitLast > unitFirst) return { strong: null, located: scan.located };
  return { strong: programmeTarget(text, tokens, qStart, WINDOW), located: scan.located };
}

/**
 * The country that suffers the figure as the subject of a passive right before it: `Moscow has been
 * hit with more than 16,500 sanctions`, `Iran faces 1,500 sanctions`.
 */
function sufferer(tokens: readonly Token[], qStart: number): string | null {
  const p = SUFFERING.matchEndingAt(tokens, qStart - 1);
  if (!p) return null;
  let k = p.end - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]!.lower)) k--;
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const c = countryAt(tokens, j);
    if (c && c[1] === k + 1) return c[0];
  }
  return null;
}

/** The target a sentence names for its sanctions: `Russia sanctions`, `sanctions against Russia`. */
export function programmeTarget(text: string, tokens: readonly Token[], near = 0, window = Infinity): string | null {
  const qStart = near;
  const from = Math.max(0, near - window);
  const to = Math.min(tokens.length, near + window);
  // `Russia sanctions`, `Iran sanctions violations`: a country (not a known imposer) naming the programme.
  for (let j = Math.max(1, from); j < to; j++) {
    if (!SANCTION.matchAt(tokens, j)) continue;
    const c = countryAt(tokens, j - 1);
    if (c && c[1] === j && !KNOWN.matchEndingAt(tokens, j - 1)) return c[0];
  }
  let best: string | null = null;
  let bestDist = Infinity;
  for (let j = from; j < to; j++) {
    const s = SANCTION.matchAt(tokens, j);
    if (!s) continue;
    const party = partyAfterPreposition(text, tokens, s.end);
    if (party) {
      const d = Math.abs(j - qStart);
      if (d < bestDist) {
        best = party;
        bestDist = d;
      }
    }
  }
  return best;
}

/**
 * The owner of frozen money, named before it in its clause (`Russia's central bank has some $300
 * billion in assets frozen`, `Tehran has about $6 billion in frozen funds`): the nearest country.
 */
export function ownerBefore(tokens: readonly Token[], qStart: number): string | null {
  for (let j = qStart - 1; j >= Math.max(0, qStart - MAX_TARGET_SCAN); j--) {
    if (BREAKS.matchAt(tokens, j) || (tokens[j]!.lower === 'and' && tokens[j - 1]?.text === ',')) break;
    const c = countryAt(tokens, j);
    if (c && !imposingModifier(tokens, c[1])) return c[0];
  }
  return null;
}

/** Countries mentioned anywhere in the tokens (canonical names), for context inheritance. */
export function countriesIn(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i);
    if (c) {
      out.add(c[0]);
      i = c[1] - 1;
    }
  }
  return out;
}

/** The country an imposer phrase names (`the United States` -> `United States`), if any. */
export function imposerCountry(imposer: string | null): string | null {
  if (!imposer) return null;
  const tokens = tokenize(imposer);
  for (let i = 0; i < tokens.length; i++) {
    const c = countryAt(tokens, i);
    if (c) return c[0];
  }
  return null;
}


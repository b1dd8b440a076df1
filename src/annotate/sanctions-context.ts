/**
 * annotate/sanctions-context: is a count about a sanctions action?
 *
 * A count is, when its own unit is a sanction noun (`over 500 sanctions`); when it is the object of
 * a sanctions cue in its clause (`sanctioned nearly 400 individuals`, `sanctions on nearly 300
 * entities`) with no other action verb (`charged two employees`) or clause break between; when a
 * sanctions verb follows it in the passive (`300 entities were sanctioned`); or when it continues a
 * sanctions sentence of the same paragraph (`The targets include more than 60 ... companies.`).
 */
import {
  CLAUSE_BREAKS,
  CONTINUATION_SUBJECTS,
  INCLUSION_CUES,
  OBJECT_FILLERS,
  OTHER_ACTION_VERBS,
  PASSIVE_BRIDGE,
  SANCTION_AUTHORITIES,
  SANCTION_LISTS,
  SANCTION_MONEY_CUES,
  SANCTION_NOUNS,
  SANCTION_VERBS,
  MONEY_CUES,
  CONDITIONAL_SANCTION_VERBS,
  LATER_CUE_LINKS,
  AGENT_PREPOSITIONS,
  IMPOSERS,
  SUBJECT_BRIDGE,
  ASSET_MONEY_CUES,
  CONTINUATION_HEADS,
} from '../vocab/sanctions.js';
import { MONTHS, WEEKDAYS } from '../vocab/dates.js';
import { CLAUSE_ADVERBS, SANCTION_MODIFIERS } from '../vocab/sanction-grammar.js';
import { PhraseTable, type Token } from './numbers.js';
import { beforeAside } from './sanctions-actors.js';

const NOUNS = PhraseTable.of(SANCTION_NOUNS);
const VERBS = PhraseTable.of(SANCTION_VERBS);
const LISTS = PhraseTable.of(SANCTION_LISTS);
const AUTHORITIES = PhraseTable.of(SANCTION_AUTHORITIES);
const MONEY = PhraseTable.from(MONEY_CUES);
const MONEY_INHERENT = PhraseTable.of(SANCTION_MONEY_CUES);
const MONEY_ASSETS = PhraseTable.of(ASSET_MONEY_CUES);
const OTHER = PhraseTable.of(OTHER_ACTION_VERBS);
const BREAKS = PhraseTable.of(CLAUSE_BREAKS);
const INCLUSION = PhraseTable.of(INCLUSION_CUES);
const CONTINUATION = PhraseTable.of(CONTINUATION_SUBJECTS);
const PASSIVE = PhraseTable.of(PASSIVE_BRIDGE);
const FILLERS = PhraseTable.of(OBJECT_FILLERS);
const CONDITIONAL = PhraseTable.of(CONDITIONAL_SANCTION_VERBS);
const LATER_LINKS = PhraseTable.of(LATER_CUE_LINKS);
const AGENT = PhraseTable.of(AGENT_PREPOSITIONS);
const KNOWN = PhraseTable.of(IMPOSERS);
const BRIDGE = PhraseTable.of(SUBJECT_BRIDGE);
const DATE_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
const MODIFIERS = new Set(SANCTION_MODIFIERS);
const ADVERBS = new Set(CLAUSE_ADVERBS);
const CONTINUATION_HEAD = PhraseTable.of(CONTINUATION_HEADS);

/** First words of every table `sentenceCues` looks for at each token: any other token is passed over at once. */
const CUE_FIRST_WORDS = new Set([NOUNS, VERBS, LISTS, AUTHORITIES, MONEY, MONEY_INHERENT, MONEY_ASSETS, CONDITIONAL].flatMap((t) => t.firstWords()));

/**
 * For `mayHaveContext`: the first words of the tables that give a sentence sanctions context by
 * themselves (a cue, an authority, a freeze, a verb a known imposer can sanction with), and of
 * those that make a sentence continue an earlier action (`The targets include`).
 */
const CONTEXT_WORDS = new Set([NOUNS, VERBS, LISTS, AUTHORITIES, MONEY_INHERENT, MONEY_ASSETS, CONDITIONAL].flatMap((t) => t.firstWords()));
const CONTINUATION_STARTS = new Set([...CONTINUATION.firstWords(), 'the']);
const CONTINUATION_VERBS = new Set([...INCLUSION.firstWords(), 'were', ...CONDITIONAL.firstWords()]);
/** A word as `tokenize` (`annotate/numbers`) reads one. */
const WORD = "\\p{L}+(?:['’]\\p{L}+)*";
/** Every first word above is such a word (so the patterns below can be built); otherwise `mayHaveContext` cannot tell and says yes. */
const WORDS_ONLY = [...CONTEXT_WORDS, ...CONTINUATION_STARTS, ...CONTINUATION_VERBS].every((w) => new RegExp(`^${WORD}$`, 'u').test(w));
/**
 * One of `words` (lower-case) as a whole token of a lower-cased text. (An ASCII letter before, as
 * inside most words, turns a position away with an inline check before `\p{L}`'s call out of
 * V8's matching code.)
 */
const anyOf = (words: Iterable<string>): RegExp =>
  new RegExp(`(?<![A-Za-z])(?<!\\p{L}|\\p{L}['’])(?:${[...words].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join('|')})(?!\\p{L}|['’]\\p{L})`, 'u');
const CONTEXT_RE = WORDS_ONLY ? anyOf(CONTEXT_WORDS) : null;
const CONTINUATION_VERB_RE = WORDS_ONLY ? anyOf(CONTINUATION_VERBS) : null;
const FIRST_WORD = new RegExp(`^\\s*(${WORD})`, 'u');

/**
 * False when `sentenceCues` of the tokens of `text.slice(start, end)` is certain to find no
 * context (no cue, authority, money-inherent or asset cue, imposer action or continuation): none
 * of the words those need is there. Two native scans of the sentence, no tokens.
 */
export function mayHaveContext(text: string, start: number, end: number): boolean {
  if (!CONTEXT_RE || !CONTINUATION_VERB_RE) return true;
  // Lower-cased as a whole, a token keeps its letters letters and its edges edges, and reads as `tokenize` lower-cases it.
  const s = text.slice(start, end).toLowerCase();
  if (CONTEXT_RE.test(s)) return true;
  const first = FIRST_WORD.exec(s);
  return first !== null && CONTINUATION_STARTS.has(first[1]!) && CONTINUATION_VERB_RE.test(s);
}

/** How far back (in tokens) a count looks for its cue. */
const MAX_WALK = 40;

/**
 * A sanctions cue (noun, verb, list; with `conditional`, also a verb that is one only in a
 * sanctions sentence) at token `i`: index after it.
 */
function cueAt(tokens: readonly Token[], i: number, conditional = false): number | null {
  const m = NOUNS.matchAt(tokens, i) ?? VERBS.matchAt(tokens, i) ?? LISTS.matchAt(tokens, i) ?? (conditional ? CONDITIONAL.matchAt(tokens, i) : null);
  return m ? m.end : null;
}

export interface SentenceCues {
  /** A sanction noun, verb or list is named. */
  sanction: boolean;
  /** A sanctions authority (OFAC ...) is named. */
  authority: boolean;
  /** A money cue (fine, penalty, frozen ...) is named. */
  money: boolean;
  /** A money cue that is a sanctions action by itself (frozen assets). */
  moneyInherent: boolean;
  /** A money cue that is one with assets as its object (`blocked`, `seized`). */
  moneyAssets: boolean;
  /** The sentence opens with a subject that continues an earlier action (`The targets`). */
  continuation: boolean;
  /** A known imposer is the subject of a verb that is a sanctions cue in its mouth (`The European Council listed`). */
  imposerAction: boolean;
  /** Token index after the first sanctions cue, -1 when none. */
  cueEnd: number;
}

export function sentenceCues(tokens: readonly Token[]): SentenceCues {
  const out: SentenceCues = { sanction: false, authority: false, money: false, moneyInherent: false, moneyAssets: false, continuation: false, imposerAction: false, cueEnd: -1 };
  for (let i = 0; i < tokens.length; i++) {
    if (!CUE_FIRST_WORDS.has(tokens[i]!.lower)) continue;
    if (!out.sanction && cueAt(tokens, i) !== null) {
      out.sanction = true;
      out.cueEnd = cueAt(tokens, i)!;
    }
    if (!out.authority && AUTHORITIES.matchAt(tokens, i)) out.authority = true;
    if (!out.money && MONEY.matchAt(tokens, i)) out.money = true;
    if (!out.moneyInherent && MONEY_INHERENT.matchAt(tokens, i)) out.moneyInherent = true;
    if (!out.moneyAssets && MONEY_ASSETS.matchAt(tokens, i)) out.moneyAssets = true;
    if (!out.imposerAction && CONDITIONAL.matchAt(tokens, i) && knownSubjectBefore(tokens, i)) out.imposerAction = true;
  }
  const subjectEnd = continuationSubject(tokens);
  if (subjectEnd !== null) {
    let k = subjectEnd;
    // `The package, worth an estimated €2 billion in trade, is expected to list`: over an aside.
    if (tokens[k]?.text === ',') k = asideEnd(tokens, k) ?? k;
    const verb = k;
    while (k < tokens.length && BRIDGE.matchAt(tokens, k)) k = BRIDGE.matchAt(tokens, k)!.end;
    // `The targets include`, `The targets were`, `The package also targets`.
    out.continuation = INCLUSION.matchAt(tokens, verb) !== null || tokens[verb]?.lower === 'were' || CONDITIONAL.matchAt(tokens, k) !== null;
  }
  return out;
}

/**
 * The end of a subject that refers back to a sanctions action at the sentence start: `The targets`,
 * `Those designated`, or `the` with adjectives and a head (`The new designations`).
 */
function continuationSubject(tokens: readonly Token[]): number | null {
  const c = CONTINUATION.matchAt(tokens, 0);
  if (c) return c.end;
  if (tokens[0]?.lower !== 'the') return null;
  let k = 1;
  while (k < tokens.length && MODIFIERS.has(tokens[k]!.lower)) k++;
  if (k === 1) return null;
  const head = CONTINUATION_HEAD.matchAt(tokens, k);
  return head ? head.end : null;
}

/** Token after the comma that closes an aside opened by the comma at `open`, or null. */
function asideEnd(tokens: readonly Token[], open: number): number | null {
  for (let j = open + 1; j < Math.min(tokens.length, open + 18); j++) {
    if (tokens[j]!.text === ',') return j + 1;
    if (BREAKS.matchAt(tokens, j)) return null;
  }
  return null;
}

/**
 * A known imposer as the subject of the verb at token `v`, over auxiliaries, adverbs and a date
 * (`The European Council on Monday listed`). The name must be written with a capital (`us` is a pronoun).
 */
function knownSubjectBefore(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0) {
    const b = BRIDGE.matchEndingAt(tokens, k);
    if (b) k = b.end - 1;
    else if (DATE_WORDS.has(tokens[k]!.lower)) k--;
    else break;
  }
  if (k < 0) return false;
  // `The EU, whose 27 members approved a 13th package on Wednesday, listed`.
  if (tokens[k]!.text === ',') {
    k = beforeAside(tokens, k, Math.max(0, k - 20));
    if (k < 0) return false;
  }
  const m = KNOWN.matchEndingAt(tokens, k) ?? AUTHORITIES.matchEndingAt(tokens, k);
  if (!m) return false;
  for (let i = m.end; i <= k; i++) if (/\p{Lu}/u.test(tokens[i]!.text)) return true;
  return false;
}

export type Governor =
  /** A sanctions cue governs the count; `direct` when only fillers stand between (`sanctioned 400`). */
  | { kind: 'sanction'; direct: boolean; inclusion: boolean }
  /** Another action governs it (`charged two employees`). */
  | { kind: 'other' }
  /** Nothing in the clause; `inclusion` when an inclusion word came first (`The targets include`). */
  | { kind: 'none'; inclusion: boolean };

/**
 * The cue governing the count that starts at token `q`, walking back within its clause.
 * `sanctionSentence`: the sentence names sanctions, so conditional verbs (`targets`) count as cues.
 */
export function governorOf(tokens: readonly Token[], q: number, sanctionSentence: boolean): Governor {
  let inclusion = false;
  // `firms run by 12 people`, `sanctioned by 12 countries`: an agent, not a target.
  if (q > 0 && AGENT.matchEndingAt(tokens, q - 1)) return { kind: 'other' };
  const lo = Math.max(0, q - MAX_WALK);
  for (let j = q - 1; j >= lo; j--) {
    if (BREAKS.matchEndingAt(tokens, j)) break;
    if (OTHER.matchEndingAt(tokens, j)) return { kind: 'other' };
    if (INCLUSION.matchEndingAt(tokens, j)) inclusion = true;
    for (let start = Math.max(0, j - 3); start <= j; start++) {
      const end = cueAt(tokens, start, sanctionSentence);
      if (end !== j + 1) continue;
      // `The targets include`: a noun subject, not a verb governing the count.
      if (start === 0 || tokens[start - 1]!.lower === 'the') {
        if (!NOUNS.matchAt(tokens, start) && !VERBS.matchAt(tokens, start) && !LISTS.matchAt(tokens, start)) continue;
      }
      let direct = true;
      for (let k = j + 1; k < q; ) {
        const f = FILLERS.matchAt(tokens, k);
        if (!f) {
          direct = false;
          break;
        }
        k = f.end;
      }
      // A sanction noun governs a count further on only through its complement (`sanctions on
      // Rosneft and 20 other firms`), not as the subject of another verb (`the sanctions ... affect 2
      // million people`).
      const noun = NOUNS.matchAt(tokens, start) !== null && !VERBS.matchAt(tokens, start);
      let after = j + 1;
      while (ADVERBS.has(tokens[after]?.lower ?? '')) after++;
      if (!direct && noun && !FILLERS.matchAt(tokens, j + 1) && !INCLUSION.matchAt(tokens, after)) return { kind: 'none', inclusion };
      return { kind: 'sanction', direct, inclusion };
    }
  }
  return { kind: 'none', inclusion };
}

/** A sanctions cue later in the count's clause (`listed over 2,100 individuals under its sanctions regime`). */
export function cueLaterInClause(tokens: readonly Token[], k: number): boolean {
  if (!LATER_LINKS.matchAt(tokens, k)) return false;
  for (let j = k; j < Math.min(tokens.length, k + 14); j++) {
    if (BREAKS.matchAt(tokens, j) || OTHER.matchAt(tokens, j)) return false;
    if (cueAt(tokens, j) !== null) return true;
  }
  return false;
}

/** A sanctions verb after the count in the passive: `300 entities were sanctioned`, `were added to the Entity List`. */
export function passiveCueAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    if (cueAt(tokens, j) !== null) return j > k || tokens[j]!.lower.endsWith('ed');
    if (!PASSIVE.matchAt(tokens, j)) return false;
  }
  return false;
}

/** A sanctions noun, verb or list between tokens `from` and `to` (`targets sanctioned by Washington`). */
export function cueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (cueAt(tokens, j) !== null) return true;
  return false;
}

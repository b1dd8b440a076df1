/**
 * annotate/sanctions: numbers that count sanctions, sanctioned targets or money in a sanctions
 * action (frozen assets, fines, penalties), with qualifier, bounds, unit, currency, imposer and
 * target. `date` stays null: `resolve/link` fills it from the sentence's date mentions.
 *
 * Per sentence: read every quantity (`annotate/numbers`), take the counted phrase after it
 * (`sanctions-unit`), decide whether it is about a sanctions action (`sanctions-context`), then
 * find who imposes and on whom (`sanctions-actors`).
 *
 * Coreference, only where it is unambiguous:
 * - a sentence that continues a sanctions action (`The targets include ...`, `The package also
 *   targets ...`, `It lists ...`) takes that action's imposer: the paragraph's latest, or the last
 *   one of the paragraph just before; none when that action's figures name several imposers;
 * - the paragraph's target carries to a figure whose sentence names that country again or
 *   continues the action; the article's target, when all its sanctions so far are against one
 *   country, carries the same way;
 * - figures joined by `and` share a target said once after them (`12 entities and 6 individuals
 *   in Iran`) and an imposer.
 *
 * Decisions:
 * - `text` is qualifier + number + counted phrase; for money the phrase is what the money is when
 *   the text says it next to the amount (`$968 million penalty`, `€4.7 billion in frozen assets`),
 *   otherwise just the amount (`fined the bank $5m` -> text `$5m`, unit `fine`).
 * - `unit` for money is that phrase, or the sentence's money cue as a noun (`fined` -> `fine`,
 *   `froze` -> `frozen assets`).
 * - Bounds: counts of whole things move an exclusive bound to the next whole number (`over 500` ->
 *   min 501); money keeps the written value (`more than $5bn` -> min 5000000000).
 * - Ranges (`between 20 and 30 vessels`) have `count: null` and both bounds; vague amounts
 *   (`hundreds of entities`) have `count: null`, no bounds and `approximate: true`.
 * - A four-digit number from 1900 to 2099 without qualifier, separator or currency is a year.
 * - A day written before a capitalized month name (`on 27 October`) is a date, no figure.
 * - Partitives count the part (`two of the three companies` -> 2, unit `companies`); the whole is
 *   no figure. A running total takes its unit from `the number of ...` before it.
 * - Not figures: counts after a locative (`networks in 26 countries`), counts another verb governs
 *   (`charged two employees`), an amount restated in brackets (`€4.7 billion ($5.1 billion)`).
 */
import type { Doc, SanctionFigure } from '../types.js';
import { PhraseTable, numericBounds, parseNumberAt, scanQuantities, tokenize, type Quantity, type Token } from './numbers.js';
import { hasAssetWord, moneyCueNear, moneyUnitAt, moneyUnitBefore, nounPhraseAt, type Unit } from './sanctions-unit.js';
import { ASSET_MONEY_CUES, LOCATIVE_PREPOSITIONS, SANCTION_MONEY_CUES, WEAK_MONEY_CUES } from '../vocab/sanctions.js';
import { PARTITIVE_DETERMINERS, TOTAL_HEADS, TOTAL_TAILS } from '../vocab/sanction-grammar.js';
import { cueBetween, cueLaterInClause, governorOf, mayHaveContext, passiveCueAfter, sentenceCues } from './sanctions-context.js';
import { NEED_FIGURES, needs } from '../segment/prescan.js';
import { MONTHS } from '../vocab/dates.js';
import { countriesIn, findImposer, findTarget, imposerCountry, ownerBefore, programmeTarget } from './sanctions-actors.js';

const INHERENT = new Set(SANCTION_MONEY_CUES);
const WEAK = new Set(WEAK_MONEY_CUES);
const ASSET_CUES = new Set(ASSET_MONEY_CUES);
const PARTITIVE_DETS = new Set(PARTITIVE_DETERMINERS);
const LOCATIVE = PhraseTable.of(LOCATIVE_PREPOSITIONS);
const TOTAL_NOUNS = new Set(TOTAL_HEADS);
const TOTAL_ENDS = new Set(TOTAL_TAILS);
/** How many figures a coordination chains before a shared passive (`A, B and C were sanctioned`). */
const MAX_COORDINATED = 8;
/** How far back a running total looks for `number of`, in tokens. */
const MAX_TOTAL_WALK = 16;

function isYear(q: Quantity): boolean {
  return q.value !== null && q.qualifier === null && q.currency === null && /^\d{4}$/.test(q.text) && q.value >= 1900 && q.value <= 2099;
}

/**
 * A bare number right after a capitalized word names something (`Executive Order 14024`,
 * `Resolution 2231`, `May 1`); it counts nothing.
 */
function isIdentifier(q: Quantity, tokens: readonly Token[]): boolean {
  const prev = tokens[q.tokenStart - 1];
  return q.qualifier === null && q.currency === null && q.tokenStart > 1 && !!prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text);
}

/**
 * A day of the month written before the month's name (`on 27 October`, `the 5 March sanctions`):
 * a date, which counts nothing. The month must be capitalized, as in a date (`3 march` is left to
 * the counted-phrase reading).
 */
function isDayOfMonth(q: Quantity, tokens: readonly Token[]): boolean {
  const next = tokens[q.tokenEnd];
  return (
    q.qualifier === null &&
    q.currency === null &&
    /^\d{1,2}$/.test(q.text) &&
    q.value !== null &&
    q.value >= 1 &&
    q.value <= 31 &&
    !!next &&
    next.kind === 'word' &&
    /^\p{Lu}/u.test(next.text) &&
    Object.hasOwn(MONTHS, next.lower)
  );
}

interface Decision {
  rule: string;
  unit: string;
  /** End offset of the figure's text. */
  end: number;
  unitFirst: number;
  unitLast: number;
  continuation: boolean;
}

interface ParagraphState {
  index: number;
  /** The previous sentence named a sanctions action or held a figure. */
  previousSanction: boolean;
  last: SanctionFigure | null;
  /** A target named earlier in the paragraph (`sanctions against Russia`). */
  target: string | null;
  /** Who imposed the paragraph's latest sanctions action, with or without a figure; null when unknown or when its figures name several. */
  imposer: string | null;
  /** The paragraph has named a sanctions action or held a figure so far. */
  action: boolean;
}

/**
 * `More than 100 Russian banks and 20 oil companies were sanctioned`: the counted phrase of the
 * figure coordinated right after this one's unit, which ends at token `last`.
 */
function coordinatedNext(tokens: readonly Token[], last: number, byStart: ReadonlyMap<number, Quantity>, unitAt: (k: number) => Unit, depth = 0): Unit | null {
  const join = tokens[last];
  if (!join || (join.lower !== 'and' && join.text !== ',') || depth > MAX_COORDINATED) return null;
  const q2 = byStart.get(last + 1);
  if (!q2 || q2.currency !== null) return null;
  const unit = unitAt(q2.tokenEnd);
  if (unit.kind !== 'target') return null;
  return coordinatedNext(tokens, unit.last, byStart, unitAt, depth + 1) ?? unit;
}

function decideCount(q: Quantity, unit: Unit, tokens: readonly Token[], cues: ReturnType<typeof sentenceCues>, para: ParagraphState, next: Unit | null = null): Decision | null {
  if (unit.kind === 'none' || unit.kind === 'measure' || !unit.noun) return null;
  const base = { unit: unit.text, end: unit.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  if (unit.kind === 'sanction') return { ...base, rule: 'sanction.sanction-count' };
  // `procurement networks in 26 countries`: where the targets are, not how many.
  if (LOCATIVE.matchEndingAt(tokens, q.tokenStart - 1)) return null;
  if (unit.kind === 'money') return null;
  // Verbs such as `listed`, `targets`, `froze` are sanctions cues in a sentence that names sanctions,
  // a freeze, a known imposer doing them (`The European Council listed`) or continues an action.
  const conditional = cues.sanction || cues.moneyInherent || cues.imposerAction || cues.continuation;
  const gov = governorOf(tokens, q.tokenStart, conditional);
  if (gov.kind === 'other') return null;
  if (gov.kind === 'sanction') {
    if (unit.kind === 'target') return { ...base, rule: gov.direct ? 'sanction.target-count' : 'sanction.target-count-clause' };
    if (gov.direct && cues.sanction) return { ...base, rule: 'sanction.object-count' };
    return null;
  }
  if (passiveCueAfter(tokens, unit.last) || (next !== null && passiveCueAfter(tokens, next.last))) return { ...base, rule: 'sanction.passive-count' };
  if (unit.kind === 'target' && cueLaterInClause(tokens, unit.last)) return { ...base, rule: 'sanction.target-count-clause' };
  const continues = gov.inclusion && (para.previousSanction || cues.sanction);
  if (continues && unit.kind === 'target') return { ...base, rule: 'sanction.continuation-count', continuation: !cues.sanction };
  return null;
}

/**
 * Money is a figure when the text says what it is (a money noun or cue) and the context is
 * sanctions: its own sentence names sanctions or a sanctions authority; or a freeze holds it
 * (`froze $5bn`, `$5bn in frozen assets`: assets, or the cue right before the amount); or the
 * sentence before named sanctions and the cue is a punishment (`fine`, `penalty`), not a word as
 * common elsewhere as `settle`.
 */
function decideMoney(q: Quantity, text: string, tokens: readonly Token[], cues: ReturnType<typeof sentenceCues>, para: ParagraphState): Decision | null {
  const unit = moneyUnitAt(text, tokens, q.tokenEnd) ?? moneyUnitBefore(tokens, q.tokenStart);
  const cue = moneyCueNear(tokens, q.tokenStart);
  if (!unit && !cue) return null;
  if (unit && unit.kind !== 'money' && unit.kind !== 'sanction' && !cues.money) return null;
  const strong = cues.sanction || cues.authority || (unit !== null && unit.kind === 'sanction');
  const assets = unit !== null && hasAssetWord(tokens, unit);
  // `froze $5bn`, `$5bn in frozen assets`, `blocked $3.5 billion in central bank assets`.
  const frozen = (cues.moneyInherent && (assets || (cue !== null && INHERENT.has(cue.key) && cue.distance <= 2))) || (assets && cue !== null && ASSET_CUES.has(cue.key));
  const previous = para.previousSanction && cue !== null && !WEAK.has(cue.key);
  if (!strong && !frozen && !previous) return null;
  // A phrase before the amount (`assets worth $1.2 billion`) names it but is not part of its text.
  if (unit && unit.start < q.start) return { rule: 'sanction.money-before', unit: unit.text, end: q.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  if (unit) return { rule: 'sanction.money', unit: unit.text, end: unit.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  return { rule: 'sanction.money-cue', unit: cue!.unit, end: q.end, unitFirst: q.tokenEnd, unitLast: q.tokenEnd, continuation: false };
}

/** Targets the sentence names after a sanction noun (`sanctions against Russia`), for the paragraph. */
function sentenceTarget(text: string, tokens: readonly Token[]): string | null {
  return programmeTarget(text, tokens);
}

/**
 * `two of the three companies`, `20 of its affiliates`: the counted phrase after `of` and a
 * determiner (and a number of the whole, which is no figure of its own).
 */
function partitiveUnit(text: string, tokens: readonly Token[], q: Quantity): Unit | null {
  if (tokens[q.tokenEnd]?.lower !== 'of') return null;
  const det = q.tokenEnd + 1;
  const owner = possessiveEnd(tokens, det);
  if (!PARTITIVE_DETS.has(tokens[det]?.lower ?? '') && owner === null) return null;
  let k = owner ?? det + 1;
  const whole = parseNumberAt(tokens, k);
  if (whole && whole.value !== null) k = whole.end;
  const unit = nounPhraseAt(text, tokens, k);
  if (unit.kind !== 'target' || !unit.noun) return null;
  // `10 of Russia's biggest banks`: the owner belongs to the counted phrase.
  if (owner === null) return unit;
  return { ...unit, text: text.slice(tokens[det]!.start, unit.end), start: tokens[det]!.start, first: det };
}

/** `Russia's`, `North Korea's` starting at token `i`: the token after the possessive, or null. */
function possessiveEnd(tokens: readonly Token[], i: number): number | null {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return null;
    if (/['’]s$/.test(t.text)) return k + 1;
  }
  return null;
}

/** The whole in a partitive (`three` in `two of the three companies`): it counts no sanctioned party. */
function isPartitiveWhole(q: Quantity, tokens: readonly Token[]): boolean {
  const det = tokens[q.tokenStart - 1];
  const of = tokens[q.tokenStart - 2];
  const part = tokens[q.tokenStart - 3];
  return !!det && !!of && !!part && PARTITIVE_DETS.has(det.lower) && of.lower === 'of' && (part.kind === 'num' || parseNumberAt(tokens, q.tokenStart - 3) !== null);
}

/** `€4.7 billion ($5.1 billion)`: the same amount in another currency, in brackets after it. */
function isConversion(q: Quantity, tokens: readonly Token[], byEnd: ReadonlyMap<number, Quantity>): boolean {
  if (tokens[q.tokenStart - 1]?.text !== '(' || tokens[q.tokenEnd]?.text !== ')') return false;
  return (byEnd.get(q.tokenStart - 1)?.currency ?? null) !== null;
}

/**
 * A running total whose counted phrase stands before it: `bring the number of Russia-related
 * targets sanctioned by Washington to more than 4,000`. The figure's text is the amount; its unit is
 * the phrase after `number of` / `total of`.
 */
function totalBefore(text: string, tokens: readonly Token[], q: Quantity): Decision | null {
  if (tokens[q.tokenStart - 1]?.lower !== 'to') return null;
  const after = tokens[q.tokenEnd];
  if (after && after.kind === 'word' && !TOTAL_ENDS.has(after.lower)) return null;
  for (let j = q.tokenStart - 2; j >= Math.max(1, q.tokenStart - MAX_TOTAL_WALK); j--) {
    if (tokens[j]!.lower !== 'of' || !TOTAL_NOUNS.has(tokens[j - 1]!.lower)) continue;
    const unit = nounPhraseAt(text, tokens, j + 1);
    if ((unit.kind !== 'target' && unit.kind !== 'sanction') || unit.tokenEnd >= q.tokenStart) return null;
    // The total counts sanctioned parties only when the phrase says so (`targets sanctioned by ...`).
    if (unit.kind === 'target' && !cueBetween(tokens, j + 1, q.tokenStart)) return null;
    return { rule: 'sanction.total-count', unit: unit.text, end: q.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  }
  return null;
}

interface DocState {
  /** The last figure of the document. */
  last: SanctionFigure | null;
  /** Paragraph index of that figure. */
  lastParagraph: number;
  /** Every target named so far with a sanctions action, canonical. */
  targets: Set<string>;
  /** The imposer of the last sentence with figures; null when unknown or when they name several. */
  lastImposer: string | null;
}

/** Figures with `date: null`; `resolve/link` fills the date from the sentence's date mentions. */
export function annotateSanctions(doc: Doc): SanctionFigure[] {
  const text = doc.text;
  const out: SanctionFigure[] = [];
  let para: ParagraphState = { index: -1, previousSanction: false, last: null, target: null, imposer: null, action: false };
  const docState: DocState = { last: null, lastParagraph: -1, targets: new Set(), lastImposer: null };
  for (const s of doc.sentences) {
    if (s.paragraph !== para.index) para = { index: s.paragraph, previousSanction: false, last: null, target: null, imposer: null, action: false };
    // No digit, number word or sanctions cue (`vocab/triggers-figures`): no figure, and nothing
    // named here for the next sentence to continue.
    // No figure either without some sanctions context in the sentence or the one before. Without
    // the pre-scan (`prescan: false`) every sentence is read.
    if (doc.need && (!needs(doc, s.index, NEED_FIGURES) || (!para.previousSanction && !mayHaveContext(text, s.start, s.end)))) {
      para.previousSanction = false;
      continue;
    }
    const tokens = tokenize(text, s.start, s.end);
    const cues = sentenceCues(tokens);
    // Nothing here can be a figure without some sanctions context in the sentence or the one before.
    const context = cues.sanction || cues.authority || cues.moneyInherent || cues.moneyAssets || cues.imposerAction || para.previousSanction || cues.continuation;
    const quantities = context ? scanQuantities(text, tokens) : [];
    const byStart = new Map(quantities.map((x) => [x.tokenStart, x] as const));
    const byEnd = new Map(quantities.map((x) => [x.tokenEnd, x] as const));
    // The counted phrase after each quantity, read once (a coordination looks ahead at the next one's).
    const units = new Map<number, Unit>();
    const unitAt = (k: number): Unit => {
      let u = units.get(k);
      if (!u) units.set(k, (u = nounPhraseAt(text, tokens, k)));
      return u;
    };
    const inSentence: Array<{ fig: SanctionFigure; q: Quantity; unitLast: number; strongTarget: boolean; located: string | null }> = [];
    let covered = -1;
    let named: Set<string> | null = null;
    let found = false;
    for (const q of quantities) {
      if (q.start < covered || isYear(q) || isIdentifier(q, tokens) || isDayOfMonth(q, tokens) || isPartitiveWhole(q, tokens)) continue;
      const money = q.currency !== null;
      if (money && isConversion(q, tokens, byEnd)) continue;
      if (!money && q.value !== null && (!Number.isInteger(q.value) || q.value < 0)) continue;
      if (!money && !cues.sanction && !para.previousSanction && !cues.continuation && !cues.imposerAction && !cues.moneyInherent) continue;
      let d: Decision | null;
      if (money) d = decideMoney(q, text, tokens, cues, para);
      else {
        const partitive = partitiveUnit(text, tokens, q);
        const unit = partitive ?? unitAt(q.tokenEnd);
        d = decideCount(q, unit, tokens, cues, para, unit.kind === 'target' ? coordinatedNext(tokens, unit.last, byStart, unitAt) : null);
        if (d && partitive) d = { ...d, rule: `${d.rule}-partitive` };
        if (!d && cues.sanction) d = totalBefore(text, tokens, q);
      }
      if (!d) continue;
      const continuation = d.continuation || cues.continuation;
      let imposer = d.continuation ? null : findImposer(text, tokens, q.tokenStart, d.unitLast);
      const found_ = findTarget(text, tokens, q.tokenStart, d.unitFirst, d.unitLast);
      let target = found_.strong;
      // A figure that continues an earlier action (`The targets include ...`, `The package also
      // targets ...`) takes its imposer: from this paragraph, or from the paragraph just before.
      // The paragraph before counts only for a paragraph's first sentence (`The package also targets ...`).
      const opensParagraph = s.index === 0 || doc.sentences[s.index - 1]!.paragraph !== s.paragraph;
      const fromBefore = !para.action && opensParagraph && docState.lastParagraph === s.paragraph - 1;
      const previous = para.last ?? (fromBefore ? docState.last : null);
      if (imposer === null && continuation) imposer = para.action ? para.imposer : fromBefore ? docState.lastImposer : null;
      if (target !== null && target === imposerCountry(imposer)) target = null;
      if (target === null) {
        const ctx = inSentence[inSentence.length - 1]?.fig.target ?? para.last?.target ?? para.target;
        named ??= countriesIn(tokens);
        if (ctx && (continuation || named.has(ctx))) target = ctx;
        // The one country the article's sanctions are against, named again in this sentence.
        else if (docState.targets.size === 1) {
          const only = [...docState.targets][0]!;
          if (named.has(only) || (continuation && previous?.target === only)) target = only;
        }
      }
      const strongTarget = target !== null;
      if (target === null && found_.located !== imposerCountry(imposer)) target = found_.located;
      if (target === null && money && d.rule.startsWith('sanction.money') && d.rule !== 'sanction.money-cue' && hasAssetWord(tokens, { first: d.unitFirst, last: d.unitLast })) {
        const owner = ownerBefore(tokens, q.tokenStart);
        if (owner !== imposerCountry(imposer)) target = owner;
      }
      const { min, max } = numericBounds(q, !money && q.integer);
      const fig: SanctionFigure = {
        text: text.slice(q.start, d.end),
        start: q.start,
        end: d.end,
        sentence: s.index,
        count: q.value,
        qualifier: q.qualifier,
        min,
        max,
        approximate: q.approximate,
        unit: d.unit,
        currency: q.currency,
        imposer,
        target,
        date: null,
        // A figure in a sentence that continues an earlier action says so in its rule id; the date
        // linker reads it to carry that action's date.
        rule: continuation && !money && !d.rule.startsWith('sanction.continuation') ? 'sanction.continuation-count' : d.rule,
      };
      covered = d.end;
      inSentence.push({ fig, q, unitLast: d.unitLast, strongTarget, located: found_.located });
      found = true;
    }
    shareAcrossCoordination(tokens, inSentence);
    for (const { fig } of inSentence) {
      out.push(fig);
      para.last = fig;
      docState.last = fig;
      docState.lastParagraph = s.paragraph;
    }
    if (found) {
      // The sentence's action has one imposer only when its figures agree on it.
      const imposers = new Set<string>();
      for (const { fig } of inSentence) if (fig.imposer !== null) imposers.add(fig.imposer);
      para.imposer = imposers.size === 1 ? [...imposers][0]! : null;
      docState.lastImposer = para.imposer;
    }
    for (const f of inSentence) if (f.strongTarget && f.fig.target) docState.targets.add(f.fig.target);
    if (cues.sanction && !found && cues.cueEnd > 0) para.imposer = findImposer(text, tokens, cues.cueEnd, cues.cueEnd) ?? para.imposer;
    if (cues.sanction) {
      const t = sentenceTarget(text, tokens);
      para.target = t ?? para.target;
      if (t && countriesIn(tokenize(t)).has(t)) docState.targets.add(t);
    }
    para.previousSanction = cues.sanction || found;
    para.action ||= cues.sanction || found;
  }
  return out;
}

/**
 * Figures joined by `and` or a comma with nothing between (`12 entities and 6 individuals in Iran`,
 * `200 individuals and 100 entities`) share what the text says once for all of them: a target
 * named after the last one, and the imposer when one of them lacks it.
 */
function shareAcrossCoordination(tokens: readonly Token[], figs: Array<{ fig: SanctionFigure; q: Quantity; unitLast: number; strongTarget: boolean; located: string | null }>): void {
  for (let i = figs.length - 2; i >= 0; i--) {
    const a = figs[i]!;
    const b = figs[i + 1]!;
    const join = tokens[a.unitLast];
    if (!join || (join.lower !== 'and' && join.text !== ',') || b.q.tokenStart !== a.unitLast + 1) continue;
    if (!a.strongTarget && b.fig.target !== null && (b.strongTarget || a.fig.target === null)) {
      a.fig.target = b.fig.target;
      a.strongTarget = b.strongTarget;
    }
    if (a.fig.imposer === null) a.fig.imposer = b.fig.imposer;
    if (b.fig.imposer === null) b.fig.imposer = a.fig.imposer;
  }
}

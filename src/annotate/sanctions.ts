/**
 * annotate/sanctions: numbers that count sanctions, sanctioned targets or money in a sanctions
 * action (frozen assets, fines, penalties), with qualifier, bounds, unit, currency, imposer and
 * target. `date` stays null: `resolve/link` fills it from the sentence's date mentions.
 *
 * Per sentence: read every quantity (`annotate/numbers`), take the counted phrase after it
 * (`sanctions-unit`), decide whether it is about a sanctions action (`sanctions-context`), then
 * find who imposes and on whom (`sanctions-actors`). A sentence that continues a sanctions action
 * of the same paragraph (`The targets include more than 60 ... companies.`) inherits the imposer,
 * and the paragraph's target carries to a figure whose sentence names that country again.
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
 */
import type { Doc, SanctionFigure } from '../types.js';
import { numericBounds, scanQuantities, tokenize, type Quantity, type Token } from './numbers.js';
import { hasAssetWord, moneyCueNear, moneyUnitAt, nounPhraseAt, type Unit } from './sanctions-unit.js';
import { SANCTION_MONEY_CUES, WEAK_MONEY_CUES } from '../vocab/sanctions.js';

const INHERENT = new Set(SANCTION_MONEY_CUES);
const WEAK = new Set(WEAK_MONEY_CUES);
import { cueLaterInClause, governorOf, passiveCueAfter, sentenceCues } from './sanctions-context.js';
import { countriesIn, findImposer, findTarget, imposerCountry } from './sanctions-actors.js';

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
}

function decideCount(q: Quantity, unit: Unit, tokens: readonly Token[], cues: ReturnType<typeof sentenceCues>, para: ParagraphState): Decision | null {
  if (unit.kind === 'none' || unit.kind === 'measure' || !unit.noun) return null;
  const base = { unit: unit.text, end: unit.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  if (unit.kind === 'sanction') return { ...base, rule: 'sanction.sanction-count' };
  if (unit.kind === 'money') return null;
  const gov = governorOf(tokens, q.tokenStart, cues.sanction);
  if (gov.kind === 'other') return null;
  if (gov.kind === 'sanction') {
    if (unit.kind === 'target') return { ...base, rule: gov.direct ? 'sanction.target-count' : 'sanction.target-count-clause' };
    if (gov.direct) return { ...base, rule: 'sanction.object-count' };
    return null;
  }
  if (passiveCueAfter(tokens, unit.last)) return { ...base, rule: 'sanction.passive-count' };
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
  const unit = moneyUnitAt(text, tokens, q.tokenEnd);
  const cue = moneyCueNear(tokens, q.tokenStart);
  if (!unit && !cue) return null;
  if (unit && unit.kind !== 'money' && unit.kind !== 'sanction' && !cues.money) return null;
  const strong = cues.sanction || cues.authority || (unit !== null && unit.kind === 'sanction');
  const frozen = cues.moneyInherent && ((unit !== null && hasAssetWord(tokens, unit)) || (cue !== null && INHERENT.has(cue.key) && cue.distance <= 2));
  const previous = para.previousSanction && cue !== null && !WEAK.has(cue.key);
  if (!strong && !frozen && !previous) return null;
  if (unit) return { rule: 'sanction.money', unit: unit.text, end: unit.end, unitFirst: unit.first, unitLast: unit.last, continuation: false };
  return { rule: 'sanction.money-cue', unit: cue!.unit, end: q.end, unitFirst: q.tokenEnd, unitLast: q.tokenEnd, continuation: false };
}

/** Targets the sentence names after a sanction noun (`sanctions against Russia`), for the paragraph. */
function sentenceTarget(text: string, tokens: readonly Token[]): string | null {
  return findTarget(text, tokens, 0, 0, 0);
}

/** Figures with `date: null`; `resolve/link` fills the date from the sentence's date mentions. */
export function annotateSanctions(doc: Doc): SanctionFigure[] {
  const text = doc.text;
  const out: SanctionFigure[] = [];
  let para: ParagraphState = { index: -1, previousSanction: false, last: null, target: null };
  for (const s of doc.sentences) {
    if (s.paragraph !== para.index) para = { index: s.paragraph, previousSanction: false, last: null, target: null };
    const tokens = tokenize(text, s.start, s.end);
    const cues = sentenceCues(tokens);
    // Nothing here can be a figure without some sanctions context in the sentence or the one before.
    const context = cues.sanction || cues.authority || cues.moneyInherent || para.previousSanction;
    const quantities = context ? scanQuantities(text, tokens) : [];
    let found = false;
    for (const q of quantities) {
      if (isYear(q) || isIdentifier(q, tokens)) continue;
      const money = q.currency !== null;
      if (!money && q.value !== null && (!Number.isInteger(q.value) || q.value < 0)) continue;
      if (!money && !cues.sanction && !para.previousSanction && !cues.continuation) continue;
      const d = money
        ? decideMoney(q, text, tokens, cues, para)
        : decideCount(q, nounPhraseAt(text, tokens, q.tokenEnd), tokens, cues, para);
      if (!d) continue;
      let imposer = d.continuation ? null : findImposer(text, tokens, q.tokenStart, d.unitLast);
      let target = findTarget(text, tokens, q.tokenStart, d.unitFirst, d.unitLast);
      if (imposer === null && d.continuation && para.last) imposer = para.last.imposer;
      if (target === imposerCountry(imposer) && target !== null) target = null;
      if (target === null) {
        const ctx = para.last?.target ?? para.target;
        if (ctx && (d.continuation || countriesIn(tokens).has(ctx))) target = ctx;
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
        rule: d.rule,
      };
      out.push(fig);
      para.last = fig;
      found = true;
    }
    if (cues.sanction) para.target = sentenceTarget(text, tokens) ?? para.target;
    para.previousSanction = cues.sanction || found;
  }
  return out;
}

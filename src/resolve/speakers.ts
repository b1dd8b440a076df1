/**
 * resolve/speakers: tie each quote's source mention to one canonical entity; list the entities.
 *
 * - A name joins the person entity of its first name + surname (`Putin`, `Mr. Putin`, `Russian
 *   President Vladimir Putin` are one entity named `Vladimir Putin`, role `Russian President`).
 * - A pronoun (`he`, `she`, `it`, `they`) takes the first compatible source in its own sentence
 *   before it, else in the sentences before, skipping everything inside quote marks and inside
 *   the content of quotes (first-person speakers inside quotes never become sources).
 * - A title phrase (`the attorney general`, `The Russian president`) takes the person holding that
 *   title in the article, the nearest before it first; a proper office without a holder (`the U.S.
 *   Director of National Intelligence`) speaks as an organization.
 * - Organizations speak as themselves (`the White House` -> `White House`); a country too (`Russia`).
 * - A continuation takes the speaker of the quote before it.
 */
import type { Doc, Quote, QuoteSpeaker, Range, Resolution, Span, Speaker, SpeakerType } from '../types.js';
import type { QuoteCandidate } from '../annotate/quotes.js';
import { sentenceAt } from '../segment/index.js';
import { PRONOUNS } from '../vocab/pronouns.js';
import { findNames, groupPersons, type NameMention, type PersonEntity } from './speakers-names.js';
import { isNounAfterName, wordClass } from './speakers-lexicon.js';
import { ORG_DESCRIPTORS } from '../vocab/organizations.js';
import { ORG_SET } from '../annotate/quotes-np.js';
import { TIME_WORDS } from '../vocab/cues.js';
import { NAME_CONNECTORS } from '../vocab/speaker-grammar.js';

const TIME_SET = new Set(TIME_WORDS);
import { rangeAt } from '../segment/ranges.js';

interface Entity {
  key: string;
  name: string;
  type: SpeakerType;
  gender: 'male' | 'female' | null;
  roles: string[];
  mentions: Span[];
  person: PersonEntity | null;
  id: string | null;
}

interface Antecedent {
  pos: number;
  /** A possessive name (`Putin’s remarks`) is a weaker antecedent than a subject or object. */
  weak: boolean;
  sentence: number;
  entity: Entity;
}

const MAX_SENTENCES_BACK = 6;
const DETERMINER = /^(?:the|a|an)\s+/i;

function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Union of ranges, sorted, for O(log n) membership. */
function unionRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Lower-case content words of a role or title phrase (`The Russian president` -> russian president). */
const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'gen.': 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'sgt.': 'sergeant', 'prof.': 'professor', 'rev.': 'reverend', 'u.s.': 'us', 'front-runner': 'frontrunner',
};

function roleWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .map((w) => ROLE_ABBREVIATIONS[w] ?? w)
    .filter((w) => w && !/^(?:the|a|an|his|her|its|their)$/.test(w));
}

const MAX_ORG_SCANS = 50;

/** Other mentions of an organization by name outside quote marks (`the Biden Administration`, `in eastern Russia`). */
function orgMentions(doc: Doc, e: Entity, names: readonly NameMention[], shared: OrgScan): Span[] {
  const { text } = doc;
  const core = e.name.replace(DETERMINER, '');
  const out: Span[] = [];
  if (!/\s/.test(core)) {
    for (const m of names) if (!m.inQuote && m.words.length === 1 && m.words[0] === core) out.push(spanOf(text, m.nameStart, m.nameEnd));
    return out;
  }
  const lower = (shared.lower ??= text.toLowerCase());
  const needle = core.toLowerCase();
  const quoted = (shared.quoted ??= unionRanges([...doc.quoted]));
  const inQuote = (pos: number) => rangeAt(quoted, pos) !== null;
  const acronym = initials(core);
  if (acronym.length >= 2) {
    // `OFSI said`, `the EU’s foreign policy chief`, `(OFSI)`; not `EU governments`, where it modifies a noun.
    let checked = 0;
    for (let at = text.indexOf(acronym, doc.bodyStart); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || inQuote(at)) continue;
      const possessive = /^['’]s\b/u.test(text.slice(end, end + 3));
      const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 40));
      if (!possessive && next && checked++ < MAX_ACRONYM_CHECKS && isNounAfterName(acronym, next[1]!)) continue;
      out.push(spanOf(text, at, end));
    }
  }
  for (let at = lower.indexOf(needle, doc.bodyStart); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    const end = at + needle.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '') || inQuote(at)) continue;
    const the = /(?:^|[^\p{L}])(the )$/iu.exec(text.slice(Math.max(0, at - 5), at));
    const start = the ? at - 4 : at;
    out.push(spanOf(text, start, end));
  }
  return out;
}

/** What every organization's scan of one article shares, made on the first scan. */
interface OrgScan {
  lower?: string;
  quoted?: Range[];
}

const MAX_ACRONYM_CHECKS = 20;
const CONNECTOR_SET = new Set(NAME_CONNECTORS);
const isConnector = (w: string) => CONNECTOR_SET.has(w.toLowerCase());
/** Capitalized words, with lower-case connectors between them (`Office of Financial Sanctions Implementation`). */
const CAP_PHRASE = `\\p{Lu}[\\p{L}.&'’-]*(?:\\s(?:(?:${NAME_CONNECTORS.filter((w) => /^\p{L}+$/u.test(w)).join('|')})\\s)?\\p{Lu}[\\p{L}.&'’-]*)*`;

/** Initials of the capitalized words of a name (`European Union` -> EU); '' for a one-word name. */
function initials(name: string): string {
  const words = name.replace(DETERMINER, '').split(/\s+/).filter((w) => !isConnector(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return '';
  return words.map((w) => w[0]).join('');
}

const isAcronym = (s: string) => /^\p{Lu}{2,6}$/u.test(s);

/**
 * The long name of an organization written as an acronym: the name it stands for in parentheses
 * (`The Office of Financial Sanctions Implementation (OFSI)`), an organization already speaking,
 * or a name in the article with those initials (`The European Union` for `EU`).
 */
function longForm(doc: Doc, name: string, entities: ReadonlyMap<string, Entity>, phrases: CapPhrases): string {
  const core = name.replace(DETERMINER, '');
  if (!isAcronym(core)) return name;
  const { text } = doc;
  const paren = text.indexOf(`(${core})`, doc.bodyStart);
  if (paren > 0) {
    const words = text.slice(Math.max(doc.bodyStart, paren - 160), paren).trimEnd().split(/\s+/);
    const taken: string[] = [];
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k]!;
      if (/^\p{Lu}[\p{L}.&-]*$/u.test(w) || (taken.length && isConnector(w) && !/^the$/i.test(w))) taken.unshift(w);
      else break;
    }
    while (taken.length && isConnector(taken[0]!)) taken.shift();
    while (taken.length && /^the$/i.test(taken[0]!)) taken.shift();
    if (initials(taken.join(' ')) === core) {
      const the = /(?:^|\s)the$/i.test(words[words.length - taken.length - 1] ?? '');
      return `${the ? 'the ' : ''}${taken.join(' ')}`;
    }
  }
  for (const e of entities.values()) if (e.type === 'organization' && initials(e.name) === core) return e.name;
  const acronymAt = standaloneAt(text, core);
  const to = acronymAt < 0 ? text.length : acronymAt;
  for (const p of phrases.before(to)) {
    if (p.start >= to) break;
    if (initials(p.words.join(' ')) === core) return p.name;
  }
  return name;
}

/** A letter (`\p{L}`) as the code point ending right before i, or starting at i. */
const LETTER = /^\p{L}$/u;
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const pair = (c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return LETTER.test(pair ? text.slice(i - 2, i) : text[i - 1]!);
}
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * The first offset of `word` (capital letters only) with no letter right before or after it, or
 * -1: what searching the text for the word between letter boundaries finds, without a pattern per word.
 */
function standaloneAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterBefore(text, at) && !letterAt(text, at + word.length)) return at;
  }
  return -1;
}

interface CapPhrase {
  start: number;
  words: string[];
  /** The name as the organization is named, `the` included when the text has it. */
  name: string;
}

/** The phrase of a run of capitalized words matched by CAP_PHRASE, null when only `the`. */
function capPhrase(text: string, m: RegExpExecArray): CapPhrase | null {
  let words = m[0].replace(/['’]s$/u, '').split(/\s+/);
  let the = /(?:^|[^\p{L}])the\s$/iu.test(text.slice(Math.max(0, m.index - 5), m.index));
  if (/^the$/i.test(words[0]!)) {
    words = words.slice(1);
    the = true;
  }
  // `The European Union on Tuesday`: a connector before a time word ends the name.
  const cut = words.findIndex((w, k) => k > 0 && isConnector(w) && TIME_SET.has((words[k + 1] ?? '').toLowerCase()));
  if (cut > 0) words = words.slice(0, cut);
  if (!words.length) return null;
  return { start: m.index, words, name: `${the ? 'the ' : ''}${words.join(' ')}` };
}

/**
 * A run of capitalized words, searched for from `lastIndex`: one pattern object for every search,
 * each search setting where it starts (a pattern made per article costs a look-up of its source in
 * V8's cache and a new object). The look-ahead matches a superset of \p{Lu}, all of A-Z and all
 * beyond ASCII, and says no to most characters without \p{Lu}'s call out of the matching code:
 * over 2 MB of articles the search takes a third less time and finds the same runs.
 */
const CAP_PHRASE_RE = new RegExp(`(?=[A-Z\\u0080-\\u{10FFFF}])${CAP_PHRASE}`, 'gu');

/**
 * Runs of capitalized words (with `of`, `and`, `for`, `on`, `the` inside) from an offset on,
 * found only as far as a caller asks: most articles ask about their first part only, or not at all.
 */
class CapPhrases {
  private readonly list: CapPhrase[] = [];
  private done = false;
  /** Where the search goes on from. */
  private at: number;
  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
  }

  /** The phrases in text order: every one starting before `pos`, and then at least one more unless there is none. */
  before(pos: number): readonly CapPhrase[] {
    while (!this.done && (this.list.length === 0 || this.list[this.list.length - 1]!.start < pos)) {
      CAP_PHRASE_RE.lastIndex = this.at;
      const m = CAP_PHRASE_RE.exec(this.text);
      if (!m) {
        this.done = true;
        break;
      }
      this.at = CAP_PHRASE_RE.lastIndex;
      const p = capPhrase(this.text, m);
      if (p) this.list.push(p);
    }
    return this.list;
  }
}

const IT_SENTENCES_BACK = 2;

/** The nearest organization named (outside quotes) in the sentence of `pos` or the two before it: a phrase with an organization head (`The Kremlin`, `the Treasury Department`). */
function namedOrgBefore(doc: Doc, pos: number, scan: CapPhrases): string | null {
  const phrases = scan.before(pos);
  const s0 = sentenceAt(doc, pos);
  const from = doc.sentences[Math.max(0, s0 - IT_SENTENCES_BACK)]?.start ?? doc.bodyStart;
  let lo = 0;
  let hi = phrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && lo - k <= DESCRIBED_PHRASES; k--) {
    const p = phrases[k]!;
    if (p.start < from) break;
    if (rangeAt(doc.quoted, p.start)) continue;
    if (p.words.some((w) => ORG_SET.has(w.toLowerCase()))) return p.name;
  }
  return null;
}

const DESCRIBED_WINDOW = 5000;
const DESCRIBED_PHRASES = 200;

/** `the bloc` -> the nearest organization named before it whose name fits the noun (`the European Union`). */
function describedOrg(doc: Doc, mention: Span, scan: CapPhrases): string | null {
  const words = mention.text.toLowerCase().split(/\s+/);
  if (!/^(?:the|this)$/.test(words[0] ?? '') || words.length > 3) return null;
  const fits = ORG_DESCRIPTORS[words[words.length - 1]!];
  if (!fits) return null;
  // The last phrase starting before the mention, then backwards within the window.
  const phrases = scan.before(mention.start);
  let lo = 0;
  let hi = phrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[mid]!.start < mention.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && lo - k <= DESCRIBED_PHRASES; k--) {
    const p = phrases[k]!;
    if (p.start < mention.start - DESCRIBED_WINDOW) break;
    if (rangeAt(doc.quoted, p.start)) continue;
    if (p.words.some((w) => fits.includes(w.toLowerCase()))) return p.name;
  }
  return null;
}

export function resolveSpeakers(doc: Doc, candidates: readonly QuoteCandidate[]): { quotes: Quote[]; speakers: Speaker[] } {
  const names = findNames(doc);
  const sources = new Set<number>();
  for (const c of candidates) if (c.mentionKind === 'name' && c.mentionName) sources.add(c.mentionName.start);
  const resolver = new SpeakerResolver(doc, names, groupPersons(names, sources), candidates);
  const quotes: Quote[] = [];
  const speakerOf: Array<Entity | null> = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [i, c] of sorted.entries()) {
    const { entity, resolution } = resolver.speakerOf(c, speakerOf[i - 1] ?? null);
    speakerOf.push(entity);
    const speaker: QuoteSpeaker = { id: null, name: entity?.name ?? null, mention: c.continuation ? null : c.mention, resolution };
    quotes.push({
      id: `q${i + 1}`,
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      sentence: c.sentence,
      cue: c.cue,
      speaker,
      date: null,
      // Which rule found the quote and how its speaker was attributed (`--explain`).
      rule: c.continuation ? c.rule : `${c.rule}-speaker-${resolution}`,
    });
  }
  const speakers = listSpeakers(doc, speakerOf, names);
  for (const [i, e] of speakerOf.entries()) if (e) quotes[i]!.speaker.id = e.id;
  return { quotes, speakers };
}

/** Whether `pronoun` can refer to entity `e`. */
function compatible(pronoun: string, e: Entity): boolean {
  const f = PRONOUNS[pronoun];
  if (!f) return false;
  if (f.gender === 'male') return e.type === 'person' && e.gender !== 'female';
  if (f.gender === 'female') return e.type === 'person' && e.gender !== 'male';
  if (f.gender === 'neuter') return e.type === 'organization';
  return e.type === 'organization';
}

/**
 * One article's entities, made as quotes name them, and the antecedents a pronoun or a title
 * resolves to (`resolveSpeakers`, one quote at a time in text order).
 */
class SpeakerResolver {
  /** Every entity made so far, by key (`p:...` a person, `o:...` an organization). */
  private readonly entities = new Map<string, Entity>();
  private readonly personEntity = new Map<PersonEntity, Entity>();
  /** Written organization name -> its long form (`the IAEA` -> `International Atomic Energy Agency`). */
  private readonly longForms = new Map<string, string>();
  /** Capitalized phrases of the body, found as far as an organization needs them. */
  private readonly phrases: CapPhrases;
  private readonly nameAt = new Map<number, NameMention>();
  private readonly nameEndingAt = new Map<number, NameMention>();
  /**
   * No antecedent comes from quoted text, nor from the content of a quote that does not also hold
   * the pronoun (`Putin said ... as President Biden has backed Harris, “...” / “...,” he added`).
   */
  private readonly contents: Range[];
  /** Antecedents by sentence. */
  private readonly antecedents = new Map<number, Antecedent[]>();
  /** The words of each role, split once per article. */
  private readonly roleWordCache = new Map<string, string[]>();

  constructor(
    private readonly doc: Doc,
    names: readonly NameMention[],
    private readonly persons: readonly PersonEntity[],
    candidates: readonly QuoteCandidate[],
  ) {
    this.phrases = new CapPhrases(doc.text, doc.bodyStart);
    for (const m of names) {
      this.nameAt.set(m.nameStart, m);
      this.nameEndingAt.set(m.nameEnd, m);
    }
    this.contents = unionRanges(candidates.map((c) => ({ start: c.start, end: c.end })));
    for (const m of names) {
      if (m.inQuote || !m.entity) continue;
      this.addAntecedent(m.start, this.person(m.entity), m.possessive);
    }
  }

  /** Candidate `c`'s speaker (`previous`: the speaker of the quote before it, for a continuation). */
  speakerOf(c: QuoteCandidate, previous: Entity | null): { entity: Entity | null; resolution: Resolution } {
    if (c.continuation) return { entity: previous, resolution: 'continuation' };
    if (!c.mention) return { entity: null, resolution: 'none' };
    let entity: Entity | null = null;
    let resolution: Resolution = 'unresolved';
    const kind = c.mentionKind ?? 'name';
    if (kind === 'name' && c.mentionName) {
      const m = this.nameAt.get(c.mentionName.start) ?? this.nameEndingAt.get(c.mentionName.end);
      if (m?.entity) {
        entity = this.person(m.entity);
      } else if (m && (m.nonPerson || wordClass(m.words[0]!) === 'place')) {
        entity = this.org(m.words.join(' '));
      }
      if (entity) resolution = 'name';
    } else if (kind === 'pronoun') {
      const pronoun = c.mention.text.toLowerCase().replace(/['’](?:s|d|ll|ve|re)$/u, '');
      entity = this.resolvePronoun(pronoun, c.mention.start);
      // `The Kremlin rejected the claims. It said ...`: `it` takes the organization named just before.
      if (!entity && PRONOUNS[pronoun]?.gender === 'neuter') {
        const named = namedOrgBefore(this.doc, c.mention.start, this.phrases);
        if (named) entity = this.org(named);
      }
      if (entity) resolution = 'pronoun';
    } else if (kind === 'title' || ((kind === 'org' || kind === 'group') && !/\p{Lu}/u.test(c.mention.text.replace(DETERMINER, '')))) {
      entity = kind === 'title' ? this.resolveTitle(c.mention, c.mentionRole ?? null, c.mention.start) : null;
      // `the bloc says`, `the agency said`: a common noun for an organization named before it.
      const described = entity ? null : describedOrg(this.doc, c.mention, this.phrases);
      if (described) entity = this.org(described);
      if (entity) resolution = 'title';
      else if (/\bof\s+(?:the\s+)?\p{Lu}/u.test(c.mention.text) && /^(?:the\s)/i.test(c.mention.text)) {
        // A proper office without a holder in the article speaks as an institution
        // (`the U.S. Director of National Intelligence`).
        entity = this.org(c.mention.text);
        resolution = 'name';
      }
    } else if (kind === 'org' && !/^(?:a|an|one|some|another)\s/i.test(c.mention.text) && /\p{Lu}/u.test(c.mention.text.replace(DETERMINER, ''))) {
      // Only a named organization (`the White House`, `the Biden administration`); `the company`
      // or `his campaign` refer back to one the rules do not track, so they stay unresolved.
      // An indefinite phrase (`a bank`) names no particular organization.
      entity = this.org(c.mention.text);
      resolution = 'name';
    }
    if (entity) {
      entity.mentions.push(c.mention);
      this.addAntecedent(c.mention.start, entity);
    }
    return { entity, resolution };
  }

  private person(p: PersonEntity): Entity {
    let e = this.personEntity.get(p);
    if (!e) {
      const listed = p.mentions.filter((m) => !m.inQuote && !m.modifier);
      e = { key: `p:${p.key}`, name: p.name, type: 'person', gender: p.gender, roles: [...p.roles], mentions: listed.map((m) => spanOf(this.doc.text, m.start, m.end)), person: p, id: null };
      this.personEntity.set(p, e);
      this.entities.set(e.key, e);
    }
    return e;
  }

  private org(written: string): Entity {
    const plain = written.replace(/^The\s/, 'the ');
    let name = this.longForms.get(plain);
    if (name === undefined) {
      // Each distinct acronym scans the text once; beyond a bound they keep their written name.
      name = this.longForms.size < MAX_ORG_SCANS ? longForm(this.doc, plain, this.entities, this.phrases) : plain;
      this.longForms.set(plain, name);
    }
    const key = `o:${name.toLowerCase().replace(DETERMINER, '')}`;
    let e = this.entities.get(key);
    if (!e) {
      e = { key, name, type: 'organization', gender: null, roles: [], mentions: [], person: null, id: null };
      this.entities.set(key, e);
    }
    return e;
  }

  private addAntecedent(pos: number, entity: Entity, weak = false): void {
    const sentence = sentenceAt(this.doc, pos);
    const list = this.antecedents.get(sentence) ?? [];
    list.push({ pos, sentence, entity, weak });
    this.antecedents.set(sentence, list);
  }

  private resolvePronoun(pronoun: string, pos: number): Entity | null {
    const s0 = sentenceAt(this.doc, pos);
    const own = rangeAt(this.contents, pos);
    for (let s = s0; s >= 0 && s0 - s <= MAX_SENTENCES_BACK; s--) {
      const list = this.antecedents.get(s);
      if (!list) continue;
      let best: Antecedent | null = null;
      for (const a of list) {
        if (a.pos >= pos || !compatible(pronoun, a.entity)) continue;
        const c = rangeAt(this.contents, a.pos);
        if (c && c !== own) continue;
        // In the pronoun's own sentence the nearest source wins; before it, the sentence's first;
        // a possessive only when nothing else fits.
        if (!best || (best.weak && !a.weak)) best = a;
        else if (best.weak === a.weak && (s === s0 ? a.pos > best.pos : a.pos < best.pos)) best = a;
      }
      if (best) return best.entity;
    }
    return null;
  }

  private resolveTitle(mention: Span, role: Span | null, pos: number): Entity | null {
    const want = roleWords((role ?? mention).text);
    if (!want.length) return null;
    let best: Entity | null = null;
    let bestPos = -1;
    for (const p of this.persons) {
      if (!p.roles.length) continue;
      const e = this.person(p);
      const has = p.roles.some((r) => {
        const words = this.wordsOfRole(r);
        return want.every((w) => words.includes(w));
      });
      if (!has) continue;
      // Prefer the holder mentioned nearest before the title phrase.
      let at = -1;
      for (const m of p.mentions) if (m.start < pos && m.start > at) at = m.start;
      if (!best || at > bestPos) {
        best = e;
        bestPos = at;
      }
    }
    return best;
  }

  /** `roleWords(r)`, split once per article. */
  private wordsOfRole(r: string): string[] {
    let w = this.roleWordCache.get(r);
    if (!w) this.roleWordCache.set(r, (w = roleWords(r)));
    return w;
  }
}

/**
 * The speakers of an article's quotes (`speakerOf`, one per quote), in order of their first listed
 * mention, with ids (`s1`, `s2`, ...) set on each entity for its quotes to point to.
 */
function listSpeakers(doc: Doc, speakerOf: ReadonlyArray<Entity | null>, names: readonly NameMention[]): Speaker[] {
  const speaking = [...new Set(speakerOf.filter((e): e is Entity => e !== null))];
  let scanned = 0;
  const orgScan: OrgScan = {};
  for (const e of speaking) {
    if (e.type !== 'organization' || scanned++ >= MAX_ORG_SCANS) continue;
    e.mentions.push(...orgMentions(doc, e, names, orgScan));
  }
  const listed = speaking.map((e) => {
    // Sorted, the copies of a mention (same start and end) stand together: the first is kept.
    const sorted = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const mentions = sorted.filter((m, i) => i === 0 || m.start !== sorted[i - 1]!.start || m.end !== sorted[i - 1]!.end);
    // (An entity without a mention, were there one, goes last: past the end of the text.)
    return { e, mentions, first: mentions.length > 0 ? mentions[0]!.start : doc.text.length + 1 };
  });
  listed.sort((a, b) => a.first - b.first);
  return listed.map(({ e, mentions }, n) => {
    e.id = `s${n + 1}`;
    return { id: e.id, name: e.name, type: e.type, roles: e.roles, mentions };
  });
}

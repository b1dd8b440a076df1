/**
 * resolve/speakers-names: every name in the article (`Russian President Vladimir Putin`,
 * `Mr. Putin`, `Putin’s`) with its title and its personal name, and the person entities they
 * form: one per first name + surname, bare surnames joining the nearest full name before them.
 */
import type { Doc } from '../types.js';
import { endsWithApostropheS, paragraphTokens, type Token } from '../annotate/quotes-tokens.js';
import { CLAUSE_SET, HONORIFIC_SET, MODIFIER_SET, ORG_SET, SPEECH_SET, TITLE_SET, isFirstNameLow, isNameWord } from '../annotate/quotes-np.js';
import { classOfLower, wordClass } from './speakers-lexicon.js';
import { TIME_WORDS } from '../vocab/cues.js';
import { DETERMINERS as DETERMINERS_TABLE, ROLE_STOPS as ROLE_STOPS_TABLE } from '../vocab/speaker-grammar.js';

const TIME_SET = new Set(TIME_WORDS);

export type Gender = 'male' | 'female' | null;

export interface NameMention {
  /** The whole phrase, title included. */
  start: number;
  end: number;
  /** The personal name, possessive removed. */
  nameStart: number;
  nameEnd: number;
  /** Name words, possessive removed. */
  words: string[];
  role: string | null;
  honorific: string | null;
  inQuote: boolean;
  /** Written as a possessive (`Putin’s remarks`). */
  possessive: boolean;
  /** A name used as a modifier (`a second Trump presidency`, `the Harris campaign`). */
  modifier: boolean;
  /** Roles given by an appositive (`Rebekah Koffler, a former DIA intelligence officer and author of ...`). */
  appositiveRoles: Array<{ pos: number; text: string }>;
  /** Offset of the title before the name. */
  rolePos: number;
  /** Set once grouped. */
  entity: PersonEntity | null;
  /** Looks like a person (title, honorific, known first or last name, or a quote source). */
  person: boolean;
  /** A place or organization by the lexicon (`Russia`, `NATO`). */
  nonPerson: boolean;
}

export interface PersonEntity {
  key: string;
  name: string;
  gender: Gender;
  roles: string[];
  mentions: NameMention[];
}

/** `Putin’s` -> Putin (the pattern `['’]s$` removed). */
const withoutS = (w: string) => (endsWithApostropheS(w) ? w.slice(0, -2) : w);

function nameWordsOf(tokens: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(withoutS(tokens[i]!.text));
  return out;
}

/** A token's lower-case text without a possessive `'s` (what `withoutS(t.text)` is, lower-cased). */
const lowWithoutS = (t: Token) => (endsWithApostropheS(t.text) ? t.low.slice(0, -2) : t.low);

/** Lower-case words that never open or extend a name: clause words (honorifics aside), time words, verbs of saying. */
const NOT_NAMEISH = new Set([...[...CLAUSE_SET].filter((w) => !HONORIFIC_SET.has(w)), ...TIME_SET, ...SPEECH_SET]);
const TITLE_OR_MODIFIER = new Set([...TITLE_SET, ...MODIFIER_SET]);
const nameish = (x: Token | undefined) => !!x && x.cap && !NOT_NAMEISH.has(x.low);

/** A name word, written as a possessive or not (`Putin’s`). */
function isName(x: Token): boolean {
  if (isNameWord(x)) return true;
  if (!endsWithApostropheS(x.text)) return false;
  return isNameWord({ ...x, text: withoutS(x.text), low: withoutS(x.low) });
}

/** Every capitalized name phrase in the article, in text order. */
export function findNames(doc: Doc): NameMention[] {
  const out: NameMention[] = [];
  const { text } = doc;
  let q = 0;
  const quoted = doc.quoted;
  for (const p of doc.paragraphs) {
    const tokens = paragraphTokens(doc, p);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!nameish(t)) continue;
      let j = i;
      // Nothing or one space between tokens k and k + 1.
      const joined = (k: number) => {
        const e = tokens[k]!.end;
        const n = tokens[k + 1]!.start;
        return n === e || (n === e + 1 && text.charCodeAt(e) === 32);
      };
      while (j + 1 < tokens.length && !endsWithApostropheS(tokens[j]!.text) && nameish(tokens[j + 1]) && joined(j)) j++;
      // Left extension over lower-case title words: `former President`, `spokesman Ian Sams`.
      let a = i;
      while (a - 1 >= 0 && !tokens[a - 1]!.cap && TITLE_OR_MODIFIER.has(tokens[a - 1]!.low)) a--;
      // `Kremlin spokesman Dmitry Peskov`: an organization before a lower-case title belongs to the role.
      if (a < i) while (a - 1 >= 0 && tokens[a - 1]!.cap && ORG_SET.has(tokens[a - 1]!.low) && !TITLE_SET.has(tokens[a - 1]!.low)) a--;
      // Split: trailing name words, honorifics, then the title.
      let n = j;
      // `Matthew Prince`: a capitalized title word after a known first name is a surname.
      const surnameTitle = j - 1 >= i && TITLE_SET.has(tokens[j]!.low) && isFirstNameLow(lowWithoutS(tokens[j - 1]!));
      if (surnameTitle) n--;
      while (n >= i && isName(tokens[n]!)) n--;
      let ns = n + 1;
      // `Supervisor of Elections Susan Bucher`: a known first name inside the run starts the personal name.
      if (ns < j && !isFirstNameLow(tokens[ns]!.low)) {
        for (let k = ns + 1; k < j; k++) {
          if (isFirstNameLow(tokens[k]!.low)) {
            ns = k;
            break;
          }
        }
      }
      if (ns <= j) {
        let h = ns - 1;
        let honorific: string | null = null;
        while (h >= a && HONORIFIC_SET.has(tokens[h]!.low)) {
          honorific = tokens[h]!.low;
          h--;
        }
        let role: string | null = null;
        if (h >= a && anyTitle(tokens, a, h + 1)) role = text.slice(tokens[a]!.start, tokens[h]!.end);
        const det = (x: Token | undefined) => !!x && DETERMINERS.has(x.low);
        const modifier =
          role === null && honorific === null && !endsWithApostropheS(tokens[j]!.text) &&
          (det(tokens[i - 1]) || (det(tokens[i - 2]) && !!tokens[i - 1] && tokens[i - 1]!.word && !tokens[i - 1]!.cap)) &&
          !!tokens[j + 1] && tokens[j + 1]!.word && !tokens[j + 1]!.cap;
        const after = rolesAfter(text, tokens, j);
        const before = rolesBefore(text, tokens, a);
        const appositiveRoles = after.length ? (before.length ? [...after, ...before] : after) : before;
        const words = nameWordsOf(tokens, ns, j);
        const last = tokens[j]!;
        const possessive = endsWithApostropheS(last.text);
        const nameEnd = last.end - (possessive ? 2 : 0);
        let orgish = false;
        for (let k = ns; k <= j && !orgish; k++) orgish = ORG_SET.has(tokens[k]!.low);
        const first = classOfLower(lowWithoutS(tokens[ns]!));
        const cls = words.length === 1 ? first : null;
        const lastCls = classOfLower(lowWithoutS(tokens[j]!));
        while (q < quoted.length && quoted[q]!.end <= tokens[ns]!.start) q++;
        const inQuote = q < quoted.length && quoted[q]!.start <= tokens[ns]!.start;
        out.push({
          start: tokens[i]!.start,
          end: nameEnd,
          nameStart: tokens[ns]!.start,
          nameEnd,
          words,
          role,
          honorific,
          inQuote,
          modifier,
          possessive,
          appositiveRoles,
          rolePos: tokens[a]!.start,
          entity: null,
          person:
            !orgish &&
            (honorific !== null ||
              role !== null ||
              first === 'male' ||
              first === 'female' ||
              first === 'first' ||
              lastCls === 'last' ||
              lastCls === 'person' ||
              // `Jeb Bush wrote ...`: a two- or three-word name opening a clause before a lower-case verb.
              (words.length >= 2 && words.length <= 3 && first === null && lastCls === null && !tokens[i - 1]?.word && !!tokens[j + 1] && tokens[j + 1]!.word && !tokens[j + 1]!.cap && !/^(?:of|and|or|for|in|on|at)$/.test(tokens[j + 1]!.low))),
          // An acronym alone (`OFSI`, `NATO`) names an organization, never a person.
          nonPerson: orgish || cls === 'place' || cls === 'org' || (words.length === 1 && role === null && honorific === null && /^\p{Lu}{2,5}$/u.test(words[0]!)),
        });
      }
      i = j;
    }
  }
  return out;
}

const DETERMINERS = new Set(DETERMINERS_TABLE);
const ROLE_STOPS = new Set(ROLE_STOPS_TABLE);

/** Role phrases of an appositive after a name: `X, a former DIA intelligence officer and author of ...,`. */
function rolesAfter(text: string, tokens: readonly Token[], j: number): Array<{ pos: number; text: string }> {
  if (tokens[j + 1]?.text !== ',' || !tokens[j + 2] || !/^(?:a|an|the)$/.test(tokens[j + 2]!.low)) return [];
  const out: Array<{ pos: number; text: string }> = [];
  let k = j + 2;
  while (k < tokens.length && k - j < 25) {
    // One piece: determiner, words up to a stop word; keep it when it ends with a title word.
    if (DETERMINERS.has(tokens[k]!.low)) k++;
    let first = k;
    let head = -1;
    while (k < tokens.length && tokens[k]!.word && !ROLE_STOPS.has(tokens[k]!.low)) {
      if (endsWithApostropheS(tokens[k]!.text)) first = k + 1;
      else if (TITLE_SET.has(tokens[k]!.low)) head = k;
      k++;
    }
    // `the economic secretary to the Treasury`: a title's office, capitalized, after `to`/`of`/`for`.
    if (head >= first && head === k - 1 && /^(?:to|of|for)$/.test(tokens[k]?.low ?? '')) {
      let o = k + 1;
      if (tokens[o]?.low === 'the') o++;
      let e = o;
      while (e < tokens.length && tokens[e]!.cap && !endsWithApostropheS(tokens[e]!.text)) e++;
      if (e > o) head = e - 1;
    }
    if (head >= first) out.push({ pos: tokens[first]!.start, text: text.slice(tokens[first]!.start, tokens[head]!.end) });
    // Skip the rest of the piece up to `and` or the appositive's end.
    while (k < tokens.length && tokens[k]!.low !== 'and' && tokens[k]!.text !== ',' && !/^[.;:!?]$/.test(tokens[k]!.text)) k++;
    if (tokens[k]?.low !== 'and') break;
    k++;
  }
  return out;
}

/** The role of a descriptive phrase before a name: `his chosen running mate, JD Vance` -> `running mate`. */
function rolesBefore(text: string, tokens: readonly Token[], a: number): Array<{ pos: number; text: string }> {
  if (tokens[a - 1]?.text !== ',') return [];
  const head = a - 2;
  const h = tokens[head];
  if (!h || h.cap || !TITLE_SET.has(h.low)) return [];
  let f = head;
  while (f - 1 >= 0 && !tokens[f - 1]!.cap && (TITLE_SET.has(tokens[f - 1]!.low) || MODIFIER_SET.has(tokens[f - 1]!.low))) f--;
  return [{ pos: tokens[f]!.start, text: text.slice(tokens[f]!.start, h.end) }];
}


/** A title word among tokens[a, b). */
function anyTitle(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (TITLE_SET.has(tokens[k]!.low)) return true;
  return false;
}

function genderOf(m: NameMention): Gender {
  if (m.honorific === 'mr.' || m.honorific === 'mr') return 'male';
  if (m.honorific && /^(?:mrs|ms|miss)/.test(m.honorific)) return 'female';
  if (m.words.length >= 2) {
    const c = wordClass(m.words[0]!);
    if (c === 'male' || c === 'female') return c;
  }
  return null;
}

/** Group person mentions into entities. `sources` are name starts used as quote sources (presumed persons). */
export function groupPersons(names: NameMention[], sources: ReadonlySet<number>): PersonEntity[] {
  const bySurname = new Map<string, NameMention[]>();
  for (const m of names) if (!m.nonPerson && sources.has(m.nameStart)) m.person = true;
  // A surname shared with a person mention makes a mention a person too (`Putin` after `Vladimir Putin`).
  const personSurnames = new Set(names.filter((m) => m.person).map((m) => m.words[m.words.length - 1]!.toLowerCase()));
  for (const m of names) {
    const key = m.words[m.words.length - 1]!.toLowerCase();
    if (!m.person && !(personSurnames.has(key) && !m.nonPerson)) continue;
    m.person = true;
    const list = bySurname.get(key) ?? [];
    list.push(m);
    bySurname.set(key, list);
  }
  const entities: PersonEntity[] = [];
  for (const [surname, list] of bySurname) {
    const byFirst = new Map<string, PersonEntity>();
    const full = list.filter((m) => m.words.length >= 2);
    for (const m of full) {
      const first = m.words[0]!.toLowerCase();
      let e = byFirst.get(first);
      if (!e) {
        e = { key: `${first} ${surname}`, name: '', gender: null, roles: [], mentions: [] };
        byFirst.set(first, e);
        entities.push(e);
      }
      m.entity = e;
    }
    let lastFull: PersonEntity | null = null;
    const firstFull = full[0]?.entity ?? null;
    let bare: PersonEntity | null = null;
    for (const m of list) {
      if (m.entity) {
        lastFull = m.entity;
      } else if (lastFull || firstFull) {
        m.entity = lastFull ?? firstFull;
      } else {
        if (!bare) {
          bare = { key: surname, name: '', gender: null, roles: [], mentions: [] };
          entities.push(bare);
        }
        m.entity = bare;
      }
      m.entity!.mentions.push(m);
    }
  }
  for (const e of entities) {
    let best = '';
    let bestWords = 0;
    for (const m of e.mentions) {
      const name = m.words.join(' ');
      if (m.words.length > bestWords || (m.words.length === bestWords && name.length > best.length)) {
        best = name;
        bestWords = m.words.length;
      }
      e.gender ??= genderOf(m);
      if (m.inQuote) continue;
      const roles = [...(m.role ? [{ pos: m.rolePos, text: m.role }] : []), ...m.appositiveRoles].sort((x, y) => x.pos - y.pos);
      for (const r of roles) if (!e.roles.includes(r.text)) e.roles.push(r.text);
    }
    e.name = best;
  }
  return entities;
}

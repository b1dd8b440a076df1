/**
 * bench/generate: a deterministic generator of varied wire-news articles for the benchmark
 * (`npm run bench`) and for test/prescan.test.ts.
 *
 * Every article is headed `date YYYY-MM-DD`, a blank line, a headline, then paragraphs. About half
 * of the sentences hold nothing to extract, as in published news; the rest carry direct, partial and indirect
 * quotes with speakers of many shapes, dates in many forms and sanction figures. The five fixture
 * articles are included as they are, and fixture sentences are mixed into generated stories. The
 * same seed and size always give the same files; no two articles are the same.
 *
 *   npx tsx bench/generate.ts --out DIR --size MB --seed N
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as V from './vocab.js';

/** Bumped whenever the generated text changes, so a cached corpus folder is not reused by mistake. */
export const GENERATOR_VERSION = 1;

export interface GeneratedArticle {
  /** File name (flat, sorts in generation order). */
  name: string;
  text: string;
}

export interface GenerateOptions {
  /** Stop once the articles total at least this many bytes (UTF-8). */
  bytes?: number;
  /** Or stop after this many articles (fixtures included). */
  articles?: number;
  seed?: number;
  /** Include the fixture articles as they are (default true); their sentences are mixed in either way. */
  fixtures?: boolean;
}

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** mulberry32: a small seeded PRNG, good enough for text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Index into `weights` drawn in proportion to them. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Person {
  first: string;
  last: string;
  title: string | null;
  role: string | null;
  roleNoun: string;
  pronoun: 'he' | 'she';
  mentioned: boolean;
}

interface Story {
  rng: Rng;
  date: Date;
  people: Person[];
  orgs: string[];
  country: string;
  topic: string;
  curly: boolean;
  fixtureSentences: readonly string[];
  /** The last person named, for pronouns. */
  last: Person | null;
}

function person(rng: Rng): Person {
  const she = rng.chance(0.5);
  const hasTitle = rng.chance(0.55);
  return {
    first: rng.pick(she ? V.FIRST_NAMES_F : V.FIRST_NAMES_M),
    last: rng.pick(V.LAST_NAMES),
    title: hasTitle ? rng.pick(V.TITLES) : null,
    role: hasTitle ? null : rng.pick(V.ROLES),
    roleNoun: rng.pick(V.ROLE_NOUNS),
    pronoun: she ? 'she' : 'he',
    mentioned: false,
  };
}

/** How a speaker is written: full name with title or role on first mention, then surname, pronoun or role noun. */
function speaker(st: Story, p: Person, atStart: boolean): string {
  const r = st.rng;
  let s: string;
  if (!p.mentioned) {
    p.mentioned = true;
    if (p.title) s = `${p.title} ${p.first} ${p.last}`;
    else s = `${p.first} ${p.last}, ${p.role},`;
  } else if (st.last === p && r.chance(0.45)) {
    s = p.pronoun;
  } else if (r.chance(0.2)) {
    s = p.roleNoun;
  } else {
    s = p.last;
  }
  st.last = p;
  return atStart ? cap(s) : s;
}

/** A speaker that is a person or an organization. */
function anySpeaker(st: Story, atStart: boolean): string {
  if (st.rng.chance(0.25)) {
    const o = st.rng.pick(st.orgs);
    return atStart ? cap(o) : o;
  }
  return speaker(st, st.rng.pick(st.people), atStart);
}

/** Drop a trailing comma (a role apposition) before punctuation that ends the clause. */
const trimComma = (s: string) => (s.endsWith(',') ? s.slice(0, -1) : s);

/** The story's opening and closing quote marks (curly or straight). */
const marks = (st: Story): [string, string] => (st.curly ? ['\u201c', '\u201d'] : ['"', '"']);

/**
 * A date expression. `point` ones name a day or a stretch something happened in (`on Monday`,
 * `last week`); the others add ranges and `since` (`since 2019`, `between May and July`).
 */
function dateExpr(st: Story, point = true): string {
  const r = st.rng;
  const y = st.date.getUTCFullYear();
  const month = r.pick(V.MONTHS);
  const day = r.int(1, 28);
  switch (r.weighted([4, 3, 2, 2, point ? 0 : 2, 2, 1, 1, point ? 0 : 1, 1, 5])) {
    case 0:
      return `on ${r.pick(V.WEEKDAYS)}`;
    case 1:
      return `on ${month} ${day}, ${y - r.int(0, 2)}`;
    case 2:
      return `on ${day} ${month}`;
    case 3:
      return `in ${month}`;
    case 4:
      return `since ${y - r.int(1, 8)}`;
    case 5:
      return `in ${y - r.int(1, 6)}`;
    case 6:
      return `${r.pick(['in early ', 'in late ', 'in mid-'])}${r.chance(0.5) ? month : String(y - 1)}`;
    case 7:
      return `on ${r.pick(V.WEEKDAYS)}, ${month} ${day}`;
    case 8:
      return `between ${month} and ${r.pick(V.MONTHS)}`;
    case 9:
      return `on ${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    default:
      return r.pick(V.RELATIVE_DATES);
  }
}

/** Who imposes sanctions: an organization, a capital, or a person with a title. */
function sanctioner(st: Story): string {
  const r = st.rng;
  const k = r.weighted([7, 2, 1]);
  if (k === 0) return cap(r.pick(st.orgs));
  if (k === 1) return r.pick(V.CAPITALS);
  const p = st.people.find((x) => x.title !== null);
  return p ? speaker(st, p, true) : cap(r.pick(st.orgs));
}

function money(st: Story): string {
  const r = st.rng;
  const cur = r.pick(V.CURRENCIES);
  switch (r.int(0, 3)) {
    case 0:
      return `${cur}${r.int(1, 9)}.${r.int(1, 9)} billion`;
    case 1:
      return `${cur}${r.int(2, 950)} million`;
    case 2:
      return `${cur}${r.int(1, 99)},${String(r.int(0, 999)).padStart(3, '0')},000`;
    default:
      return `${cur}${r.int(10, 900)}m`;
  }
}

function amount(st: Story): string {
  const r = st.rng;
  const n = r.chance(0.15) ? r.pick(['two dozen', 'dozens of', 'three', 'five', 'seven', 'hundreds of', 'a dozen']) : String(r.int(2, 400));
  const pre = ['', 'more than ', 'up to ', 'nearly ', 'about ', 'a total of '][r.weighted([5, 2, 1, 1, 1, 1])]!;
  return pre + n;
}

function sanctionSentence(st: Story): string {
  const r = st.rng;
  const who = () => sanctioner(st);
  const when = r.chance(0.6) ? ` ${dateExpr(st)}` : '';
  const noun = r.pick(V.TARGET_NOUNS);
  switch (r.int(0, 7)) {
    case 0:
      return `${who()}${when} ${r.pick(V.SANCTION_VERBS)} ${amount(st)} ${noun} linked to ${st.topic}.`;
    case 1:
      return `${who()} imposed sanctions on ${amount(st)} ${noun} in ${st.country}${when}.`;
    case 2:
      return `${who()}${when} froze ${money(st)} in assets belonging to ${amount(st)} ${noun}.`;
    case 3:
      return `The ${r.pick(['bank', 'company', 'trading house', 'shipping firm', 'insurer'])} was hit with a ${money(st)} fine${when} for breaching sanctions on ${st.country}.`;
    case 4:
      return `In all, ${amount(st)} ${noun} and ${amount(st)} ${r.pick(V.TARGET_NOUNS)} have been ${r.pick(['sanctioned', 'targeted', 'listed'])} ${r.chance(0.5) ? 'since the campaign began' : dateExpr(st, false)}.`;
    case 5:
      return `The package${when} adds ${amount(st)} ${noun} to the list, bringing the total to ${r.int(400, 2500)}.`;
    case 6:
      return `${who()} fined ${r.pick(['a bank', 'a trader', 'two firms', 'the exchange'])} ${money(st)}${when} over ${st.topic}.`;
    default:
      return `Up to ${r.int(3, 60)} ${r.pick(['vessels', 'tankers', 'aircraft'])} could be barred from ports under the measures${when}.`;
  }
}

function directQuote(st: Story): string {
  const r = st.rng;
  const [o, c] = marks(st);
  const text = r.pick(V.QUOTE_TEXTS);
  const more = r.chance(0.3) ? `. ${r.pick(V.QUOTE_TEXTS)}` : '';
  switch (r.int(0, 5)) {
    case 0:
      return `${o}${text}${more},${c} ${anySpeaker(st, false)} ${r.pick(V.SAY_VERBS)}.`;
    case 1:
      return `${anySpeaker(st, true)} said: ${o}${text}${more}.${c}`;
    case 2: {
      const p = r.pick(st.people);
      const first = !p.mentioned;
      const s = speaker(st, p, false);
      return first ? `${o}${text},${c} said ${trimComma(s)}.` : `${o}${text},${c} ${trimComma(s)} ${r.pick(V.SAY_VERBS)} ${dateExpr(st)}.`;
    }
    case 3:
      return `${o}${text},${c} ${anySpeaker(st, false)} said. ${o}${r.pick(V.QUOTE_TEXTS)}.${c}`;
    case 4:
      return `${anySpeaker(st, true)} told ${r.pick(['reporters', 'the newspaper', 'lawmakers', 'a news conference'])}, ${o}${text}.${c}`;
    default:
      return `${o}${text}${more}.${c}`;
  }
}

function partialQuote(st: Story): string {
  const r = st.rng;
  const [o, c] = marks(st);
  const s = anySpeaker(st, true);
  switch (r.int(0, 2)) {
    case 0:
      return `${s} called the ${r.pick(['measures', 'move', 'decision', 'penalties'])} ${o}${r.pick(V.SCARE_QUOTES)}.${c}`;
    case 1:
      return `${s} said the sanctions were ${o}${r.pick(V.SCARE_QUOTES)}${c} and vowed to respond.`;
    default:
      return `${s} described the network as ${o}${r.pick(V.SCARE_QUOTES)},${c} adding that ${r.pick(V.CLAIM_CLAUSES)}.`;
  }
}

function indirectQuote(st: Story): string {
  const r = st.rng;
  switch (r.int(0, 4)) {
    case 0:
      return `${anySpeaker(st, true)} ${r.pick(V.THAT_VERBS)} ${r.pick(V.CLAIM_CLAUSES)}.`;
    case 1:
      return `According to ${r.chance(0.5) ? r.pick(st.orgs) : trimComma(speaker(st, r.pick(st.people), false))}, ${r.pick(V.CLAIM_CLAUSES)}.`;
    case 2:
      return `${cap(r.pick(V.CLAIM_CLAUSES))}, ${anySpeaker(st, false)} said ${dateExpr(st)}.`;
    case 3:
      return `${anySpeaker(st, true)} told reporters ${dateExpr(st)} that ${r.pick(V.CLAIM_CLAUSES)}.`;
    default:
      return `${cap(dateExpr(st))}, ${anySpeaker(st, false)} said ${r.pick(V.CLAIM_CLAUSES)}.`;
  }
}

function dateSentence(st: Story): string {
  const r = st.rng;
  switch (r.int(0, 4)) {
    case 0:
      return `The talks are due to resume ${dateExpr(st)}.`;
    case 1:
      return `${cap(dateExpr(st))}, ${r.pick(V.FILLER_SUBJECTS)} ${r.pick(V.FILLER_PREDICATES)}.`;
    case 2:
      return `The rules take effect ${dateExpr(st)} and will be reviewed ${r.pick(V.RELATIVE_DATES)}.`;
    case 3:
      return `${cap(r.pick(st.orgs))} ${r.chance(0.5) ? 'first raised concerns about' : 'has been looking into'} ${st.topic} ${dateExpr(st, false)}.`;
    default:
      return `The ${r.pick(['tanker', 'cargo ship', 'jet', 'convoy'])} left ${r.pick(V.COUNTRIES)} ${dateExpr(st)}, ${r.pick(['officials said', 'records show', 'according to tracking data'])}.`;
  }
}

function filler(st: Story): string {
  const r = st.rng;
  if (r.chance(0.55)) return r.pick(V.FILLER_SENTENCES);
  const opener = r.chance(0.4) ? `${r.pick(V.FILLER_OPENERS)} ` : '';
  const subject = r.pick(V.FILLER_SUBJECTS);
  const about = r.chance(0.5) ? ` amid concerns over ${st.topic}` : ` in ${r.pick(V.COUNTRIES)}`;
  return `${opener}${opener ? subject : cap(subject)} ${r.pick(V.FILLER_PREDICATES)}${about}.`;
}

function sentence(st: Story): string {
  const r = st.rng;
  switch (r.weighted([42, 7, 12, 5, 10, 10, 10, 4])) {
    case 0:
      return filler(st);
    case 1:
      return st.fixtureSentences.length ? r.pick(st.fixtureSentences) : filler(st);
    case 2:
      return directQuote(st);
    case 3:
      return partialQuote(st);
    case 4:
      return indirectQuote(st);
    case 5:
      return dateSentence(st);
    case 6:
      return sanctionSentence(st);
    default:
      return `${sanctionSentence(st).slice(0, -1)}, ${anySpeaker(st, false)} said.`;
  }
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function article(r: Rng, fixtureSentences: readonly string[], target: number): string {
  const date = new Date(Date.UTC(2015, 0, 1) + r.int(0, 11 * 365) * 86_400_000);
  const nPeople = r.int(1, 4);
  const people: Person[] = [];
  for (let i = 0; i < nPeople; i++) people.push(person(r));
  const orgs = [r.pick(V.ORGANIZATIONS), r.pick(V.ORGANIZATIONS)];
  const st: Story = {
    rng: r,
    date,
    people,
    orgs,
    country: r.pick(V.COUNTRIES),
    topic: r.pick(V.TOPICS),
    curly: r.chance(0.7),
    fixtureSentences,
    last: null,
  };
  const headline = `${cap(orgs[0]!.replace(/^the /, ''))} ${r.pick(V.HEADLINE_VERBS)} ${st.topic.replace(/^the /, '')} in ${st.country.replace(/^the /, '')}`;
  const paragraphs: string[] = [];
  const dateline = r.chance(0.6) ? `${r.pick(V.CITIES)} ${r.chance(0.5) ? '\u2014' : '(Reuters) -'} ` : '';
  let lead = `${dateline}${sanctionSentence(st)}`;
  if (r.chance(0.7)) lead += ` ${filler(st)}`;
  paragraphs.push(lead);
  let size = 16 + headline.length + lead.length;
  while (size < target) {
    const n = r.weighted([3, 4, 2, 1]) + 1;
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(sentence(st));
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return `date ${isoDay(date)}\n\n${headline}\n\n${paragraphs.join('\n\n')}\n`;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** The fixture articles' files and their sentences (split roughly: only for mixing into generated text). */
function loadFixtures(): { files: GeneratedArticle[]; sentences: string[] } {
  if (!existsSync(FIXTURE_DIR)) return { files: [], sentences: [] };
  const files = readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(FIXTURE_DIR, f), 'utf8') }));
  const sentences: string[] = [];
  for (const f of files) {
    const body = f.text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
    for (const s of body.split(/(?<=[.!?][\u201d"]?)\s+(?=[\u201c"A-Z])/)) {
      const t = s.trim();
      const balanced = count(t, '\u201c') === count(t, '\u201d') && count(t, '"') % 2 === 0;
      if (balanced && t.length > 30 && t.length < 400 && /[.!?][\u201d"]?$/.test(t)) sentences.push(t);
    }
  }
  return { files, sentences };
}

/** Generate articles in memory, deterministically from `seed`. */
export function generate(options: GenerateOptions = {}): GeneratedArticle[] {
  const seed = options.seed ?? 1;
  const r = new Rng(prng(seed));
  const loaded = loadFixtures();
  // Without the fixture files, their sentences are still mixed into generated articles.
  const fixtures = options.fixtures === false ? { files: [], sentences: loaded.sentences } : loaded;
  const limitBytes = options.bytes ?? (options.articles === undefined ? 20e6 : Infinity);
  const limitArticles = options.articles ?? Infinity;
  // Spread the fixture files over the corpus: one every `every` generated articles (an estimate of the count).
  const expected = Math.min(limitArticles, Math.ceil(limitBytes / 5000));
  const every = Math.max(1, Math.floor(expected / (fixtures.files.length + 1)));
  const out: GeneratedArticle[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  let fx = 0;
  const push = (slug: string, text: string) => {
    out.push({ name: `${String(out.length).padStart(5, '0')}-${slug}.txt`, text });
    bytes += Buffer.byteLength(text);
  };
  while (bytes < limitBytes && out.length < limitArticles) {
    if (fx < fixtures.files.length && out.length === every * (fx + 1)) {
      const f = fixtures.files[fx++]!;
      push(`fixture-${f.name.replace(/\.txt$/, '')}`, f.text);
      continue;
    }
    // Size: 2-9 KB, smaller ones commoner (about 5 KB on average).
    const target = 2000 + Math.floor(6800 * Math.pow(r.next(), 1.3));
    const text = article(r, fixtures.sentences, target);
    if (seen.has(text)) continue;
    seen.add(text);
    const slug = text.split('\n')[2]!.toLowerCase().replace(/[^a-z]+/g, '-').slice(0, 40).replace(/^-|-$/g, '');
    push(slug, text);
  }
  // A small corpus may end before every fixture had its turn: the rest go at the end.
  while (fx < fixtures.files.length && out.length < limitArticles) {
    const f = fixtures.files[fx++]!;
    push(`fixture-${f.name.replace(/\.txt$/, '')}`, f.text);
  }
  return out;
}

/** The default folder of a corpus: under the system temp dir, named by size, seed and generator version. */
export const defaultCorpusDir = (sizeMB: number, seed: number) => join(tmpdir(), `claims-bench-${sizeMB}-${seed}-v${GENERATOR_VERSION}`);

/**
 * Write a corpus of `sizeMB` megabytes (10^6 bytes) into `dir`, unless `dir` already exists (a
 * corpus folder is only ever created whole: written beside it, then renamed). Returns whether it
 * was reused, the article count and the byte total.
 */
export function writeCorpus(dir: string, sizeMB: number, seed: number): { reused: boolean; articles: number; bytes: number } {
  if (existsSync(dir)) {
    let bytes = 0;
    let articles = 0;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.txt')) continue;
      articles++;
      bytes += readFileSync(join(dir, f)).length;
    }
    return { reused: true, articles, bytes };
  }
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let bytes = 0;
  const all = generate({ bytes: sizeMB * 1e6, seed });
  for (const a of all) {
    writeFileSync(join(tmp, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  renameSync(tmp, dir);
  return { reused: false, articles: all.length, bytes };
}

function cli(argv: string[]): void {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument ${a} (usage: --out DIR --size MB --seed N)`);
    opts[m[1]!] = m[2] ?? argv[++i] ?? '';
  }
  const size = Number(opts.size ?? 20);
  const seed = Number(opts.seed ?? 1);
  if (!(size > 0) || !Number.isInteger(seed)) throw new Error('--size must be a positive number of MB, --seed an integer');
  const dir = opts.out ?? defaultCorpusDir(size, seed);
  const t0 = Date.now();
  const r = writeCorpus(dir, size, seed);
  const what = r.reused ? 'reused' : `wrote in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
  console.log(`${dir}: ${r.articles} articles, ${(r.bytes / 1e6).toFixed(2)} MB (${what})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) cli(process.argv.slice(2));

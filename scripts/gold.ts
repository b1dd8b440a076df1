/**
 * Gold authoring: `npx tsx scripts/gold.ts` turns each `fixtures/gold-src/<article>.ts` into
 * `fixtures/gold/<article>.json`.
 *
 * Items are written by their text, never by offsets: a reference is either a string that occurs
 * exactly once in the article, or `[context, target]` where `context` occurs exactly once and
 * `target` is looked up inside it (first occurrence). Matches never start or end
 * inside a word (`he` is not found in `when` or `her`). Sentences are written as the unique opening
 * words of each sentence; a sentence runs to the start of the next one (or its paragraph's end),
 * trailing whitespace removed. Sentence indices of quotes, dates and figures are computed from
 * their start offsets. Every quote's source mention is also added to its speaker's mentions.
 *
 * Any reference that is missing or ambiguous stops the build with an error.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Article,
  DateMention,
  Quote,
  QuoteKind,
  Resolution,
  SanctionFigure,
  Sentence,
  Span,
  Speaker,
  SpeakerType,
} from '../src/types.js';

export type Ref = string | readonly [context: string, target: string];

export interface SpeakerSrc {
  id: string;
  name: string;
  type: SpeakerType;
  roles: string[];
  /** Name and title mentions outside the quotes' own source mentions (those are added). */
  mentions: Ref[];
}

export interface QuoteSrc {
  kind: QuoteKind;
  text: Ref;
  cue: Ref | null;
  /** Speaker id, or null when unresolved / none. */
  speaker: string | null;
  mention: Ref | null;
  resolution: Resolution;
  date: string | null;
}

/** A gold field set is the contract's, with the span named by text (offsets and sentence computed). */
type Authored<T> = Omit<T, 'text' | 'start' | 'end' | 'sentence' | 'rule'> & { text: Ref };

export type DateSrc = Authored<DateMention>;
export type SanctionSrc = Authored<SanctionFigure>;

export interface GoldSrc {
  /** `fixtures/articles/<name>.txt`, relative to the repository root. */
  file: string;
  date: string | null;
  /** Opening words of every sentence of the body, in order. */
  sentences: Ref[];
  speakers: SpeakerSrc[];
  quotes: QuoteSrc[];
  dates: DateSrc[];
  sanctions: SanctionSrc[];
}

const ROOT = join(import.meta.dirname, '..');

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/** Offsets where `needle` occurs in `text` without starting or ending inside a word. */
function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const cutsStart = isWord(text[i - 1]) && isWord(text[i]);
    const cutsEnd = isWord(text[end - 1]) && isWord(text[end]);
    if (!cutsStart && !cutsEnd) out.push(i);
  }
  return out;
}

/** Resolve a reference to a span of `text`; throws when missing or ambiguous. */
export function locate(text: string, ref: Ref): Span {
  const [context, target] = typeof ref === 'string' ? [ref, ref] : ref;
  const hits = occurrences(text, context);
  if (hits.length !== 1) {
    throw new Error(`context ${JSON.stringify(context)} occurs ${hits.length} times (need exactly 1)`);
  }
  const inner = occurrences(text, target, hits[0]!, hits[0]! + context.length);
  if (inner.length === 0) throw new Error(`target ${JSON.stringify(target)} not inside ${JSON.stringify(context)}`);
  const start = inner[0]!;
  return { text: target, start, end: start + target.length };
}

/** Paragraph ends: offsets where a blank line (or the end of text) closes a paragraph. */
function paragraphEnds(text: string, from: number): number[] {
  const ends: number[] = [];
  const re = /\r?\n[ \t]*\r?\n/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.push(m.index);
  ends.push(text.length);
  return ends;
}

export function build(src: GoldSrc, text: string): Article {
  const starts = src.sentences.map((r) => locate(text, r).start);
  starts.forEach((s, i) => {
    if (i > 0 && s <= starts[i - 1]!) throw new Error(`sentence ${i} starts before sentence ${i - 1}`);
  });
  const pEnds = paragraphEnds(text, starts[0] ?? 0);
  const sentences: Sentence[] = starts.map((start, index) => {
    const next = starts[index + 1] ?? text.length;
    const pEnd = pEnds.find((e) => e > start) ?? text.length;
    let end = Math.min(next, pEnd);
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { text: text.slice(start, end), start, end, index };
  });
  const sentenceOf = (offset: number): number => {
    const s = sentences.find((x) => offset >= x.start && offset < x.end);
    if (!s) throw new Error(`offset ${offset} is outside every sentence`);
    return s.index;
  };

  const speakerById = new Map(src.speakers.map((s) => [s.id, s]));
  const extraMentions = new Map<string, Span[]>();
  const quotes: Quote[] = src.quotes.map((q, i) => {
    const span = locate(text, q.text);
    const mention = q.mention === null ? null : locate(text, q.mention);
    const sp = q.speaker === null ? null : speakerById.get(q.speaker);
    if (q.speaker !== null && !sp) throw new Error(`quote ${i + 1}: unknown speaker ${q.speaker}`);
    if (sp && mention) extraMentions.set(sp.id, [...(extraMentions.get(sp.id) ?? []), mention]);
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      id: `q${i + 1}`,
      kind: q.kind,
      sentence: sentenceOf(span.start),
      cue: q.cue === null ? null : locate(text, q.cue),
      speaker: { id: sp?.id ?? null, name: sp?.name ?? null, mention, resolution: q.resolution },
      date: q.date,
    };
  });
  quotes.forEach((q, i) => {
    if (i > 0 && q.start < quotes[i - 1]!.start) throw new Error(`quote ${q.id} is out of text order`);
  });

  const speakers: Speaker[] = src.speakers.map((s) => {
    const all = [...s.mentions.map((m) => locate(text, m)), ...(extraMentions.get(s.id) ?? [])];
    const seen = new Set<string>();
    const mentions = all
      .filter((m) => {
        const key = `${m.start}:${m.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { id: s.id, name: s.name, type: s.type, roles: s.roles, mentions };
  });
  speakers.forEach((s, i) => {
    if (s.id !== `s${i + 1}`) throw new Error(`speaker ${s.id} should be s${i + 1}`);
    const prev = speakers[i - 1];
    if (prev && (s.mentions[0]?.start ?? Infinity) < (prev.mentions[0]?.start ?? Infinity)) {
      throw new Error(`speaker ${s.id} is first mentioned before ${prev.id}`);
    }
  });

  const dates: DateMention[] = src.dates
    .map((d) => {
      const span = locate(text, d.text);
      return { ...span, sentence: sentenceOf(span.start), type: d.type, value: d.value, mod: d.mod };
    })
    .sort((a, b) => a.start - b.start);

  const sanctions: SanctionFigure[] = src.sanctions
    .map((f) => {
      const span = locate(text, f.text);
      const { text: _t, ...fields } = f;
      return { ...span, sentence: sentenceOf(span.start), ...fields };
    })
    .sort((a, b) => a.start - b.start);

  return { file: src.file, date: src.date, sentences, quotes, speakers, dates, sanctions };
}

async function main(): Promise<void> {
  const dir = join(ROOT, 'fixtures', 'gold-src');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: GoldSrc };
    const src = mod.default;
    const text = readFileSync(join(ROOT, src.file), 'utf8').replace(/^\uFEFF/, '');
    const article = build(src, text);
    const out = join(ROOT, 'fixtures', 'gold', basename(f, '.ts') + '.json');
    writeFileSync(out, JSON.stringify(article, null, 2) + '\n');
    console.log(
      `${out}: ${article.sentences.length} sentences, ${article.quotes.length} quotes, ` +
        `${article.speakers.length} speakers, ${article.dates.length} dates, ${article.sanctions.length} figures`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

/**
 * The JSON contract (schemaVersion 1) and the internal document that flows through the pipeline.
 *
 * Every span is `{ text, start, end }` in UTF-16 code units into the file's decoded text (BOM
 * removed, header included), with `fileText.slice(start, end) === text`.
 * `schema/claims.schema.json` mirrors the public types below; a test keeps the two in step.
 */

export const SCHEMA_VERSION = 1 as const;

/** The kinds of extracted items a user can ask for with `--only`. */
export const KINDS = ['sentences', 'quotes', 'dates', 'sanctions'] as const;
export type Kind = (typeof KINDS)[number];

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Optional on every extracted item: the id of the rule that produced it (`--explain`). */
export interface Explained {
  rule?: string;
}

export interface Sentence extends Span {
  index: number;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/**
 * How the speaker of a quote was found:
 * - `name`: the cue's subject is a personal or organization name;
 * - `title`: a title phrase (`the attorney general`) resolved to the entity holding it;
 * - `pronoun`: a pronoun resolved to the nearest compatible entity;
 * - `continuation`: a quote without a cue of its own, right after one by a known source;
 * - `unresolved`: a source mention that could not be tied to an entity (`name` is null);
 * - `none`: no source was found.
 */
export type Resolution = 'name' | 'title' | 'pronoun' | 'continuation' | 'unresolved' | 'none';

export interface QuoteSpeaker {
  id: string | null;
  name: string | null;
  mention: Span | null;
  resolution: Resolution;
}

export interface Quote extends Span, Explained {
  id: string;
  kind: QuoteKind;
  /** Index of the sentence the quote starts in. */
  sentence: number;
  cue: Span | null;
  speaker: QuoteSpeaker;
  /** TIMEX3 value of when the quote was made, when its sentence says so. */
  date: string | null;
}

export type SpeakerType = 'person' | 'organization' | 'unknown';

export interface Speaker {
  id: string;
  name: string;
  type: SpeakerType;
  roles: string[];
  mentions: Span[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexMod = 'LESS_THAN' | 'MORE_THAN' | 'APPROX' | 'START' | 'MID' | 'END';

export interface DateMention extends Span, Explained {
  sentence: number;
  type: TimexType;
  /** TIMEX3 value (`2024-09-05`, `2024-W36`, `P2Y6M`, `PAST_REF` ...), null when it needs an anchor the article lacks. */
  value: string | null;
  mod: TimexMod | null;
}

export interface SanctionFigure extends Span, Explained {
  sentence: number;
  /** The number as a plain number (`1.2 billion` -> 1200000000); null for ranges (`20 to 30`) and vague amounts (`hundreds of`). */
  count: number | null;
  /** The qualifier as written (`over`, `nearly`, `more than` ...), null for an exact number. */
  qualifier: string | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** The counted noun phrase without the number (`entities and individuals`). */
  unit: string;
  /** ISO 4217 code for money (`USD`), otherwise null. */
  currency: string | null;
  imposer: string | null;
  target: string | null;
  /** TIMEX3 value of when the sanctions were imposed. */
  date: string | null;
}

export interface Article {
  file: string;
  date: string | null;
  sentences: Sentence[];
  quotes: Quote[];
  speakers: Speaker[];
  dates: DateMention[];
  sanctions: SanctionFigure[];
}

export type ErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'EISDIR'
  | 'ELOOP'
  | 'EREAD'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'BAD_HEADER'
  | 'INTERNAL';

export interface FileError {
  file: string;
  code: ErrorCode;
  message: string;
}

export interface Output {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: Article[];
  errors: FileError[];
}

// ---------------------------------------------------------------------------------------------
// Internal: the segmented document every annotator reads.

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  index: number;
}

export interface SentenceSeg extends Range {
  index: number;
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export type QuoteMarkRole = 'open' | 'close';

export interface QuoteMark {
  /** Offset of the mark character. */
  index: number;
  char: string;
  role: QuoteMarkRole;
}

/** A stretch of quoted text: from an opening mark to its closing mark, both included. */
export interface QuotedSpan extends Range {
  /** False when the opening mark was never closed in its paragraph (a multi-paragraph quote). */
  closed: boolean;
}

export interface Doc {
  file: string;
  /** Full decoded text, header included. */
  text: string;
  /** Offset where the body starts (after the header). */
  bodyStart: number;
  /** Article date (DCT) as `YYYY-MM-DD`, or null. */
  date: string | null;
  paragraphs: Paragraph[];
  sentences: SentenceSeg[];
  /** Quoted stretches in text order (outermost only). */
  quoted: QuotedSpan[];
  /**
   * Per sentence, which annotators may find something in it (`segment/prescan.ts` bits); absent
   * means every sentence is looked at.
   */
  need?: Uint8Array;
}

export interface ExtractOptions {
  /** Article date for a text without a header (`--date`). The header wins when both exist. */
  date?: string | null;
  /** Which kinds to extract; all when omitted. */
  only?: readonly Kind[];
  /** Keep the `rule` id on every item. */
  explain?: boolean;
  /**
   * Skip sentences the pre-scan rules out (default true). `false` runs every annotator over every
   * sentence: slower, same results (the identity test and the bench's naive baseline use it).
   */
  prescan?: boolean;
}

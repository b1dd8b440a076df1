/**
 * read: bytes -> decoded text -> header (article date) and body offset.
 *
 * Offsets everywhere else are into the decoded text returned here (BOM removed, header kept).
 */
import type { ErrorCode } from './types.js';

export class ArticleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

export interface Decoded {
  text: string;
  /** Set when the bytes were not valid UTF-8 and were decoded another way. */
  warning: string | null;
}

/** Windows-1252 bytes 0x80-0x9F (Node's decoder treats the label as Latin-1 and leaves them as C1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const chars = new Array<string>(part.length);
    for (let j = 0; j < part.length; j++) {
      const b = part[j]!;
      chars[j] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

/** Decode a file's bytes: BOMs (UTF-8, UTF-16 LE/BE) honoured, NUL bytes refused as binary. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
  }
  if (body.includes(0)) {
    throw new ArticleError('BINARY', 'binary file (contains NUL bytes), skipped');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
  } catch {
    return { text: decodeWindows1252(body), warning: 'not valid UTF-8, decoded as Windows-1252' };
  }
}

export interface Header {
  /** `YYYY-MM-DD` or null when the file has no header. */
  date: string | null;
  /** Offset of the first character of the body. */
  bodyStart: number;
}

const INLINE_HEADER = /^\s*date:?[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?=\s|$)\s*/;
/**
 * A first line that can only be meant as a date header but holds no date: `date yesterday`,
 * `date: 5 September 2024`, `date 2024/09/05`. Lower-case `date` then one word, or `date:` then
 * anything, alone on the line; prose (`Date night ...`, `date rape drugs were found`) is not.
 */
const HEADER_ATTEMPT = /^\s*date(?::[ \t]*[^\r\n]{0,80}|[ \t]+[^\s]{1,40}[ \t]*)(?=\r?\n|\r|$)/;
const FRONT_MATTER = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)\s*/;
const FRONT_MATTER_DATE = /^date:[ \t]*["']?(\d{4})-(\d{1,2})-(\d{1,2})["']?[ \t]*$/m;

/** A real calendar date as `YYYY-MM-DD`, or null. */
export function isoDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${y.padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parse the optional `date YYYY-MM-DD` header (or `date:` / YAML front matter with `date:`). */
export function parseHeader(text: string): Header {
  const inline = INLINE_HEADER.exec(text);
  if (inline) {
    const date = isoDate(inline[1]!, inline[2]!, inline[3]!);
    if (!date) {
      throw new ArticleError('BAD_HEADER', `malformed date header "${inline[0].trim()}": no such calendar date`);
    }
    return { date, bodyStart: inline[0].length };
  }
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const m = FRONT_MATTER_DATE.exec(front[1]!);
    let date: string | null = null;
    if (m) {
      date = isoDate(m[1]!, m[2]!, m[3]!);
      if (!date) throw new ArticleError('BAD_HEADER', `malformed front-matter date "${m[0].trim()}"`);
    }
    return { date, bodyStart: front[0].length };
  }
  const attempt = HEADER_ATTEMPT.exec(text);
  if (attempt) {
    throw new ArticleError('BAD_HEADER', `malformed date header "${attempt[0].trim()}": expected date YYYY-MM-DD`);
  }
  return { date: null, bodyStart: 0 };
}

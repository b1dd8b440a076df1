import type { Paragraph } from '../types.js';

/** Paragraphs are separated by blank lines (a line break, optional spaces, a line break). */
export function segmentParagraphs(text: string, bodyStart: number): Paragraph[] {
  const out: Paragraph[] = [];
  const sep = /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)\s*/g;
  let pos = bodyStart;
  const push = (start: number, end: number) => {
    // trim whitespace at both ends
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, index: out.length });
  };
  sep.lastIndex = bodyStart;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, text.length);
  return out;
}

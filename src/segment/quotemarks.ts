import type { Paragraph, QuotedSpan } from '../types.js';

/** Quoted stretches, outermost only. (Placeholder: pairs “ with ” and " with " inside a paragraph.) */
export function findQuoted(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (open < 0 && (c === '“' || c === '"')) open = i;
      else if (open >= 0 && (c === '”' || c === '"')) {
        out.push({ start: open, end: i + 1, closed: true });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: p.end, closed: false });
  }
  return out;
}

import type { Paragraph, SentenceSeg } from '../types.js';

/** Split each paragraph into sentences. (Placeholder: splits after . ! ? followed by a space.) */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[]): SentenceSeg[] {
  const out: SentenceSeg[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    const re = /[.!?]["”’]?(?=\s)/g;
    re.lastIndex = p.start;
    for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
      const end = m.index + m[0].length;
      out.push({ start, end, index: out.length, paragraph: p.index });
      start = end;
      while (start < p.end && /\s/.test(text[start]!)) start++;
    }
    if (start < p.end) out.push({ start, end: p.end, index: out.length, paragraph: p.index });
  }
  return out;
}

/**
 * Inline lists inside one paragraph: `1. The first item 2. The second item`, `a) ... b) ...`,
 * `• 9. item • 10. item`. Each item is a sentence of its own, even without a final period.
 * Only a paragraph that *starts* with a list marker or a bullet is read as a list, and only the
 * next marker in sequence (2 after 1, b after a) opens a new item, so a stray `E.` or `5)` later in
 * the text does not.
 */

/** Bullet characters that open a list item (glyphs only: a dash or asterisk is too often prose). */
export const BULLETS = '•‣⁃◦▪▫∙●○■□';
const escaped = BULLETS.replace(/[\\\]^-]/g, '\\$&');

/** A list marker: up to three digits or one letter, then `.`, `.)` or `)`. */
const MARKER = /(\d{1,3}|[A-Za-z])(\.\)|\)|\.)(?=\s)/y;
/** Candidate later markers: after whitespace, an optional bullet and spaces, then the marker. */
const LATER = new RegExp(`(?<=\\s)([${escaped}][ \\t]*)?(\\d{1,3}|[A-Za-z])(\\.\\)|\\)|\\.)(?=\\s)`, 'g');

const isBullet = (c: string | undefined) => c !== undefined && BULLETS.includes(c);
const isHSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

function markerValue(m: string): number {
  if (/^\d+$/.test(m)) return Number(m);
  return m.toLowerCase().charCodeAt(0) - 96; // a -> 1
}

/**
 * Where a sentence's content starts once a leading bullet is skipped (`• 9. The` -> `9`).
 * Returns `pos` itself when there is no bullet.
 */
export function afterBullet(text: string, pos: number, end: number): number {
  if (!isBullet(text[pos])) return pos;
  let i = pos + 1;
  while (i < end && isHSpace(text[i])) i++;
  return i;
}

/** Offsets inside [start, end) where a new list item begins (never `start` itself). */
export function listItemStarts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const bullet = isBullet(text[start]) && (isHSpace(text[start + 1]) || /\d/.test(text[start + 1] ?? ''));
  const first = afterBullet(text, start, end);
  MARKER.lastIndex = first;
  const m = MARKER.exec(text);
  const marker = m && m.index + m[0].length <= end ? m : null;

  if (bullet) {
    // Every later occurrence of the same bullet after whitespace opens an item.
    const b = text[start]!;
    for (let i = text.indexOf(b, start + 1); i >= 0 && i < end; i = text.indexOf(b, i + 1)) {
      if (/\s/.test(text[i - 1]!) && (isHSpace(text[i + 1]) || /\d/.test(text[i + 1] ?? ''))) out.push(i);
    }
  }
  if (marker) {
    const style = marker[2]!;
    const numeric = /\d/.test(marker[1]!);
    const lower = !numeric && marker[1] === marker[1]!.toLowerCase();
    let expected = markerValue(marker[1]!) + 1;
    LATER.lastIndex = marker.index + marker[0].length;
    for (let n = LATER.exec(text); n && n.index < end; n = LATER.exec(text)) {
      const value = n[2]!;
      if (n[3] !== style || /\d/.test(value) !== numeric) continue;
      if (!numeric && (value === value.toLowerCase()) !== lower) continue;
      if (markerValue(value) !== expected) continue;
      out.push(n.index);
      expected++;
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

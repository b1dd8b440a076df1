/**
 * Inline lists inside one paragraph: `1. The first item 2. The second item`, `a) ... b) ...`,
 * `• 9. item • 10. item`. Each item is a sentence of its own, even without a final period.
 * Only a paragraph that *starts* with a list marker or a bullet is read as a list, and only the
 * next marker in sequence (2 after 1, b after a) opens a new item, so a stray `E.` or `5)` later in
 * the text does not.
 */

/** Bullet characters that open a list item (glyphs only: a dash or asterisk is too often prose). */
export const BULLETS = '•‣⁃◦▪▫∙●○■□';

/** A list marker: up to three digits or one letter, then `.`, `.)` or `)`. */
const MARKER = /(\d{1,3}|[A-Za-z])(\.\)|\)|\.)(?=\s)/y;

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

/**
 * Where the item whose marker is at `k` starts: at the marker after whitespace, or at a bullet
 * before it (`• 10.`, `⁃10.`) that itself follows whitespace; -1 when the marker is glued to a word.
 */
function itemStartBefore(text: string, start: number, k: number): number {
  let j = k - 1;
  if (j < start) return -1;
  if (isBullet(text[j])) return j > start && /\s/.test(text[j - 1]!) ? j : -1;
  if (!/\s/.test(text[j]!)) return -1;
  while (j > start && isHSpace(text[j])) j--;
  if (isBullet(text[j]) && j > start && /\s/.test(text[j - 1]!)) return j;
  return k;
}

/** Offsets inside [start, end) where a new list item begins (never `start` itself). */
export function listItemStarts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const bullet = isBullet(text[start]) && (isHSpace(text[start + 1]) || /\d/.test(text[start + 1] ?? ''));
  const first = afterBullet(text, start, end);
  MARKER.lastIndex = first;
  const m = MARKER.exec(text);
  const marker = m && m.index + m[0].length <= end ? m : null;
  // Most paragraphs are prose: no bullet, no marker, no items.
  if (!bullet && !marker) return [];

  if (bullet) {
    // Every later occurrence of the same bullet after whitespace opens an item.
    const b = text[start]!;
    for (let i = text.indexOf(b, start + 1); i >= 0 && i < end; i = text.indexOf(b, i + 1)) {
      if (/\s/.test(text[i - 1]!) && (isHSpace(text[i + 1]) || /\d/.test(text[i + 1] ?? ''))) out.push(i);
    }
  }
  if (marker) {
    // Look for the next marker in sequence only (`2.` after `1.`), with a plain string search, so a
    // paragraph full of `A.` or `5)` costs one pass.
    const style = marker[2]!;
    const numeric = /\d/.test(marker[1]!);
    const base = numeric ? 0 : marker[1]!.charCodeAt(0) - markerValue(marker[1]!) + 1; // 'a' or 'A'
    let expected = markerValue(marker[1]!) + 1;
    let from = marker.index + marker[0].length;
    for (;;) {
      if (numeric ? expected > 999 : expected > 26) break;
      const needle = (numeric ? String(expected) : String.fromCharCode(base + expected - 1)) + style;
      let found = -1;
      for (let k = text.indexOf(needle, from); k >= 0 && k + needle.length < end; k = text.indexOf(needle, k + 1)) {
        if (!/\s/.test(text[k + needle.length]!)) continue;
        const itemStart = itemStartBefore(text, start, k);
        if (itemStart >= 0) {
          found = itemStart;
          from = k + needle.length;
          break;
        }
      }
      if (found < 0) break;
      out.push(found);
      expected++;
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

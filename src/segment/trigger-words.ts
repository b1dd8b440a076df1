/**
 * Trigger words for the pre-scan (`prescan.ts`) from a vocabulary table: a multi-word entry
 * matches only where all its words are, so one of them is enough to mark a sentence.
 */
type Table = readonly string[] | Readonly<Record<string, unknown>>;

/**
 * One word of each entry of `tables` (words are runs of letters, lower-cased): its `first` (where
 * the annotator looks for the entry: `according to` -> `according`) or its `longest` (the rarest,
 * roughly: `north korean won` -> `korean`). Sorted, without duplicates.
 */
export function oneWordEach(pick: 'first' | 'longest', ...tables: readonly Table[]): string[] {
  const out = new Set<string>();
  for (const t of tables) {
    const entries: readonly string[] = Array.isArray(t) ? t : Object.keys(t);
    for (const entry of entries) {
      const words = entry.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      const word = pick === 'first' ? words[0] : words.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (word) out.add(word);
    }
  }
  return [...out].sort();
}

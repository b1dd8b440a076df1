/** The single lower-case words of every entry of `tables` (`according to` gives both words), sorted. */
export function triggerWords(...tables: ReadonlyArray<readonly string[] | Readonly<Record<string, unknown>>>): string[] {
  const out = new Set<string>();
  for (const t of tables) {
    for (const entry of Array.isArray(t) ? t : Object.keys(t)) for (const w of entry.toLowerCase().split(/[^\p{L}]+/u)) if (w) out.add(w);
  }
  return [...out].sort();
}

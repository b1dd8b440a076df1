import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

/**
 * Every rule vocabulary in src/vocab is data: this keeps each table clean (trimmed, single-spaced,
 * non-empty, no duplicates) so a stray space or a repeated entry cannot silently change a rule.
 */
const dir = join(ROOT, 'src', 'vocab');
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();

function stringsOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (value && typeof value === 'object' && !(value instanceof RegExp)) return Object.keys(value);
  return null;
}

describe('vocabulary tables', () => {
  it('there are tables', () => {
    expect(modules.length).toBeGreaterThan(0);
  });
  for (const file of modules) {
    it(`${file}: every table trimmed, single-spaced, non-empty, without duplicates`, async () => {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      const tables = Object.entries(mod).map(([name, v]) => [name, stringsOf(v)] as const).filter(([, v]) => v !== null);
      expect(tables.length).toBeGreaterThan(0);
      for (const [name, entries] of tables) {
        expect(entries!.length, `${file} ${name} is empty`).toBeGreaterThan(0);
        const bad = entries!.filter((e) => e !== e.trim() || e === '' || /\s{2,}/.test(e));
        expect(bad, `${file} ${name}: untrimmed or blank entries`).toEqual([]);
        const seen = new Set<string>();
        const dupes = entries!.filter((e) => (seen.has(e) ? true : (seen.add(e), false)));
        expect(dupes, `${file} ${name}: duplicates`).toEqual([]);
      }
    });
  }
});

/**
 * npm run eval [-- --set NAME] [--check] [--json] [--write-floors]
 *
 * Scores the extractor on every evaluation set and prints one table. With --check, exits 1 when
 * any figure is below its floor in eval/floors.json (CI runs this). --write-floors raises the
 * floors to the current figures (never lowers one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './paths.js';
import { SETS } from './sets/index.js';
import type { Metric } from './types.js';

type Floors = Record<string, Record<string, number>>;
const FLOORS_FILE = join(ROOT, 'eval', 'floors.json');

function readFloors(): Floors {
  try {
    return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
  } catch {
    return {};
  }
}

const fmt = (m: Metric) => (Number.isInteger(m.value) && m.value > 1 ? String(m.value) : m.value.toFixed(3));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      check: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'write-floors': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
    },
  });
  if (values.list) {
    for (const s of SETS) console.log(`${s.name.padEnd(22)} ${s.describe}`);
    return 0;
  }
  const wanted = values.set ?? [];
  const unknown = wanted.filter((w) => !SETS.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`eval: unknown set ${unknown.join(', ')} (try --list)`);
    return 2;
  }
  const chosen = wanted.length ? SETS.filter((s) => wanted.includes(s.name)) : SETS;
  const floors = readFloors();
  const results: Record<string, Metric[]> = {};
  const failures: string[] = [];
  const rows: string[][] = [['set', 'metric', 'value', 'n', 'floor']];
  for (const set of chosen) {
    const why = set.unavailable();
    if (why) {
      rows.push([set.name, '(skipped)', '-', '-', why]);
      if (values.check && floors[set.name]) failures.push(`${set.name}: unavailable (${why})`);
      continue;
    }
    const t0 = performance.now();
    const metrics = await set.run();
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    results[set.name] = metrics;
    for (const [i, m] of metrics.entries()) {
      const floor = floors[set.name]?.[m.metric];
      const below = floor !== undefined && m.value + 1e-9 < floor;
      if (below) failures.push(`${set.name} / ${m.metric}: ${fmt(m)} < floor ${floor}`);
      rows.push([i === 0 ? `${set.name} (${seconds}s)` : '', m.metric, fmt(m) + (below ? ' !' : ''), String(m.n), floor === undefined ? '' : String(floor)]);
    }
  }
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const [i, r] of rows.entries()) {
      console.log(r.map((cell, c) => (c >= 2 && c <= 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
      if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    }
  }
  if (values['write-floors']) {
    const next: Floors = { ...floors };
    for (const [set, metrics] of Object.entries(results)) {
      next[set] = { ...(next[set] ?? {}) };
      for (const m of metrics) {
        const rounded = Math.floor(m.value * 1000) / 1000;
        next[set]![m.metric] = Math.max(next[set]![m.metric] ?? 0, rounded);
      }
    }
    writeFileSync(FLOORS_FILE, JSON.stringify(next, null, 2) + '\n');
    console.log(`floors written to ${FLOORS_FILE}`);
  }
  if (values.check) {
    if (failures.length) {
      console.error(`eval: ${failures.length} figure(s) below floor:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    console.log('eval: every figure at or above its floor');
  }
  return 0;
}

process.exitCode = await main();

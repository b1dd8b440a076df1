/**
 * Linear time, statically: every regular expression in `src/` — literals found with the
 * TypeScript compiler API, and patterns built at run time from the vocabulary tables (recorded
 * while the library loads and runs the fixtures) — goes through recheck's ReDoS analysis
 * (offline: its bundled native checker, or its pure-JS one where that binary is missing).
 *
 * A full analysis takes minutes, so verdicts are kept in `regex-verdicts.json`, keyed by recheck
 * version, flags and source: only patterns not in it are analysed here (a changed pattern is a
 * new one). `RECHECK_WRITE=new npx vitest run test/hostile/regex.test.ts` analyses the patterns
 * not in it and rewrites it (commit it with a change of patterns); `RECHECK_WRITE=1` analyses
 * everything afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { KNOWN_POLYNOMIAL } from './regex-known.js';

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** `safe`, `linear`, `polynomial`, `exponential`, or the error kind for `unknown`. */
  complexity: string;
  attack?: string;
  where: string;
}

const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const VERDICTS = join(ROOT, 'test/hostile/regex-verdicts.json');
const WRITE = process.env.RECHECK_WRITE === '1' || process.env.RECHECK_WRITE === 'new';
const FRESH = process.env.RECHECK_WRITE === '1';

const keyOf = (p: { source: string; flags: string }) =>
  createHash('sha1').update(`${RECHECK_VERSION}\0${p.flags}\0${p.source}`).digest('hex').slice(0, 16);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every regex literal in src/**\/*.ts, with its file and line. */
function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * The split machinery of dates-core.ts: a frame of `behindApart` or `lookAlone` (which compile a
 * pattern's body and look-arounds), or of `execSplit` and the matchers that call it (which compile
 * the whole pattern again when needed), with the matcher's anonymous closure.
 */
const SPLIT_HELPER = /^\s*at (?:behindApart|lookAlone|execSplit|matcher|matchesIn|scan) \(\S*src\/annotate\/dates-core\.ts:/;
const ANONYMOUS_IN_CORE = /^\s*at \S*src\/annotate\/dates-core\.ts:\d+:\d+$/;

/**
 * Patterns built with `new RegExp(...)`: RegExp is wrapped while the library loads and runs the
 * fixtures, and every construction called from src/ is recorded with its caller.
 */
async function built(): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const Original = globalThis.RegExp;
  const srcDir = join(ROOT, 'src');
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      // A pattern the split machinery compiles (its body and look-arounds, or the whole pattern
      // again) belongs to the line that wrote the pattern it splits: its frames are passed over.
      const atRun = (frames[0] ?? '').includes('at execSplit (');
      let k = 0;
      while (k < frames.length - 1 && (SPLIT_HELPER.test(frames[k]!) || (atRun && ANONYMOUS_IN_CORE.test(frames[k]!)))) k++;
      // A pattern a dependency builds (chrono's parsers build theirs on first use) is the
      // dependency's, even when src/ called the function that builds it.
      const byDependency = (frames[k] ?? '').includes('/node_modules/');
      const caller = byDependency ? undefined : frames.slice(k, k + 2).find((l) => l.includes(srcDir));
      if (caller) {
        const at = /\(?(\/[^()\s]+?):(\d+):\d+\)?\s*$/.exec(caller);
        seen.push({ source: re.source, flags: re.flags, where: at ? `${relative(ROOT, at[1]!)}:${at[2]}` : 'src' });
      }
      return re;
    },
  });
  try {
    const lib = await import('../../src/index.js');
    for (const f of readdirSync(join(ROOT, 'fixtures/articles'))) {
      lib.extractText(f, readFileSync(join(ROOT, 'fixtures/articles', f), 'utf8'));
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

let literalPatterns: Pattern[] = [];
let patterns: Pattern[] = [];

beforeAll(async () => {
  literalPatterns = literals();
  const byKey = new Map<string, Pattern>();
  for (const p of [...literalPatterns, ...(await built())]) if (!byKey.has(keyOf(p))) byKey.set(keyOf(p), p);
  patterns = [...byKey.values()];
}, 120_000);

async function analyse(p: Pattern): Promise<Verdict> {
  const { check } = await import('recheck');
  // `d` (match indices) does not change how a pattern matches, and recheck does not parse it.
  const r = await check(p.source, p.flags.replace('d', ''), { timeout: 60_000 });
  if (r.status === 'vulnerable') return { status: r.status, complexity: r.complexity.type, attack: r.attack.pattern, where: p.where };
  if (r.status === 'unknown') return { status: r.status, complexity: r.error.kind, where: p.where };
  return { status: r.status, complexity: r.complexity.type, where: p.where };
}

describe('regular expressions in src/ (recheck ReDoS analysis)', () => {
  it('the collector finds the literals and the table-built patterns', () => {
    expect(literalPatterns.length).toBeGreaterThan(50);
    expect(literalPatterns.some((p) => p.where.startsWith('src/read.ts'))).toBe(true);
    // a pattern known to be built from a vocabulary table (clause breaks)
    expect(patterns.some((p) => p.where.startsWith('src/resolve/link.ts') && !literalPatterns.includes(p))).toBe(true);
  });

  it('the checker tells a catastrophic pattern from a safe one', async () => {
    expect((await analyse({ source: '^(a+)+$', flags: '', where: 'test' })).status).toBe('vulnerable');
    expect((await analyse({ source: '^\\s*(\\d+)\\s*,\\s*(\\d+)\\s*$', flags: '', where: 'test' })).status).toBe('safe');
  });

  it('no pattern backtracks exponentially, and none polynomially beyond the known, reported ones', async () => {
    const cache: Record<string, Verdict> = !FRESH && existsSync(VERDICTS) ? (JSON.parse(readFileSync(VERDICTS, 'utf8')) as Record<string, Verdict>) : {};
    const verdicts: Record<string, Verdict> = {};
    for (const p of patterns) {
      const key = keyOf(p);
      const known = cache[key] && cache[key]!.status !== 'unknown' ? cache[key] : undefined;
      verdicts[key] = known ? { ...known, where: p.where } : await analyse(p);
    }
    if (WRITE) writeFileSync(VERDICTS, JSON.stringify(verdicts, null, 1) + '\n');
    const vulnerable = patterns.map((p) => ({ p, v: verdicts[keyOf(p)]! })).filter(({ v }) => v.status === 'vulnerable');
    const show = ({ p, v }: { p: Pattern; v: Verdict }) =>
      `${v.where}: /${p.source.length > 120 ? p.source.slice(0, 120) + '…' : p.source}/${p.flags} — ${v.complexity}; attack ${v.attack}`;
    const problems = vulnerable.filter(({ v }) => v.complexity !== 'polynomial').map(show);
    const perFile = new Map<string, Array<{ p: Pattern; v: Verdict }>>();
    for (const x of vulnerable.filter(({ v }) => v.complexity === 'polynomial')) {
      const file = x.v.where.replace(/:\d+$/, '');
      perFile.set(file, [...(perFile.get(file) ?? []), x]);
    }
    for (const [file, xs] of perFile) {
      if (xs.length > (KNOWN_POLYNOMIAL[file] ?? 0)) problems.push(...xs.map(show));
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

/**
 * bench/run: `npm run bench` (`npm run build && tsx bench/run.ts`).
 *
 * Builds (or reuses) a generated corpus (bench/generate.ts) and measures, in one run:
 *   - the naive pipeline (bench/naive.mjs: compromise over each whole document, then every
 *     annotator over every sentence) on a deterministic sample of the corpus, because it is slow;
 *   - `claims extract --format ndjson --jobs 1` and `--jobs <cores>` over the whole corpus.
 * For each: MB/s, articles/s, wall seconds, time to the first output line, peak RSS (worker
 * threads and child processes included: `claims extract` runs in a second node, started from the
 * start-up snapshot) and CPU seconds (the child processes' too); then the speed-up over the naive
 * pipeline. Each run's output goes straight into a file (`measure`). It also checks
 * that the naive lines equal the corresponding lines of the fast run, and that the N-worker
 * output equals the 1-worker output. With `--rounds=N` it runs the three N times in turn and
 * reports medians, `x naive` being the median of each round's own ratio.
 *
 *   npm run bench -- [--size=MB] [--seed=N] [--jobs=N] [--naive-sample=MB] [--rounds=N] [--json]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, createReadStream, existsSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultCorpusDir, writeCorpus } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = join(ROOT, 'bench', 'child.mjs');
const NAIVE = join(ROOT, 'bench', 'naive.mjs');
/** How often `measure` looks at the output file for the first line, in ms: the first line's time is that precise. */
const FIRST_LINE_POLL_MS = 2;

/**
 * A copy of the build (bin/, dist/, package.json; node_modules linked) in `work`, so that a
 * rebuild while the benchmark runs cannot mix two builds in one run.
 */
function snapshot(work: string): { claims: string; dist: string } {
  const root = join(work, 'build');
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { claims: join(root, 'bin', 'claims.js'), dist: join(root, 'dist') };
}

interface Flags {
  size: number;
  seed: number;
  jobs: number | null;
  naiveSample: number;
  rounds: number;
  json: boolean;
}

const USAGE = 'usage: npm run bench -- [--size=MB (20)] [--seed=N (1)] [--jobs=N (all cores)] [--naive-sample=MB (2)] [--rounds=N (1)] [--json]';

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { size: 20, seed: 1, jobs: null, naiveSample: 2, rounds: 1, json: false };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument "${argv[i]}"\n${USAGE}`);
    const name = m[1]!;
    if (name === 'json') {
      flags.json = true;
      continue;
    }
    if (name === 'help') {
      console.log(USAGE);
      process.exit(0);
    }
    const value = Number(m[2] ?? argv[++i]);
    const ok = Number.isFinite(value) && value > 0;
    if (name === 'size' && ok) flags.size = value;
    else if (name === 'seed' && Number.isInteger(value)) flags.seed = value;
    else if (name === 'jobs' && Number.isInteger(value) && ok) flags.jobs = value;
    else if (name === 'naive-sample' && ok) flags.naiveSample = value;
    else if (name === 'rounds' && Number.isInteger(value) && ok) flags.rounds = value;
    else throw new Error(`bad flag ${argv[i]}\n${USAGE}`);
  }
  return flags;
}

interface Measured {
  /** Wall seconds from spawn to exit. */
  wall: number;
  /** Milliseconds from spawn to the first complete stdout line (null: no output). */
  firstLineMs: number | null;
  /** Peak resident set of the process (threads included), MB; the larger of getrusage and /proc sampling. */
  peakRssMB: number | null;
  cpuSeconds: number | null;
  outFile: string;
  outBytes: number;
}

/** Peak summed VmRSS of `pid` and its descendant processes, sampled from /proc (Linux only). */
function rssTreeKB(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+)/.exec(status);
      if (m) total += Number(m[1]);
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        if (kids) for (const k of kids.split(/\s+/)) visit(Number(k));
      }
    } catch {
      /* gone already, or no /proc */
    }
  };
  visit(pid);
  return total;
}

/**
 * Spawn `node bench/child.mjs <script> <args>` with its stdout on a file, as `claims extract ... >
 * out.ndjson` runs, and measure it. The benchmark reads nothing through a pipe while the run goes:
 * on a machine with few cores, a reader copying 80 MB of output from a pipe to a file takes about
 * a CPU second from the run it measures (about 4% of a 20 MB run on two cores), which a run into a
 * file does not pay. The first line's time comes from looking at the file's end every
 * `FIRST_LINE_POLL_MS` until it holds a newline.
 */
function measure(script: string, args: string[], work: string, label: string): Promise<Measured> {
  const outFile = join(work, `${label}.ndjson`);
  const usageFile = join(work, `${label}.usage.json`);
  const outFd = openSync(outFile, 'w');
  const t0 = performance.now();
  const child = spawn(process.execPath, [CHILD, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', outFd, 'pipe'],
  });
  // The child holds its own copy of the descriptor.
  closeSync(outFd);
  let firstLineMs: number | null = null;
  let stderr = '';
  let peakTreeKB = 0;
  const sampler = existsSync('/proc/self/status')
    ? setInterval(() => {
        if (child.pid) peakTreeKB = Math.max(peakTreeKB, rssTreeKB(child.pid));
      }, 50)
    : null;
  const reader = openSync(outFile, 'r');
  const chunk = Buffer.alloc(64 * 1024);
  let looked = 0;
  /** Reads what the file gained since the last look; true once a newline is in. */
  const lookForLine = (): boolean => {
    for (;;) {
      const n = readSync(reader, chunk, 0, chunk.length, looked);
      if (n === 0) return false;
      if (chunk.subarray(0, n).includes(10)) return true;
      looked += n;
    }
  };
  const poller = setInterval(() => {
    if (!lookForLine()) return;
    firstLineMs = performance.now() - t0;
    clearInterval(poller);
  }, FIRST_LINE_POLL_MS);
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    let stopped = false;
    /** Stop sampling and looking (once, whether the run failed to start or ended). */
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      if (sampler) clearInterval(sampler);
      clearInterval(poller);
      closeSync(reader);
    };
    child.on('error', (err) => {
      stop();
      reject(err);
    });
    child.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000;
      // A run shorter than one look still has its first line: it came by the end, at the latest.
      if (!stopped && firstLineMs === null && lookForLine()) firstLineMs = wall * 1000;
      stop();
      const outBytes = statSync(outFile).size;
      if (code !== 0) {
        reject(new Error(`${label} exited with code ${code}\n${stderr}`));
        return;
      }
      let peakRssMB: number | null = peakTreeKB ? peakTreeKB / 1024 : null;
      let cpuSeconds: number | null = null;
      if (existsSync(usageFile)) {
        const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKB: number; userMs: number; systemMs: number; childrenMs: number };
        peakRssMB = Math.max(peakRssMB ?? 0, u.maxRssKB / 1024);
        cpuSeconds = (u.userMs + u.systemMs + u.childrenMs) / 1000;
      }
      resolvePromise({ wall, firstLineMs, peakRssMB, cpuSeconds, outFile, outBytes });
    });
  });
}

/** Every `k`-th file (k chosen so that about `sampleBytes` are taken), spread over the whole walk order. */
function sample<T extends { bytes: number }>(files: T[], sampleBytes: number): { picked: T[]; every: number } {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  const every = Math.max(1, Math.round(total / sampleBytes));
  return { picked: files.filter((_, i) => i % every === Math.floor(every / 2)), every };
}

/**
 * The article lines of the files `wanted` in an NDJSON output, by file name. Read line by line:
 * a large corpus's output is longer than a string can be (~512 MB), and only the sample's lines are kept.
 */
async function linesByFile(path: string, wanted: ReadonlySet<string>): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (!line) continue;
    const parsed = JSON.parse(line) as { file?: string };
    if (typeof parsed.file === 'string' && wanted.has(parsed.file)) map.set(parsed.file, line);
  }
  return map;
}

/** The SHA-256 of a file, read as a stream (an output can be larger than one buffer should hold). */
async function sha(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The middle value (the mean of the two middle ones for an even count); null when there is none. */
function median(values: Array<number | null>): number | null {
  const xs = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const h = xs.length >> 1;
  return xs.length % 2 ? xs[h]! : (xs[h - 1]! + xs[h]!) / 2;
}

interface Row {
  name: string;
  articles: number;
  mb: number;
  mbPerS: number;
  articlesPerS: number;
  wallS: number;
  cpuS: number | null;
  firstLineMs: number | null;
  peakRssMB: number | null;
  xNaive: number | null;
  note: string | null;
}

function row(name: string, articles: number, bytes: number, m: Measured, note: string | null = null): Row {
  return {
    name,
    articles,
    mb: bytes / 1e6,
    mbPerS: bytes / 1e6 / m.wall,
    articlesPerS: articles / m.wall,
    wallS: m.wall,
    cpuS: m.cpuSeconds,
    firstLineMs: m.firstLineMs,
    peakRssMB: m.peakRssMB,
    xNaive: null,
    note,
  };
}

function table(rows: Row[]): string {
  const head = ['', 'MB/s', 'articles/s', 'wall s', 'CPU s', 'first line ms', 'peak RSS MB', 'x naive'];
  const f = (x: number | null, d: number) => (x === null ? '-' : x.toFixed(d));
  const body = rows.map((r) => [
    r.name + (r.note ? ' *' : ''),
    f(r.mbPerS, r.mbPerS < 1 ? 3 : 2),
    f(r.articlesPerS, 1),
    f(r.wallS, 2),
    f(r.cpuS, 2),
    f(r.firstLineMs, 0),
    f(r.peakRssMB, 0),
    f(r.xNaive, 1),
  ]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((line) => line[c]!.length)));
  return all.map((line) => line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const log = (s: string) => (flags.json ? process.stderr.write(s + '\n') : console.log(s));
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');

  const dir = defaultCorpusDir(flags.size, flags.seed);
  const t0 = performance.now();
  const corpus = writeCorpus(dir, flags.size, flags.seed);
  log(`corpus: ${dir} (${corpus.reused ? 'reused' : `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`})`);

  const work = mkdtempSync(join(tmpdir(), 'claims-bench-run-'));
  try {
    await measureAll(flags, dir, work, log);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measureAll(flags: Flags, dir: string, work: string, log: (s: string) => void): Promise<void> {
  const { claims: CLAIMS, dist: DIST } = snapshot(work);
  // The files in the order `claims` walks them, named as it names them.
  const { walk } = (await import(pathToFileURL(join(DIST, 'files.js')).href)) as typeof import('../src/files.js');
  const walked = await walk([dir], { extensions: ['txt'] });
  const files = walked.files.map((file) => ({ file, bytes: statSync(file).size }));
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  log(`corpus: ${files.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB`);

  const cores = availableParallelism();
  const jobs = flags.jobs ?? cores;
  const help = spawnSync(process.execPath, [CLAIMS, 'extract', '--help'], { cwd: ROOT, encoding: 'utf8' });
  const hasJobs = /--jobs\b/.test(help.stdout ?? '');
  if (!hasJobs) log('note: this build of `claims extract` has no --jobs flag; both claims rows ran its default');

  const loadBefore = loadavg()[0]!;
  const claimsArgs = (n: number) => ['extract', '--format', 'ndjson', ...(hasJobs ? ['--jobs', String(n)] : []), dir];
  const { picked, every } = sample(files, flags.naiveSample * 1e6);
  const sampleBytes = picked.reduce((s, f) => s + f.bytes, 0);
  const listFile = join(work, 'naive-files.txt');
  writeFileSync(listFile, picked.map((f) => f.file).join('\n') + '\n');
  const noJobs = hasJobs ? null : 'no --jobs flag in this build: ran the default';

  // Each round runs all three, one after the other, and its ratios compare runs minutes apart at
  // most: on a machine whose speed drifts, a ratio within a round moves less than its rates do.
  const rounds: Row[][] = [];
  let one: Measured | null = null;
  let naive: Measured | null = null;
  let sameAcrossJobs = true;
  // The first round's 1-worker output hash: every round's outputs must equal it.
  let firstHash: string | null = null;
  for (let r = 1; r <= flags.rounds; r++) {
    const of = flags.rounds > 1 ? ` (round ${r} of ${flags.rounds})` : '';
    const tag = flags.rounds > 1 ? `-r${r}` : '';
    log(`running: claims extract --format ndjson --jobs 1 (${files.length} articles)${of}`);
    const o = await measure(CLAIMS, claimsArgs(1), work, `claims-1${tag}`);
    log(`running: claims extract --format ndjson --jobs ${jobs}${of}`);
    const m = await measure(CLAIMS, claimsArgs(jobs), work, `claims-${jobs}${tag}`);
    log(`running: naive pipeline on a sample of ${picked.length} articles (${(sampleBytes / 1e6).toFixed(2)} MB, ${every === 1 ? 'all of them' : `one in ${every}`})${of}`);
    const n = await measure(NAIVE, [DIST, listFile], work, `naive${tag}`);
    const hashOne = await sha(o.outFile);
    const hashMany = await sha(m.outFile);
    firstHash ??= hashOne;
    sameAcrossJobs &&= hashOne === hashMany && hashOne === firstHash;
    one ??= o;
    naive ??= n;
    const rows = [row('naive (sample)', picked.length, sampleBytes, n), row('claims 1 worker', files.length, totalBytes, o, noJobs), row(`claims ${jobs} workers`, files.length, totalBytes, m, noJobs)];
    for (const x of rows) x.xNaive = x.mbPerS / rows[0]!.mbPerS;
    rounds.push(rows);
  }

  // Identical results: the naive lines against the same files' lines of the 1-worker run.
  const sampled = new Set(picked.map((f) => f.file));
  const fast = await linesByFile(one!.outFile, sampled);
  const slow = await linesByFile(naive!.outFile, sampled);
  let compared = 0;
  let differing = 0;
  for (const f of picked) {
    compared++;
    if (slow.get(f.file) === undefined || slow.get(f.file) !== fast.get(f.file)) differing++;
  }
  const identical = differing === 0 && compared > 0;

  // One round: its rows. Several: each figure is the median over the rounds (peak RSS: the most),
  // and `x naive` the median of the rounds' own ratios.
  const rows = rounds[0]!.map((first, k) => {
    const all = rounds.map((rs) => rs[k]!);
    const mid = (f: (x: Row) => number | null) => median(all.map(f));
    return {
      ...first,
      mbPerS: mid((x) => x.mbPerS)!,
      articlesPerS: mid((x) => x.articlesPerS)!,
      wallS: mid((x) => x.wallS)!,
      cpuS: mid((x) => x.cpuS),
      firstLineMs: mid((x) => x.firstLineMs),
      peakRssMB: all.some((x) => x.peakRssMB !== null) ? Math.max(...all.map((x) => x.peakRssMB ?? 0)) : null,
      xNaive: mid((x) => x.xNaive),
    };
  });
  // Per CPU second: less sensitive to other processes competing for the cores (not to parallelism).
  const perCpu = (r: Row) => (r.cpuS ? r.mb / r.cpuS : null);
  const cpuRatio = (r: Row) => {
    const a = perCpu(r);
    const b = perCpu(rows[0]!);
    return a !== null && b !== null ? a / b : null;
  };
  const loadAfter = loadavg()[0]!;

  const result = {
    corpus: { dir, articles: files.length, mb: totalBytes / 1e6, seed: flags.seed },
    naiveSample: { articles: picked.length, mb: sampleBytes / 1e6 },
    cores,
    jobs,
    jobsFlag: hasJobs,
    node: process.version,
    rows,
    rounds: flags.rounds,
    ratios: { oneWorker: rows[1]!.xNaive, nWorkers: rows[2]!.xNaive, nOverOne: rows[2]!.mbPerS / rows[1]!.mbPerS },
    roundRows: flags.rounds > 1 ? rounds : undefined,
    cpuRatios: { oneWorker: cpuRatio(rows[1]!), nWorkers: cpuRatio(rows[2]!) },
    loadAverage: { before: loadBefore, after: loadAfter },
    identical: { naiveVsFast: identical, compared, differing, nWorkersVsOne: sameAcrossJobs },
  };
  if (flags.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log('');
    console.log(`corpus: ${files.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB (seed ${flags.seed}); ${cores} cores; node ${process.version}`);
    console.log(`naive: compromise on each whole document + every annotator on every sentence, on a sample of ${picked.length} articles (${(sampleBytes / 1e6).toFixed(2)} MB) spread over the corpus`);
    console.log('');
    console.log(table(rows));
    if (noJobs) console.log(`* ${noJobs}`);
    console.log('');
    console.log(`claims 1 worker:  ${rows[1]!.xNaive!.toFixed(1)}x the naive pipeline (MB/s)`);
    console.log(`claims ${jobs} workers: ${rows[2]!.xNaive!.toFixed(1)}x the naive pipeline; ${result.ratios.nOverOne.toFixed(2)}x 1 worker`);
    if (flags.rounds > 1) {
      const each = (k: number) => rounds.map((rs) => rs[k]!.xNaive!.toFixed(1)).join(', ');
      console.log(`medians of ${flags.rounds} rounds; x naive by round: 1 worker ${each(1)}; ${jobs} workers ${each(2)}`);
    }
    const c1 = cpuRatio(rows[1]!);
    if (c1 !== null) console.log(`per CPU second: claims 1 worker does ${c1.toFixed(1)}x the naive pipeline's work`);
    if (Math.max(loadBefore, loadAfter) > cores) {
      console.log(`note: load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after on ${cores} cores: other processes competed, so wall-clock rates are low and noisy`);
    }
    console.log(`identical: ${identical ? 'yes' : 'no'} (${compared} articles compared, naive vs claims)${differing ? `; ${differing} differ` : ''}`);
    console.log(`identical: ${sameAcrossJobs ? 'yes' : 'no'} (${jobs}-worker output vs 1-worker output, ${files.length} articles${flags.rounds > 1 ? `, every round` : ''})`);
  }
  if (!identical || !sameAcrossJobs) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});


/**
 * The tagger thread (src/tagger.ts) that loads compromise while a short CLI run starts: the
 * workers get from it exactly the JSON compromise gives in process, and a tagger thread that
 * fails to load, dies, or is stopped while a worker waits on it leaves the worker to run
 * compromise itself, with the same results and nothing hanging. Runs the built code (`npm test`
 * builds).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { askTaggerThread, compromiseJson, compromiseLoaded, type TaggerLink, type TaggerRequest } from '../src/compromise.js';
import { inProcessLane, type Sized } from '../src/pool.js';
import type { ReadOptions } from '../src/files.js';
import { ARTICLES_DIR, ROOT, fixtures } from './support/fixtures.js';
import { tempDir } from './hostile/support.js';

const DIST = join(ROOT, 'dist');
const dist = (await import(pathToFileURL(join(DIST, 'pool.js')).href)) as typeof import('../src/pool.js');
const WORKER = pathToFileURL(join(DIST, 'worker.js'));
const TAGGER = pathToFileURL(join(DIST, 'tagger.js'));

const TEXTS = [
  '60 Russia-based technology and defence companies',
  '22 crypto exchanges',
  '12 people linked to',
  '',
  'nearly 300 entities and individuals. Another 5 firms',
  'x\ud800y 3 \udc00 ships', // lone surrogates
  `7 ${'very '.repeat(80)}long lists`,
];
/** Each text as the sanction units ask (with offsets), as speaker resolution asks (terms), and plain. */
const REQUESTS: TaggerRequest[] = TEXTS.flatMap((text) => [
  { text, terms: false, options: { offset: true } },
  { text, terms: true },
  { text, terms: false },
]);

/** A stand-in tagger thread module. */
function taggerModule(body: string): URL {
  const file = join(tempDir('claims-tagger-'), 'tagger.mjs');
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

/**
 * Every fixture through the CLI's worker lanes for `--jobs 2`, as the CLI lays them out
 * (`planLanes`: one pair of threads, a stage each), or through two threads that each extract
 * whole files (`--jobs 2 --only dates,sentences`, and every odd thread).
 */
async function throughWorkers(layout: 'pair' | 'singles' = 'pair', options: ReadOptions = {}): Promise<Sized[]> {
  const files = fixtures().map((f) => join(ARTICLES_DIR, f.file.split('/').pop()!));
  const plan = layout === 'pair' ? dist.planLanes(2, WORKER, options) : { lanes: 2, ahead: 6, lane: () => dist.workerLane(WORKER, options) };
  const run = dist.ordered<string, Sized>(files, {
    jobs: plan.lanes,
    ahead: plan.ahead,
    lane: plan.lane,
    failed: () => {
      throw new Error('lanes never reject');
    },
  });
  const out: Sized[] = [];
  for await (const r of run) out.push(r);
  await run.close();
  return out;
}

async function inProcess(options: ReadOptions = {}): Promise<Sized[]> {
  const lane = inProcessLane(options);
  return Promise.all(fixtures().map((f) => lane.run(join(ARTICLES_DIR, f.file.split('/').pop()!))));
}

afterEach(async () => {
  await dist.dropSpare();
});

describe('the tagger thread', () => {
  it('is built beside the worker', () => {
    expect(existsSync(TAGGER)).toBe(true);
  });

  it('answers with exactly the JSON compromise gives in process, without this thread loading compromise', async () => {
    const tagger = new Worker(TAGGER);
    const { port1, port2 } = new MessageChannel();
    const state = new Int32Array(new SharedArrayBuffer(4));
    tagger.postMessage({ port: port2, state } satisfies TaggerLink, [port2]);
    const ask = askTaggerThread({ port: port1, state });
    const remote = REQUESTS.map((r) => ask(r));
    expect(compromiseLoaded()).toBe(false);
    await tagger.terminate();
    // Each term's `id` is compromise's running count of terms made (with a random letter): it differs from call to call anyway, and nothing reads it.
    const withoutIds = (json: unknown) => JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'id' ? undefined : value))) as unknown;
    expect(remote.map(withoutIds)).toEqual(REQUESTS.map((r) => withoutIds(compromiseJson(r))));
    expect(remote[0]![0]!.terms.length).toBeGreaterThan(4);
    // Gone: no answer, at once.
    expect(ask(REQUESTS[0]!)).toBeUndefined();
  });

  it('serves the CLI workers: every fixture as extracted in process, by a pair of threads (a stage each) and by two that extract whole files', async () => {
    dist.prestart(WORKER, TAGGER);
    const expected = await inProcess();
    expect(await throughWorkers('pair')).toEqual(expected);
    await dist.dropSpare();
    dist.prestart(WORKER, TAGGER);
    expect(await throughWorkers('singles')).toEqual(expected);
    // With --explain, the rules of the dates the first stage found reach the article.
    const explained = await throughWorkers('pair', { explain: true });
    expect(explained).toEqual(await inProcess({ explain: true }));
    expect(explained.some((r) => 'article' in r.result && r.result.article.dates.some((d) => d.rule))).toBe(true);
  });

  it('is stopped when the run turns out long; the workers then run compromise themselves, same results', async () => {
    dist.prestart(WORKER, TAGGER);
    await dist.fitTagger(dist.TAGGER_MAX_FILES + 1);
    expect(await throughWorkers()).toEqual(await inProcess());
  });
});

// Well under the workers' own safety net (30 s without an answer): these end because the worker is woken.
describe('a tagger thread that is not there: the workers run compromise themselves, same results', { timeout: 20_000 }, () => {
  it('fails to load', async () => {
    dist.prestart(WORKER, taggerModule(`throw new Error('no compromise here');`));
    expect(await throughWorkers()).toEqual(await inProcess());
  });

  it('dies on the first text it is asked to tag', async () => {
    dist.prestart(WORKER, taggerModule(`parentPort.on('message', ({ port }) => port.on('message', () => process.exit(7)));`));
    expect(await throughWorkers()).toEqual(await inProcess());
  });

  it('is stopped while a worker waits for its answer', async () => {
    const asked = join(tempDir('claims-tagger-'), 'asked');
    // A tagger that never answers, and says when it is first asked.
    dist.prestart(WORKER, taggerModule(`import { writeFileSync } from 'node:fs';\nparentPort.on('message', ({ port }) => port.on('message', () => writeFileSync(${JSON.stringify(asked)}, '')));`));
    const results = throughWorkers();
    while (!existsSync(asked)) await new Promise((r) => setTimeout(r, 20));
    await dist.stopTagger();
    expect(await results).toEqual(await inProcess());
  });
});

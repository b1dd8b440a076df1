/**
 * The ordered pool behind `claims extract --jobs`: results in input order whatever finishes
 * first, a bounded number of files in flight, lanes started only as needed, and a worker that
 * dies failing only its file, and workers that keep off the process's standard output.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ordered, pairLane, planLanes, workerLane, type Lane, type Sized } from '../src/pool.js';
import type { Kind } from '../src/types.js';
import { tempDir } from './hostile/support.js';

/** Lanes whose items finish when the test says so (or at once). */
function manual<T>() {
  const running: Array<{ item: T; finish: () => void }> = [];
  let lanes = 0;
  const lane = (): Lane<T, string> => {
    lanes++;
    return {
      run: (item) => new Promise<string>((resolve) => running.push({ item, finish: () => resolve(`done ${String(item)}`) })),
      close: async () => {},
    };
  };
  return { running, lane, lanes: () => lanes };
}

const settle = () => new Promise((r) => setImmediate(r));

async function all<R>(run: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of run) out.push(r);
  return out;
}

/** The results for files named `names` through `lane`s, in order (a lane never rejects). */
async function through(names: string[], lane: () => Lane<string, Sized>, jobs = 1): Promise<Sized[]> {
  const run = ordered<string, Sized>(files(names), {
    jobs,
    lane,
    failed: () => {
      throw new Error('lanes never reject');
    },
  });
  const got = await all(run);
  await run.close();
  return got;
}

/** A result as these tests read it: the article's file, or the failed file's name and error code. */
function label(r: Sized): string {
  if ('article' in r.result) return r.result.article.file;
  if ('error' in r.result) return `${r.result.error.file.split('/').pop()} ${r.result.error.code}`;
  return r.result.piece;
}

/** Files named `names` (the main thread reads each before a worker gets it), in a fresh folder. */
function files(names: string[]): string[] {
  const dir = tempDir('claims-pool-files-');
  return names.map((n) => {
    writeFileSync(join(dir, n), 'date 2024-09-05\nText.');
    return join(dir, n);
  });
}

describe('ordered', () => {
  it('hands results back in input order when they finish in reverse', async () => {
    const m = manual<number>();
    const items = [0, 1, 2, 3, 4, 5];
    const run = ordered(items, { jobs: 3, lane: m.lane, failed: () => 'failed' });
    const got: string[] = [];
    const reading = (async () => {
      for await (const r of run) got.push(r);
    })();
    // Finish whatever is running, latest started first, until everything is done.
    while (got.length < items.length) {
      await settle();
      const last = m.running.pop();
      last?.finish();
    }
    await reading;
    expect(got).toEqual(items.map((i) => `done ${i}`));
    expect(m.lanes()).toBe(3);
  });

  it('keeps at most `ahead` items started past the next one handed out, and at most `jobs` running', async () => {
    const m = manual<number>();
    const items = Array.from({ length: 50 }, (_, i) => i);
    const run = ordered(items, { jobs: 2, ahead: 4, lane: m.lane, failed: () => 'failed' });
    const first = run.next();
    await settle();
    expect(m.running).toHaveLength(2); // two lanes, one item each
    // The later item finishes first: its lane takes another, the first one still holds the head.
    m.running.splice(1, 1)[0]!.finish();
    await settle();
    m.running.splice(1, 1)[0]!.finish();
    await settle();
    m.running.splice(1, 1)[0]!.finish();
    await settle();
    // Items 1, 2, 3 finished and wait; item 0 still runs: 4 started, no more (ahead = 4).
    expect(run.started).toBe(4);
    expect(m.running).toHaveLength(1);
    m.running.shift()!.finish();
    expect((await first).value).toBe('done 0');
    // Nobody asks for the next result (a slow reader): the window moved by one, no further.
    await settle();
    expect(run.started).toBe(5);
    await run.close();
  });

  it('starts no more lanes than items', async () => {
    let lanes = 0;
    const run = ordered(['only'], {
      jobs: 8,
      lane: () => {
        lanes++;
        return { run: async (x: string) => x, close: async () => {} };
      },
      failed: () => 'failed',
    });
    expect(await all(run)).toEqual(['only']);
    expect(lanes).toBe(1);
    expect(run.lanes).toBe(1);
  });

  it('with depth 2 a lane is given a second item before the first is done; a new lane comes first while there is room', async () => {
    const m = manual<number>();
    const run = ordered([0, 1, 2, 3, 4, 5, 6, 7], { jobs: 2, depth: 2, lane: m.lane, failed: () => 'failed' });
    const first = run.next();
    await settle();
    expect(m.lanes()).toBe(2);
    expect(m.running.map((r) => r.item)).toEqual([0, 1, 2, 3]); // two lanes, two each
    expect(run.started).toBe(4);
    m.running.shift()!.finish();
    expect((await first).value).toBe('done 0');
    await settle();
    // The freed place went to item 4; both lanes hold two again, so nothing more starts.
    expect(run.started).toBe(5);
    expect(m.running.map((r) => r.item)).toEqual([1, 2, 3, 4]);
    await run.close();
  });

  it('a lane that says how many items it holds (a pair of threads: more) is given that many; the others the pool depth', async () => {
    const m = manual<number>();
    let made = 0;
    const lane = (): Lane<number, string> => ({ ...m.lane(), ...(made++ === 0 ? { depth: 5 } : {}) });
    const run = ordered(Array.from({ length: 20 }, (_, i) => i), { jobs: 2, depth: 2, ahead: 10, lane, failed: () => 'failed' });
    const first = run.next();
    await settle();
    // Lane one holds 5, lane two 2: seven started, though `ahead` would allow ten.
    expect(m.running.map((r) => r.item)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(run.started).toBe(7);
    m.running.shift()!.finish();
    expect((await first).value).toBe('done 0');
    await settle();
    expect(run.started).toBe(8);
    await run.close();
  });

  it('a lane that rejects gives that item the `failed` result; the rest go on', async () => {
    const run = ordered([1, 2, 3, 4], {
      jobs: 2,
      lane: () => ({
        run: async (x: number) => {
          if (x === 2) throw new Error('boom');
          return `ok ${x}`;
        },
        close: async () => {},
      }),
      failed: (x, err) => `failed ${x}: ${(err as Error).message}`,
    });
    expect(await all(run)).toEqual(['ok 1', 'failed 2: boom', 'ok 3', 'ok 4']);
  });

  it('an empty list is done at once and starts nothing', async () => {
    let lanes = 0;
    const run = ordered([], { jobs: 4, lane: () => (lanes++, { run: async () => '', close: async () => {} }), failed: () => '' });
    expect(await all(run)).toEqual([]);
    expect(lanes).toBe(0);
  });

  it('close() ends a pending next() and stops every lane', async () => {
    const m = manual<number>();
    let closed = 0;
    const run = ordered([1, 2, 3], {
      jobs: 2,
      lane: () => {
        const l = m.lane();
        return { run: l.run, close: async () => void closed++ };
      },
      failed: () => 'failed',
    });
    const pending = run.next();
    await settle();
    await run.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(closed).toBe(2);
  });
});

describe('workerLane', () => {
  /** A stand-in worker: `crash-*` exits the thread, `throw-*` throws, anything else succeeds (and answers with the file's name). */
  function fakeWorker(): URL {
    const dir = tempDir('claims-pool-');
    const file = join(dir, 'fake-worker.mjs');
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (req) => {
  const name = req.file.split('/').pop();
  if (name.startsWith('crash')) process.exit(3);
  if (name.startsWith('throw')) throw new Error('worker blew up');
  if (name.startsWith('noisy')) { console.log('printed by ' + name); console.error('warned by ' + name); }
  parentPort.postMessage({ id: req.id, size: name.length, result: { ok: true, warning: null, article: { file: name } } });
});
`,
    );
    return pathToFileURL(file);
  }

  it('a worker that dies fails only the file it was on (INTERNAL); the file queued behind it goes to a fresh worker', async () => {
    const url = fakeWorker();
    const got = await through(['a', 'crash-b', 'c', 'throw-d', 'e', 'f'], () => workerLane(url, {}), 2);
    expect(got.map(label)).toEqual([
      'a',
      'crash-b INTERNAL',
      'c',
      'throw-d INTERNAL',
      'e',
      'f',
    ]);
    const messages = got.flatMap((r) => (r.result.ok ? [] : [r.result.error.message]));
    expect(messages[0]).toMatch(/^internal error: extraction (failed|stopped).*exit code 3/);
    expect(messages[1]).toMatch(/^internal error: extraction failed: worker blew up/);
    expect(got.map((r) => r.size)).toEqual([1, 0, 1, 0, 1, 1]);
  });

  it('a file that cannot be read fails on the main thread, with its own error, and never reaches a worker', async () => {
    const url = fakeWorker();
    const [ok] = files(['a']);
    const missing = join(tempDir('claims-pool-missing-'), 'crash-if-sent.txt');
    const run = ordered<string, Sized>([missing, ok!], { jobs: 1, depth: 2, lane: () => workerLane(url, {}), failed: () => ({ result: { ok: true, file: '', warning: null, piece: '' }, size: 0 }) });
    const got = await all(run);
    await run.close();
    // (Sent to the stand-in worker, a `crash-*` file would have killed it: INTERNAL.)
    expect(got.map((r) => ('error' in r.result ? [r.result.error.file, r.result.error.code] : 'article' in r.result ? r.result.article.file : null))).toEqual([[missing, 'ENOENT'], 'a']);
  });

  it("what workers print goes to standard error, not into the output; twelve of them add no listener to the process's streams", async () => {
    const url = fakeWorker();
    const names = Array.from({ length: 12 }, (_, i) => `noisy-${i}`);
    const streams = [process.stdout, process.stderr];
    const listeners = () => streams.map((s) => s.eventNames().map((e) => s.listenerCount(e)).reduce((a, b) => a + b, 0));
    const before = listeners();
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const run = ordered<string, Sized>(files(names), { jobs: 12, lane: () => workerLane(url, {}), failed: () => ({ result: { ok: true, file: '', warning: null, piece: '' }, size: 0 }) });
      const got = await all(run);
      expect(run.lanes).toBe(12);
      // Twelve workers are running now: Node's own piping of each thread's streams would have
      // added listeners to the process's.
      expect(listeners()).toEqual(before);
      const printed = () => err.mock.calls.map((c) => String(c[0])).join('');
      await vi.waitFor(() => expect(printed().match(/printed by noisy-\d+/g)).toHaveLength(12));
      await vi.waitFor(() => expect(printed().match(/warned by noisy-\d+/g)).toHaveLength(12));
      expect(out.mock.calls.map((c) => String(c[0])).join('')).not.toMatch(/noisy/);
      expect(got.map((r) => ('article' in r.result ? r.result.article.file : null))).toEqual(names);
      await run.close();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});

describe('pairLane: two threads, one stage of extraction each', () => {
  /**
   * A stand-in worker for both stages: the first stage (`stage: 'first'`) exits the thread on
   * `crash1-*` and cannot decode `bad-*`; the second (given `first`) exits on `crash2-*`. Linked
   * to the second (`{ link, to }`), the first sends it what it found and answers `forwarded`; the
   * second takes requests from its end of the link too. A request without `stage` or `first` is
   * a whole file: both stages. A finished article carries what the first stage sent it and how it
   * came (`via`). A `stale-*` file the first stage sends on its link before the last (as a file
   * sent on just before a new link came would go): to a second thread that has died.
   */
  function stageWorker(): URL {
    const file = join(tempDir('claims-pair-'), 'stage-worker.mjs');
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads';
let second = null;
let before = null;
const firstStage = (req) => {
  const name = req.file.split('/').pop();
  if (name.startsWith('crash1')) process.exit(3);
  return name.startsWith('bad')
    ? { ok: false, error: { file: req.file, code: 'BINARY', message: 'binary file' } }
    : { ok: true, doc: { file: req.file }, dates: ['found in ' + name], warning: null };
};
const finish = (req, found, via) => {
  const name = found.doc.file.split('/').pop();
  if (name.startsWith('crash2')) process.exit(4);
  return { ok: true, warning: found.warning, article: { file: name, dates: found.dates, bytes: req.bytes.length, via } };
};
const handle = (req, via) => {
  if (req.first) {
    parentPort.postMessage({ id: req.id, size: 0, result: finish(req, req.first, via) });
    return;
  }
  const found = firstStage(req);
  if (req.stage === 'first') {
    if (req.forward && second && found.ok) {
      const to = req.file.includes('stale-') && before ? before : second;
      to.port.postMessage({ ...req, first: found });
      parentPort.postMessage({ id: req.id, forwarded: to.to, size: req.bytes.length });
    } else parentPort.postMessage({ id: req.id, size: req.bytes.length, found });
    return;
  }
  parentPort.postMessage({ id: req.id, size: req.bytes.length, result: found.ok ? finish(req, found, 'whole') : found });
};
parentPort.on('message', (m) => {
  if (!m.link) return handle(m, 'main');
  if (m.to !== undefined) {
    before = second;
    second = { port: m.link, to: m.to };
  }
  else m.link.on('message', (req) => handle(req, 'link'));
});
`,
    );
    return pathToFileURL(file);
  }

  it("each file goes through both stages, the second given the first's findings and the file's bytes; a failure or a crash in either fails that file alone", async () => {
    const url = stageWorker();
    const got = await through(['a', 'crash1-b', 'c', 'bad-d', 'crash2-e', 'f', 'g'], () => pairLane(url, {}));
    const article = (r: Sized) => ('article' in r.result ? (r.result.article as unknown as { file: string; dates: string[]; bytes: number; via: string }) : null);
    expect(got.map(label)).toEqual([
      'a',
      'crash1-b INTERNAL',
      'c',
      'bad-d BINARY',
      'crash2-e INTERNAL',
      'f',
      'g',
    ]);
    expect(got.map((r) => article(r)?.dates)).toEqual([['found in a'], undefined, ['found in c'], undefined, undefined, ['found in f'], ['found in g']]);
    const messages = got.flatMap((r) => (r.result.ok ? [] : [r.result.error.message]));
    expect(messages).toEqual([expect.stringMatching(/^internal error: extraction (failed|stopped).*exit code 3/), 'binary file', expect.stringMatching(/^internal error: extraction (failed|stopped).*exit code 4/)]);
    // The bytes read, as the first stage counted them; none for a file whose first stage crashed.
    const read = 'date 2024-09-05\nText.'.length;
    expect(got.map((r) => r.size)).toEqual([read, 0, read, read, read, read, read]);
    expect(got.map((r) => article(r)?.bytes)).toEqual([read, undefined, read, undefined, undefined, read, read]);
    // The first file's findings went from thread to thread, not through the main thread.
    expect(article(got[0]!)?.via).toBe('link');
  });

  it('a file the first thread sent on to a second thread that has died since comes out whole from the fresh one', async () => {
    const url = stageWorker();
    // `crash2-b` ends the second thread; the first then sends `stale-d` on to it all the same.
    const names = ['a', 'crash2-b', 'c', 'stale-d', 'e'];
    const got = await through(names, () => pairLane(url, {}));
    expect(got.map(label)).toEqual(['a', 'crash2-b INTERNAL', 'c', 'stale-d', 'e']);
    const article = (r: Sized) => ('article' in r.result ? (r.result.article as unknown as { dates: string[]; via: string }) : null);
    expect(got.map((r) => article(r)?.dates?.[0])).toEqual(['found in a', undefined, 'found in c', 'found in stale-d', 'found in e']);
    expect(article(got[3]!)?.via).toBe('whole');
    expect(article(got[4]!)?.via).toBe('link');
  });

  it('files the second thread held when it died come out whole from a fresh one, in order, none lost', async () => {
    const url = stageWorker();
    const names = ['a', 'b', 'crash2-c', 'd', 'e', 'f', 'crash2-g', 'h', 'i', 'j', 'k', 'l'];
    const got = await through(names, () => pairLane(url, {}));
    expect(got.map(label)).toEqual(names.map((n) => (n.startsWith('crash2') ? `${n} INTERNAL` : n)));
    const article = (r: Sized) => ('article' in r.result ? (r.result.article as unknown as { dates: string[]; via: string }) : null);
    expect(got.map((r) => article(r)?.dates)).toEqual(names.map((n) => (n.startsWith('crash2') ? undefined : [`found in ${n}`])));
    // The file after each crash was handed to the thread that died: it came out whole.
    expect([article(got[3]!)?.via, article(got[7]!)?.via]).toEqual(['whole', 'whole']);
    expect(article(got[0]!)?.via).toBe('link');
  });

  it('--jobs as lanes: pairs when quotes or sanction figures are asked for, an odd thread in a lane of its own; else a lane per thread', () => {
    const url = stageWorker();
    const lanes = (threads: number, only?: Kind[]) => planLanes(threads, url, only ? { only } : {}).lanes;
    expect([1, 2, 3, 4, 5].map((n) => lanes(n))).toEqual([1, 1, 2, 2, 3]);
    expect(lanes(4, ['sanctions'])).toBe(2);
    expect(lanes(4, ['quotes', 'sentences'])).toBe(2);
    expect(lanes(4, ['dates'])).toBe(4);
    expect(lanes(4, ['sentences'])).toBe(4);
  });
});

/**
 * The CLI's tagger thread: loads compromise as soon as it starts (src/pool.ts starts it with the
 * process, beside the first extraction worker), so the load runs while the worker loads the
 * extractor and reads the article, not after. It then answers the extraction workers, each on
 * a channel of its own (`TaggerLink`, sent by the main thread as each worker starts): in, a
 * `TaggerRequest`; out, `compromiseJson(request)` (or compromise's error), posted before the
 * worker's shared word is set to `REPLIED` and the worker woken (it waits on that word).
 */
import { parentPort } from 'node:worker_threads';
import { REPLIED, compromiseJson, type TaggerLink, type TaggerReply, type TaggerRequest } from './compromise.js';

// compromise's load, and its first calls (its code is compiled on first run), before any link
// is served: a request sent meanwhile waits on its port.
compromiseJson({ text: 'more than 60 Russia-based technology and defence companies', terms: false, options: { offset: true } });
compromiseJson({ text: 'EU governments', terms: true });

function serve({ port, state }: TaggerLink): void {
  port.on('message', (request: TaggerRequest) => {
    let reply: TaggerReply;
    try {
      reply = { json: compromiseJson(request) };
    } catch (err) {
      reply = { error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    Atomics.store(state, 0, REPLIED);
    Atomics.notify(state, 0);
  });
  // The worker at the other end ended: let the port go.
  port.on('close', () => port.removeAllListeners());
}

parentPort?.on('message', (link: TaggerLink) => serve(link));

/**
 * The CLI's tagger thread: loads compromise as soon as it starts (src/pool.ts starts it with the
 * process, beside the first extraction worker), so the load runs while the worker loads the
 * extractor and reads the article, not after. It then answers the extraction workers, each on
 * a channel of its own (`TaggerLink`, sent by the main thread as each worker starts), with
 * `serveTagging` (src/compromise.ts).
 */
import { parentPort } from 'node:worker_threads';
import { compromiseJson, serveTagging, type TaggerLink } from './compromise.js';

// compromise's load, and its first calls (its code is compiled on first run), before any link
// is served: a request sent meanwhile waits on its port.
compromiseJson({ text: 'more than 60 Russia-based technology and defence companies', terms: false, options: { offset: true } });
compromiseJson({ text: 'EU governments', terms: true });

parentPort?.on('message', (link: TaggerLink) => serveTagging(link));

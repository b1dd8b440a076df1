/**
 * The CLI's extraction worker: extracts one file per message, off the main thread, so the main
 * thread stays free to answer Ctrl-C at once (it terminates the worker) however long one article
 * takes, and several workers extract side by side (`--jobs`). Messages: in
 * `{ id, file, bytes, options, piece? }` (the file's bytes, read by the main thread, and its
 * name), out `{ id, result, size }` with a `FileResult` (or, with `piece`, the article as that
 * JSON format's text) and the bytes read. With `stage: 'first'` it runs only the first stage of
 * extraction and answers `{ id, found, size }`; given `first` (what that stage found in the
 * bytes), only the second (src/pool.ts `pairLane`). A pair's threads are linked by a channel
 * of their own (`{ link, to? }`): the first stage's thread sends the second's what it found there
 * and answers `{ id, forwarded, size }`. `workerData.tagger`, when given, links it to the tagger
 * thread (src/tagger.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { useTaggerThread, type TaggerLink } from './compromise.js';
import { extractRead, findRead } from './pool.js';
import type { FinishRequest, LinkMessage, WorkerReply, WorkerRequest } from './pool.js';

export type { WorkerReply, WorkerRequest } from './pool.js';

// Tag through the tagger thread when the main thread linked one (src/pool.ts): it has been
// loading compromise since the process started; without it, or once it is gone, this thread
// loads compromise itself on its first tagging.
const link = (workerData as { tagger?: TaggerLink } | null)?.tagger;
if (link) useTaggerThread(link);

// Start loading the extractor now, while the main thread is still walking the paths; the first
// file then waits less. A failure here surfaces again, per file, when the file needs it.
import('./extract.js').catch(() => {});

// One file after the other, in the order sent: the main thread sends the next before this one is
// done (so no time is lost between two), and knows the oldest unanswered is the one being worked.
// The main thread reads the files and sends their bytes (src/pool.ts `request`).
let queue = Promise.resolve();
/** Where this thread, running the first stage of a pair, sends what it finds (src/pool.ts `LinkMessage`), and the incarnation of the thread there. */
let second: { port: MessagePort; to: number } | null = null;

function handle(req: WorkerRequest): void {
  queue = queue.then(async () => {
    const read = { name: req.file, bytes: req.bytes };
    let reply: WorkerReply;
    if ('first' in req) reply = { id: req.id, ...(await extractRead({ ...read, first: req.first }, req.options, req.piece)) };
    else if (req.stage === 'first') {
      const { found, size } = await findRead(read, req.options);
      if (req.forward && second && found.ok) {
        const finish: FinishRequest = { id: req.id, file: req.file, bytes: req.bytes, options: req.options, first: found };
        if (req.piece) finish.piece = req.piece;
        second.port.postMessage(finish);
        reply = { id: req.id, forwarded: second.to, size };
      } else reply = { id: req.id, found, size };
    } else reply = { id: req.id, ...(await extractRead(read, req.options, req.piece)) };
    parentPort!.postMessage(reply);
  });
}

parentPort?.on('message', (message: WorkerRequest | LinkMessage) => {
  if ('link' in message) {
    // The first stage's thread sends there; the second's takes requests from there too.
    if (message.to !== undefined) second = { port: message.link, to: message.to };
    else message.link.on('message', handle);
    return;
  }
  handle(message);
});

/**
 * The CLI's extraction worker: reads and extracts one file per message, off the main thread, so
 * the main thread stays free to answer Ctrl-C at once (it terminates the worker) however long
 * one article takes. Messages: in `{ id, file, bytes? }` (`bytes` for standard input, read by the
 * main thread), out `{ id, result }` with a `FileResult`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractBytes, extractFile, type ReadOptions } from './files.js';

export interface WorkerRequest {
  id: number;
  file: string;
  /** The bytes, when the main thread read them (standard input); `file` then names them. */
  bytes?: Uint8Array;
}

const options = workerData as ReadOptions;

parentPort?.on('message', async (req: WorkerRequest) => {
  const result = req.bytes ? await extractBytes(req.file, req.bytes, options) : await extractFile(req.file, options);
  parentPort!.postMessage({ id: req.id, result });
});

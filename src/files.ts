/**
 * Files: walk the paths a user named, read each article, and turn every failure into a
 * `FileError` so one bad file never costs the rest of the run.
 */
import { closeSync, constants as fsConstants, createReadStream, fstatSync, openSync, promises as fs, readFileSync, type Dirent } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import type { Article, DateMention, ErrorCode, ExtractOptions, FileError } from './types.js';
import { packDoc, unpackDoc, type PackedDoc } from './segment/pack.js';
import { ArticleError, decode } from './read.js';

/** Default largest article read; larger files are skipped with a TOO_LARGE error. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface WalkOptions {
  /** File name endings to take from directories (with or without the dot). */
  extensions: readonly string[];
}

export interface WalkResult {
  files: string[];
  errors: FileError[];
}

const STDIN = '-';

function fileError(file: string, err: unknown): FileError {
  if (err instanceof ArticleError) return { file, code: err.code, message: err.message };
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, [ErrorCode, string]> = {
    ENOENT: ['ENOENT', 'no such file or directory'],
    EACCES: ['EACCES', 'permission denied'],
    EPERM: ['EACCES', 'permission denied'],
    EISDIR: ['EISDIR', 'is a directory'],
    ELOOP: ['ELOOP', 'too many levels of symbolic links'],
  };
  const hit = e?.code ? known[e.code] : undefined;
  if (hit) return { file, code: hit[0], message: hit[1] };
  return { file, code: 'EREAD', message: e?.message ?? String(err) };
}

/** A path that does not resolve: say so when it is a symbolic link whose target is missing. */
async function brokenLink(path: string, err: unknown): Promise<FileError> {
  const e = fileError(path, err);
  if (e.code !== 'ENOENT') return e;
  try {
    const target = await fs.readlink(path);
    return { ...e, message: `broken symbolic link (its target ${target} does not exist)` };
  } catch {
    return e;
  }
}

function matchesExt(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((x) => lower.endsWith(x.startsWith('.') ? x.toLowerCase() : `.${x.toLowerCase()}`));
}

/**
 * Expand the named paths: files as named (whatever their extension), directories recursively
 * (only files with a wanted extension). Directory entries come out sorted, so the output order
 * is the same whatever order the file system lists them in.
 */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<WalkResult> {
  const files: string[] = [];
  const errors: FileError[] = [];
  const seenDirs = new Set<string>();

  async function visitDir(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      errors.push(fileError(dir, err));
      return;
    }
    if (seenDirs.has(real)) return; // a directory reached twice through links
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      errors.push(fileError(dir, err));
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      const path = join(dir, name);
      // The listing gives each entry's type: only a symbolic link needs a stat, to follow it (one
      // stat a file made the walk of a folder of 4,000 articles take ~0.4 s before the first).
      let type: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          type = await fs.stat(path);
        } catch (err) {
          if (matchesExt(name, options.extensions)) errors.push(await brokenLink(path, err));
          continue;
        }
      }
      if (type.isDirectory()) await visitDir(path);
      else if (type.isFile() && matchesExt(name, options.extensions)) files.push(path);
    }
  }

  for (const path of paths) {
    if (path === STDIN) {
      files.push(STDIN);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(path);
    } catch (err) {
      errors.push(await brokenLink(path, err));
      continue;
    }
    if (stat.isDirectory()) await visitDir(path);
    else files.push(path);
  }
  return { files, errors };
}

/** `file is 123 bytes, over the ...` (a file), or `input is over the ...` (a stream, read up to the limit). */
const tooLarge = (subject: string, maxFileSize: number) =>
  new ArticleError('TOO_LARGE', `${subject} over the ${maxFileSize}-byte limit (--max-file-size)`);

/** All of a stream, or TOO_LARGE as soon as it passes `maxFileSize` (a pipe or a device has no size to check first). */
async function readAll(stream: NodeJS.ReadableStream & { destroy(): void }, maxFileSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxFileSize) throw tooLarge('input is', maxFileSize);
      chunks.push(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * Files are opened without blocking. A named pipe with no writer would otherwise hold the main
 * thread in open() until a writer came: even Ctrl-C could not end the run. (On a regular file
 * the flag changes nothing.)
 */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
// (By descriptor, not FileHandle: a socket takes a pipe's descriptor over, and a FileHandle
// would close it again when collected, perhaps after its number went to another file.)

export interface ReadOptions extends ExtractOptions {
  maxFileSize?: number;
}

export type FileResult = { ok: true; article: Article; warning: string | null } | { ok: false; error: FileError };

/** The name a result carries: `-` is `<stdin>`. */
export const displayName = (file: string) => (file === STDIN ? '<stdin>' : file);

/** A failed result for `name` from whatever was thrown (system errors keep their code; anything else is INTERNAL). */
export function failure(name: string, err: unknown): { ok: false; error: FileError } {
  const e = fileError(name, err);
  if (!(err instanceof ArticleError) && !(err as NodeJS.ErrnoException)?.code) {
    return { ok: false, error: { ...e, code: 'INTERNAL', message: `internal error: ${e.message}` } };
  }
  return { ok: false, error: e };
}

/** The bytes decoded within the size limit, with the extractor (loaded on first use) and its options; throws. */
async function prepare(bytes: Uint8Array, options: ReadOptions) {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > max) {
    throw new ArticleError('TOO_LARGE', `input is ${bytes.length} bytes, over the ${max}-byte limit (--max-file-size)`);
  }
  const { text, warning } = decode(bytes);
  const extractor = await import('./extract.js');
  const { maxFileSize: _max, ...extract } = options;
  return { text, warning, extractor, extract };
}

/**
 * Decode and extract one article's bytes (`name` is what the result calls the file); never
 * throws. The extractor is loaded on first use, so a process that only walks and prints (the
 * CLI's main thread when a worker extracts) never loads it.
 */
export async function extractBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<FileResult> {
  try {
    const { text, warning, extractor, extract } = await prepare(bytes, options);
    return { ok: true, article: extractor.extractText(name, text, extract), warning };
  } catch (err) {
    return failure(name, err);
  }
}

/** What the first stage of extraction found in one article: its segmented text (without the text) and its dates. */
export interface FirstStage {
  ok: true;
  doc: PackedDoc;
  dates: DateMention[];
  warning: string | null;
}

/**
 * The first stage of extraction (src/extract.ts `toDoc`, `findDates`) over one article's bytes;
 * never throws. `secondStage` finishes it, on another thread if need be: it is plain data.
 */
export async function firstStage(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<FirstStage | { ok: false; error: FileError }> {
  try {
    const { text, warning, extractor, extract } = await prepare(bytes, options);
    const doc = extractor.toDoc(name, text, extract);
    const dates = extractor.findDates(doc, extract);
    return { ok: true, doc: packDoc(doc), dates, warning };
  } catch (err) {
    return failure(name, err);
  }
}

/** The second stage of extraction (src/extract.ts `assemble`) over what the first found in the same bytes; never throws. */
export async function secondStage(first: FirstStage, bytes: Uint8Array, options: ReadOptions = {}): Promise<FileResult> {
  try {
    const { text, extractor, extract } = await prepare(bytes, options);
    return { ok: true, article: extractor.assemble(unpackDoc(first.doc, text), first.dates, extract), warning: first.warning };
  } catch (err) {
    return failure(first.doc.file, err);
  }
}

/**
 * Read a file (or `-`: standard input) within the size limit; throws an ArticleError or a system
 * error. A regular file's size is checked before it is read; a pipe (`<(command)`, a named pipe)
 * or a device is read as a stream, and stops being read past the limit.
 *
 * A regular file, nearly every article, is opened and read at once rather than through the event
 * loop: four asynchronous calls (open, stat, read, close), each a round trip to libuv's threads,
 * cost ~0.3 ms of CPU per file (1.1-1.6 s over the bench's 3,927 files, on the cores the workers
 * need), against ~0.01 ms at once; the main thread waits the microseconds a local file's read
 * takes. Opening does not block (`OPEN_FLAGS`), so a pipe is then waited on through the event loop.
 */
export async function readArticle(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  if (file === STDIN) return readAll(process.stdin, maxFileSize);
  const fd = openSync(file, OPEN_FLAGS);
  // Who closes the descriptor: this function, or the stream it is given to.
  let owned = true;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile()) {
      if (stat.size > maxFileSize) throw tooLarge(`file is ${stat.size} bytes,`, maxFileSize);
      return readFileSync(fd);
    }
    owned = false;
    // A pipe is read through the event loop, as node reads a piped standard input: a named pipe
    // that no writer has opened yet is waited on, as `cat` would, and holds no thread. A device
    // is read by the stream's own reads.
    const stream = stat.isFIFO() || stat.isSocket() ? new Socket({ fd, readable: true, writable: false }) : createReadStream('', { fd, autoClose: true });
    return await readAll(stream, maxFileSize);
  } finally {
    if (owned) closeSync(fd);
  }
}

/** Read and extract one article; never throws. */
export async function extractFile(file: string, options: ReadOptions = {}): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readArticle(file, options.maxFileSize);
  } catch (err) {
    return failure(displayName(file), err);
  }
  return extractBytes(displayName(file), bytes, options);
}

/**
 * `claims extract` from the start-up snapshot (src/snapshot.ts): bin/claims.js starts node on the
 * snapshot `npm run build` wrote for this node, with the same command line, and takes its exit
 * code. A one-article run then skips loading the extractor and compromise (see README, Speed).
 *
 * The snapshot is used only where it runs as built: the node, platform and architecture that
 * built it, no node options of the caller's (`NODE_OPTIONS`, flags before bin/claims.js: V8
 * refuses a snapshot under other V8 flags). Elsewhere, and if node cannot start the run at all,
 * bin/claims.js runs the CLI itself, as it always could. `CLAIMS_SNAPSHOT=0` never uses it;
 * `CLAIMS_SNAPSHOT=1` always does, or stops with a usage error saying why it cannot.
 *
 * The run gets this process's standard input, output and error, so it sees the same terminal.
 * A signal sent to this process (SIGINT, SIGTERM, SIGHUP) is passed on; Ctrl-C on a terminal
 * reaches both, and the run takes the two as one (src/cli.ts `SAME_INTERRUPT_MS`). A run killed
 * by a signal kills this process with the same signal, so the shell reports it as it would.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

/** What `scripts/build-snapshot.mjs` writes beside the snapshot (`dist/snapshot.json`). */
export interface SnapshotInfo {
  /** The snapshot's file name, in the same folder. */
  blob: string;
  node: string;
  platform: string;
  arch: string;
  /** The V8 flags it was built with, and must run with. */
  flags: string[];
  /** Marks where the command line starts among the run's arguments (src/snapshot.ts `ARGV_MARK`). */
  mark: string;
}

/** As src/cli.ts `EXIT_USAGE` (not imported: this module loads alone, before the CLI). */
const EXIT_USAGE = 2;

/**
 * node's exit codes when it stops before running any of the CLI: a bad option (9), a snapshot it
 * cannot load (14). `claims` itself never exits with them.
 */
const NODE_START_FAILURES = new Set([9, 14]);

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The snapshot this process can run the command on, with its path; else why not. */
export function usableSnapshot(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  info: URL = new URL('./snapshot.json', import.meta.url),
): { path: string; info: SnapshotInfo } | { reason: string } {
  if (argv[2] !== 'extract') return { reason: 'only `claims extract` runs from it' };
  if (env.CLAIMS_SNAPSHOT === '0') return { reason: 'CLAIMS_SNAPSHOT=0' };
  if (env.NODE_OPTIONS?.trim()) return { reason: 'NODE_OPTIONS is set (V8 runs a snapshot only under the flags it was built with)' };
  if (execArgv.length) return { reason: `node was started with options (${execArgv.join(' ')})` };
  let snapshot: SnapshotInfo;
  try {
    snapshot = JSON.parse(readFileSync(info, 'utf8')) as SnapshotInfo;
  } catch {
    return { reason: 'none was built (npm run build writes one)' };
  }
  const here = `${process.version} ${process.platform} ${process.arch}`;
  const built = `${snapshot.node} ${snapshot.platform} ${snapshot.arch}`;
  if (built !== here) return { reason: `it was built for node ${built}, not ${here}` };
  const path = fileURLToPath(new URL(`./${snapshot.blob}`, info));
  return existsSync(path) ? { path, info: snapshot } : { reason: `${path} is missing` };
}

/**
 * Run the command line `argv` (as in `process.argv`) from the start-up snapshot; resolves to its
 * exit code, or to null when there is no usable snapshot or node could not start it (the caller
 * then runs the CLI itself).
 */
export function launch(argv: readonly string[]): Promise<number | null> {
  if (argv[2] !== 'extract') return Promise.resolve(null);
  const snapshot = usableSnapshot(argv);
  if ('reason' in snapshot) {
    if (process.env.CLAIMS_SNAPSHOT !== '1') return Promise.resolve(null);
    process.stderr.write(`claims: CLAIMS_SNAPSHOT=1, but the start-up snapshot cannot be used: ${snapshot.reason}\n`);
    return Promise.resolve(EXIT_USAGE);
  }
  const { path, info } = snapshot;
  return new Promise((resolve) => {
    // The run opens no connection: node need not read extra CA certificates (tens of ms at start).
    const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;
    const child = spawn(process.execPath, [...info.flags, '--snapshot-blob', path, info.mark, ...argv.slice(2)], { stdio: 'inherit', env });
    const pass = (signal: NodeJS.Signals) => child.kill(signal);
    for (const s of FORWARDED) process.on(s, pass);
    const done = () => {
      for (const s of FORWARDED) process.off(s, pass);
    };
    child.on('error', () => {
      // Not started (no process to wait for): run it here instead.
      if (child.pid === undefined) {
        done();
        resolve(null);
      }
    });
    child.on('exit', (code, signal) => {
      done();
      if (signal) {
        process.kill(process.pid, signal);
        // A signal this process ignores (SIGPIPE): exit as a shell reports a death by it.
        resolve(128 + (constants.signals[signal] ?? 0));
      } else {
        resolve(code !== null && NODE_START_FAILURES.has(code) ? null : (code ?? 1));
      }
    });
  });
}

/**
 * The V8 flags `claims extract` runs with, set once at start (bin/claims.js, or src/snapshot.ts
 * when started from the start-up snapshot). They are process-wide, so the worker threads take them
 * too. They change how fast the code runs, never what it computes: the identity tests
 * (test/snapshot.test.ts, test/prescan.test.ts) run the CLI under them.
 *
 * The library API sets none: a program that imports `claims` keeps its own.
 */
import { setFlagsFromString } from 'node:v8';

export const RUN_FLAGS: readonly string[] = [
  // Regular expressions compile straight to machine code on their first run instead of first to
  // bytecode and again on their second: the extractor's large patterns then cost half as much on
  // a short run. Only the tier-up threshold changes (V8's own default in later releases):
  // patterns made before this line keep their bytecode and tier up as usual, which is an
  // ordinary state. Turning tier-up off altogether (`--no-regexp-tier-up`) at run time is not
  // safe: a pattern already compiled to bytecode is then run as machine code, and the process
  // crashes now and then.
  '--regexp-tier-up-ticks=0',
  // Each thread compiles its hot functions anew with V8's optimizing compiler, in the background,
  // and on a fresh thread that is a third of the CPU of its first ten MB (the compiles
  // `node --trace-opt` lists over 6.6 MB of generated articles took 6.2 s in all; the largest,
  // `resolveSpeakers` with the functions it calls inlined into it, 100-180 ms each time). Inlining
  // only small functions (V8's default is 460 bytes of bytecode) cuts that compile time to 3.9 s
  // and leaves the warm code as fast. Four passes over the same 2.7 MB in one process, two
  // processes at once, each pinned to a core: the first pass 4.7-5.1 s instead of 5.3-6.1 s, the
  // fourth 1.7 s either way. `claims extract --jobs 1` over 10 MB of generated articles (a
  // worker's share of the bench's 20 MB on two cores), pinned to one core beside the previous
  // build on the other, six runs each: 7% less time (101.8 s against 109.5 s in all).
  '--max-inlined-bytecode-size=60',
  // The optimizing compiler copies the first round of every loop it compiles (loop peeling), so that
  // checks the later rounds repeat can be dropped. Here that makes each compile bigger than it
  // pays back: one cold pass over 10 MB of generated articles, two processes at once, each pinned
  // to a core, four pairs twice: 3.4% and 3.9% less CPU; `claims extract --jobs 2` over the bench's
  // 20 MB, both builds at once, four pairs: 2.4% less CPU; warm passes over the same 2 MB (after
  // six passes over another 2 MB) as fast as with peeling (1,507 ms against 1,536 ms).
  '--no-turbo-loop-peeling',
];

/** Set `RUN_FLAGS` for this process (its worker threads included). */
export function setRunFlags(): void {
  for (const flag of RUN_FLAGS) setFlagsFromString(flag);
}

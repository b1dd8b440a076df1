/** What the start-up snapshot's build (scripts/build-snapshot.mjs) and its run (src/snapshot.ts) agree on. */

/**
 * The V8 flags the snapshot is built and run with (V8 runs a snapshot only under the flags it was
 * built with). V8 cannot save a pattern's machine code, only its bytecode: with this tier-up
 * threshold, no pattern reaches machine code while the snapshot is built.
 */
export const SNAPSHOT_FLAGS = ['--regexp-tier-up-ticks=100000'];

/** Put before the command line among the run's arguments, so the run finds it whatever node puts before (not an option: node would take it). */
export const ARGV_MARK = '::claims::';

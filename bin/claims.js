#!/usr/bin/env node
// `claims extract` runs from the start-up snapshot when `npm run build` wrote one for this node
// (src/launch.ts): the extractor and compromise are then already loaded, and warm.
const code = process.argv[2] === 'extract' ? await (await import('../dist/launch.js')).launch(process.argv) : null;
if (code !== null) {
  process.exitCode = code;
} else {
  // Regular expressions compile straight to machine code on their first run instead of first to
  // bytecode and again on their second: the extractor's large patterns then cost half as much on
  // a short run. Only the tier-up threshold changes (V8's own default in later releases): patterns
  // made before this line keep their bytecode and tier up as usual, which is an ordinary state.
  // Turning tier-up off altogether (`--no-regexp-tier-up`) at run time is not safe: a pattern
  // already compiled to bytecode is then run as machine code, and the process crashes now and then.
  // Process-wide, so the worker threads take it too; results are the same either way.
  (await import('node:v8')).setFlagsFromString('--regexp-tier-up-ticks=0');
  // A worker starts loading the extractor at once, while the rest of the CLI loads and the
  // command line is parsed (src/pool.ts `prestart`); the run takes it or stops it.
  if (process.argv[2] === 'extract') (await import('../dist/pool.js')).prestart();
  const { run } = await import('../dist/cli.js');
  process.exitCode = await run(process.argv);
}

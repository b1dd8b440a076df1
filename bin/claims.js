#!/usr/bin/env node
// `claims extract` runs from the start-up snapshot when `npm run build` wrote one for this node
// (src/launch.ts): the extractor and compromise are then already loaded, and warm.
const code = process.argv[2] === 'extract' ? await (await import('../dist/launch.js')).launch(process.argv) : null;
if (code !== null) {
  process.exitCode = code;
} else {
  // How V8 compiles the extractor's patterns and functions (src/v8-flags.ts); worker threads take it too.
  (await import('../dist/v8-flags.js')).setRunFlags();
  // A worker starts loading the extractor at once, while the rest of the CLI loads and the
  // command line is parsed (src/pool.ts `prestart`); the run takes it or stops it.
  if (process.argv[2] === 'extract') (await import('../dist/pool.js')).prestart();
  const { exitWith, run } = await import('../dist/cli.js');
  exitWith(await run(process.argv));
}

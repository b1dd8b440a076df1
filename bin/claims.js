#!/usr/bin/env node
// Regular expressions compile straight to machine code instead of first to bytecode and again
// when they run twice: the extractor's large patterns then cost half as much on a short run.
// Process-wide, so the worker threads take it too; results are the same either way.
(await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
// A worker starts loading the extractor at once, while the rest of the CLI loads and the
// command line is parsed (src/pool.ts `prestart`); the run takes it or stops it.
if (process.argv[2] === 'extract') (await import('../dist/pool.js')).prestart();
const { run } = await import('../dist/cli.js');

process.exitCode = await run(process.argv);

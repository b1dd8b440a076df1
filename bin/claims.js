#!/usr/bin/env node
// A worker starts loading the extractor at once, while the rest of the CLI loads and the
// command line is parsed (src/pool.ts `prestart`); the run takes it or stops it.
if (process.argv[2] === 'extract') (await import('../dist/pool.js')).prestart();
const { run } = await import('../dist/cli.js');

process.exitCode = await run(process.argv);

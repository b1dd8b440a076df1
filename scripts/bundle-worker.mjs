/**
 * Rewrites `dist/worker.js` (the CLI's extraction worker, as tsc wrote it) as one file holding the
 * extractor and chrono-node: a worker then loads one module instead of about a hundred, which is
 * most of a one-article run's import time (see README, Speed). compromise stays outside: it is
 * loaded on first use, by `createRequire`. The library (`dist/index.js`) is left as tsc wrote it.
 * Run by `npm run build`, after tsc.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/worker.js'],
  outfile: 'dist/worker.js',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['compromise'],
  sourcemap: true,
  logLevel: 'warning',
});

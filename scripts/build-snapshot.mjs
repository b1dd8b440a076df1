/**
 * Writes the CLI's start-up snapshot (src/snapshot.ts; README, Speed): esbuild bundles
 * `dist/snapshot.js` with everything it imports (compromise as the same single-file build the
 * extractor loads otherwise) into one script, and node runs it once to save its heap, warmed on
 * the bundled fixtures: `dist/snapshot-<node>-<platform>-<arch>.blob`. `dist/snapshot.json` says
 * which node it is for and with which flags it runs (src/launch.ts reads it).
 *
 * A snapshot runs only on the node that wrote it; elsewhere the CLI starts without it. A node
 * that cannot write one leaves the build as it was, with a warning: the CLI works without it.
 * Run by `npm run build`, after tsc.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { ARGV_MARK, SNAPSHOT_FLAGS } from '../dist/snapshot-info.js';

const require = createRequire(import.meta.url);

/**
 * `node:worker_threads`, loaded when first used rather than with the bundle: loaded while the
 * snapshot is built, its main-thread state (the counter workers read the working directory
 * through) does not survive into the snapshot, and every worker started from it fails.
 */
const lazyWorkerThreads = {
  name: 'lazy-worker-threads',
  setup(b) {
    b.onResolve({ filter: /^(node:)?worker_threads$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:worker_threads', external: true } : { path: 'worker_threads', namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: `let m;
for (const key of ${JSON.stringify(Object.keys(require('node:worker_threads')))}) {
  Object.defineProperty(module.exports, key, { enumerable: true, get: () => (m ??= require('node:worker_threads'))[key] });
}`,
      loader: 'js',
    }));
  },
};
rmSync('dist/snapshot.json', { force: true });

await build({
  entryPoints: ['dist/snapshot.js'],
  outfile: 'dist/snapshot.cjs',
  bundle: true,
  platform: 'node',
  // A plain script: node's snapshot builder runs it with a `require` for built-in modules only.
  format: 'iife',
  target: 'node20',
  // The single-file build `createRequire(...)('compromise')` loads (src/compromise.ts).
  alias: { compromise: require.resolve('compromise') },
  // Files beside a module are found beside the snapshot, once it runs (src/snapshot.ts `main`).
  define: { 'import.meta.url': 'globalThis.claimsModuleUrl' },
  plugins: [lazyWorkerThreads],
  logLevel: 'warning',
});

const blob = `snapshot-${process.version}-${process.platform}-${process.arch}.blob`;
try {
  execFileSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', `dist/${blob}`, '--build-snapshot', 'dist/snapshot.cjs'], {
    env: { ...process.env, CLAIMS_WARM_UP: 'fixtures/articles' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
} catch (err) {
  console.warn(`build-snapshot: node could not write a start-up snapshot; the CLI starts without one.\n${err.stderr ?? err.message}`);
  process.exit(0);
}
writeFileSync(
  'dist/snapshot.json',
  JSON.stringify({ blob, node: process.version, platform: process.platform, arch: process.arch, flags: SNAPSHOT_FLAGS, mark: ARGV_MARK }, null, 2) + '\n',
);

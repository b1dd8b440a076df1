/**
 * The CLI's start-up snapshot: what `scripts/build-snapshot.mjs` bundles (with compromise) and has
 * node save as a V8 heap (`node --build-snapshot`), and what a run started from that heap does.
 *
 * Building it loads the CLI, the extractor and compromise, and extracts and renders the bundled
 * fixtures once, so that every lazily built table and pattern is built and every function has
 * run. A run started from it (src/launch.ts starts one for `claims extract`) skips all of that:
 * no module to load, no lexicon to unpack (compromise's load is ~0.2 s of CPU), nothing to
 * compile twice. Its main thread is then the quickest place to extract a small run
 * (src/cli.ts `IN_PROCESS_MAX_BYTES`), and it tags for the workers of a larger one.
 *
 * Regular expressions: V8 cannot save the machine code of a compiled pattern, only its
 * bytecode, so the snapshot is built and run with a tier-up threshold no warm-up reaches
 * (src/snapshot-info.ts `SNAPSHOT_FLAGS`; a snapshot runs only under the flags it was built
 * with). Once started, the threshold goes back to the CLI's own (0, src/v8-flags.ts): patterns
 * made from then on, the workers' included, compile straight to machine code, and those in the
 * snapshot tier up on long subjects as V8 does by itself. Neither changes which code kind V8
 * expects of a pattern (turning `--regexp-interpret-all` off at run time did, and crashed).
 *
 * Nothing of the building machine's environment reaches a run: colors, the progress line, paths
 * and dates read the environment, terminal and time zone of the run when it starts (chalk's own
 * default instance, set up while building, is never used), and test/snapshot.test.ts compares
 * the bytes with and without the snapshot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
import nlp from 'compromise';
import { exitWith, run } from './cli.js';
import { provideCompromise, type Nlp } from './compromise.js';
import { extractText } from './extract.js';
import { markWarm } from './pool.js';
import { FORMATTERS } from './render/index.js';
import { ARGV_MARK } from './snapshot-info.js';
import type { ExtractOptions } from './types.js';
import { setRunFlags } from './v8-flags.js';

/** Extract and render `texts` once each way the CLI can, so the code and tables they need are built. */
function warmUp(texts: ReadonlyArray<{ name: string; text: string }>): void {
  const ways: ExtractOptions[] = [{ explain: true }, {}, { only: ['quotes'] }, { only: ['dates'] }, { only: ['sanctions'] }];
  for (const { name, text } of texts) {
    for (const options of ways) {
      const article = extractText(name, text, options);
      for (const factory of Object.values(FORMATTERS)) {
        for (const color of [true, false]) factory({ color, explain: options.explain ?? false, width: 80 }).article(article);
      }
    }
  }
}

/** The run started from the snapshot: the CLI as bin/claims.js runs it, on this warm thread. */
async function main(): Promise<void> {
  setRunFlags();
  // The bundle's modules ask `import.meta.url` for files beside them (package.json, worker.js):
  // they are the compiled ones beside the snapshot.
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? '';
  (globalThis as { claimsModuleUrl?: string }).claimsModuleUrl = pathToFileURL(join(dirname(blob), 'cli.js')).href;
  markWarm();
  const args = process.argv.slice(process.argv.indexOf(ARGV_MARK) + 1);
  exitWith(await run([process.execPath, 'claims', ...args]));
}

if (startupSnapshot.isBuildingSnapshot()) {
  provideCompromise(nlp as unknown as Nlp);
  const dir = process.env.CLAIMS_WARM_UP ?? '';
  const names = dir ? readdirSync(dir).filter((n) => n.endsWith('.txt')).sort() : [];
  warmUp(names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
  startupSnapshot.setDeserializeMainFunction(() => void main());
}

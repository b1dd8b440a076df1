/**
 * The V8 flags `claims extract` sets at start (src/v8-flags.ts): each must be one this node's V8
 * knows, with a value it takes. V8 does not fail on one it does not know: it prints
 * `Error: unrecognized flag` on stderr, and then on every run.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RUN_FLAGS } from '../src/v8-flags.js';

describe('RUN_FLAGS', () => {
  it.each(RUN_FLAGS.map((f) => [f]))('%s is a flag this node takes, silently', (flag) => {
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // And it is one `node --v8-options` lists.
    const name = flag.replace(/^--(?:no-)?/, '').replace(/=.*$/, '');
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toMatch(new RegExp(`^\\s+--${name.replace(/[-_]/g, '[-_]')}\\s`, 'm'));
  });

  it('an unknown flag is not silent (what the test above would catch)', () => {
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--max-inlined-bytecode-sise=60')`], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/unrecognized flag/);
  });
});

/** Temporary folders for tests, removed when the test file ends (none left behind in the system's temp folder). */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // left for the system's temporary-file cleanup
    }
  }
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'claims-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

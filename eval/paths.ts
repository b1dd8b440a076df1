import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared development sets: `$CLAIMS_DEV_DIR`, else `../shared/dev` beside the checkout. */
export const DEV_DIR = process.env.CLAIMS_DEV_DIR ?? resolve(ROOT, '..', 'shared', 'dev');

export function devPath(...parts: string[]): string {
  return join(DEV_DIR, ...parts);
}

export function missing(path: string): string | null {
  return existsSync(path) ? null : `not found: ${path}`;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRoot } from '../../src/paths.js';

/**
 * Tests that read `../shared` (corpus, CSDL, seeds). In CI (`CI=true`) a missing `../shared`
 * is a failure; elsewhere those tests are skipped with a note saying why.
 */
export const SHARED = sharedRoot();
export const CORPUS = join(SHARED, 'corpus', 'graph-docs-2021');
export const CSDL = {
  'v1.0': join(SHARED, 'metadata', 'graph-v1.0.csdl.xml'),
  beta: join(SHARED, 'metadata', 'graph-beta-2021.csdl.xml'),
} as const;
export const SEEDS = join(SHARED, 'seeds');

export function sharedAvailable(path: string): boolean {
  const present = existsSync(path);
  if (!present) {
    if (process.env.CI === 'true') throw new Error(`${path} is missing: CI must have ../shared beside the repository`);
    console.warn(`skipping: ${path} is not present (tests that need ../shared run when it is)`);
  }
  return present;
}

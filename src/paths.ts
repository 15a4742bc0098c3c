import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this module's location: works both from `src/` (tests) and
 * from the bundles in `dist/` (`*.mjs`; gen and its I/O thread `*.cjs`).
 */
let cachedRoot: string | undefined;
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (package.json)');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export function templatesRoot(): string {
  return join(projectRoot(), 'templates');
}

/** Default on-disk cache for compiled metadata indexes. */
export function cacheRoot(): string {
  return process.env.SNIPPETS_CACHE_DIR ?? join(projectRoot(), '.cache');
}

/** `../shared` beside the repository (CI puts it there). */
export function sharedRoot(): string {
  return process.env.SNIPPETS_SHARED_DIR ?? join(projectRoot(), '..', 'shared');
}

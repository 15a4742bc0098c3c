import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../../src/paths.js';

/**
 * Every file under `dir` (relative path with `/`) → its size, mtime, inode and content; with
 * `folders`, every folder too (`name/` → `dir`). Two equal snapshots mean nothing was written,
 * replaced or touched. A missing `dir` gives an empty map.
 */
export function treeSnapshot(dir: string, options: { folders?: boolean } = {}): Map<string, string> {
  const result = new Map<string, string>();
  if (!existsSync(dir)) return result;
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (options.folders) result.set(`${rel}/`, 'dir');
        visit(full);
      } else {
        const st = statSync(full);
        result.set(rel, `${st.size} ${st.mtimeMs} ${st.ino} ${readFileSync(full, 'utf8')}`);
      }
    }
  };
  visit(dir);
  return result;
}

/** The bundled `gen` command (built by `npm run build`): the script a user runs with `node`. */
export const GEN = join(projectRoot(), 'dist', 'gen.cjs');

/** The bundled I/O thread of `gen` (`new Worker(IO_WORKER)`). */
export const IO_WORKER = join(projectRoot(), 'dist', 'io-worker.cjs');

/** {@link GEN}, run as a user runs it (`nodeArgs`: Node's own options before the script, such as a preload). */
export function runGen(
  args: readonly string[],
  cwd = projectRoot(),
  env: Readonly<Record<string, string | undefined>> = {},
  nodeArgs: readonly string[] = [],
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...nodeArgs, GEN, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 300_000,
  });
}

/**
 * Builds dist/ as `npm run build` does (`ifStale`: only when a source is newer, for test files
 * that may build at the same time). Throws with the build's output when it fails.
 */
export function buildCli(options: { ifStale?: boolean } = {}): void {
  const args = [join(projectRoot(), 'scripts', 'build.mjs'), ...(options.ifStale ? ['--if-stale'] : [])];
  const build = spawnSync(process.execPath, args, { cwd: projectRoot(), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

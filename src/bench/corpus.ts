import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, sharedRoot } from '../paths.js';

/** The benchmark corpus and metadata in `../shared` (see its README). */
export function defaultCorpus(): string {
  return join(sharedRoot(), 'corpus', 'graph-docs-2021');
}

export function defaultMetadata(): Record<string, string> {
  const dir = join(sharedRoot(), 'metadata');
  return { 'v1.0': join(dir, 'graph-v1.0.csdl.xml'), beta: join(dir, 'graph-beta-2021.csdl.xml') };
}

/** The scripts the benchmark spawns. */
export function benchScripts(): { gen: string; floor: string; peer: string; node: string; preload: string } {
  const root = projectRoot();
  return {
    gen: join(root, 'dist', 'gen.cjs'),
    floor: join(root, 'scripts', 'bench-floor.mjs'),
    peer: join(root, 'scripts', 'bench-peer.mjs'),
    node: join(root, 'scripts', 'bench-node.cjs'),
    preload: join(root, 'scripts', 'bench-rss.cjs'),
  };
}

/** Number of Markdown pages under `dir` (recursive). */
export function countPages(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countPages(join(dir, entry.name));
    else if (entry.isFile() && /\.md$/i.test(entry.name)) n++;
  }
  return n;
}

/**
 * Replicates `corpus` `factor` times under `dest` (`dest/copy-01/…`, `dest/copy-02/…`): every
 * page is a distinct file with a distinct path. The version folders (`v1.0/`, `beta/`) are kept
 * inside each copy, so relative URLs resolve as in the original. Example names repeat across
 * copies; gen's output-name allocator makes them unique (`name-2`, `name-3`, …), so each copy
 * writes its own snippet files.
 */
export function replicateCorpus(corpus: string, factor: number, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const width = String(factor).length;
  for (let i = 1; i <= factor; i++) {
    cpSync(corpus, join(dest, `copy-${String(i).padStart(width, '0')}`), { recursive: true });
  }
  return dest;
}

export function missing(paths: readonly string[]): string[] {
  return paths.filter((p) => !existsSync(p));
}

const FILE_SYSTEMS: Record<number, string> = {
  0xef53: 'ext2/3/4',
  0x01021994: 'tmpfs',
  0x58465342: 'xfs',
  0x9123683e: 'btrfs',
  0x794c7630: 'overlayfs',
  0x6a656a63: 'virtiofs',
  0x65735546: 'fuse',
  0x6969: 'nfs',
};

/** The kind of file system holding `path` (for the report: writes depend on it). */
export function fileSystemOf(path: string): string {
  try {
    const type = statfsSync(path).type;
    return FILE_SYSTEMS[type] ?? `type 0x${type.toString(16)}`;
  } catch {
    return 'unknown';
  }
}

import { closeSync, fstatSync, openSync, read } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cacheRoot } from '../paths.js';
import { readCacheBytes, readCacheText, writeAtomically } from './cache.js';

/*
 * The metadata's cache files read ahead. A corpus run of gen loads two packed schemas (~10 MB)
 * before its first example; reading them (the copy, and the first touch of every page of the
 * buffers) is main-thread time while the other core idles. gen's loader
 * (src/cli/bundle-entry.ts) asks libuv's thread pool for the files the previous run loaded,
 * named in `.cache/metadata-prefetch.json`, before it compiles the bundle, and
 * {@link loadMetadata} takes their bytes. Measured on the corpus: the metadata stage ~20 → ~14
 * ms; the run 0.983, 0.984, 0.987, 0.993 and 0.996× the time in five rounds (paired medians of
 * 25–41 interleaved runs). The benchmark measures a run without (`SNIPPETS_METADATA_PREFETCH=0`).
 * A file the hint names wrongly (another command's metadata, a schema since rebuilt) is read
 * for nothing, on the pool: the bytes are only taken for the file asked for, and a cache file's
 * name is its content's fingerprint.
 */

/** The loader's reads, as the bundle finds them (they are two separate scripts). */
const PREFETCH = Symbol.for('graph-snippet-generator.metadata-prefetch');

/** In the cache folder: the names of the cache files the last run loaded, a JSON array. */
export const PREFETCH_HINT = 'metadata-prefetch.json';

type PendingReads = Map<string, Promise<Buffer | null>>;

/** A name the hint may give: a cache file's (`merged-<hash>.json`), in the folder itself. */
const CACHE_FILE = /^[\w.-]+\.json$/;

/** The cache files this process loaded (absolute paths), for the next run's hint. */
const loaded = new Set<string>();
/** How many of them were read ahead. */
let readAhead = 0;

/**
 * Starts reading the files the hint in `dir` names, each with one positional read on libuv's
 * thread pool (a whole-file `readFile` would read in chunks, each waiting for the event loop).
 * Does nothing without a hint or with `SNIPPETS_METADATA_PREFETCH=0`.
 */
export function startMetadataPrefetch(dir: string = cacheRoot()): void {
  if (process.env.SNIPPETS_METADATA_PREFETCH === '0') return;
  const names = hintedNames(dir);
  if (names.length === 0) return;
  const reads: PendingReads = new Map();
  for (const name of names) {
    const file = join(dir, name);
    reads.set(file, readWhole(file));
  }
  (globalThis as Record<symbol, unknown>)[PREFETCH] = reads;
}

/**
 * The bytes of the metadata cache file `file`: read ahead, or read now; `null` when it cannot
 * be read (a cache miss). Remembers the file for the next run's hint.
 */
export async function metadataCacheBytes(file: string): Promise<Buffer | null> {
  loaded.add(file);
  const reads = (globalThis as Record<symbol, unknown>)[PREFETCH] as PendingReads | undefined;
  const ahead = reads?.get(file);
  if (ahead) {
    reads!.delete(file);
    const bytes = await ahead;
    if (bytes !== null) {
      readAhead++;
      return bytes;
    }
  }
  return readCacheBytes(file);
}

/** How many metadata cache files this process took from the reads ahead (`--timings`). */
export function metadataFilesReadAhead(): number {
  return readAhead;
}

/**
 * After a run: names the cache files it loaded from `dir` in the hint, for the next run's
 * loader; written only when they changed. Errors are ignored: a hint only saves time.
 */
export function saveMetadataPrefetchHint(dir: string = cacheRoot()): void {
  const names = [...loaded].filter((file) => dirname(file) === dir).map((file) => basename(file));
  if (names.length === 0 || JSON.stringify(names) === JSON.stringify(hintedNames(dir))) return;
  try {
    writeAtomically(join(dir, PREFETCH_HINT), JSON.stringify(names));
  } catch {
    // A read-only cache folder: the next run reads its metadata when it needs it.
  }
}

/** The file names the hint in `dir` gives; none when it is missing or damaged. */
function hintedNames(dir: string): string[] {
  const text = readCacheText(join(dir, PREFETCH_HINT));
  if (text === null) return [];
  try {
    const names: unknown = JSON.parse(text);
    // Cache files' plain names only: a damaged hint must not send reads outside the cache folder.
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && CACHE_FILE.test(n)) : [];
  } catch {
    return [];
  }
}

/** The file's bytes, read on the thread pool; `null` when it cannot be read whole. */
function readWhole(file: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let fd: number;
    let bytes: Buffer;
    try {
      fd = openSync(file, 'r');
    } catch {
      resolve(null);
      return;
    }
    try {
      bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
    } catch {
      closeSync(fd);
      resolve(null);
      return;
    }
    read(fd, bytes, 0, bytes.length, 0, (error, count) => {
      closeSync(fd);
      resolve(error || count !== bytes.length ? null : bytes);
    });
  });
}

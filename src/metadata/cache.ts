import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../paths.js';

/**
 * A small on-disk cache of JSON-serialisable build results (compiled metadata indexes).
 *
 * Entries are keyed by a fingerprint of their inputs (a file's content hash, a package's name
 * and version), so a changed input is never served stale. Writes go to a temporary file that
 * is then renamed: concurrent runs can never read a half-written entry. A missing or corrupt
 * entry is rebuilt, with a one-line notice on stderr.
 */
export interface CacheKey {
  /** What is cached (`csdl`, `typings`), part of the file name. */
  readonly namespace: string;
  /** Everything the result depends on, including the format version of the builder. */
  readonly fingerprint: string;
}

export interface CacheOptions {
  readonly dir?: string;
  /** Where notices go; defaults to stderr. */
  readonly notice?: (message: string) => void;
}

export function cacheFile(key: CacheKey, dir = cacheRoot()): string {
  const digest = createHash('sha256').update(key.fingerprint).digest('hex').slice(0, 32);
  return join(dir, `${key.namespace}-${digest}.json`);
}

export function loadCached<T>(key: CacheKey, build: () => T, options: CacheOptions = {}): { value: T; hit: boolean } {
  const file = cacheFile(key, options.dir);
  const notice = options.notice ?? ((m: string) => process.stderr.write(`${m}\n`));
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text) as { fingerprint: string; value: T };
      if (parsed.fingerprint === key.fingerprint) return { value: parsed.value, hit: true };
      notice(`notice: metadata cache ${file} is for other inputs; rebuilding`);
    } catch {
      notice(`notice: metadata cache ${file} is corrupt; rebuilding`);
    }
  }
  const value = build();
  writeAtomically(file, JSON.stringify({ fingerprint: key.fingerprint, value }));
  return { value, hit: false };
}

/** The text of a cache file, or `null` when there is none (or it cannot be read). */
export function readCacheText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Writes `text` to `file` through a temporary sibling and a rename (atomic on POSIX). */
let tmpCounter = 0;

export function writeAtomically(file: string, text: string | Uint8Array, options: { createDir?: boolean } = {}): void {
  if (options.createDir !== false) mkdirSync(join(file, '..'), { recursive: true });
  // Unique per process and call: concurrent runs never share a temporary file.
  const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

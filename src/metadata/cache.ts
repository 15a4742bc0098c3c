import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
  /**
   * Everything the result depends on, starting with the namespace and the builder's code:
   * `<namespace>|<builder identity>|…` (`schemaFingerprint` in builder-identity.ts; see
   * {@link removeSupersededEntries}).
   */
  readonly fingerprint: string;
}

export interface CacheOptions {
  readonly dir?: string;
  /** Where notices go; defaults to stderr. */
  readonly notice?: (message: string) => void;
}

export function cacheFile(key: CacheKey, dir = cacheRoot()): string {
  return join(dir, `${key.namespace}-${sha256(key.fingerprint).slice(0, 32)}.json`);
}

/** The cached value for `key`, or the value `build` returns, then cached. */
export function loadCached<T>(key: CacheKey, build: () => T, options: CacheOptions = {}): { value: T; hit: boolean } {
  const cached = readCached<T>(key, options);
  if (cached !== undefined) return { value: cached.value, hit: true };
  const value = build();
  writeCached(key, value, options);
  return { value, hit: false };
}

/**
 * The cached value for `key`, or `undefined` when there is none. An entry for other inputs, or
 * a corrupt one, is reported through `notice` (it is about to be rebuilt).
 */
export function readCached<T>(key: CacheKey, options: CacheOptions = {}): { value: T } | undefined {
  const file = cacheFile(key, options.dir);
  const text = readCacheText(file);
  if (text === null) return undefined;
  const notice = options.notice ?? ((m: string) => process.stderr.write(`${m}\n`));
  try {
    const parsed = JSON.parse(text) as { fingerprint: string; value: T };
    if (parsed.fingerprint === key.fingerprint) return { value: parsed.value };
    notice(`notice: metadata cache ${file} is for other inputs; rebuilding`);
  } catch {
    notice(`notice: metadata cache ${file} is corrupt; rebuilding`);
  }
  return undefined;
}

export function writeCached<T>(key: CacheKey, value: T, options: Pick<CacheOptions, 'dir'> = {}): void {
  writeAtomically(cacheFile(key, options.dir), asciiStringify({ fingerprint: key.fingerprint, value }));
  removeSupersededEntries(key, options.dir);
}

/**
 * How long an entry built by other code than the current one is kept after it was written: a
 * branch switched back to within a day finds its schemas still cached.
 */
export const SUPERSEDED_KEPT_MS = 24 * 60 * 60 * 1000;

/** The fingerprint's start that names its namespace and builder: `typings|0284c96b31c4edd4|`. */
function builderPrefix(fingerprint: string): string {
  const second = fingerprint.indexOf('|', fingerprint.indexOf('|') + 1);
  return second < 0 ? fingerprint : fingerprint.slice(0, second + 1);
}

/**
 * Removes the entries of `key`'s namespace that other code than `key`'s builder built (their
 * fingerprint starts otherwise, or cannot be read) and that are older than
 * {@link SUPERSEDED_KEPT_MS}; returns their paths. The builders' code is part of the keys, so
 * each change to a builder leaves the entries of the previous code (2–6 MB each) unused; they
 * are cleared when an entry is written, a cache miss that takes seconds anyway. Entries of the
 * current builder (other CSDL files, other SDK versions) stay. Errors are ignored: the cache
 * only saves time.
 */
export function removeSupersededEntries(key: CacheKey, dir = cacheRoot(), now = Date.now()): string[] {
  const current = builderPrefix(key.fingerprint);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(`${key.namespace}-`) || !name.endsWith('.json')) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs < SUPERSEDED_KEPT_MS) continue;
      if (storedFingerprint(file)?.startsWith(current)) continue;
      rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // Gone meanwhile, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

/** The fingerprint an entry starts with (both layouts put it in their first field or two); `null` if none. */
function storedFingerprint(file: string): string | null {
  const head = Buffer.alloc(1024);
  const fd = openSync(file, 'r');
  let length: number;
  try {
    length = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return /"fingerprint":"([^"]*)"/.exec(head.toString('latin1', 0, length))?.[1] ?? null;
}

/** The bytes of a cache file, or `null` when there is none (or it cannot be read). */
export function readCacheBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * The text of a cache file, or `null` when there is none (or it cannot be read); the loader reads
 * gen's bundle (ASCII too) this way. Cache files are ASCII (see {@link asciiStringify}), which
 * decodes the same as UTF-8 or Latin-1: Latin-1 is a copy, UTF-8 a validation per byte (~2 ms
 * against ~12 ms on 9 MB). A file that is not ASCII is read as UTF-8.
 */
export function readCacheText(file: string): string | null {
  const bytes = readCacheBytes(file);
  return bytes === null ? null : bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** JSON text with every non-ASCII character escaped (`\uXXXX`): the same value, ASCII bytes. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `JSON.stringify(value)` in ASCII (see {@link asciiJson}). */
export function asciiStringify(value: unknown): string {
  return asciiJson(JSON.stringify(value));
}

/** The count of temporary names, shared by every copy of this module in the thread (a loader and its bundle each have one). */
const TEMPORARY_COUNT = Symbol.for('graph-snippet-generator.temporary-count');

/**
 * A sibling path for a temporary file or folder, `<path>.<pid>.<n>.tmp`: unique per thread and
 * call, so that concurrent runs never share one. (Threads write to different paths: the I/O
 * thread to the include files, the main thread to the caches and the report.)
 */
export function temporarySibling(path: string): string {
  const counts = globalThis as Record<symbol, number>;
  counts[TEMPORARY_COUNT] = (counts[TEMPORARY_COUNT] ?? 0) + 1;
  return `${path}.${process.pid}.${counts[TEMPORARY_COUNT]}.tmp`;
}

/** What {@link temporarySibling} appends; the first group is the pid of the process that made it. */
export const TEMPORARY_SUFFIX = /\.(\d+)\.\d+\.tmp$/;

/** Writes `text` to `file` through a temporary sibling and a rename (atomic on POSIX). */
export function writeAtomically(file: string, text: string | Uint8Array, options: { createDir?: boolean } = {}): void {
  if (options.createDir !== false) mkdirSync(join(file, '..'), { recursive: true });
  const tmp = temporarySibling(file);
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

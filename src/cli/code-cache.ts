import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readCacheBytes, readCacheText, sha256, writeAtomically } from '../metadata/cache.js';
import { cacheRoot } from '../paths.js';

/*
 * Running a CommonJS bundle through V8's code cache: the bytecode of every function a run
 * compiled, saved after a run and handed to V8 by the next, so that a run neither parses the
 * bundle (~8 ms for gen's 550 KB) nor compiles its functions one by one as they are first
 * called. Node 20 has no compile cache of its own for user code (22 has), so gen and its I/O
 * thread are CommonJS bundles (`dist/gen-main.cjs`, `dist/io-worker-main.cjs`), each run by a
 * loader (bundle-entry.ts, built as `dist/gen.cjs` and `dist/io-worker.cjs`). Measured: gen
 * over the corpus 406 → 385 ms with gen's cache and 394 → 386 ms more with the I/O thread's
 * (medians of 21); the benchmark measures a run without either (`SNIPPETS_CODE_CACHE=0`).
 *
 * A script compiled from a cache gets no dynamic `import()` in Node 20: the bundles load their
 * optional packages (ts-morph, prettier) with `require`.
 */

/** Where the code caches are: `.cache/code/`; `null` (none) with `SNIPPETS_CODE_CACHE=0`. */
export function codeCacheDir(): string | null {
  return process.env.SNIPPETS_CODE_CACHE === '0' ? null : join(cacheRoot(), 'code');
}

/** What one run of a bundle through the cache did, and how to save what it compiled. */
export interface CachedRun {
  /** Whether V8 took the cached code (false: none, damaged, or rejected and compiled anew). */
  readonly fromCache: boolean;
  /** Where this bundle's cache is for this runtime. */
  readonly cacheFile: string;
  /**
   * Saves the code compiled so far, after a run that did `work` (examples, files): when the run
   * did not start from the cache, or did more work than the run that made it (a cache made
   * after one small page lacks the code a corpus needs). Removes the bundle's oldest caches
   * beyond {@link CACHES_KEPT}. Errors (a read-only folder) are ignored: a cache only saves time.
   */
  save(work: number): void;
}

/** The text V8 compiles around the bundle: Node's CommonJS wrapper (part of the cache's key). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * A cache file: the SHA-256 of the rest, the work of the run that made it (a float64), then
 * V8's data. V8 checks its data's version, flags and lengths, not its bytes: a damaged cache of
 * the right length would crash the process, so the bytes are checked here first.
 */
const CHECKSUM = 32;
/** The checksum and the work: where V8's data starts. */
const HEADER = CHECKSUM + 8;

function checksum(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** V8's data and the work recorded in a cache file; `null` when it is missing or damaged. */
function readCache(file: string): { readonly data: Buffer; readonly work: number } | null {
  const bytes = readCacheBytes(file);
  if (bytes === null || bytes.length <= HEADER) return null;
  if (!checksum(bytes.subarray(CHECKSUM)).equals(bytes.subarray(0, CHECKSUM))) return null;
  return { data: bytes.subarray(HEADER), work: bytes.readDoubleLE(CHECKSUM) };
}

function cacheFileBytes(data: Buffer, work: number): Buffer {
  const bytes = Buffer.alloc(HEADER + data.length);
  bytes.writeDoubleLE(work, CHECKSUM);
  data.copy(bytes, HEADER);
  checksum(bytes.subarray(CHECKSUM)).copy(bytes, 0);
  return bytes;
}

/**
 * Compiles the CommonJS bundle at `bundle` (with the cache `cacheDir` holds for it, if any) and
 * runs it in this context, as Node runs a CommonJS module.
 *
 * `bundleHash` identifies the bundle's content (the build computes it): V8 does not check that
 * a cache was made from the same source, so a cache is only ever looked up under the hash of
 * the bundle it was made from. The runtime (Node's version, the architecture, the flags, on the
 * command line or in `NODE_OPTIONS`) and the wrapper are part of the name too, so that two
 * runtimes do not replace each other's cache on every run.
 */
export function runWithCodeCache(bundle: string, bundleHash: string, cacheDir: string | null): CachedRun {
  const prefix = `${basename(bundle).replace(/\.[^.]*$/, '')}-`;
  const runtime = sha256(
    [process.version, process.arch, process.env.NODE_OPTIONS ?? '', ...process.execArgv, WRAPPER_START].join('\0'),
  ).slice(0, 12);
  const cacheFile = cacheDir === null ? '' : join(cacheDir, `${prefix}${bundleHash}-${runtime}.v8cache`);
  const cached = cacheDir === null ? null : readCache(cacheFile);
  const source = readCacheText(bundle);
  if (source === null) throw new Error(`cannot read ${bundle}: run npm run build`);
  // The wrapper as text: a Script, unlike a compiled function, can give its code cache after it
  // ran, with the functions compiled lazily during the run.
  const script = new Script(`${WRAPPER_START}${source}${WRAPPER_END}`, {
    filename: bundle,
    cachedData: cached?.data,
  });
  const fromCache = cached !== null && script.cachedDataRejected !== true;
  const run: CachedRun = {
    fromCache,
    cacheFile,
    save(work: number): void {
      if (cacheDir === null || (fromCache && work <= cached!.work)) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeAtomically(cacheFile, cacheFileBytes(script.createCachedData(), work), { createDir: false });
        removeOldCaches(cacheDir, prefix);
      } catch {
        // Nothing to do: the next run compiles as this one did.
      }
    },
  };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  (globalThis as Record<symbol, unknown>)[SAVE] = (work: number) => run.save(work);
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return run;
}

/**
 * Caches kept per bundle, the newest: other builds' are dead once rebuilt, but two builds in
 * turn (a side build, `BUILD_OUTDIR`) or two runtimes must not remove each other's on every run.
 */
export const CACHES_KEPT = 6;

function removeOldCaches(cacheDir: string, prefix: string): void {
  const caches = readdirSync(cacheDir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.v8cache'))
    .map((name) => ({ path: join(cacheDir, name), mtime: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of caches.slice(CACHES_KEPT)) rmSync(old.path, { force: true });
}

const SAVE = Symbol.for('graph-snippet-generator.code-cache.save');

/**
 * Called by a bundle once its run went through its work (gen: the pipeline ran over `work`
 * examples; the I/O thread: the run's `work` files are done): saves the code cache (see
 * {@link CachedRun.save}), if the bundle was run by the loader. Not before: a run that only
 * printed its help compiled little. The loader's save is reached through a global symbol: the
 * loader and the bundle each have their own copy of this module.
 */
export function saveCodeCache(work: number): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE] as ((work: number) => void) | undefined;
  delete (globalThis as Record<symbol, unknown>)[SAVE];
  save?.(work);
}

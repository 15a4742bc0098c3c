import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';
import { readCacheBytes, readCacheText, writeAtomically } from '../metadata/cache.js';
import { cacheRoot } from '../paths.js';

/*
 * Running a CommonJS bundle through V8's code cache: the bytecode of every function a run
 * compiled, saved after a run and handed to V8 by the next, so that a run neither parses the
 * bundle (~8 ms for gen's 550 KB) nor compiles its functions one by one as they are first
 * called. Node 20 has no compile cache of its own for user code (22 has), so gen's two bundles
 * each have a small loader: `dist/gen.mjs` runs `dist/gen-main.cjs`, and the I/O thread's
 * `dist/io-worker.cjs` runs `dist/io-worker-main.cjs`. Measured: gen over the corpus 406 → 385
 * ms with the main bundle's cache (medians of 21), and 398 → 390 and 411 → 397 ms more with the
 * I/O thread's (medians of 21, two rounds); the benchmark measures a run without either
 * (`SNIPPETS_CODE_CACHE=0`).
 */

/** Where the code caches are: `.cache/code/`; `null` (none) with `SNIPPETS_CODE_CACHE=0`. */
export function codeCacheDir(): string | null {
  return process.env.SNIPPETS_CODE_CACHE === '0' ? null : join(cacheRoot(), 'code');
}

/** What one run of a bundle through the cache did, and how to save what it compiled. */
export interface CachedRun {
  /** Whether V8 took the cached code (false: none, or rejected and compiled anew). */
  readonly fromCache: boolean;
  /** Where this bundle's cache is for this runtime. */
  readonly cacheFile: string;
  /**
   * Saves the code compiled so far, when the run did not start from the cache, and removes the
   * bundle's oldest caches beyond {@link CACHES_KEPT}. Errors (a read-only folder) are ignored:
   * a cache only saves time.
   */
  save(): void;
}

/**
 * Compiles the CommonJS bundle at `bundle` (with the cache `cacheDir` holds for it, if any) and
 * runs it in this context, as Node runs a CommonJS module.
 *
 * `bundleHash` identifies the bundle's content (the build computes it): V8 checks that a cache
 * matches its own version, its flags and the source's length, not the source itself, so a
 * cache is only ever looked up under the hash of the bundle it was made from. The runtime
 * (Node's version, the architecture, the command-line flags) is part of the name too, so that
 * two runtimes do not replace each other's cache on every run.
 */
export function runWithCodeCache(bundle: string, bundleHash: string, cacheDir: string | null): CachedRun {
  const prefix = `${basename(bundle).replace(/\.[^.]*$/, '')}-`;
  const runtime = createHash('sha256')
    .update([process.version, process.arch, ...process.execArgv].join('\0'))
    .digest('hex')
    .slice(0, 12);
  const cacheFile = cacheDir === null ? '' : join(cacheDir, `${prefix}${bundleHash}-${runtime}.v8cache`);
  const cachedData = cacheDir === null ? undefined : (readCacheBytes(cacheFile) ?? undefined);
  const source = readCacheText(bundle);
  if (source === null) throw new Error(`cannot read ${bundle}: run npm run build`);
  // The wrapper of Node's CommonJS loader, as text: a Script, unlike a compiled function, can
  // give its code cache after it ran, with the functions compiled lazily during the run.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const fromCache = cachedData !== undefined && script.cachedDataRejected !== true;
  const run: CachedRun = {
    fromCache,
    cacheFile,
    save(): void {
      if (fromCache || cacheDir === null) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeAtomically(cacheFile, script.createCachedData(), { createDir: false });
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
  (globalThis as Record<symbol, unknown>)[SAVE] = () => run.save();
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
 * Called by a bundle once its run went through its work (gen: the pipeline ran over examples;
 * the I/O thread: the run's files are done): saves the code cache, if the bundle was run by a
 * loader and did not start from a cache. Not before: a run that only printed its help compiled
 * little, and saving that would give the next runs a cache that V8 accepts and that spares them
 * almost nothing. The loader's {@link CachedRun.save} is reached through a global symbol: the
 * loader and the bundle each have their own copy of this module.
 */
export function saveCodeCache(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE] as (() => void) | undefined;
  delete (globalThis as Record<symbol, unknown>)[SAVE];
  save?.();
}

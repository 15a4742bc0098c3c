import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script, constants } from 'node:vm';
import { readCacheBytes, readCacheText, writeAtomically } from '../metadata/cache.js';

/*
 * Running a CommonJS bundle through V8's code cache: the bytecode of every function a run
 * compiled, saved after a run and handed to V8 by the next, so that a run neither parses the
 * bundle (~8 ms for gen's 550 KB) nor compiles its functions one by one as they are first
 * called. Node 20 has no compile cache of its own for user code (22 has), so `dist/gen.mjs` is
 * this loader and the pipeline is `dist/gen-main.cjs`. Measured: gen over the corpus 393 →
 * 371 ms (medians of 21); the benchmark measures a run without it (`SNIPPETS_CODE_CACHE=0`).
 */

/** What one run of a bundle through the cache did, and how to save what it compiled. */
export interface CachedRun {
  /** Whether V8 took the cached code (false: none, or rejected and compiled anew). */
  readonly fromCache: boolean;
  /** Where this bundle's cache is for this runtime. */
  readonly cacheFile: string;
  /**
   * Saves the code compiled so far, when the run did not start from the cache, and removes the
   * caches of other builds of the bundle (not those of other runtimes). Errors (a read-only
   * folder) are ignored: a cache only saves time.
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
  const run = {
    fromCache,
    cacheFile,
    save(): void {
      if (fromCache || cacheDir === null) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeAtomically(cacheFile, script.createCachedData(), { createDir: false });
        // Other builds' caches are dead; other runtimes' caches of this build are not.
        for (const name of readdirSync(cacheDir)) {
          if (name.startsWith(prefix) && name.endsWith('.v8cache') && !name.startsWith(`${prefix}${bundleHash}-`)) {
            rmSync(join(cacheDir, name), { force: true });
          }
        }
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
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return run;
}

const WORTH_CACHING = Symbol.for('graph-snippet-generator.code-cache.worth-saving');

/**
 * Called by a bundle when its run went through the pipeline: the code it compiled is then the
 * code a run needs. (A run that printed its help compiled little; saving that would give the
 * next runs a cache that V8 accepts and that spares them almost nothing.) A global symbol,
 * because the loader and the bundle each have their own copy of this module.
 */
export function markRunWorthCaching(): void {
  (globalThis as Record<symbol, unknown>)[WORTH_CACHING] = true;
}

export function runWasWorthCaching(): boolean {
  return (globalThis as Record<symbol, unknown>)[WORTH_CACHING] === true;
}

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { startMetadataPrefetch } from '../metadata/prefetch.js';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';
import { tuneV8 } from './v8-tuning.js';

/** Set by the build (scripts/build.mjs): the bundle this loader runs, beside it, and its SHA-256. */
declare const BUNDLE_FILE: string;
declare const BUNDLE_HASH: string;

/**
 * The loader of a bundle run through V8's code cache (code-cache.ts), built once per bundle as
 * CommonJS: `dist/gen.cjs` is gen's command (it runs `dist/gen-main.cjs`, src/cli/gen.ts),
 * `dist/io-worker.cjs` gen's I/O thread (`dist/io-worker-main.cjs`, io-worker.ts). CommonJS,
 * because an ES module pays for a wrapper of each Node built-in it imports (~2 ms for
 * `node:crypto`), a worker started from one sets up Node's ES module loader first (~3 ms), and
 * a command that is one sets it up too (an ES-module command that required this loader took
 * 4–8 ms longer). `SNIPPETS_CODE_CACHE=0` runs without the cache.
 */
// First: V8 flags must be set before the bundle is compiled (a code cache records them). They are
// process-wide: the main thread's loader set them, and the I/O thread's must not set them again
// while the main thread runs.
if (isMainThread) {
  loadBuiltinsBeforeTuning();
  tuneV8();
  // The metadata gen will load, read on another core while this one compiles the bundle.
  startMetadataPrefetch();
}
runWithCodeCache(fileURLToPath(new URL(BUNDLE_FILE, import.meta.url)), BUNDLE_HASH, codeCacheDir());

/**
 * Loads what gen's main thread uses of Node that Node loads on first use (the argument parser,
 * `performance`, stderr's stream: 13 modules), before {@link tuneV8}. Node ships a code cache of
 * its own modules, and V8 takes a code cache only under the flags it was made with: once a flag
 * such as the tier-up budget is set, each built-in module loaded after it is compiled from its
 * source. Measured on their own: ~5 ms loaded after the flags, ~2 ms before.
 */
function loadBuiltinsBeforeTuning(): void {
  void parseArgs;
  performance.now();
  void process.stderr;
}

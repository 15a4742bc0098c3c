import { fileURLToPath } from 'node:url';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';

/** Set by the build (scripts/build.mjs): the SHA-256 of the bundle this loader runs. */
declare const BUNDLE_HASH: string;

/**
 * `dist/io-worker.cjs`, the script of gen's I/O thread: runs the thread's code
 * (`dist/io-worker-main.cjs`, io-worker.ts) through V8's code cache, as `dist/gen.mjs` runs gen's
 * (see code-cache.ts). CommonJS: a worker started from an ES module sets up Node's ES module
 * loader first (~3 ms).
 */
runWithCodeCache(fileURLToPath(new URL('./io-worker-main.cjs', import.meta.url)), BUNDLE_HASH, codeCacheDir());

// First: V8 flags must be set before the bundle is compiled (a code cache records them).
import './v8-tuning.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from '../paths.js';
import { runWasWorthCaching, runWithCodeCache } from './code-cache.js';

/** Set by the build (scripts/build.mjs): the SHA-256 of `dist/gen-main.cjs`. */
declare const GEN_MAIN_HASH: string;

/**
 * `dist/gen.mjs`: runs gen (`dist/gen-main.cjs`, src/cli/gen.ts) through V8's code cache, kept
 * in `.cache/code/` (see code-cache.ts). `SNIPPETS_CODE_CACHE=0` runs it without (the benchmark
 * measures the difference).
 */
const bundle = fileURLToPath(new URL('./gen-main.cjs', import.meta.url));
const cacheDir = process.env.SNIPPETS_CODE_CACHE === '0' ? null : join(cacheRoot(), 'code');
const run = runWithCodeCache(bundle, GEN_MAIN_HASH, cacheDir);
process.once('exit', () => {
  if (runWasWorthCaching()) run.save();
});

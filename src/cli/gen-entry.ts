// First: V8 flags must be set before the bundle is compiled (a code cache records them).
import './v8-tuning.js';
import { fileURLToPath } from 'node:url';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';

/** Set by the build (scripts/build.mjs): the SHA-256 of the bundle this loader runs. */
declare const BUNDLE_HASH: string;

/**
 * `dist/gen.mjs`: runs gen (`dist/gen-main.cjs`, src/cli/gen.ts) through V8's code cache, kept
 * in `.cache/code/` (see code-cache.ts; gen saves it after its first run over examples).
 * `SNIPPETS_CODE_CACHE=0` runs it without (the benchmark measures the difference).
 */
runWithCodeCache(fileURLToPath(new URL('./gen-main.cjs', import.meta.url)), BUNDLE_HASH, codeCacheDir());

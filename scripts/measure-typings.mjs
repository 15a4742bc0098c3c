#!/usr/bin/env node
// Measures the typings metadata source: cold build time and peak memory per API version, and
// the cached load time (alone and both versions in one process), each in a fresh process so
// that one measurement cannot warm another. Peak memory is the process's maximum resident set
// size (`process.resourceUsage().maxRSS`), exact where sampling `memoryUsage()` from a timer
// would miss the peak of a synchronous build.
//
//   node scripts/measure-typings.mjs [--json]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules so that the bundle resolves ts-morph and the SDK packages like dist/ does.
const bundle = join(root, 'node_modules', '.cache', 'measure-typings', 'typings.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['src/metadata/typings/index.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['ts-morph', 'typescript'],
  logLevel: 'warning',
});

const cacheDir = mkdtempSync(join(tmpdir(), 'measure-typings-'));

/** Runs `body` (an async function body) in a fresh Node process; returns its JSON result. */
function child(body) {
  const code = `
    import { createRequire } from 'node:module';
    const t0 = performance.now();
    const m = await import(${JSON.stringify(bundle)});
    const importMs = performance.now() - t0;
    const cacheDir = ${JSON.stringify(cacheDir)};
    const tsMorphLoaded = () =>
      Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/ts-morph/'));
    const result = await (async () => { ${body} })();
    process.stdout.write(JSON.stringify({ importMs, ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

const results = {};
try {
  for (const version of ['v1.0', 'beta']) {
    const cold = child(`
      const t = performance.now();
      const { schema, cacheHit } = await m.loadTypingsSchema(${JSON.stringify(version)}, { dir: cacheDir });
      const ms = performance.now() - t;
      const stats = m.lastTypingsBuildStats();
      return { ms, cacheHit, source: schema.sources[0].description, stats };
    `);
    const warm = child(`
      const t = performance.now();
      const { cacheHit } = await m.loadTypingsSchema(${JSON.stringify(version)}, { dir: cacheDir });
      return { ms: performance.now() - t, cacheHit, tsMorphLoaded: tsMorphLoaded() };
    `);
    results[version] = { cold, warm };
  }
  results.bothCached = child(`
    const t = performance.now();
    const a = await m.loadTypingsSchema('v1.0', { dir: cacheDir });
    const b = await m.loadTypingsSchema('beta', { dir: cacheDir });
    return { ms: performance.now() - t, cacheHit: a.cacheHit && b.cacheHit, tsMorphLoaded: tsMorphLoaded() };
  `);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (n) => n.toFixed(0).padStart(6);
  for (const version of ['v1.0', 'beta']) {
    const { cold, warm } = results[version];
    const s = cold.stats;
    console.log(`${version}  ${cold.source}`);
    console.log(`  cold build   ${f(cold.ms)} ms   peak RSS ${f(cold.maxRssMB)} MB   (cache hit: ${cold.cacheHit})`);
    console.log(
      `  cached load  ${f(warm.ms)} ms   peak RSS ${f(warm.maxRssMB)} MB   (cache hit: ${warm.cacheHit}, ts-morph loaded: ${warm.tsMorphLoaded})`,
    );
    console.log(
      `  ${s.structured} structured types (${s.entities} entity), ${s.enums} enums (${s.flagsEnums} flags), ` +
        `${s.properties} properties, ${s.discriminators} discriminators; ` +
        `${s.skippedWrappers} Kiota wrappers skipped, ${s.wireNameFallbacks} wire-name fallbacks, ${s.unmappedTypes} unmapped types, ${s.nameCollisions} name collisions`,
    );
  }
  const b = results.bothCached;
  console.log(
    `both versions cached, one process: ${f(b.ms)} ms (module import ${b.importMs.toFixed(0)} ms, ts-morph loaded: ${b.tsMorphLoaded})`,
  );
}

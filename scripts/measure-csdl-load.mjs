#!/usr/bin/env node
// Prints the cold parse time and the cached load time of the real CSDL files.
// The cached loads run in a fresh process so that they include module start-up effects
// (cold JIT), as in a real `npm run gen`.
// Usage: node scripts/measure-csdl-load.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.SNIPPETS_SHARED_DIR ?? join(root, '..', 'shared');
const files = [
  ['v1.0', join(shared, 'metadata', 'graph-v1.0.csdl.xml')],
  ['beta', join(shared, 'metadata', 'graph-beta-2021.csdl.xml')],
];

const workerSource = `
import { loadCsdlSchema } from './src/metadata/load-csdl.ts';
import { parseCsdl } from './src/metadata/csdl.ts';
import { readFileSync } from 'node:fs';
const [mode, cacheDir, ...pairs] = process.argv.slice(2);
const out = [];
for (let i = 0; i < pairs.length; i += 2) {
  const version = pairs[i], file = pairs[i + 1];
  const row = { version, file };
  if (mode === 'cold') {
    const text = readFileSync(file, 'utf8');
    let t = performance.now();
    parseCsdl(text, version, { kind: 'csdl', description: file, fingerprint: '' });
    row.parseMs = performance.now() - t;
    t = performance.now();
    const { schema, cacheHit } = loadCsdlSchema(file, version, { dir: cacheDir });
    row.coldLoadMs = performance.now() - t;
    row.cacheHit = cacheHit;
    const types = Object.values(schema.types);
    row.entity = types.filter((x) => x.kind === 'entity').length;
    row.complex = types.filter((x) => x.kind === 'complex').length;
    row.enum = types.filter((x) => x.kind === 'enum').length;
    row.properties = types.reduce((n, x) => n + (x.kind === 'enum' ? 0 : x.properties.length), 0);
    row.navigation = types.reduce((n, x) => n + (x.kind === 'enum' ? 0 : x.navigationProperties.length), 0);
    row.actions = schema.operations.filter((o) => o.kind === 'action').length;
    row.functions = schema.operations.filter((o) => o.kind === 'function').length;
  } else {
    const t = performance.now();
    const { cacheHit } = loadCsdlSchema(file, version, { dir: cacheDir });
    row.cachedMs = performance.now() - t;
    row.cacheHit = cacheHit;
  }
  out.push(row);
}
process.stdout.write(JSON.stringify(out));
`;

const missing = files.filter(([, f]) => !existsSync(f));
if (missing.length > 0) {
  console.error(`missing CSDL files: ${missing.map(([, f]) => f).join(', ')}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'csdl-measure-'));
try {
  const bundle = join(work, 'worker.mjs');
  await build({
    stdin: { contents: workerSource, resolveDir: root, loader: 'ts' },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const cacheDir = join(work, 'cache');
  const args = files.flat();
  const run = (mode) =>
    JSON.parse(execFileSync(process.execPath, [bundle, mode, cacheDir, ...args], { encoding: 'utf8' }));
  const cold = run('cold');
  const cached = run('cached');
  const ms = (n) => `${n.toFixed(0)} ms`;
  for (const [i, c] of cold.entries()) {
    const h = cached[i];
    console.log(
      `${c.version}: parse ${ms(c.parseMs)}, cold load (parse+write) ${ms(c.coldLoadMs)}, cached ${ms(h.cachedMs)} (hit=${h.cacheHit}); ` +
        `${c.entity} entity, ${c.complex} complex, ${c.enum} enum, ${c.properties} props, ${c.navigation} nav, ` +
        `${c.actions} actions, ${c.functions} functions`,
    );
  }
  console.log(`cached total: ${ms(cached.reduce((n, r) => n + r.cachedMs, 0))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

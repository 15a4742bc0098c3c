#!/usr/bin/env node
// Summarises a V8 CPU profile of a bundled entry point (`node --cpu-prof dist/gen.cjs …`; gen's code is dist/gen-main.cjs):
// self time per function and per source module. Modules are found from the `// src/….ts`
// comments esbuild writes before each module of a bundle (and `node_modules/<pkg>` for
// dependencies); native frames (fs bindings, …) count for the module of their JS caller.
// Usage: node scripts/bench-profile.mjs PROFILE.cpuprofile [TOP=30] [--bundle COPY.mjs]
// (--bundle: a copy of the bundle as it was when profiled, if it has been rebuilt since.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const bundleFlag = argv.indexOf('--bundle');
const bundleCopy = bundleFlag >= 0 ? argv.splice(bundleFlag, 2)[1] : null;
const [file, topArg] = argv;
if (!file) {
  process.stderr.write('usage: node scripts/bench-profile.mjs PROFILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8'));

// Sample counts → time per node (the deltas give each sample's duration).
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const bundles = new Map();
function moduleOf(url, line) {
  if (!url) return '(native / GC / idle)';
  // A bundle: an ES module (`file:` URL) or gen's CommonJS bundle, which its loader compiles
  // as a script named by its path (src/cli/code-cache.ts).
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  if (!/\.(mjs|cjs)$/.test(path) || path.includes('node_modules') || !path.startsWith('/')) {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    return nm ? `node_modules/${nm[1]}` : url.replace(/^file:\/\//, '');
  }
  let starts = bundles.get(url);
  if (!starts) {
    starts = [];
    const lines = readFileSync(bundleCopy ?? path, 'utf8').split('\n');
    lines.forEach((text, n) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
      if (m) starts.push([n, m[1].replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+).*$/, '$1')]);
    });
    bundles.set(url, starts);
  }
  let found = '(bundle prelude)';
  for (const [n, name] of starts) {
    if (n <= line) found = name;
    else break;
  }
  return found;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const frameKey = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${moduleOf(url, lineNumber)}:${lineNumber + 1}` : `native, from ${attributedModule(node)}`;
  return `${functionName || '(anonymous)'}  [${where}]`;
};
/** A frame without a script (a native binding such as writeFileUtf8) counts for its JS caller's module. */
function attributedModule(node) {
  const name = node.callFrame.functionName;
  if (name === '(garbage collector)' || name === '(idle)' || name === '(program)' || name === '(root)') return name;
  for (let n = node; n; n = nodes.get(parent.get(n.id))) {
    if (n.callFrame.url) return moduleOf(n.callFrame.url, n.callFrame.lineNumber);
  }
  return '(native)';
}

const byFunction = new Map();
const byModule = new Map();
const inclusive = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const key = frameKey(node);
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const module = attributedModule(node);
  byModule.set(module, (byModule.get(module) ?? 0) + us);
  const seen = new Set();
  for (let n = node; n; n = nodes.get(parent.get(n.id))) {
    const k = frameKey(n);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  }
}

const show = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    if (process.stdout.destroyed) return;
    process.stdout.write(
      `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${k}\n`,
    );
  }
};
process.stdout.on('error', () => process.exit(0));
process.stdout.write(`profile: ${(totalUs / 1000).toFixed(0)} ms sampled\n`);
show('self time by module', byModule);
show('self time by function', byFunction);
show('total (inclusive) time by function', inclusive);

#!/usr/bin/env node
// Bundles the CLI entry points into dist/ with esbuild. One bundled file per entry point starts
// faster than hundreds of small ES modules (start-up is part of every `npm run gen`).
// `--if-stale` skips the build when no source file is newer than the bundle. `BUILD_OUTDIR`
// (a folder inside the repository, so that node_modules resolves) builds elsewhere than dist/,
// for comparing two builds side by side.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = {
  gen: 'src/cli/gen.ts',
  'io-worker': 'src/cli/io-worker.ts',
  snippet: 'src/cli/snippet.ts',
  verify: 'src/verify/cli.ts',
  bench: 'src/bench/cli.ts',
};
const outdir = process.env.BUILD_OUTDIR || 'dist';
const outputs = Object.keys(entries).map((name) => join(root, outdir, `${name}.mjs`));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-stale') && outputs.every(existsSync)) {
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'templates')),
    statSync(join(root, 'package-lock.json')).mtimeMs,
  );
  if (sources < built) process.exit(0);
}

/**
 * Compiles every language's templates with the project's template compiler (itself TypeScript,
 * so bundled first into .cache/build/) and returns the module that replaces
 * src/emit/common/compiled-templates.ts in the bundle: the CLI neither parses a template nor
 * loads Handlebars.
 */
async function compiledTemplatesModule() {
  const file = join(root, '.cache', 'build', 'template-module.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/emit/common/template-module.ts'],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const module = await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
  return module.compiledTemplatesModule(join(root, 'templates'));
}

const compiledTemplates = {
  name: 'compiled-templates',
  setup(b) {
    let contents;
    b.onLoad({ filter: /[\\/]compiled-templates\.ts$/ }, async () => {
      contents ??= await compiledTemplatesModule();
      return { contents, loader: 'js', watchFiles: [join(root, 'templates')] };
    });
  },
};

const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(join(root, src))));
await build({
  absWorkingDir: root,
  entryPoints: present,
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // jsonc-parser's `main` is a UMD build with dynamic requires; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // Heavy or native packages stay external: loaded only when a code path needs them.
  external: ['ts-morph', 'typescript', 'web-tree-sitter', 'tree-sitter-c-sharp', 'httpsnippet', 'prettier'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  plugins: [compiledTemplates],
});

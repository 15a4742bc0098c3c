#!/usr/bin/env node
// Bundles the CLI entry points into dist/ with esbuild. One bundled file per entry point starts
// faster than hundreds of small ES modules (start-up is part of every `npm run gen`).
// `--if-stale` skips the build when no source file is newer than the bundle. `BUILD_OUTDIR`
// (a folder inside the repository, so that node_modules resolves) builds elsewhere than dist/,
// for comparing two builds side by side.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** ES module bundles, `dist/<name>.mjs`. */
const entries = {
  snippet: 'src/cli/snippet.ts',
  verify: 'src/verify/cli.ts',
  bench: 'src/bench/cli.ts',
};
/**
 * gen and its I/O thread are CommonJS bundles, `dist/<name>-main.cjs`, each run by a loader
 * `dist/<name>.cjs` (src/cli/bundle-entry.ts, given the bundle's file and hash) through V8's
 * code cache, which only a script, not an ES module, can give back after a run
 * (src/cli/code-cache.ts). gen's command is its loader, `node dist/gen.cjs`.
 */
const cached = [
  { name: 'gen', main: 'src/cli/gen.ts' },
  { name: 'io-worker', main: 'src/cli/io-worker.ts' },
];
const LOADER = 'src/cli/bundle-entry.ts';
const outdir = process.env.BUILD_OUTDIR || 'dist';
const outputs = [
  ...Object.keys(entries).map((name) => `${name}.mjs`),
  ...cached.flatMap((c) => [`${c.name}.cjs`, `${c.name}-main.cjs`]),
].map((file) => join(root, outdir, file));

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

// Loaded once the bundles are known to be stale: esbuild's API takes ~30 ms to load, which
// every `npm run gen` would pay for an up-to-date build.
const { build } = await import('esbuild');

/**
 * A module of the project's TypeScript that the build itself runs, bundled into .cache/build/
 * and imported (under a URL of its own each time: ES modules are cached by URL, and the file is
 * rebuilt).
 */
async function importProjectModule(entry) {
  const file = join(root, '.cache', 'build', `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}

/**
 * Compiles every language's templates with the project's template compiler and returns the
 * module that replaces src/emit/common/compiled-templates.ts in the bundle: the CLI neither
 * parses a template nor loads Handlebars.
 */
async function compiledTemplatesModule() {
  const module = await importProjectModule('src/emit/common/template-module.ts');
  return module.compiledTemplatesModule(join(root, 'templates'));
}

/**
 * The identities of the code that builds each cached schema (src/metadata/builder-identity.ts),
 * defined in the bundles as `SCHEMA_BUILDERS`: a cache built by other code is never read back.
 * Computed by the same module the bundles use from source.
 */
async function schemaBuilders() {
  const module = await importProjectModule('src/metadata/builder-identity.ts');
  return module.computeBuilderIdentities(root);
}

/** Made once per build, for all the bundles that include the templates. */
let templatesModule;
const compiledTemplates = {
  name: 'compiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]compiled-templates\.ts$/ }, async () => {
      templatesModule ??= compiledTemplatesModule();
      return { contents: await templatesModule, loader: 'js', watchFiles: [join(root, 'templates')] };
    });
  },
};

const identities = { SCHEMA_BUILDERS: JSON.stringify(JSON.stringify(await schemaBuilders())) };
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  // jsonc-parser's `main` is a UMD build with dynamic requires; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // Heavy or native packages stay external: loaded only when a code path needs them.
  external: ['ts-morph', 'typescript', 'web-tree-sitter', 'tree-sitter-c-sharp', 'httpsnippet', 'prettier'],
  logLevel: 'warning',
  plugins: [compiledTemplates],
};
const esmBanner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
const cjs = {
  format: 'cjs',
  // `import.meta.url` is the bundle's own URL, as in the ES module bundles.
  define: { ...identities, 'import.meta.url': '__import_meta_url' },
  // Strict as the ES modules are: the directive must come before the banner's statement.
  banner: { js: "'use strict';\nconst __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * Builds, then writes each output file whole (a temporary file renamed over it): a gen started
 * while the bundles are rebuilt (the tests run both at once) reads the old file or the new one,
 * never half of one. The output files, by path.
 */
async function buildAtomically(options) {
  const result = await build({ ...options, write: false });
  const files = new Map();
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    files.set(file.path, file.contents);
  }
  return files;
}

const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(join(root, src))));
await buildAtomically({
  ...shared,
  entryPoints: present,
  outdir,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  banner: esmBanner,
  define: identities,
});

for (const c of cached.filter((c) => existsSync(join(root, c.main)))) {
  const main = join(root, outdir, `${c.name}-main.cjs`);
  const written = await buildAtomically({ ...shared, ...cjs, entryPoints: [c.main], outfile: main });
  const hash = createHash('sha256').update(written.get(main)).digest('hex').slice(0, 16);
  await buildAtomically({
    ...shared,
    ...cjs,
    entryPoints: [LOADER],
    outfile: join(root, outdir, `${c.name}.cjs`),
    define: {
      ...cjs.define,
      BUNDLE_FILE: JSON.stringify(`./${c.name}-main.cjs`),
      BUNDLE_HASH: JSON.stringify(hash),
    },
  });
}

#!/usr/bin/env node
// Bundles the CLI entry points into dist/ with esbuild. One bundled file per entry point starts
// faster than hundreds of small ES modules (start-up is part of every `npm run gen`).
// `--if-stale` skips the build when no source file is newer than the bundle.
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = {
  gen: 'src/cli/gen.ts',
  'output-worker': 'src/cli/output-worker.ts',
  snippet: 'src/cli/snippet.ts',
  verify: 'src/verify/cli.ts',
  bench: 'src/bench/cli.ts',
};
const outputs = Object.keys(entries).map((name) => join(root, 'dist', `${name}.mjs`));

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
 * Replaces the placeholder module src/emit/common/precompiled-templates.ts with every language's
 * templates precompiled by Handlebars (the options the runtime compiler uses), so the bundled
 * CLI never parses a template.
 */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]precompiled-templates\.ts$/ }, () => {
      const options = JSON.parse(readFileSync(join(root, 'src/emit/common/template-options.json'), 'utf8'));
      const compile = (file) => Handlebars.precompile(readFileSync(file, 'utf8'), options);
      const languages = [];
      for (const language of readdirSync(join(root, 'templates')).sort()) {
        const dir = join(root, 'templates', language);
        if (!existsSync(join(dir, 'snippet.hbs'))) continue;
        const partialsDir = join(dir, 'partials');
        const partials = readdirSync(partialsDir)
          .filter((f) => f.endsWith('.hbs'))
          .sort()
          .map((f) => `${JSON.stringify(f.slice(0, -4))}: ${compile(join(partialsDir, f))}`);
        languages.push(
          `${JSON.stringify(language)}: { root: ${compile(join(dir, 'snippet.hbs'))}, partials: { ${partials.join(', ')} } }`,
        );
      }
      return {
        contents: `export const PRECOMPILED_TEMPLATES = { ${languages.join(',\n')} };\n`,
        loader: 'js',
        watchFiles: [join(root, 'templates')],
      };
    });
  },
};

const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(join(root, src))));
await build({
  absWorkingDir: root,
  entryPoints: present,
  outdir: 'dist',
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
  plugins: [precompiledTemplates],
});

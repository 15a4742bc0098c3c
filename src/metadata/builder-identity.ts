import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { projectRoot } from '../paths.js';

/*
 * What identifies the code that builds each cached schema, for the caches' keys: a hash of the
 * builder's source files (its module and every module it imports, transitively) and of the
 * lockfile (the builders run third-party code: the XML parser, ts-morph's TypeScript). A change
 * to any of them makes a new key, so a schema built by older code is never read back as
 * current; a change elsewhere (an emitter, a template) keeps the caches.
 *
 * Before, each builder had a format version bumped by hand: a forgotten bump, or a draft cached
 * under the version it would ship with, served a stale schema without a sign (the flags-enum
 * figures of 2026-11-24 were first measured that way).
 *
 * The bundles get the identities from the build (scripts/build.mjs computes them with this
 * module and defines `SCHEMA_BUILDERS`): gen pays nothing for them. Run from source (tests),
 * they are computed once per process from the same files, so tests and the CLI share caches.
 */

/** The caches of built schemas (src/metadata/cache.ts namespaces), each with its builder's module. */
export const SCHEMA_BUILDER_ENTRIES = {
  typings: 'src/metadata/typings/load.ts',
  csdl: 'src/metadata/load-csdl.ts',
  merged: 'src/metadata/load.ts',
} as const;

export type SchemaCacheKind = keyof typeof SCHEMA_BUILDER_ENTRIES;
export type BuilderIdentities = Readonly<Record<SchemaCacheKind, string>>;

/**
 * Set by the build in the bundles, as JSON text (a string is inlined where it is used; an
 * object would become a module of its own); undefined when run from source.
 */
declare const SCHEMA_BUILDERS: string | undefined;

let identities: BuilderIdentities | undefined;

/** The identity of the code that builds the `kind` cache (16 hex digits). */
export function builderIdentity(kind: SchemaCacheKind): string {
  identities ??=
    typeof SCHEMA_BUILDERS === 'string'
      ? (JSON.parse(SCHEMA_BUILDERS) as BuilderIdentities)
      : computeBuilderIdentities(projectRoot());
  return identities[kind];
}

/**
 * The fingerprint of a cached schema of `kind` (src/metadata/cache.ts): the kind, its builder's
 * identity, then what else it depends on. Every schema cache's fingerprint is made here, so that
 * they all start `<kind>|<identity>|`, which the cache reads back to find the entries other
 * code built (`removeSupersededEntries`).
 */
export function schemaFingerprint(kind: SchemaCacheKind, ...inputs: readonly string[]): string {
  return [kind, builderIdentity(kind), ...inputs].join('|');
}

/** The identities of every builder, from the sources under `root` (a checkout of this repository). */
export function computeBuilderIdentities(root: string): BuilderIdentities {
  const lockfile = readFileSync(join(root, 'package-lock.json'));
  const identity = (entry: string): string => {
    const hash = createHash('sha256');
    for (const file of builderSources(root, entry)) {
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(root, file)))
        .update('\0');
    }
    return hash.update(lockfile).digest('hex').slice(0, 16);
  };
  return {
    typings: identity(SCHEMA_BUILDER_ENTRIES.typings),
    csdl: identity(SCHEMA_BUILDER_ENTRIES.csdl),
    merged: identity(SCHEMA_BUILDER_ENTRIES.merged),
  };
}

/**
 * `entry` (a path relative to `root`) and the project modules it imports at run time,
 * transitively, sorted: static imports and re-exports, side-effect imports and `import()`; not
 * type-only ones (`import type`, `export type`), which the compiler erases. Relative specifiers
 * only: the packages are covered by the lockfile. The sources are this repository's, formatted
 * by prettier, so a specifier is always one quoted string after `from`, `import` or `import(`;
 * a test checks the result against esbuild's own resolution of the same entries.
 */
export function builderSources(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const specifier of runtimeImports(text)) {
      if (!specifier.startsWith('.')) continue;
      pending.push(resolveSource(root, file, specifier));
    }
  }
  return [...seen].sort();
}

/**
 * Import and re-export specifiers that remain at run time. One regular expression over the whole
 * text: `import … from '…'` (possibly over several lines), `export … from '…'`, `import '…'`
 * and `import('…')`, with the `type` forms left out.
 */
const IMPORT = /(?:^|[\s;])(?:(import|export)(\s+type\b)?[^;'"]*?\bfrom\s*|import\s*\(?\s*)'([^']+)'/g;

function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) if (m[2] === undefined) found.push(m[3]!);
  return found;
}

/** `./x.js` imported by `from` → `src/…/x.ts` (or `x/index.ts`), relative to `root`. */
function resolveSource(root: string, from: string, specifier: string): string {
  const base = join(dirname(join(root, from)), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return relative(root, candidate).split(sep).join('/');
  }
  throw new Error(`${from}: cannot resolve the import '${specifier}'`);
}

import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SCHEMA_BUILDER_ENTRIES,
  type SchemaCacheKind,
  builderIdentity,
  builderSources,
  computeBuilderIdentities,
} from '../../src/metadata/builder-identity.js';
import { projectRoot } from '../../src/paths.js';
import { buildCli } from '../support/tree.js';

/**
 * The cached schemas are keyed by the code that builds them (src/metadata/builder-identity.ts):
 * the identity must cover every module a builder runs, change when one of them changes, and be
 * the same in the bundles (defined by the build) as from source (tests).
 */

const root = projectRoot();
const kinds = Object.keys(SCHEMA_BUILDER_ENTRIES) as SchemaCacheKind[];

/** The project modules esbuild bundles for `entry`: its own resolution of the same imports. */
function esbuildSources(entry: string): string[] {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs)
    .filter((file) => file.startsWith('src/'))
    .sort();
}

describe('the modules a schema builder is made of', () => {
  it.each(kinds)('%s: the same as esbuild resolves them', (kind) => {
    const entry = SCHEMA_BUILDER_ENTRIES[kind];
    const sources = builderSources(root, entry);
    expect(sources).toEqual(esbuildSources(entry));
    expect(sources).toContain(entry);
  });

  it('covers what each cache is built with: the typings builder, the CSDL parser, the merge and the packed form', () => {
    expect(builderSources(root, SCHEMA_BUILDER_ENTRIES.typings)).toContain('src/metadata/typings/build.ts');
    expect(builderSources(root, SCHEMA_BUILDER_ENTRIES.csdl)).toContain('src/metadata/csdl.ts');
    const merged = builderSources(root, SCHEMA_BUILDER_ENTRIES.merged);
    // The merged schema is built from the other two (the typings through a dynamic import).
    for (const file of ['src/metadata/merge.ts', 'src/metadata/packed.ts', 'src/metadata/typings/build.ts']) {
      expect(merged).toContain(file);
    }
    expect(merged).toEqual(expect.arrayContaining(builderSources(root, SCHEMA_BUILDER_ENTRIES.csdl)));
  });
});

describe('builder identities', () => {
  const copies = mkdtempSync(join(tmpdir(), 'builder-identity-'));
  afterAll(() => rmSync(copies, { recursive: true, force: true }));
  let n = 0;

  /** The identities of a copy of the repository's sources with `edit` applied. */
  function identitiesAfter(edit: (copy: string) => void): Record<SchemaCacheKind, string> {
    const copy = join(copies, String(++n));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(join(root, 'package-lock.json'), join(copy, 'package-lock.json'));
    edit(copy);
    return computeBuilderIdentities(copy);
  }

  const unchanged = identitiesAfter(() => {});

  it('are those of the checkout, 16 hex digits each, and stable', () => {
    expect(unchanged).toEqual(computeBuilderIdentities(root));
    for (const kind of kinds) expect(unchanged[kind]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(Object.values(unchanged)).size).toBe(kinds.length);
  });

  it('change with the typings builder: the typings and the merged schema, not the CSDL', () => {
    const after = identitiesAfter((copy) => appendFileSync(join(copy, 'src/metadata/typings/build.ts'), '\n// edit\n'));
    expect(after.typings).not.toBe(unchanged.typings);
    expect(after.merged).not.toBe(unchanged.merged);
    expect(after.csdl).toBe(unchanged.csdl);
  });

  it('change with the CSDL parser: the CSDL and the merged schema, not the typings', () => {
    const after = identitiesAfter((copy) => appendFileSync(join(copy, 'src/metadata/csdl.ts'), '\n// edit\n'));
    expect(after.csdl).not.toBe(unchanged.csdl);
    expect(after.merged).not.toBe(unchanged.merged);
    expect(after.typings).toBe(unchanged.typings);
  });

  it('change with the lockfile (third-party code the builders run): all of them', () => {
    const after = identitiesAfter((copy) => appendFileSync(join(copy, 'package-lock.json'), '\n'));
    for (const kind of kinds) expect(after[kind]).not.toBe(unchanged[kind]);
  });

  it('do not change with code no builder runs (an emitter)', () => {
    const after = identitiesAfter((copy) => appendFileSync(join(copy, 'src/emit/python/naming.ts'), '\n// edit\n'));
    expect(after).toEqual(unchanged);
  });

  it('are the same in the bundles (defined by the build) as from source', () => {
    buildCli({ ifStale: true });
    // The JSON text of the identities, inlined as a string literal.
    const defined = JSON.stringify(computeBuilderIdentities(root));
    for (const bundle of ['dist/gen-main.cjs', 'dist/verify.mjs', 'dist/snippet.mjs']) {
      expect(readFileSync(join(root, bundle), 'utf8')).toContain(defined);
    }
    for (const kind of kinds) expect(builderIdentity(kind)).toBe(unchanged[kind]);
  });
});

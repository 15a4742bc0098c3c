import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { MetadataConfigError } from '../errors.js';
import { GRAPH_NAMESPACE } from '../names.js';
import { byCodeUnits } from '../../ordering.js';

/**
 * Locating the Kiota TypeScript SDK package of an API version and checking its layout.
 *
 * Nothing here needs ts-morph: the layout check and the package version (the cache
 * fingerprint) must be cheap enough to run on every start-up, before the cache is consulted.
 */

export type TypingsVersion = 'v1.0' | 'beta';

export const SDK_PACKAGES: Readonly<Record<TypingsVersion, string>> = {
  'v1.0': '@microsoft/msgraph-sdk',
  beta: '@microsoft/msgraph-beta-sdk',
};

export interface SdkPackage {
  readonly name: string;
  readonly version: string;
  readonly root: string;
  /**
   * `models/**\/index.d.ts` files, main file first, then sub-namespaces in a stable order
   * (listed when first read).
   */
  readonly modelFiles: readonly ModelFile[];
}

export interface ModelFile {
  /** Directory relative to `models/`, with `/` separators: `''`, `security`, `partners/billing`. */
  readonly dir: string;
  /** OData namespace of the declarations: `microsoft.graph`, `microsoft.graph.partners.billing`. */
  readonly namespace: string;
  readonly dts: string;
  /** The generated serialization code beside the typings (may be missing in odd layouts). */
  readonly js: string | null;
}

export function isTypingsVersion(v: string): v is TypingsVersion {
  return v === 'v1.0' || v === 'beta';
}

/**
 * Resolves the package the way Node would from this module (works from `src/` and from the
 * bundled `dist/`, and with hoisted or nested `node_modules`).
 */
export function resolvePackageRoot(version: TypingsVersion): string {
  const name = SDK_PACKAGES[version];
  const requireFromHere = createRequire(import.meta.url);
  try {
    return dirname(requireFromHere.resolve(`${name}/package.json`));
  } catch (error) {
    throw new MetadataConfigError(
      `the ${version} metadata needs the npm package ${name}, which is not installed ` +
        `(expected ${name}/package.json to be resolvable; run npm install)`,
      { cause: error },
    );
  }
}

/** Reads `package.json` and checks the Kiota layout: `models/index.d.ts` + `models/index.js`. */
export function inspectSdkPackage(version: TypingsVersion, root = resolvePackageRoot(version)): SdkPackage {
  const expectedName = SDK_PACKAGES[version];
  const manifestPath = join(root, 'package.json');
  let manifest: { name?: unknown; version?: unknown };
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: unknown; version?: unknown };
  } catch (error) {
    throw new MetadataConfigError(
      `${expectedName} at ${root}: cannot read ${manifestPath} (${(error as Error).message})`,
      { cause: error },
    );
  }
  const name = typeof manifest.name === 'string' ? manifest.name : expectedName;
  if (typeof manifest.version !== 'string' || manifest.version === '') {
    throw new MetadataConfigError(`${name} at ${root}: package.json has no version`);
  }
  const models = join(root, 'models');
  const mainDts = join(models, 'index.d.ts');
  const mainJs = join(models, 'index.js');
  if (!existsSync(mainDts) || !existsSync(mainJs)) {
    throw new MetadataConfigError(
      `${name}@${manifest.version} at ${root} has an unexpected layout: expected the Kiota model ` +
        `typings models/index.d.ts and serializers models/index.js (is it a Kiota TypeScript SDK?)`,
    );
  }
  let modelFiles: readonly ModelFile[] | undefined;
  return {
    name,
    version: manifest.version,
    root,
    // Listed on first use: only a cache miss builds from them, and the walk over `models/`
    // (a directory per sub-namespace) cost ~2 ms of every cached start-up.
    get modelFiles() {
      return (modelFiles ??= listModelFiles(models));
    },
  };
}

function listModelFiles(models: string): ModelFile[] {
  const modelFiles: ModelFile[] = [];
  for (const dts of findIndexDts(models)) {
    const dir = relative(models, dirname(dts)).split(sep).filter(Boolean).join('/');
    const js = dts.replace(/\.d\.ts$/, '.js');
    modelFiles.push({
      dir,
      namespace: dir === '' ? GRAPH_NAMESPACE : `${GRAPH_NAMESPACE}.${dir.split('/').join('.')}`,
      dts,
      js: existsSync(js) ? js : null,
    });
  }
  return modelFiles.sort((a, b) => (a.dir === '' ? -1 : b.dir === '' ? 1 : byCodeUnits(a.dir, b.dir)));
}

function findIndexDts(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'index.d.ts') out.push(path);
    else if (!entry.includes('.') && statSync(path).isDirectory()) findIndexDts(path, out);
  }
  return out;
}

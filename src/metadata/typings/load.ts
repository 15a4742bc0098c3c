import { type CacheOptions, readCached, writeCached } from '../cache.js';
import type { ApiSchema } from '../schema.js';
import { schemaFingerprint } from '../builder-identity.js';
import { buildSchemaFromTypings } from './build.js';
import { type SdkPackage, type TypingsVersion, inspectSdkPackage } from './package.js';

export interface LoadTypingsOptions extends CacheOptions {
  /** Read this package directory instead of the installed SDK package (tests). */
  readonly packageRoot?: string;
  /** The package, when the caller inspected it already (for its fingerprint, say): then `packageRoot` is not read. */
  readonly source?: TypingsSource;
}

/**
 * The zero-configuration metadata of an API version, from the installed Kiota TypeScript SDK
 * package, through the on-disk cache keyed by package name + version + builder format.
 *
 * ts-morph (~300 ms to load, with the TypeScript compiler it bundles) is required only on a
 * cache miss; a cached start-up costs a `package.json` read, two existence checks and one
 * `JSON.parse`. (The loading is synchronous; the function is async so that its errors, such as
 * a missing package, reach its callers as rejections.)
 *
 * @throws MetadataConfigError when the package is missing or not laid out as expected.
 */
export async function loadTypingsSchema(
  version: TypingsVersion,
  options: LoadTypingsOptions = {},
): Promise<{ schema: ApiSchema; cacheHit: boolean }> {
  const { sdkPackage, fingerprint } = options.source ?? typingsSource(version, options.packageRoot);
  const key = { namespace: 'typings', fingerprint };
  const cached = readCached<ApiSchema>(key, options);
  if (cached) return { schema: cached.value, cacheHit: true };
  // The build loads ts-morph (only now, on a miss).
  const schema = buildSchemaFromTypings(version, { sdkPackage });
  writeCached(key, schema, options);
  return { schema, cacheHit: false };
}

/** The installed SDK package of a version, and what its typings schema depends on. */
export interface TypingsSource {
  readonly sdkPackage: SdkPackage;
  /** The builder's code (builder-identity.ts) and the package's name@version. */
  readonly fingerprint: string;
}

/**
 * The SDK package of `version`, its layout checked (every start-up checks it, cache or not: a
 * broken install must not be hidden by a cache), and its fingerprint.
 */
export function typingsSource(version: TypingsVersion, packageRoot?: string): TypingsSource {
  const sdkPackage = inspectSdkPackage(version, packageRoot);
  return {
    sdkPackage,
    fingerprint: schemaFingerprint('typings', version, `${sdkPackage.name}@${sdkPackage.version}`),
  };
}

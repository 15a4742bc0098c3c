import { type CacheOptions, loadCached } from '../cache.js';
import type { ApiSchema } from '../schema.js';
import { TYPINGS_FORMAT_VERSION, buildSchemaFromTypings } from './build.js';
import type { Ts } from './dts-reader.js';
import { type TypingsVersion, inspectSdkPackage } from './package.js';

export { TYPINGS_FORMAT_VERSION } from './build.js';

export interface LoadTypingsOptions extends CacheOptions {
  /** Read this package directory instead of the installed SDK package (tests). */
  readonly packageRoot?: string;
}

/** Thrown by the probing build below: "not in the cache", never seen by callers. */
const CACHE_MISS = Symbol('typings-cache-miss');

/**
 * The zero-configuration metadata of an API version, from the installed Kiota TypeScript SDK
 * package, through the on-disk cache keyed by package name + version + builder format.
 *
 * Async because ts-morph (~300 ms to load, with the TypeScript compiler it bundles) is
 * imported only on a cache miss; a cached start-up costs a `package.json` read, a directory
 * listing and one `JSON.parse`.
 *
 * @throws MetadataConfigError when the package is missing or not laid out as expected.
 */
export async function loadTypingsSchema(
  version: TypingsVersion,
  options: LoadTypingsOptions = {},
): Promise<{ schema: ApiSchema; cacheHit: boolean }> {
  // The layout check runs even on a cache hit: a broken install must not be hidden by a cache.
  const sdkPackage = inspectSdkPackage(version, options.packageRoot);
  const key = { namespace: 'typings', fingerprint: typingsFingerprint(version, options.packageRoot) };
  const cacheOptions: CacheOptions = {
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
    ...(options.notice !== undefined ? { notice: options.notice } : {}),
  };

  // `loadCached` takes a synchronous builder, but the build needs ts-morph, loaded
  // asynchronously. So probe first with a builder that only signals the miss (notices are
  // muted: the second call repeats them), then load ts-morph and build for real.
  try {
    const { value } = loadCached<ApiSchema>(
      key,
      () => {
        throw CACHE_MISS;
      },
      { ...cacheOptions, notice: () => {} },
    );
    return { schema: value, cacheHit: true };
  } catch (error) {
    if (error !== CACHE_MISS) throw error;
  }
  const ts = await importTs();
  const { value, hit } = loadCached(key, () => buildSchemaFromTypings(version, { ts, sdkPackage }), cacheOptions);
  return { schema: value, cacheHit: hit };
}

/** What the typings schema of `version` depends on: builder format and package name@version. */
export function typingsFingerprint(version: TypingsVersion, packageRoot?: string): string {
  const sdkPackage = inspectSdkPackage(version, packageRoot);
  return `typings-format-${TYPINGS_FORMAT_VERSION}|${version}|${sdkPackage.name}@${sdkPackage.version}`;
}

async function importTs(): Promise<Ts> {
  // ts-morph is CommonJS: Node exposes `ts` as a named export through its static analysis;
  // the default export is the fallback if that analysis ever fails.
  const mod = (await import('ts-morph')) as unknown as { ts?: Ts; default?: { ts: Ts } };
  const ts = mod.ts ?? mod.default?.ts;
  if (!ts) throw new Error('ts-morph does not export the TypeScript compiler API (`ts`)');
  return ts;
}

import { csdlFingerprint, hashCsdlFile, loadCsdlSchema } from './load-csdl.js';
import { mergeSchemas } from './merge.js';
import { SchemaIndex } from './schema-index.js';
import type { ApiSchema, SchemaSource } from './schema.js';
import { type CacheOptions, loadCached } from './cache.js';

/**
 * Loads the metadata of one API version, once per run: the SDK typings (always: they carry the
 * SDK's own names), merged with the version's CSDL when one is configured (it adds the entity
 * container, operations and finer number kinds). Both come from the on-disk cache when their
 * inputs are unchanged.
 */
export interface LoadedMetadata {
  readonly index: SchemaIndex;
  readonly sources: readonly SchemaSource[];
  readonly cacheHits: number;
}

export const SUPPORTED_VERSIONS = ['v1.0', 'beta'] as const;

/** Bump when `mergeSchemas` changes what it produces. */
const MERGE_FORMAT_VERSION = 2; // 2: keyProperties
const MISS = Symbol('merged-cache-miss');

export async function loadMetadata(
  version: string,
  csdlFile: string | undefined,
  options: CacheOptions = {},
): Promise<LoadedMetadata> {
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
    // Per example, not a configuration error: a URL may name any version.
    throw new Error(`no metadata for API version '${version}' (supported: ${SUPPORTED_VERSIONS.join(', ')})`);
  }
  const typingsModule = await import('./typings/load.js');
  const typingsVersion = version as 'v1.0' | 'beta';
  if (!csdlFile) {
    const typings = await typingsModule.loadTypingsSchema(typingsVersion, options);
    const schema = mergeSchemas(typings.schema, null);
    return { index: new SchemaIndex(schema), sources: schema.sources, cacheHits: typings.cacheHit ? 1 : 0 };
  }
  // With a CSDL, the merged schema is cached too, keyed by both inputs: an unchanged run reads
  // one JSON file instead of two plus a merge.
  const key = {
    namespace: 'merged',
    fingerprint: `merged-format-${MERGE_FORMAT_VERSION}|${typingsModule.typingsFingerprint(typingsVersion)}|${csdlFingerprint(version, hashCsdlFile(csdlFile))}`,
  };
  try {
    const { value } = loadCached<ApiSchema>(
      key,
      () => {
        throw MISS;
      },
      { ...options, notice: () => {} },
    );
    return { index: new SchemaIndex(value), sources: value.sources, cacheHits: 1 };
  } catch (error) {
    if (error !== MISS) throw error;
  }
  const typings = await typingsModule.loadTypingsSchema(typingsVersion, options);
  const csdl = loadCsdlSchema(csdlFile, version, options).schema;
  const { value } = loadCached(key, () => mergeSchemas(typings.schema, csdl), options);
  return { index: new SchemaIndex(value), sources: value.sources, cacheHits: 0 };
}

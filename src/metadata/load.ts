import { loadCsdlSchema } from './load-csdl.js';
import { MetadataConfigError } from './errors.js';
import { mergeSchemas } from './merge.js';
import { SchemaIndex } from './schema-index.js';
import type { ApiSchema, SchemaSource } from './schema.js';
import type { CacheOptions } from './cache.js';

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

export async function loadMetadata(version: string, csdlFile: string | undefined, options: CacheOptions = {}): Promise<LoadedMetadata> {
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
    // Per example, not a configuration error: a URL may name any version.
    throw new Error(`no metadata for API version '${version}' (supported: ${SUPPORTED_VERSIONS.join(', ')})`);
  }
  const { loadTypingsSchema } = await import('./typings/load.js');
  const typings = await loadTypingsSchema(version as 'v1.0' | 'beta', options);
  let csdl: ApiSchema | null = null;
  let hits = typings.cacheHit ? 1 : 0;
  if (csdlFile) {
    const loaded = loadCsdlSchema(csdlFile, version, options);
    csdl = loaded.schema;
    if (loaded.cacheHit) hits++;
  }
  const schema = mergeSchemas(typings.schema, csdl);
  return { index: new SchemaIndex(schema), sources: schema.sources, cacheHits: hits };
}

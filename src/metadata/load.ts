import { schemaFingerprint } from './builder-identity.js';
import { csdlFingerprint, hashCsdlFile, loadCsdlSchema } from './load-csdl.js';
import { mergeSchemas } from './merge.js';
import { SchemaIndex } from './schema-index.js';
import type { SchemaSource } from './schema.js';
import { type CacheOptions, cacheFile, removeSupersededEntries, writeAtomically } from './cache.js';
import { metadataCacheBytes } from './prefetch.js';
import { PACKED_FORMAT, packSchema, unpackSchema } from './packed.js';

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
  // The merged schema is cached, keyed by both inputs and the code that builds it, in the packed
  // form: an unchanged run reads one file and parses only the types its examples use.
  const csdlHash = csdlFile ? hashCsdlFile(csdlFile, options) : null;
  const csdlPart = csdlHash ? csdlFingerprint(version, csdlHash) : 'no-csdl';
  const typingsSource = typingsModule.typingsSource(typingsVersion);
  const key = {
    namespace: 'merged',
    fingerprint: schemaFingerprint('merged', PACKED_FORMAT, typingsSource.fingerprint, csdlPart),
  };
  const file = cacheFile(key, options.dir);
  const cached = await metadataCacheBytes(file);
  const unpacked = cached === null ? null : unpackSchema(cached, key.fingerprint);
  if (unpacked) {
    return {
      index: new SchemaIndex(unpacked.schema, unpacked),
      sources: unpacked.schema.sources,
      cacheHits: 1,
    };
  }
  const typings = await typingsModule.loadTypingsSchema(typingsVersion, { ...options, source: typingsSource });
  const csdl =
    csdlFile && csdlHash ? loadCsdlSchema(csdlFile, version, { ...options, contentHash: csdlHash }).schema : null;
  const schema = mergeSchemas(typings.schema, csdl);
  writeAtomically(file, packSchema(schema, key.fingerprint));
  removeSupersededEntries(key, options.dir);
  return { index: new SchemaIndex(schema), sources: schema.sources, cacheHits: 0 };
}

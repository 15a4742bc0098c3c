import { readFileSync } from 'node:fs';
import { type CacheOptions, loadCached, sha256 } from './cache.js';
import { parseCsdl } from './csdl.js';
import { MetadataConfigError } from './errors.js';
import { fileSha256 } from './file-hash.js';
import type { ApiSchema } from './schema.js';

/** Part of the cache fingerprint: bump whenever `parseCsdl`'s output changes shape or content. */
export const CSDL_FORMAT_VERSION = 2; // 2: keyProperties

export function csdlFingerprint(version: string, contentHash: string): string {
  return `csdl-format-${CSDL_FORMAT_VERSION}|${version}|sha256:${contentHash}`;
}

/**
 * The content hash of a CSDL file, for cache keys (remembered by its stat data, see
 * file-hash.ts); a missing file is a configuration error.
 */
export function hashCsdlFile(file: string, options: CacheOptions = {}): string {
  try {
    return fileSha256(file, options.dir);
  } catch (error) {
    throw new MetadataConfigError(`cannot read CSDL file ${file}: ${(error as Error).message}`, { cause: error });
  }
}

function readCsdlFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new MetadataConfigError(`cannot read CSDL file ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Loads a CSDL file as an {@link ApiSchema}, through the on-disk cache keyed by the file's
 * content hash, so that an unchanged 4 MB file costs a read, a hash and one `JSON.parse`.
 */
export function loadCsdlSchema(
  file: string,
  version: string,
  options: CacheOptions = {},
): { schema: ApiSchema; cacheHit: boolean } {
  const bytes = readCsdlFile(file);
  const hash = sha256(bytes);
  const key = { namespace: 'csdl', fingerprint: csdlFingerprint(version, hash) };
  const { value, hit } = loadCached(
    key,
    () => {
      try {
        return parseCsdl(bytes.toString('utf8'), version, { kind: 'csdl', description: file, fingerprint: hash });
      } catch (error) {
        throw new MetadataConfigError(`invalid CSDL file ${file}: ${(error as Error).message}`, { cause: error });
      }
    },
    options,
  );
  // The same content may have been cached from another path: report the file actually read.
  const source = value.sources[0];
  const schema =
    source && source.description !== file ? { ...value, sources: [{ ...source, description: file }] } : value;
  return { schema, cacheHit: hit };
}

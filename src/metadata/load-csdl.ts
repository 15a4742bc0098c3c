import { readFileSync } from 'node:fs';
import { schemaFingerprint } from './builder-identity.js';
import { type CacheOptions, loadCached } from './cache.js';
import { parseCsdl } from './csdl.js';
import { MetadataConfigError } from './errors.js';
import { fileSha256 } from './file-hash.js';
import type { ApiSchema } from './schema.js';

/** What a cached CSDL schema depends on: the parser's code (builder-identity.ts) and the file's content. */
export function csdlFingerprint(version: string, contentHash: string): string {
  return schemaFingerprint('csdl', version, `sha256:${contentHash}`);
}

/**
 * The content hash of a CSDL file, for cache keys (remembered by its stat data, see
 * file-hash.ts); a missing file is a configuration error.
 */
export function hashCsdlFile(file: string, options: CacheOptions = {}): string {
  return readingCsdl(file, () => fileSha256(file, options.dir));
}

/** `read()`, with a failure to read `file` turned into a configuration error. */
function readingCsdl<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new MetadataConfigError(`cannot read CSDL file ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Loads a CSDL file as an {@link ApiSchema}, through the on-disk cache keyed by the file's
 * content hash (remembered by stat data), so that an unchanged 4 MB file costs a `stat`, the
 * parse of the file-hash memo and one `JSON.parse` of the cached schema.
 */
export function loadCsdlSchema(
  file: string,
  version: string,
  options: CacheOptions & { readonly contentHash?: string } = {},
): { schema: ApiSchema; cacheHit: boolean } {
  // The hash is remembered by the file's stat data: the file is read only when it must be parsed.
  // A caller that has it already passes it (`contentHash`).
  const hash = options.contentHash ?? hashCsdlFile(file, options);
  const key = { namespace: 'csdl', fingerprint: csdlFingerprint(version, hash) };
  const { value, hit } = loadCached(
    key,
    () => {
      const text = readingCsdl(file, () => readFileSync(file, 'utf8'));
      try {
        return parseCsdl(text, version, { kind: 'csdl', description: file, fingerprint: hash });
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

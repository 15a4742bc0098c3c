import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SUPERSEDED_KEPT_MS,
  asciiJson,
  readCacheText,
  readCached,
  removeSupersededEntries,
  writeCached,
} from '../../src/metadata/cache.js';

/** The cache's text files: written as ASCII JSON, read by the fast path when ASCII. */
describe('asciiJson and readCacheText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes every non-ASCII character and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const json of [JSON.stringify(value), JSON.stringify(text)]) {
          const ascii = asciiJson(json);
          expect(/^[\x00-\x7f]*$/.test(ascii)).toBe(true);
          expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
        }
      }),
    );
    expect(asciiJson('"ü😀\u2028"')).toBe('"\\u00fc\\ud83d\\ude00\\u2028"');
    expect(asciiJson('{"a":"plain"}')).toBe('{"a":"plain"}');
  });

  it('reads an ASCII file and a UTF-8 file (not ASCII) as the text written', () => {
    const texts = ['{"plain":"ascii"}\n', '{"über":"日本 😀"}\n', ''];
    texts.forEach((text, k) => {
      const file = join(dir, `f${k}.json`);
      writeFileSync(file, text);
      expect(readCacheText(file)).toBe(text);
      expect(readCacheText(file)).toBe(readFileSync(file, 'utf8'));
    });
  });

  it('is null for a file that cannot be read', () => {
    expect(readCacheText(join(dir, 'missing.json'))).toBeNull();
    expect(readCacheText(dir)).toBeNull();
  });
});

/**
 * Entries built by other code than the current builders (src/metadata/builder-identity.ts) are
 * removed a day after they were written, when an entry is written; nothing else is.
 */
describe('removeSupersededEntries', () => {
  const root = mkdtempSync(join(tmpdir(), 'cache-superseded-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** Each test's own cache folder. */
  let dir = root;
  beforeEach(() => {
    dir = mkdtempSync(join(root, 'case-'));
  });
  const now = Date.now();
  const dayAndMore = (SUPERSEDED_KEPT_MS + 60_000) / 1000;
  const key = { namespace: 'typings', fingerprint: 'typings|aaaaaaaaaaaaaaaa|v1.0|@microsoft/msgraph-sdk@1.0.0' };

  /** A cache file whose content starts as `head`, written `ageSeconds` ago. */
  function entry(name: string, head: string, ageSeconds: number): string {
    const file = join(dir, name);
    writeFileSync(file, `${head}"value":{}}`);
    const at = now / 1000 - ageSeconds;
    utimesSync(file, at, at);
    return file;
  }

  it('removes old entries of the namespace with another builder, legacy and unreadable ones; keeps the rest', () => {
    const otherBuilder = entry('typings-1.json', '{"fingerprint":"typings|bbbbbbbbbbbbbbbb|v1.0|x@1",', dayAndMore);
    const legacy = entry('typings-2.json', '{"fingerprint":"typings-format-4|v1.0|x@1",', dayAndMore);
    const noFingerprint = entry('typings-3.json', '{"broken', dayAndMore);
    const recentOther = entry('typings-4.json', '{"fingerprint":"typings|cccccccccccccccc|v1.0|x@1",', 60);
    const currentOld = entry('typings-5.json', '{"fingerprint":"typings|aaaaaaaaaaaaaaaa|beta|y@2",', dayAndMore);
    const otherNamespace = entry(
      'merged-6.json',
      '{"format":"p","fingerprint":"merged|dddddddddddddddd|",',
      dayAndMore,
    );
    const notAnEntry = entry('file-hashes.json', '{"x":1,', dayAndMore);

    const removed = removeSupersededEntries(key, dir, now);
    expect(removed.sort()).toEqual([otherBuilder, legacy, noFingerprint].sort());
    for (const kept of [recentOther, currentOld, otherNamespace, notAnEntry]) expect(existsSync(kept)).toBe(true);
    for (const gone of removed) expect(existsSync(gone)).toBe(false);
  });

  it('reads a packed entry, whose fingerprint is its second field', () => {
    const packedKey = { namespace: 'merged', fingerprint: 'merged|eeeeeeeeeeeeeeee|packed-schema-3|typings|…' };
    const current = entry(
      'merged-7.json',
      '{"format":"packed-schema-3","fingerprint":"merged|eeeeeeeeeeeeeeee|x",',
      dayAndMore,
    );
    const other = entry(
      'merged-8.json',
      '{"format":"packed-schema-3","fingerprint":"merged|ffffffffffffffff|x",',
      dayAndMore,
    );
    expect(removeSupersededEntries(packedKey, dir, now)).toEqual([other]);
    expect(existsSync(current)).toBe(true);
  });

  it('runs when an entry is written (writeCached)', () => {
    const old = entry('csdl-9.json', '{"fingerprint":"csdl|1111111111111111|v1.0|sha256:00",', dayAndMore);
    const csdlKey = { namespace: 'csdl', fingerprint: 'csdl|2222222222222222|v1.0|sha256:00' };
    writeCached(csdlKey, { a: 1 }, { dir });
    expect(existsSync(old)).toBe(false);
    expect(readCached(csdlKey, { dir })).toEqual({ value: { a: 1 } });
  });

  it('is a no-op for a folder that does not exist', () => {
    expect(removeSupersededEntries(key, join(dir, 'missing'), now)).toEqual([]);
  });
});

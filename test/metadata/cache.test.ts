import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiJson, readCacheText } from '../../src/metadata/cache.js';

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

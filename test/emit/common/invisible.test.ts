import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csString } from '../../../src/emit/csharp/literals.js';
import { pyString } from '../../../src/emit/python/literals.js';
import { tsString } from '../../../src/emit/typescript/literals.js';
import { decodeCsharpString } from '../csharp/parser.js';
import { PYTHON, decodeLiterals } from '../python/python.js';

/**
 * The three languages escape the same characters: whatever would be invisible on screen or
 * reorder the line (controls, format characters including the astral tag characters, line
 * and paragraph separators, U+FFFE/U+FFFF) never reaches a snippet raw, and the literal still
 * holds exactly the original string.
 */
const INVISIBLE_RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFE\uFFFF]/u;

const LANGUAGES: [string, (value: string) => string][] = [
  ['C#', (v) => csString(v)],
  ['TypeScript', (v) => tsString(v)],
  ['Python', (v) => pyString(v)],
];

const piece = fc.oneof(
  fc.constantFrom('\uFFFE', '\uFFFF', '\u{E0001}', '\u{E0041}', '\u{E007F}', '\u202E', '\u2066', '\u200B'),
  fc.constantFrom('😀', '日本', 'ü', 'a', ' ', '"', '\\', '\n'),
  fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? 'x' : String.fromCodePoint(c))),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('invisible characters, the same in every language', () => {
  for (const [language, literal] of LANGUAGES) {
    it(`${language}: none is written raw; emoji and letters are`, () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(literal(value)).not.toMatch(INVISIBLE_RAW);
        }),
        { numRuns: 3000 },
      );
      expect(literal('😀 日本 ü')).toContain('😀 日本 ü');
    });
  }

  it('C# and TypeScript write an invisible astral character as its two escaped halves', () => {
    expect(csString('a\u{E0041}b')).toBe('"a\\uDB40\\uDC41b"');
    expect(tsString('a\u{E0041}b')).toBe('"a\\uDB40\\uDC41b"');
    expect(decodeCsharpString(csString('a\u{E0041}b'))).toBe('a\u{E0041}b');
    expect(new Function(`return ${tsString('a\u{E0041}\uFFFEb')};`)()).toBe('a\u{E0041}\uFFFEb');
  });

  it('Python escapes the non-characters U+FFFE and U+FFFF', () => {
    expect(pyString('\uFFFE\uFFFF')).toBe('"\\ufffe\\uffff"');
    expect(pyString('a\u{E0041}')).toBe('"a\\U000e0041"');
  });

  it.skipIf(!PYTHON)('Python reads the escaped literals back as the original strings', () => {
    const values = ['\uFFFE\uFFFF', 'a\u{E0041}b', '\u202E😀'];
    expect(decodeLiterals(values.map((v) => pyString(v)))).toEqual(values.map((value) => ({ ok: true, value })));
  });
});

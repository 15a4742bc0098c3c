import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paddedBase64, pyFloat, pyInteger, pyNumber, pyString } from '../../../src/emit/python/literals.js';
import { PYTHON, decodeLiterals } from './python.js';

describe('pyString', () => {
  it('quotes plain text as is', () => {
    expect(pyString('Users from connected organizations')).toBe('"Users from connected organizations"');
    expect(pyString('user-id', "'")).toBe("'user-id'");
    expect(pyString('')).toBe('""');
  });

  it('escapes quotes, backslashes and line breaks', () => {
    expect(pyString('say "hi"')).toBe('"say \\"hi\\""');
    expect(pyString("it's", "'")).toBe("'it\\'s'");
    expect(pyString("it's")).toBe('"it\'s"');
    expect(pyString('a\\b')).toBe('"a\\\\b"');
    expect(pyString('a\nb\r\tc')).toBe('"a\\nb\\r\\tc"');
  });

  it('escapes controls, invisible format characters and lone surrogates', () => {
    expect(pyString('\0')).toBe('"\\x00"');
    expect(pyString('\x7f\x85')).toBe('"\\x7f\\x85"');
    expect(pyString('\u200f\u202e\u2066')).toBe('"\\u200f\\u202e\\u2066"');
    expect(pyString('\u2028\u2029\ufeff')).toBe('"\\u2028\\u2029\\ufeff"');
    expect(pyString('\ud800x')).toBe('"\\ud800x"');
    expect(pyString('x\udfff')).toBe('"x\\udfff"');
    expect(pyString('\u{e0041}')).toBe('"\\U000e0041"');
  });

  it('keeps printable non-ASCII and emoji as they are', () => {
    expect(pyString('café 😀 日本')).toBe('"café 😀 日本"');
  });

  it('leaves template-like text alone: Python plain strings do not interpolate', () => {
    expect(pyString('${x} #{y} {{z}} */ """')).toBe('"${x} #{y} {{z}} */ \\"\\"\\""');
  });

  it.skipIf(!PYTHON)('round-trips special strings through Python’s parser', () => {
    const samples = [
      '',
      'plain',
      '"""',
      "'''",
      '\\',
      '\\n',
      '\n\r\t\0\x01\x1f\x7f',
      '\u0085\u00ad',
      '\ud800',
      '\udc00',
      'a\ud83d',
      '\ud83d\ude00',
      '\u202e\u200f\u2028\u2029\ufeff',
      '${a}#{b}{{c}}*/',
      '\\N{DASH}',
      '\\x41\\u0041',
    ];
    const literals = samples.flatMap((s) => [pyString(s), pyString(s, "'")]);
    const decoded = decodeLiterals(literals);
    decoded.forEach((d, i) => {
      expect(d, literals[i]).toEqual({ ok: true, value: samples[Math.floor(i / 2)] });
    });
  });

  it.skipIf(!PYTHON)('round-trips any string (property test)', () => {
    const strings = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({
          unit: fc.constantFrom(
            '"',
            "'",
            '\\',
            '\n',
            '\r',
            '{',
            '}',
            '$',
            '#',
            '*',
            '/',
            'a',
            '\ud800',
            '\udfff',
            '\u202e',
          ),
          maxLength: 20,
        }),
        fc.string({ unit: 'grapheme', maxLength: 10 }),
      ),
      { numRuns: 600, seed: 42 },
    );
    const literals = strings.flatMap((s) => [pyString(s), pyString(s, "'")]);
    const decoded = decodeLiterals(literals);
    decoded.forEach((d, i) => {
      expect(d, literals[i]).toEqual({ ok: true, value: strings[Math.floor(i / 2)] });
    });
  });

  it('always produces a single line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const lit = pyString(s);
        return !/[\n\r\u2028\u2029\u0085\v\f\x1c-\x1e]/.test(lit);
      }),
    );
  });
});

describe('numbers', () => {
  it('keeps JSON number tokens and rejects anything else', () => {
    expect(pyNumber('5')).toBe('5');
    expect(pyNumber('-1.5e10')).toBe('-1.5e10');
    expect(pyNumber('1E5')).toBe('1E5');
    expect(pyNumber('05')).toBeNull();
    expect(pyNumber('1_000')).toBeNull();
    expect(pyNumber('5)]; import os')).toBeNull();
  });

  it('prints integral values of integer fields as integers', () => {
    expect(pyInteger('11520')).toBe('11520');
    expect(pyInteger('9007199254740993')).toBe('9007199254740993');
    expect(pyInteger('1.0')).toBe('1');
    expect(pyInteger('1e3')).toBe('1000');
    expect(pyInteger('1.5')).toBe('1.5');
    expect(pyInteger('abc')).toBeNull();
  });

  it('spells the OData non-finite floats', () => {
    expect(pyFloat('2.5')).toBe('2.5');
    expect(pyFloat('NaN')).toBe('float("nan")');
    expect(pyFloat('INF')).toBe('float("inf")');
    expect(pyFloat('-INF')).toBe('float("-inf")');
    expect(pyFloat('many')).toBeNull();
  });
});

describe('paddedBase64', () => {
  it('adds the padding Python’s decoder needs', () => {
    expect(paddedBase64('R0lGODdhEAYEAA7')).toBe('R0lGODdhEAYEAA7=');
    expect(paddedBase64('YWI')).toBe('YWI=');
    expect(paddedBase64('YQ')).toBe('YQ==');
    expect(paddedBase64('YWJj')).toBe('YWJj');
    expect(paddedBase64('YQ==')).toBe('YQ==');
    expect(paddedBase64('')).toBe('');
  });
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { csNumber, csPrimitive, csString, csStringArray, untypedNumber } from '../../../src/emit/csharp/literals.js';
import { EmitError } from '../../../src/emit/types.js';
import { csharpParser, decodeCsharpString, nodesOfType, syntaxError } from './parser.js';

describe('csString', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\path', '"C:\\\\path"'],
    ['a\nb\r\tc\0', '"a\\nb\\r\\tc\\0"'],
    ['\u0001\u001f\u007f\u0085', '"\\u0001\\u001F\\u007F\\u0085"'],
    ['line\u2028sep\u2029', '"line\\u2028sep\\u2029"'],
    ['rtl\u200f\u202eoverride\ufeff', '"rtl\\u200F\\u202Eoverride\\uFEFF"'],
    ['lone \ud800 high', '"lone \\uD800 high"'],
    ['lone \udc00 low', '"lone \\uDC00 low"'],
    ['emoji 😀 and é, 日本', '"emoji 😀 and é, 日本"'],
    ['${x} #{y} {{z}} */ """', '"${x} #{y} {{z}} */ \\"\\"\\""'],
  ])('%j → %s', (value, literal) => {
    expect(csString(value)).toBe(literal);
  });

  it('writes query arrays the way the reference does', () => {
    expect(csStringArray(['a', 'b"c'])).toBe('new string []{ "a","b\\"c" }');
  });
});

describe('csString round-trips through the C# grammar', () => {
  let parser: Parser;
  beforeAll(async () => {
    parser = await csharpParser();
  });

  // Any UTF-16 code unit (lone surrogates included), plus the sequences other languages treat
  // specially, emoji and bidirectional marks.
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '${',
        '#{',
        '{{',
        '}}',
        '*/',
        '/*',
        '"""',
        '\\u0041',
        '\\',
        '"',
        '😀',
        '\u200f',
        '\u202e',
        '\r\n',
        '\u2028',
        '\u0085',
        '\0',
      ),
    },
  );
  const text = fc.array(unit, { maxLength: 24 }).map((parts) => parts.join(''));

  it('decodes to exactly the original string, as one literal token', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = csString(value);
        const code = `var s = ${literal};`;
        expect(syntaxError(parser, code)).toBeNull();
        const literals = nodesOfType(parser, code, 'string_literal');
        expect(literals.map((l) => l.text)).toEqual([literal]);
        expect(decodeCsharpString(literal)).toBe(value);
      }),
      { numRuns: 600 },
    );
  });

  it('never leaves a raw line terminator, control character or lone surrogate in the code', () => {
    fc.assert(
      fc.property(text, (value) => {
        const literal = csString(value);
        // eslint-disable-next-line no-control-regex
        expect(literal).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(literal).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('csPrimitive', () => {
  const p = (primitive: Parameters<typeof csPrimitive>[0]['primitive'], value: string): string =>
    csPrimitive({ kind: 'primitive', primitive, value });

  it.each([
    ['string', 'x', '"x"'],
    ['boolean', 'true', 'true'],
    ['boolean', 'false', 'false'],
    ['byte', '255', '255'],
    ['sbyte', '-1', '-1'],
    ['int16', '7', '7'],
    ['int32', '-2147483648', '-2147483648'],
    ['int64', '5', '5L'],
    ['single', '1.5', '1.5f'],
    ['double', '1.5', '1.5d'],
    ['double', '2E-3', '2E-3d'],
    ['decimal', '1.5', '1.5m'],
    ['dateTimeOffset', '2020-04-01T07:59:59.998Z', 'DateTimeOffset.Parse("2020-04-01T07:59:59.998Z")'],
    ['date', '2020-04-01', 'new Date(DateTime.Parse("2020-04-01"))'],
    ['timeOfDay', '08:00:00', 'new Time(DateTime.Parse("08:00:00"))'],
    ['duration', 'PT1H', 'System.Xml.XmlConvert.ToTimeSpan("PT1H")'],
    ['guid', '5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11', 'Guid.Parse("5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11")'],
    ['binary', 'SGVsbG8=', 'Convert.FromBase64String("SGVsbG8=")'],
    ['binary', 'SGVsbG8-_w', 'Convert.FromBase64String("SGVsbG8+/w==")'],
  ] as const)('%s %s → %s', (primitive, value, literal) => {
    expect(p(primitive, value)).toBe(literal);
  });

  it('refuses literals a C# compiler rejects (CS0594)', () => {
    expect(() => p('single', '1e39')).toThrow(EmitError);
    expect(() => p('decimal', '1e29')).toThrow(EmitError);
    expect(() => p('double', '1e999')).toThrow(EmitError);
  });
});

describe('numbers without a schema', () => {
  it.each([
    ['5', '5'],
    ['-2147483648', '-2147483648'],
    ['2147483648', '2147483648L'],
    ['-9223372036854775808', '-9223372036854775808L'],
    ['9223372036854775808', '9223372036854775808d'],
    ['1.25', '1.25'],
    ['1e5', '1e5'],
  ])('additional data %s → %s', (token, literal) => {
    expect(csNumber(token)).toBe(literal);
  });

  it.each([
    ['5', 'UntypedInteger', '5'],
    ['3000000000', 'UntypedLong', '3000000000L'],
    ['99999999999999999999', 'UntypedDouble', '99999999999999999999d'],
    ['0.5', 'UntypedDouble', '0.5'],
  ])('untyped %s → new %s(%s)', (token, className, literal) => {
    expect(untypedNumber(token)).toEqual({ className, literal });
  });
});

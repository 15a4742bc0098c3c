import { doubleQuotedString } from '../common/string-literal.js';
import type { PrimitiveNode } from '../../ast/types.js';
import { EmitError } from '../types.js';

/**
 * C# literals. {@link csString} is the one escaping function for every string that reaches a
 * snippet (values, dictionary keys, headers, query values, key placeholders, URLs).
 */

/**
 * A regular C# string literal holding exactly `value` (UTF-16 code units): `"`, `\`, the usual
 * control escapes, `\0`, `\uXXXX` for other controls, line terminators (U+0085, U+2028,
 * U+2029 are not allowed raw in a regular literal), invisible characters and unpaired
 * surrogates. Other non-ASCII text (accents, CJK, emoji as surrogate pairs) stays readable.
 * `{`, `$` and `#` need nothing: a regular literal does not interpolate.
 */
export function csString(value: string): string {
  return doubleQuotedString(value, '\\0');
}

/** `new string []{ "a","b" }`: the reference's spelling of a `string[]` query value. */
export function csStringArray(items: readonly string[]): string {
  return `new string []{ ${items.map(csString).join(',')} }`;
}

const INTEGER = /^-?\d+$/;
const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;
const INT64_MIN = -9223372036854775808n;
const INT64_MAX = 9223372036854775807n;

/** Largest finite `float` and `decimal` magnitudes: a literal beyond them does not compile (CS0594). */
const FLOAT_MAX = 3.4028234663852886e38;
const DECIMAL_MAX = 7.922816251426434e28;

function checkedReal(token: string, max: number, what: string): string {
  const n = Math.abs(Number(token));
  if (!Number.isFinite(n) || n > max) throw new EmitError(`${token} is outside the range of a C# ${what}`);
  return token;
}

/**
 * A number token as written in the JSON (precision kept) as an untyped C# value for additional
 * data: `int` when it fits, else `long` (`5000000000L`), else `double` (`1.5`, `1e5`,
 * `12345678901234567890d`). Kiota's JSON writer writes each back as the same number.
 */
export function csNumber(token: string): string {
  return untypedNumber(token).literal;
}

/** Which `Untyped*` class holds a number token exactly: `UntypedInteger`, `UntypedLong` or `UntypedDouble`. */
export function untypedNumber(token: string): { readonly className: string; readonly literal: string } {
  if (INTEGER.test(token)) {
    const n = BigInt(token);
    if (n >= INT32_MIN && n <= INT32_MAX) return { className: 'UntypedInteger', literal: token };
    if (n >= INT64_MIN && n <= INT64_MAX) return { className: 'UntypedLong', literal: `${token}L` };
    return { className: 'UntypedDouble', literal: `${checkedReal(token, Number.MAX_VALUE, 'double')}d` };
  }
  return { className: 'UntypedDouble', literal: checkedReal(token, Number.MAX_VALUE, 'double') };
}

/** Base64url (`-`, `_`, no padding) as the standard base64 `Convert.FromBase64String` accepts. */
function standardBase64(text: string): string {
  const std = text.replace(/-/g, '+').replace(/_/g, '/');
  return std.length % 4 === 0 ? std : std + '='.repeat(4 - (std.length % 4));
}

/**
 * A typed primitive as the C# expression of its SDK type (sdk-conventions.md §6 table):
 * `5L`, `1.5d`, `1.5f`, `1.5m`, `DateTimeOffset.Parse("…")`, `new Date(DateTime.Parse("…"))`,
 * `new Time(DateTime.Parse("…"))`, `Guid.Parse("…")`, `Convert.FromBase64String("…")`.
 * Durations use `System.Xml.XmlConvert.ToTimeSpan`, which reads ISO 8601 (`PT1H`);
 * `TimeSpan.Parse` compiles but throws on that text at run time.
 */
export function csPrimitive(node: PrimitiveNode): string {
  const v = node.value;
  switch (node.primitive) {
    case 'string':
      return csString(v);
    case 'boolean':
      return v === 'true' ? 'true' : 'false';
    case 'byte':
    case 'sbyte':
    case 'int16':
    case 'int32':
      return v;
    case 'int64':
      return `${v}L`;
    case 'single':
      return `${checkedReal(v, FLOAT_MAX, 'float')}f`;
    case 'double':
      return `${checkedReal(v, Number.MAX_VALUE, 'double')}d`;
    case 'decimal':
      return `${checkedReal(v, DECIMAL_MAX, 'decimal')}m`;
    case 'dateTimeOffset':
      return `DateTimeOffset.Parse(${csString(v)})`;
    case 'date':
      return `new Date(DateTime.Parse(${csString(v)}))`;
    case 'timeOfDay':
      return `new Time(DateTime.Parse(${csString(v)}))`;
    case 'duration':
      return `System.Xml.XmlConvert.ToTimeSpan(${csString(v)})`;
    case 'guid':
      return `Guid.Parse(${csString(v)})`;
    case 'binary':
      return `Convert.FromBase64String(${csString(standardBase64(v))})`;
  }
}

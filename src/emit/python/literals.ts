/**
 * Python literal text. {@link pyString} is the one escaping function: every string that reaches
 * the code (values, dictionary keys, headers, query values, placeholders) goes through it, so
 * any string round-trips exactly through Python's parser.
 */
import { isInvisible } from '../common/invisible.js';

/** Text that needs no escaping in double quotes (printable ASCII without `"` or backslash). */
const PLAIN_IN_DOUBLE_QUOTES = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** Text that needs no escaping in single quotes (printable ASCII without `'` or backslash). */
const PLAIN_IN_SINGLE_QUOTES = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/**
 * Characters printed as escapes even though Python would accept them raw: the invisible ones
 * every emitter escapes ({@link isInvisible}: controls, format characters, line and paragraph
 * separators, U+FFFE/U+FFFF) and any lone surrogate half (not encodable in a UTF-8 file).
 */
function needsEscape(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || isInvisible(code);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function escapeCodePoint(code: number): string {
  if (code <= 0xff) return `\\x${hex(code, 2)}`;
  if (code <= 0xffff) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

/**
 * A Python string literal for any JavaScript string, in double quotes by default (single quotes
 * for the request-builder key placeholders, as the SDK docs write them). Escapes `\`, the quote,
 * `\n` `\r` `\t`, every other control or invisible format character as `\xNN`/`\uNNNN`/
 * `\UNNNNNNNN`, and unpaired surrogates as `\uDXXX` (Python strings may hold them). Other
 * characters, emoji included, are written as they are.
 */
export function pyString(value: string, quote: '"' | "'" = '"'): string {
  if ((quote === '"' ? PLAIN_IN_DOUBLE_QUOTES : PLAIN_IN_SINGLE_QUOTES).test(value)) return quote + value + quote;
  let out = quote;
  // Iterating by code point keeps valid surrogate pairs together; a lone half comes out alone.
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f && code !== 0x5c && ch !== quote) out += ch;
    else if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (needsEscape(code)) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}

/** A JSON number token; also a valid Python literal as written (JSON forbids leading zeros). */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const JSON_INTEGER = /^-?(?:0|[1-9]\d*)$/;

/** The Python form of a JSON number token, or `null` when the text is not a number. */
export function pyNumber(token: string): string | null {
  return JSON_NUMBER.test(token) ? token : null;
}

/**
 * An integer literal for an integer-typed field. Kiota's `write_int_value` silently drops a
 * float, so an integral token written as `1.0` or `1e3` is printed as `1`/`1000`; anything else
 * that is a number stays as written, anything that is not gives `null`.
 */
export function pyInteger(token: string): string | null {
  if (JSON_INTEGER.test(token)) return token;
  if (!JSON_NUMBER.test(token)) return null;
  const n = Number(token);
  return Number.isSafeInteger(n) ? String(n) : token;
}

/**
 * A float literal for a floating-point field: the number as written, or the OData spellings of
 * the non-finite values (`NaN`, `INF`, `-INF`), which JSON carries as strings.
 */
export function pyFloat(token: string): string | null {
  if (JSON_NUMBER.test(token)) return token;
  switch (token) {
    case 'NaN':
      return 'float("nan")';
    case 'INF':
      return 'float("inf")';
    case '-INF':
      return 'float("-inf")';
    default:
      return null;
  }
}

export function pyBoolean(value: boolean): string {
  return value ? 'True' : 'False';
}

/** `True`/`False` for the JSON tokens, `null` for any other text. */
export function pyBooleanToken(token: string): string | null {
  if (token === 'true') return 'True';
  if (token === 'false') return 'False';
  return null;
}

export const PY_NONE = 'None';

/** Characters Python's base64 decoders count as data once `-`/`_` are mapped to `+`/`/`. */
const BASE64_DATA = /[A-Za-z0-9+/_-]/g;

/**
 * The base64 text of an `Edm.Binary` value, padded with `=` when the example left the padding
 * out: Python's decoder rejects unpadded text ("Incorrect padding") where the service and other
 * SDKs accept it. The decoded bytes are those the example means.
 */
export function paddedBase64(text: string): string {
  if (text.includes('=')) return text;
  const data = text.match(BASE64_DATA)?.length ?? 0;
  const rest = data % 4;
  return rest === 2 || rest === 3 ? text + '='.repeat(4 - rest) : text;
}

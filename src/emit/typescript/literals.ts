/**
 * TypeScript literal text. Every string that reaches a snippet (values, keys, header names and
 * values, query values, placeholders, URLs) goes through {@link tsString}, so any string
 * round-trips exactly through the TypeScript parser.
 */

import { doubleQuotedString } from '../common/string-literal.js';

/**
 * A double-quoted TypeScript string literal for `value`. Escapes quotes, backslashes, all
 * control characters (`\0` is written `\u0000` so a following digit cannot turn it into an
 * octal escape), invisible/bidirectional characters and unpaired surrogates. Paired
 * surrogates (emoji) and other non-ASCII text stay as they are. `${` needs nothing in a
 * double-quoted string.
 */
export function tsString(value: string): string {
  return doubleQuotedString(value, '\\u0000');
}

/**
 * An object-literal key for a wire name kept exactly (additional data, untyped objects,
 * headers). Always quoted, as the reference prints them; `__proto__` is written as a computed
 * key because a plain `"__proto__" :` sets the prototype instead of creating a property.
 */
export function tsQuotedKey(key: string): string {
  return key === '__proto__' ? `[${tsString(key)}]` : tsString(key);
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * A number token as written in the JSON body (precision kept). A value that is not a JSON
 * number (a placeholder such as `{count}` where the schema expects a number) is kept as a
 * string so the reader sees it, at the cost of a type error.
 */
export function tsNumber(token: string): string {
  return JSON_NUMBER.test(token) ? token : tsString(token);
}

export function tsBoolean(token: string): string {
  return token === 'true' || token === 'false' ? token : tsString(token);
}

const BASE64URL_ONLY = /^[A-Za-z0-9_-]+=*$/;
const BASE64URL_CHARS = /[-_]/;
const MINUS = /-/g;
const UNDERSCORE = /_/g;

/**
 * `Edm.Binary` → the SDK's `ArrayBuffer` (sdk-conventions.md §6): decode the base64 text at
 * run time. `atob` accepts only the standard alphabet, so base64url text (`-`, `_`) is
 * translated to it first; the bytes are the same.
 */
export function tsBinary(base64: string): string {
  const text =
    BASE64URL_ONLY.test(base64) && BASE64URL_CHARS.test(base64)
      ? base64.replace(MINUS, '+').replace(UNDERSCORE, '/')
      : base64;
  return `Uint8Array.from(atob(${tsString(text)}), c => c.charCodeAt(0)).buffer`;
}

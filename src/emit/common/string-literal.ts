import { isInvisible } from './invisible.js';

/** Printable ASCII without `"` and `\`: the common case needs no escaping at all. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

const HEX = '0123456789ABCDEF';

function unicodeEscape(code: number): string {
  return `\\u${HEX[(code >> 12) & 15]}${HEX[(code >> 8) & 15]}${HEX[(code >> 4) & 15]}${HEX[code & 15]}`;
}

/**
 * A double-quoted string literal in the escape syntax C# and TypeScript share, holding exactly
 * `value` (UTF-16 code units): `\"`, `\\`, `\n`, `\r`, `\t`, `nul` (the language's spelling of
 * U+0000), and `\uXXXX` for every other control, invisible character ({@link isInvisible}) and
 * unpaired surrogate (which cannot be encoded in UTF-8, so it would not survive being written
 * to a file); an invisible astral character as its two `\uXXXX` halves. Paired surrogates
 * (emoji) and other non-ASCII text stay readable.
 */
export function doubleQuotedString(value: string, nul: string): string {
  if (PLAIN.test(value)) return `"${value}"`;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    switch (code) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += '\\\\';
        continue;
      case 0x0a:
        out += '\\n';
        continue;
      case 0x0d:
        out += '\\r';
        continue;
      case 0x09:
        out += '\\t';
        continue;
      case 0x00:
        out += nul;
        continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair stays readable (emoji), unless it is an invisible astral character (tags).
        const pair = isInvisible(0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00));
        out += pair ? unicodeEscape(code) + unicodeEscape(next) : value[i]! + value[i + 1]!;
        i++;
      } else {
        out += unicodeEscape(code);
      }
      continue;
    }
    out += (code >= 0xdc00 && code <= 0xdfff) || isInvisible(code) ? unicodeEscape(code) : value[i]!;
  }
  return `${out}"`;
}

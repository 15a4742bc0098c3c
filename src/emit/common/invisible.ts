/**
 * Characters every emitter writes as an escape although its language accepts them raw:
 * controls (C0, DEL, C1), format characters (bidirectional overrides and marks, zero-width
 * characters, the BOM, tags), line and paragraph separators, and the non-characters U+FFFE and
 * U+FFFF. Raw, they are invisible or reorder the line on screen ("Trojan Source"), so the code
 * would not read as what it does. Lone surrogates are the callers' concern (each language
 * escapes them its own way).
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFE\uFFFF]$/u;

/**
 * Whether the code point `code` (not a surrogate half) must be written as an escape. Astral
 * code points count too: the tag characters U+E0001–U+E007F are invisible format characters.
 */
export function isInvisible(code: number): boolean {
  if (code < 0x7f) return code < 0x20;
  return INVISIBLE.test(String.fromCodePoint(code));
}

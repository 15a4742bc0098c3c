import { NINE, ZERO } from './char-codes.js';

/**
 * Character tests and scans on UTF-16 code units, shared by the page extraction (docs/) and the
 * request parser (http/): they scan by offsets instead of making a string per line.
 */

/** The characters `String.prototype.trim` removes. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The value of a hexadecimal digit (either case), or -1 for any other character. */
export function hexDigitValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Space or tab: what separates the method, URL and HTTP version, and indents a fence. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** First index in [from, to) that is not a space or tab, or `to` (columns count characters). */
export function skipBlanks(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isBlank(text.charCodeAt(k))) k++;
  return k;
}

/** First index in [from, to) that is not whitespace (as `trimStart` sees it), or `to`. */
export function skipWhitespace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isJsWhitespace(text.charCodeAt(k))) k++;
  return k;
}

/** One past the last index in [from, to) that is not whitespace (as `trimEnd` sees it), or `from`. */
export function trimWhitespaceEnd(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && isJsWhitespace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** End of the line holding `at`: the next `\n` from `at`, or the end of the text (the next line starts one after). */
export function lineEndAt(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

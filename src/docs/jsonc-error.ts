import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';

/**
 * "comma expected at 'x'" style text for a jsonc-parser error code at an offset of `text`. Used
 * for annotations (jsonc-parser) and bodies (`parseJsonTree`, which uses the same codes).
 */
export function describeJsoncError(error: { readonly error: number; readonly offset: number }, text: string): string {
  const words = printParseErrorCode(error.error as ParseErrorCode)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  if (error.offset >= text.length) return `${words}: unexpected end of input`;
  let k = error.offset;
  while (k < text.length && k - error.offset < 20 && !/\s/.test(text[k]!)) k++;
  const near = text.slice(error.offset, Math.max(k, error.offset + 1));
  // Invisible characters (no-break space, zero-width…) are named, not printed.
  const shown = /^[\s\u200b-\u200f\ufeff]$/.test(near)
    ? `U+${near.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    : `'${near}'`;
  return `${words} at ${shown}`;
}

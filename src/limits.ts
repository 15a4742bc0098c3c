import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  DOUBLE_QUOTE,
  LF,
  OPEN_BRACE,
  OPEN_BRACKET,
  SLASH,
  STAR,
} from './char-codes.js';
import { lineEndAt } from './text-scan.js';

/**
 * Input limits, shared by extraction (annotation JSON) and HTTP parsing (bodies). They keep any
 * input from exhausting the stack or memory: jsonc-parser and the emitters' template partials
 * recurse once per nesting level. Real Graph examples nest fewer than 15 levels.
 */
export const MAX_JSON_DEPTH = 100;

/** Offset of the first `{`/`[` that opens level `max + 1`, or -1. Skips strings and comments. */
export function findExcessDepth(text: string, max: number): number {
  // Opening level `max + 1` takes at least `max + 1` characters.
  if (text.length <= max) return -1;
  let depth = 0;
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === DOUBLE_QUOTE) {
      // string: skip to the closing quote, honouring escapes; a newline ends a broken string.
      for (k++; k < n; k++) {
        const d = text.charCodeAt(k);
        if (d === BACKSLASH) k++;
        else if (d === DOUBLE_QUOTE || d === LF) break;
      }
    } else if (c === SLASH && text.charCodeAt(k + 1) === SLASH) {
      k = lineEndAt(text, k);
    } else if (c === SLASH && text.charCodeAt(k + 1) === STAR) {
      const e = text.indexOf('*/', k + 2);
      k = e < 0 ? n : e + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return k;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

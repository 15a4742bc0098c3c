import { PERCENT, PLUS } from '../char-codes.js';
import { hexDigitValue } from '../text-scan.js';

/** Result of percent-decoding: the value, or the index of the first bad `%` sequence. */
export type DecodeResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly index: number; readonly message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict percent-decoding: `%` must start `%XX`, and each run of `%XX` must be valid UTF-8
 * (`decodeURIComponent` would throw without saying where). `plusAsSpace` is for query strings,
 * where Graph (like every form decoder) reads `+` as a space; the docs rely on that
 * (`$filter=resourceId+eq+'…'`).
 */
export function percentDecode(s: string, plusAsSpace: boolean): DecodeResult {
  if (!s.includes('%') && !(plusAsSpace && s.includes('+'))) return { ok: true, value: s };
  let out = '';
  let k = 0;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === PLUS && plusAsSpace) {
      out += ' ';
      k++;
      continue;
    }
    if (c !== PERCENT) {
      out += s[k];
      k++;
      continue;
    }
    const runStart = k;
    const bytes: number[] = [];
    while (k < s.length && s.charCodeAt(k) === PERCENT) {
      const hi = hexDigitValue(s.charCodeAt(k + 1));
      const lo = hexDigitValue(s.charCodeAt(k + 2));
      if (hi < 0 || lo < 0) {
        return {
          ok: false,
          index: k,
          message: `invalid percent-encoding '${s.slice(k, k + 3)}' (expected % and two hex digits)`,
        };
      }
      bytes.push(hi * 16 + lo);
      k += 3;
    }
    try {
      out += utf8.decode(new Uint8Array(bytes));
    } catch {
      return {
        ok: false,
        index: runStart,
        message: `percent-encoded bytes '${s.slice(runStart, k)}' are not valid UTF-8`,
      };
    }
  }
  return { ok: true, value: out };
}

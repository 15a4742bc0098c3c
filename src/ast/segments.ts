/**
 * Splits a decoded URL path into raw segments and parses each segment's parentheses.
 * No metadata here: `path.ts` resolves the pieces.
 */

import { CLOSE_BRACE, CLOSE_PAREN, COLON, OPEN_BRACE, OPEN_PAREN, SINGLE_QUOTE, SLASH } from '../char-codes.js';

export interface RawPathSegment {
  /** Segment text as written (`getEmailActivityCounts(period='D7')`, `root:/a/b.txt:`). */
  readonly text: string;
  /** Name before any parentheses (`getEmailActivityCounts`, `users`). */
  readonly name: string;
  /** Parsed parentheses, or null when there are none. */
  readonly args: readonly SegmentArgument[] | null;
  /** 0-based offset of the segment in the path (for column reporting). */
  readonly offset: number;
}

export interface SegmentArgument {
  /** Parameter name, or null for a bare key (`('abc')`, `(123)`). */
  readonly name: string | null;
  /** Value without surrounding quotes. */
  readonly value: string;
  /** Whether the value was a quoted string literal (`'D7'`), as opposed to `7` or `{id}`. */
  readonly quoted: boolean;
}

/**
 * Splits on `/`, except inside parentheses, quotes and braces, and except inside OData
 * path-based addressing (`root:/folder/file.txt:`, `{hostname}:/{server-relative-path}`), which
 * stays one segment: the SDK addresses such items by one key.
 */
export function splitPath(path: string): RawPathSegment[] {
  if (isPlainPath(path)) return splitPlainPath(path);
  const segments: RawPathSegment[] = [];
  let depth = 0;
  let quote = false;
  let colonPath = false;
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    if (quote) {
      if (ch === SINGLE_QUOTE) quote = false;
      continue;
    }
    if (ch === SINGLE_QUOTE && depth > 0) quote = true;
    else if (ch === OPEN_PAREN || ch === OPEN_BRACE) depth++;
    else if ((ch === CLOSE_PAREN || ch === CLOSE_BRACE) && depth > 0) depth--;
    else if (ch === COLON && depth === 0) {
      // `name:/` opens a path-based address, a later `:` (followed by `/` or the end) closes it.
      const next = path.charCodeAt(i + 1);
      if (!colonPath && next === SLASH) colonPath = true;
      else if (colonPath && (next === SLASH || i + 1 === path.length)) colonPath = false;
    } else if (ch === SLASH && depth === 0 && !colonPath) {
      if (i > start) segments.push(parseSegment(path.slice(start, i), start));
      start = i + 1;
    }
  }
  if (path.length > start) segments.push(parseSegment(path.slice(start), start));
  return segments;
}

/**
 * A path with no parentheses, quotes or colons, whose braces each close before the next `/` or
 * `{` (`/users/{id}/manager`, most paths): every `/` then separates segments, so native
 * searches can split it. Anything else goes through the full scan.
 */
function isPlainPath(path: string): boolean {
  if (path.includes('(') || path.includes(')') || path.includes("'") || path.includes(':')) return false;
  for (let open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) return false;
    const nextOpen = path.indexOf('{', open + 1);
    const nextSlash = path.indexOf('/', open + 1);
    if ((nextOpen >= 0 && nextOpen < close) || (nextSlash >= 0 && nextSlash < close)) return false;
  }
  return true;
}

function splitPlainPath(path: string): RawPathSegment[] {
  const segments: RawPathSegment[] = [];
  let start = 0;
  for (let slash = path.indexOf('/'); start <= path.length; slash = path.indexOf('/', start)) {
    const end = slash < 0 ? path.length : slash;
    if (end > start) {
      const text = path.slice(start, end);
      segments.push({ text, name: text, args: null, offset: start });
    }
    start = end + 1;
  }
  return segments;
}

function parseSegment(text: string, offset: number): RawPathSegment {
  const open = text.indexOf('(');
  if (open <= 0 || !text.endsWith(')') || text.startsWith('{')) {
    return { text, name: text, args: null, offset };
  }
  const inner = text.slice(open + 1, -1);
  return { text, name: text.slice(0, open), args: parseArguments(inner), offset };
}

/** `period='D7',top=5` → named arguments; `'abc'` or `123` → one bare key. */
export function parseArguments(inner: string): SegmentArgument[] {
  const parts: string[] = [];
  let quote = false;
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === "'") quote = !quote;
    if (!quote && (ch === '(' || ch === '{' || ch === '[')) depth++;
    if (!quote && (ch === ')' || ch === '}' || ch === ']')) depth--;
    if (ch === ',' && !quote && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim().length > 0 || parts.length > 0) parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const eq = findTopLevelEquals(p);
      const raw = eq < 0 ? p : p.slice(eq + 1).trim();
      return { name: eq < 0 ? null : p.slice(0, eq).trim(), value: unquote(raw), quoted: isQuoted(raw) };
    });
}

function findTopLevelEquals(text: string): number {
  let quote = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quote = !quote;
    else if (!quote && ch === '{') depth++;
    else if (!quote && ch === '}') depth--;
    else if (!quote && depth === 0 && ch === '=') return i;
  }
  return -1;
}

function isQuoted(value: string): boolean {
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'");
}

function unquote(value: string): string {
  if (isQuoted(value)) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}

/** `{id}`, `{user-id}`, `{id | userPrincipalName}`, `<id>`: a documentation placeholder. */
export function isPlaceholder(value: string): boolean {
  return /^\{[^{}]*\}$/.test(value) || /^<[^<>]*>$/.test(value);
}

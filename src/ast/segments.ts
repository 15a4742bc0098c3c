/**
 * Splits a decoded URL path into raw segments and parses each segment's parentheses.
 * No metadata here: `path.ts` resolves the pieces.
 */

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
}

/**
 * Splits on `/`, except inside parentheses, quotes and braces, and except inside OData
 * path-based addressing (`root:/folder/file.txt:`, `{hostname}:/{server-relative-path}`), which
 * stays one segment: the SDK addresses such items by one key.
 */
export function splitPath(path: string): RawPathSegment[] {
  const segments: RawPathSegment[] = [];
  let depth = 0;
  let quote = false;
  let colonPath = false;
  let start = 0;
  const push = (end: number): void => {
    const text = path.slice(start, end);
    if (text.length > 0) segments.push(parseSegment(text, start));
  };
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (quote) {
      if (ch === "'") quote = false;
      continue;
    }
    if (ch === "'" && depth > 0) quote = true;
    else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ':' && depth === 0) {
      // `name:/` opens a path-based address, a later `:` (followed by `/` or the end) closes it.
      if (!colonPath && path[i + 1] === '/') colonPath = true;
      else if (colonPath && (path[i + 1] === '/' || i + 1 === path.length)) colonPath = false;
    } else if (ch === '/' && depth === 0 && !colonPath) {
      push(i);
      start = i + 1;
    }
  }
  push(path.length);
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
      if (eq < 0) return { name: null, value: unquote(p) };
      return { name: p.slice(0, eq).trim(), value: unquote(p.slice(eq + 1).trim()) };
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

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}

/** `{id}`, `{user-id}`, `{id | userPrincipalName}`, `<id>`: a documentation placeholder. */
export function isPlaceholder(value: string): boolean {
  return /^\{[^{}]*\}$/.test(value) || /^<[^<>]*>$/.test(value);
}

import type { QueryOption, QueryValue, SystemQueryOption } from './types.js';
import { percentDecode } from './percent.js';
import { skipWhitespace } from '../text-scan.js';
import { CLOSE_PAREN, OPEN_PAREN, SINGLE_QUOTE } from '../char-codes.js';

export interface QueryError {
  /** Index in the query text of the offending character. */
  readonly index: number;
  readonly message: string;
}

const SYSTEM: Readonly<Record<string, SystemQueryOption>> = {
  select: 'select',
  expand: 'expand',
  filter: 'filter',
  orderby: 'orderby',
  search: 'search',
  top: 'top',
  skip: 'skip',
  count: 'count',
  skiptoken: 'skiptoken',
  deltatoken: 'deltatoken',
  format: 'format',
};

/**
 * System options Graph also accepts without `$` (always on beta; on v1.0 for the OneDrive and
 * SharePoint APIs, which is where the docs use them: `?expand=fields`, `?select=id`). `format`,
 * `skiptoken` and `deltatoken` are left out: without `$` they are real custom parameters
 * (`driveItem/content?format=pdf`, `delta?token=…`).
 */
const DOLLARLESS: ReadonlySet<string> = new Set([
  'select',
  'expand',
  'filter',
  'orderby',
  'search',
  'top',
  'skip',
  'count',
]);

/**
 * Parses the raw query text (after `?`). Pairs are split on `&` outside single-quoted OData
 * literals and parentheses (`$filter=name eq 'A&B'`), falling back to a plain split when quotes
 * or parentheses do not balance. Names and values are percent-decoded (`+` is a space, as Graph
 * reads it) and trimmed (the docs write `$filter = x`). Empty pairs (`?&$top=1`) are skipped.
 */
export function parseQuery(query: string): QueryOption[] | QueryError {
  const options: QueryOption[] = [];
  if (query === '') return options;
  const bounds = splitOutside(query, '&');
  let nextEquals = -2; // the first `=` at or after the pair's start (pairs only move right)
  for (let i = 0; i < bounds.length; i += 2) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    if (skipWhitespace(query, start, end) === end) continue;
    if (nextEquals !== -1 && nextEquals < start) nextEquals = query.indexOf('=', start);
    const eq = nextEquals >= 0 && nextEquals < end ? nextEquals : -1;
    const rawName = query.slice(start, eq < 0 ? end : eq);
    const rawValue = eq < 0 ? '' : query.slice(eq + 1, end);
    const name = percentDecode(rawName, true);
    if (!name.ok) return { index: start + name.index, message: name.message };
    const value = percentDecode(rawValue, true);
    if (!value.ok) return { index: eq + 1 + value.index, message: value.message };
    options.push(makeOption(name.value.trim(), value.value.trim()));
  }
  return options;
}

export function isQueryError(r: QueryOption[] | QueryError): r is QueryError {
  return !Array.isArray(r);
}

function makeOption(name: string, raw: string): QueryOption {
  const lower = name.toLowerCase();
  const system = lower.startsWith('$')
    ? (SYSTEM[lower.slice(1)] ?? null)
    : DOLLARLESS.has(lower)
      ? SYSTEM[lower]!
      : null;
  return { name, system, raw, value: typedValue(system, raw) };
}

function typedValue(system: SystemQueryOption | null, raw: string): QueryValue {
  switch (system) {
    case 'select':
    case 'expand':
    case 'orderby':
      return { kind: 'list', items: splitList(raw) };
    case 'top':
    case 'skip':
      return /^[+-]?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))
        ? { kind: 'integer', value: Number(raw) }
        : { kind: 'string', value: raw };
    case 'count':
      return booleanOr(raw);
    case null:
      return booleanOr(raw);
    default:
      // filter, search (quotes kept as written), skiptoken, deltatoken, format.
      return { kind: 'string', value: raw };
  }
}

/**
 * A typed query value as text: list items joined with `,`, numbers and booleans as JavaScript
 * prints them, strings as they are. This is the value as the SDK request carries it (what an
 * emitter passes to a string-typed query parameter or puts in a `withUrl` URL), not the raw text
 * of the URL: spaces around list items and the case of `TRUE` are not kept.
 */
export function queryValueText(value: QueryValue): string {
  switch (value.kind) {
    case 'list':
      return value.items.join(',');
    case 'integer':
    case 'boolean':
      return String(value.value);
    case 'string':
      return value.value;
  }
}

function booleanOr(raw: string): QueryValue {
  const l = raw.toLowerCase();
  if (l === 'true' || l === 'false') return { kind: 'boolean', value: l === 'true' };
  return { kind: 'string', value: raw };
}

/** `a, b($select=c,d)` → `['a', 'b($select=c,d)']`: commas inside parentheses or quotes stay. */
export function splitList(raw: string): string[] {
  const items: string[] = [];
  const bounds = splitOutside(raw, ',');
  for (let i = 0; i < bounds.length; i += 2) {
    const item = raw.slice(bounds[i], bounds[i + 1]).trim();
    if (item !== '') items.push(item);
  }
  return items;
}

/**
 * Ranges of `text` separated by `sep` at parenthesis depth 0 and outside '…' literals (OData
 * escapes a quote by doubling it, which toggling handles). Unbalanced text → plain split, so a
 * stray quote cannot swallow the rest of the query. Flat: `[start0, end0, start1, end1, …]`.
 */
function splitOutside(text: string, sep: string): number[] {
  const separator = sep.charCodeAt(0);
  const bounds: number[] = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === SINGLE_QUOTE) inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === OPEN_PAREN) depth++;
    else if (c === CLOSE_PAREN) {
      if (depth > 0) depth--;
    } else if (c === separator && depth === 0) {
      bounds.push(start, k);
      start = k + 1;
    }
  }
  bounds.push(start, text.length);
  if (!inQuote && depth === 0) return bounds;
  const plain: number[] = [];
  start = 0;
  for (let k = text.indexOf(sep); k >= 0; k = text.indexOf(sep, k + 1)) {
    plain.push(start, k);
    start = k + 1;
  }
  plain.push(start, text.length);
  return plain;
}

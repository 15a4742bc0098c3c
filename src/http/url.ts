import type { DiagnosticCode } from '../diagnostics/diagnostic.js';
import { percentDecode } from './percent.js';
import { DOT, MINUS, PLUS, SLASH } from '../char-codes.js';

export interface ParsedUrl {
  readonly version: string;
  /** Decoded path after the version, starting with `/`. */
  readonly path: string;
  /** Raw text after the first `?` (empty when none). */
  readonly query: string;
  /** Index of the query text in the raw URL (for diagnostics). */
  readonly queryIndex: number;
  /** The misspelt version segment, when one was read as `version`. */
  readonly versionAlias: VersionAlias | null;
}

/** A misspelt version segment (`v1`): its decoded text and its index in the raw URL. */
export interface VersionAlias {
  readonly text: string;
  /** Where the segment starts in the raw URL: past the host, whatever the host's name holds. */
  readonly index: number;
}

export interface UrlError {
  readonly code: DiagnosticCode;
  /** Index in the raw URL of the offending character. */
  readonly index: number;
  readonly message: string;
}

/** Maps, not object literals: a path segment such as `constructor` must find nothing. */
const KNOWN_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['v1.0', 'v1.0'],
  ['beta', 'beta'],
]);
/** Misspellings of a version seen in the docs (`/v1/me`): read as the version, with a warning. */
const VERSION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['v1', 'v1.0'],
  ['v1.0.0', 'v1.0'],
]);

/**
 * Splits a request-line URL into version, decoded path and raw query.
 * - Absolute URLs on any host (`https://graph.microsoft.com/v1.0/me`, upload URLs on other
 *   hosts); relative ones with or without a leading `/`.
 * - The version is the first path segment when it is `v1.0` or `beta` (any case), or a misspelling
 *   of one followed by more segments (`/v1/me` reads as `v1.0`, and `versionAlias` keeps `v1` so
 *   the parser warns W_VERSION_ALIAS); otherwise the configured default, and the whole path is kept.
 * - Path segments are percent-decoded one by one (`+` stays `+` in paths); empty segments
 *   (`//`, trailing `/`) are dropped: Graph ignores them. Spaces and placeholders are kept.
 */
export function parseUrl(raw: string, defaultVersion: string): ParsedUrl | UrlError {
  const hostStart = schemeLength(raw);
  if (hostStart > 0 && !isHttpScheme(raw, hostStart)) {
    return { code: 'E_URL', index: 0, message: `unsupported URL scheme '${raw.slice(0, hostStart)}'` };
  }
  const pathStart = hostEnd(raw, hostStart);
  if (hostStart > 0 && pathStart === hostStart) return { code: 'E_URL', index: hostStart, message: 'URL has no host' };
  const q = raw.indexOf('?', pathStart);
  const pathEnd = q < 0 ? raw.length : q;
  const query = q < 0 ? '' : raw.slice(q + 1);
  const queryIndex = q < 0 ? raw.length : q + 1;
  const plain = plainPath(raw, pathStart, pathEnd, defaultVersion);
  if (plain) {
    return { version: plain.version, path: plain.path, query, queryIndex, versionAlias: plain.versionAlias };
  }

  const segments: string[] = [];
  let firstIndex = pathStart;
  let k = pathStart;
  while (k <= pathEnd) {
    let e = raw.indexOf('/', k);
    if (e < 0 || e > pathEnd) e = pathEnd;
    if (e > k) {
      const decoded = percentDecode(raw.slice(k, e), false);
      if (!decoded.ok) {
        return { code: 'E_PERCENT_ENCODING', index: k + decoded.index, message: decoded.message };
      }
      if (segments.length === 0) firstIndex = k;
      segments.push(decoded.value);
    }
    k = e + 1;
  }

  const named = segments.length > 0 ? versionNamed(segments[0]!, segments.length > 1) : null;
  let version = defaultVersion;
  let versionAlias: VersionAlias | null = null;
  if (named) {
    version = named.version;
    const first = segments.shift()!;
    if (named.isAlias) versionAlias = { text: first, index: firstIndex };
  }
  return { version, path: '/' + segments.join('/'), query, queryIndex, versionAlias };
}

/**
 * The API version a URL's first path segment names, in any case: `v1.0` or `beta`, or an alias
 * (`v1`) when more segments follow (a path of one segment is a resource, not a version).
 */
function versionNamed(segment: string, moreFollow: boolean): { version: string; isAlias: boolean } | null {
  const lower = segment.toLowerCase();
  const known = KNOWN_VERSIONS.get(lower);
  if (known) return { version: known, isAlias: false };
  const alias = moreFollow ? VERSION_ALIASES.get(lower) : undefined;
  return alias ? { version: alias, isAlias: true } : null;
}

/**
 * `parseUrl`'s version and path for the usual path, `raw[start, end)` with nothing to decode and
 * no empty segment after the first one (no `//`, no trailing `/`): slices of the URL, with no
 * list of segments. `null` for any other path.
 */
function plainPath(
  raw: string,
  start: number,
  end: number,
  defaultVersion: string,
): { version: string; path: string; versionAlias: VersionAlias | null } | null {
  let first = start;
  while (first < end && raw.charCodeAt(first) === SLASH) first++;
  if (first === end) return { version: defaultVersion, path: '/', versionAlias: null };
  const percent = raw.indexOf('%', first);
  if (percent >= 0 && percent < end) return null;
  const emptySegment = raw.indexOf('//', first);
  if ((emptySegment >= 0 && emptySegment < end) || raw.charCodeAt(end - 1) === SLASH) return null;

  let firstEnd = raw.indexOf('/', first);
  if (firstEnd < 0 || firstEnd > end) firstEnd = end;
  const segment = raw.slice(first, firstEnd);
  // With no empty segment, a `/` after the first segment means another segment follows.
  const moreFollow = firstEnd < end;
  const named = versionNamed(segment, moreFollow);
  if (named) {
    return {
      version: named.version,
      path: moreFollow ? raw.slice(firstEnd, end) : '/',
      versionAlias: named.isAlias ? { text: segment, index: first } : null,
    };
  }
  // The path from its first segment, with the `/` before it (added when the URL has none).
  const path = first > start ? raw.slice(first - 1, end) : '/' + raw.slice(first, end);
  return { version: defaultVersion, path, versionAlias: null };
}

/**
 * Where the path of a request-line URL starts: after its `scheme://host` (at the first `/` or
 * `?` after the scheme), or 0 for a relative URL.
 */
export function urlPathStart(raw: string): number {
  return hostEnd(raw, schemeLength(raw));
}

/** The end of the host that starts at `hostStart`; 0 when `hostStart` is 0 (a relative URL, whose path starts at 0). */
function hostEnd(raw: string, hostStart: number): number {
  return hostStart === 0 ? 0 : Math.min(indexOrEnd(raw, '/', hostStart), indexOrEnd(raw, '?', hostStart));
}

/**
 * Length of the `scheme://` that starts `raw` (`^[A-Za-z][A-Za-z0-9+.-]*://`), 0 when none does.
 */
function schemeLength(raw: string): number {
  if (raw.startsWith('https://')) return 8;
  if (raw.startsWith('http://')) return 7;
  if (!isAsciiLetter(raw.charCodeAt(0))) return 0;
  let k = 1;
  while (k < raw.length && isSchemeCharacter(raw.charCodeAt(k))) k++;
  return raw.startsWith('://', k) ? k + 3 : 0;
}

function indexOrEnd(text: string, c: string, from: number): number {
  const k = text.indexOf(c, from);
  return k < 0 ? text.length : k;
}

/** Whether the `scheme://` of length `length` is `http://` or `https://` (any case). */
function isHttpScheme(raw: string, length: number): boolean {
  if (length !== 7 && length !== 8) return false;
  const scheme = raw.slice(0, length).toLowerCase();
  return scheme === 'http://' || scheme === 'https://';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSchemeCharacter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === PLUS || c === DOT || c === MINUS;
}

export function isUrlError(r: ParsedUrl | UrlError): r is UrlError {
  return 'code' in r;
}

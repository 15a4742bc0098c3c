import type { DiagnosticCode } from '../diagnostics/diagnostic.js';
import { percentDecode } from './percent.js';

export interface ParsedUrl {
  readonly version: string;
  /** Decoded path after the version, starting with `/`. */
  readonly path: string;
  /** Raw text after the first `?` (empty when none). */
  readonly query: string;
  /** Index of the query text in the raw URL (for diagnostics). */
  readonly queryIndex: number;
  /** The misspelt version segment, when one was read as `version`. */
  readonly versionAlias: string | null;
}

export interface UrlError {
  readonly code: DiagnosticCode;
  /** Index in the raw URL of the offending character. */
  readonly index: number;
  readonly message: string;
}

const KNOWN_VERSIONS: Readonly<Record<string, string>> = { 'v1.0': 'v1.0', beta: 'beta' };
/** Misspellings of a version seen in the docs (`/v1/me`): read as the version, with a warning. */
const VERSION_ALIASES: Readonly<Record<string, string>> = { v1: 'v1.0', 'v1.0.0': 'v1.0' };

/**
 * Splits a request-line URL into version, decoded path and raw query.
 * - Absolute URLs on any host (`https://graph.microsoft.com/v1.0/me`, upload URLs on other
 *   hosts); relative ones with or without a leading `/`.
 * - The version is the first path segment when it is `v1.0` or `beta` (any case); otherwise the
 *   configured default, and the whole path is kept (`/v1/me` is a doc typo that resolution reports).
 * - Path segments are percent-decoded one by one (`+` stays `+` in paths); empty segments
 *   (`//`, trailing `/`) are dropped: Graph ignores them. Spaces and placeholders are kept.
 */
export function parseUrl(raw: string, defaultVersion: string): ParsedUrl | UrlError {
  let pathStart = 0;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(raw);
  if (scheme) {
    if (!/^https?:\/\/$/i.test(scheme[0])) {
      return { code: 'E_URL', index: 0, message: `unsupported URL scheme '${scheme[0]}'` };
    }
    const hostStart = scheme[0].length;
    let k = hostStart;
    while (k < raw.length && raw[k] !== '/' && raw[k] !== '?') k++;
    if (k === hostStart) return { code: 'E_URL', index: hostStart, message: 'URL has no host' };
    pathStart = k;
  }
  const q = raw.indexOf('?', pathStart);
  const pathEnd = q < 0 ? raw.length : q;

  const segments: string[] = [];
  let k = pathStart;
  while (k <= pathEnd) {
    let e = raw.indexOf('/', k);
    if (e < 0 || e > pathEnd) e = pathEnd;
    if (e > k) {
      const decoded = percentDecode(raw.slice(k, e), false);
      if (!decoded.ok) {
        return { code: 'E_PERCENT_ENCODING', index: k + decoded.index, message: decoded.message };
      }
      segments.push(decoded.value);
    }
    k = e + 1;
  }

  let version = defaultVersion;
  const first = segments.length > 1 ? segments[0]!.toLowerCase() : (segments[0]?.toLowerCase() ?? '');
  const known = KNOWN_VERSIONS[first];
  const alias = segments.length > 1 ? VERSION_ALIASES[first] : undefined;
  let versionAlias: string | null = null;
  if (known) {
    version = known;
    segments.shift();
  } else if (alias) {
    version = alias;
    versionAlias = segments.shift()!;
  }
  return {
    version,
    path: '/' + segments.join('/'),
    query: q < 0 ? '' : raw.slice(q + 1),
    queryIndex: q < 0 ? raw.length : q + 1,
    versionAlias,
  };
}

export function isUrlError(r: ParsedUrl | UrlError): r is UrlError {
  return 'code' in r;
}

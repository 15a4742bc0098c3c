import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { parseBody } from './body.js';
import { ContentLocator } from './locate.js';
import { isQueryError, parseQuery } from './query.js';
import { HTTP_METHODS, type HttpBody, type HttpHeader, type HttpMethod, type HttpParseResult } from './types.js';
import { isUrlError, parseUrl } from './url.js';

export interface HttpParseOptions {
  /** Version for URLs that do not name one (`GET /me`). */
  readonly defaultVersion: string;
}

/** RFC 9110 token: what a header name may be. */
const HEADER_RE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/;
const HTTP_VERSION_RE = /^HTTP\/\d+(?:\.\d+)?$/i;

/**
 * Parses the fenced text of a request example:
 *
 *     METHOD URL [HTTP/1.1]
 *     Header: value
 *
 *     body
 *
 * Extraction diagnostics travel with the result: an extraction error fails the parse (returned
 * as is), extraction warnings come first in `request.diagnostics`, so callers need only the
 * result. Errors are located at page line:column (indentation removed by the extractor counted).
 */
export function parseHttpExample(example: RequestExample, options: HttpParseOptions): HttpParseResult {
  if (example.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, diagnostics: example.diagnostics };
  }
  const warnings: Diagnostic[] = [...example.diagnostics];
  const loc = new ContentLocator(example);
  const lines = loc.lines;
  const fail = (d: Omit<Diagnostic, 'severity'>): HttpParseResult => ({
    ok: false,
    diagnostics: [...warnings, { severity: 'error', ...d }],
  });

  // Request line: the first non-blank line.
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i === lines.length) {
    return fail({
      code: 'E_REQUEST_LINE',
      message: 'the request block is empty (expected "METHOD URL")',
      location: loc.at(0, 0),
    });
  }
  const requestLine = lines[i]!;
  const requestLineIndex = i;
  const methodStart = requestLine.length - requestLine.trimStart().length;
  let methodEnd = methodStart;
  while (methodEnd < requestLine.length && !/[ \t]/.test(requestLine[methodEnd]!)) methodEnd++;
  const methodText = requestLine.slice(methodStart, methodEnd);
  const method = methodText.toUpperCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) {
    // A word is a wrong method (`HEAD`, `GETT`); anything else means no request line at all.
    const isWord = /^[A-Za-z]+$/.test(methodText);
    return fail({
      code: isWord ? 'E_METHOD' : 'E_REQUEST_LINE',
      message: isWord
        ? `unknown HTTP method '${methodText}' (expected ${HTTP_METHODS.join(', ')})`
        : `expected "METHOD URL" as the first line, found '${requestLine.trim().slice(0, 60)}'`,
      location: loc.at(i, methodStart),
    });
  }
  // URL: everything between the method and an optional trailing HTTP/x.y. The docs put spaces
  // in URLs (`$filter=name eq 'x'`, `healthOverviews/Microsoft 365 suite`), so no split on blanks.
  let urlStart = methodEnd;
  while (urlStart < requestLine.length && /[ \t]/.test(requestLine[urlStart]!)) urlStart++;
  // Last blank-separated token checked by hand: a regex anchored at `$` after `[ \t]+` would be
  // quadratic on long runs of blanks.
  let urlEnd = requestLine.trimEnd().length;
  let lastToken = urlEnd;
  while (lastToken > urlStart && !/[ \t]/.test(requestLine[lastToken - 1]!)) lastToken--;
  if (HTTP_VERSION_RE.test(requestLine.slice(lastToken, urlEnd))) {
    urlEnd = lastToken;
    while (urlEnd > urlStart && /[ \t]/.test(requestLine[urlEnd - 1]!)) urlEnd--;
  }
  const rawUrl = requestLine.slice(urlStart, urlEnd);
  if (rawUrl === '') {
    return fail({
      code: 'E_REQUEST_LINE',
      message: `request line has no URL after '${methodText}'`,
      location: loc.at(i, methodEnd),
    });
  }
  const url = parseUrl(rawUrl, options.defaultVersion);
  if (isUrlError(url)) {
    return fail({ code: url.code, message: url.message, location: loc.at(i, urlStart + url.index) });
  }
  if (url.versionAlias !== null) {
    warnings.push({
      severity: 'warning',
      code: 'W_VERSION_ALIAS',
      message: `'${url.versionAlias}' is not an API version; read as ${url.version}`,
      location: loc.at(i, urlStart + rawUrl.indexOf(url.versionAlias)),
    });
  }
  const query = parseQuery(url.query);
  if (isQueryError(query)) {
    return fail({
      code: 'E_PERCENT_ENCODING',
      message: query.message,
      location: loc.at(i, urlStart + url.queryIndex + query.index),
    });
  }

  // Headers: `Name: value` lines up to the first blank line. The docs sometimes leave a blank
  // line between the request line and the headers (`GET …delta` + blank + `Prefer: …`): when the
  // next non-blank line is a header, headers start there.
  i++;
  if (i < lines.length && lines[i]!.trim() === '') {
    let j = i;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    if (j < lines.length && HEADER_RE.test(lines[j]!.trim())) i = j;
  }
  const headers: HttpHeader[] = [];
  let bodyStart = -1;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const m = HEADER_RE.exec(trimmed);
    if (m) {
      headers.push({ name: m[1]!, value: m[2]!.trim() });
    } else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      bodyStart = i; // body without the blank separator line
      break;
    } else {
      warnings.push({
        severity: 'warning',
        code: 'W_HEADER_INVALID',
        message: `line is not a header ("Name: value") and is skipped: '${trimmed.slice(0, 60)}'`,
        location: loc.at(i, line.length - line.trimStart().length),
      });
    }
  }

  // Body: after the blank line, up to the last non-blank line.
  if (bodyStart < 0) {
    bodyStart = i;
    while (bodyStart < lines.length && lines[bodyStart]!.trim() === '') bodyStart++;
  }
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart && lines[bodyEnd - 1]!.trim() === '') bodyEnd--;
  const { text: bodyText, locate: locateBodyOffset } = loc.joinLines(bodyStart, bodyEnd);

  let body: HttpBody | null = null;
  if (bodyText !== '') {
    const contentType = lastHeader(headers, 'content-type');
    const parsed = parseBody(bodyText, contentType, locateBodyOffset);
    if (!parsed.ok) return fail(parsed.error);
    body = parsed.body;
    warnings.push(...parsed.warnings);
  }

  return {
    ok: true,
    request: {
      method,
      rawUrl,
      version: url.version,
      path: url.path,
      query,
      headers,
      body,
      locateBodyOffset,
      requestLineLocation: loc.at(requestLineIndex, methodStart),
      diagnostics: warnings,
    },
  };
}

function lastHeader(headers: readonly HttpHeader[], lowerName: string): string | null {
  for (let k = headers.length - 1; k >= 0; k--) {
    if (headers[k]!.name.toLowerCase() === lowerName) return headers[k]!.value;
  }
  return null;
}

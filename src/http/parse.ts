import type { Diagnostic, DiagnosticCode } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { parseBody } from './body.js';
import { COLON, CR, OPEN_BRACE, OPEN_BRACKET } from '../char-codes.js';
import { bodyLocator, contentLocation } from './locate.js';
import { isQueryError, parseQuery } from './query.js';
import { isBlank, lineEndAt, skipWhitespace, trimWhitespaceEnd } from '../text-scan.js';
import {
  type BodySpan,
  HTTP_METHODS,
  type HttpBody,
  type HttpHeader,
  type HttpMethod,
  type HttpParseResult,
} from './types.js';
import { isUrlError, parseUrl } from './url.js';

export interface HttpParseOptions {
  /** Version for URLs that do not name one (`GET /me`). */
  readonly defaultVersion: string;
}

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
 *
 * The content is walked by offsets, a line at a time, without splitting it: the body is one
 * slice of it. A line is blank when `trim` would leave nothing of it.
 */
export function parseHttpExample(example: RequestExample, options: HttpParseOptions): HttpParseResult {
  const extracted = example.diagnostics;
  for (let k = 0; k < extracted.length; k++) {
    if (extracted[k]!.severity === 'error') return { ok: false, diagnostics: extracted };
  }
  const warnings: Diagnostic[] = extracted.slice();
  const content = example.content;
  const len = content.length;

  // Request line: the first non-blank line. `start > len` means past the last line.
  let lineIndex = 0;
  let start = 0;
  let end = lineEndAt(content, 0);
  while (skipWhitespace(content, start, end) === end) {
    if (end >= len) {
      return failure(warnings, {
        code: 'E_REQUEST_LINE',
        message: 'the request block is empty (expected "METHOD URL")',
        location: contentLocation(example, 0, 0),
      });
    }
    start = end + 1;
    end = lineEndAt(content, start);
    lineIndex++;
  }
  const requestLineIndex = lineIndex;
  const line = readRequestLine(content.slice(start, end));
  if ('code' in line) {
    return failure(warnings, {
      code: line.code,
      message: line.message,
      location: contentLocation(example, lineIndex, line.at),
    });
  }
  const { method, methodStart, urlStart, rawUrl } = line;
  const url = parseUrl(rawUrl, options.defaultVersion);
  if (isUrlError(url)) {
    return failure(warnings, {
      code: url.code,
      message: url.message,
      location: contentLocation(example, lineIndex, urlStart + url.index),
    });
  }
  if (url.versionAlias !== null) {
    warnings.push({
      severity: 'warning',
      code: 'W_VERSION_ALIAS',
      message: `'${url.versionAlias.text}' is not an API version; read as ${url.version}`,
      location: contentLocation(example, lineIndex, urlStart + url.versionAlias.index),
    });
  }
  const query = parseQuery(url.query);
  if (isQueryError(query)) {
    return failure(warnings, {
      code: 'E_PERCENT_ENCODING',
      message: query.message,
      location: contentLocation(example, lineIndex, urlStart + url.queryIndex + query.index),
    });
  }

  // A header value may not hold these (the header pattern was once a regex whose `.` skips
  // them); checked per header only when the block has any, which it never has in the docs.
  let breaks: boolean | null = null;

  // Headers: `Name: value` lines up to the first blank line. The docs sometimes leave a blank
  // line between the request line and the headers (`GET …delta` + blank + `Prefer: …`): when the
  // next non-blank line is a header, headers start there.
  start = end + 1;
  lineIndex++;
  const next = nextNonBlankLine(content, start, lineIndex);
  // `next.index > lineIndex`: the line at `start` is blank (and there is one).
  if (next.index > lineIndex && next.start <= len) {
    breaks ??= hasLineBreaks(content);
    if (headerColon(content, next.first, trimWhitespaceEnd(content, next.first, next.end), breaks) >= 0) {
      lineIndex = next.index;
      start = next.start;
    }
  }
  const headers: HttpHeader[] = [];
  let bodyLine = -1;
  let bodyStart = -1;
  for (; start <= len; start = end + 1, lineIndex++) {
    end = lineEndAt(content, start);
    const first = skipWhitespace(content, start, end);
    if (first === end) break;
    const last = trimWhitespaceEnd(content, first, end);
    breaks ??= hasLineBreaks(content);
    const colon = headerColon(content, first, last, breaks);
    if (colon >= 0) {
      let nameEnd = colon;
      while (isBlank(content.charCodeAt(nameEnd - 1))) nameEnd--;
      headers.push({
        name: content.slice(first, nameEnd),
        value: content.slice(skipWhitespace(content, colon + 1, last), last),
      });
      continue;
    }
    const c = content.charCodeAt(first);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // `{` or `[`: a body without the blank separator line.
      bodyLine = lineIndex;
      bodyStart = start;
      break;
    }
    warnings.push({
      severity: 'warning',
      code: 'W_HEADER_INVALID',
      message: `line is not a header ("Name: value") and is skipped: '${content.slice(first, last).slice(0, 60)}'`,
      location: contentLocation(example, lineIndex, first - start),
    });
  }

  // Body: from the next non-blank line to the last non-blank line, as written.
  if (bodyLine < 0) {
    const next = nextNonBlankLine(content, start, lineIndex);
    bodyLine = next.index;
    bodyStart = next.start;
  }
  let bodyText = '';
  let bodySpan: BodySpan;
  if (bodyStart <= len) {
    const bodyEnd = lineEndAt(content, trimWhitespaceEnd(content, bodyStart, len) - 1);
    bodyText = content.slice(bodyStart, bodyEnd);
    bodySpan = { example, start: bodyStart, end: bodyEnd, firstLine: bodyLine };
  } else {
    // No body: offsets are located at the start of the last line.
    bodySpan = { example, start: bodyStart, end: bodyStart, firstLine: bodyLine - 1 };
  }

  let body: HttpBody | null = null;
  if (bodyText !== '') {
    const parsed = parseBody(bodyText, contentTypeOf(headers), bodyLocator(bodySpan));
    if (!parsed.ok) return failure(warnings, parsed.error);
    body = parsed.body;
    for (let k = 0; k < parsed.warnings.length; k++) warnings.push(parsed.warnings[k]!);
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
      bodySpan,
      requestLineLocation: contentLocation(example, requestLineIndex, methodStart),
      urlLocation: contentLocation(example, requestLineIndex, urlStart),
      diagnostics: warnings,
    },
  };
}

function failure(warnings: readonly Diagnostic[], d: Omit<Diagnostic, 'severity'>): HttpParseResult {
  return { ok: false, diagnostics: [...warnings, { severity: 'error', ...d }] };
}

/** Whether the text has a line break that `\n` does not end a line at: `\r`, U+2028, U+2029. */
function hasLineBreaks(text: string): boolean {
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * The first non-blank line from the line that starts at `start` (line `index`): its start, end,
 * first non-blank character and index. Past the last line: `start` beyond the end of the text,
 * `index` the number of lines.
 */
function nextNonBlankLine(
  text: string,
  start: number,
  index: number,
): { start: number; end: number; first: number; index: number } {
  let s = start;
  let i = index;
  while (s <= text.length) {
    const end = lineEndAt(text, s);
    const first = skipWhitespace(text, s, end);
    if (first < end) return { start: s, end, first, index: i };
    s = end + 1;
    i++;
  }
  return { start: s, end: s, first: s, index: i };
}

type RequestLine =
  | { readonly method: HttpMethod; readonly methodStart: number; readonly urlStart: number; readonly rawUrl: string }
  | { readonly code: DiagnosticCode; readonly message: string; readonly at: number };

/**
 * `METHOD URL [HTTP/x.y]`. The URL is everything between the method and an optional trailing
 * HTTP version: the docs put spaces in URLs (`$filter=name eq 'x'`, `healthOverviews/Microsoft
 * 365 suite`), so no split on blanks. Errors carry the index in the line they are at.
 */
function readRequestLine(line: string): RequestLine {
  const methodStart = skipWhitespace(line, 0, line.length);
  let methodEnd = methodStart;
  while (methodEnd < line.length && !isBlank(line.charCodeAt(methodEnd))) methodEnd++;
  const methodText = line.slice(methodStart, methodEnd);
  const method = methodText.toUpperCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) {
    // A word is a wrong method (`HEAD`, `GETT`); anything else means no request line at all.
    const isWord = /^[A-Za-z]+$/.test(methodText);
    return {
      code: isWord ? 'E_METHOD' : 'E_REQUEST_LINE',
      message: isWord
        ? `unknown HTTP method '${methodText}' (expected ${HTTP_METHODS.join(', ')})`
        : `expected "METHOD URL" as the first line, found '${line.trim().slice(0, 60)}'`,
      at: methodStart,
    };
  }
  let urlStart = methodEnd;
  while (urlStart < line.length && isBlank(line.charCodeAt(urlStart))) urlStart++;
  // The last blank-separated token is found by hand: a regex anchored at `$` after `[ \t]+`
  // would be quadratic on long runs of blanks.
  let urlEnd = trimWhitespaceEnd(line, 0, line.length);
  let lastToken = urlEnd;
  if (urlEnd > urlStart)
    lastToken =
      Math.max(lastIndexBefore(line, ' ', urlStart, urlEnd), lastIndexBefore(line, '\t', urlStart, urlEnd)) + 1;
  const h = line.charCodeAt(lastToken);
  if ((h === 0x48 || h === 0x68) && HTTP_VERSION_RE.test(line.slice(lastToken, urlEnd))) {
    urlEnd = lastToken;
    while (urlEnd > urlStart && isBlank(line.charCodeAt(urlEnd - 1))) urlEnd--;
  }
  const rawUrl = line.slice(urlStart, urlEnd);
  if (rawUrl === '') {
    return { code: 'E_REQUEST_LINE', message: `request line has no URL after '${methodText}'`, at: methodEnd };
  }
  return { method, methodStart, urlStart, rawUrl };
}

/**
 * The last index of `c` in `text[from, to)`, or `from - 1`. Searched forwards: `indexOf` is a fast
 * builtin where `lastIndexOf` is not, and a URL has few blanks.
 */
function lastIndexBefore(text: string, c: string, from: number, to: number): number {
  let last = from - 1;
  for (let k = text.indexOf(c, from); k >= 0 && k < to; k = text.indexOf(c, k + 1)) last = k;
  return last;
}

/**
 * Index of the `:` when `text[from, to)` (a trimmed line) is a header, `-1` if not. A header is
 * an RFC 9110 token (what a header name may be), blanks, `:`, then a value with no line break
 * (`\r`, U+2028, U+2029: looked for when `breaks`, i.e. the text has some).
 */
function headerColon(text: string, from: number, to: number, breaks: boolean): number {
  let k = from;
  while (k < to && isTokenCharacter(text.charCodeAt(k))) k++;
  if (k === from) return -1;
  while (k < to && isBlank(text.charCodeAt(k))) k++;
  if (k === to || text.charCodeAt(k) !== COLON) return -1;
  if (!breaks) return k;
  for (let v = k + 1; v < to; v++) {
    const c = text.charCodeAt(v);
    if (c === CR || c === 0x2028 || c === 0x2029) return -1;
  }
  return k;
}

/** RFC 9110 `tchar`: ``!#$%&'*+-.^_`|~``, digits and letters. */
function isTokenCharacter(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  switch (c) {
    case 0x21: // !
    case 0x23: // #
    case 0x24: // $
    case 0x25: // %
    case 0x26: // &
    case 0x27: // '
    case 0x2a: // *
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
    case 0x5e: // ^
    case 0x5f: // _
    case 0x60: // `
    case 0x7c: // |
    case 0x7e: // ~
      return true;
    default:
      return false;
  }
}

/**
 * The request's Content-Type: the last such header, as a server reading them in order would
 * keep it. One rule for the body parser and the snippet AST (a stream upload's content type).
 */
export function contentTypeOf(headers: readonly HttpHeader[]): string | null {
  for (let k = headers.length - 1; k >= 0; k--) {
    const name = headers[k]!.name;
    if (name.length === 12 && name.toLowerCase() === 'content-type') return headers[k]!.value;
  }
  return null;
}

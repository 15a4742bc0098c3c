import { parseTree } from 'jsonc-parser';
import type { BodySpan, HttpMethod, HttpRequest } from '../../src/http/types.js';

/** The span of a hand-made request's body: its own example, whose content is the body. */
export function bodySpanOf(body: string, file = 'p.md'): BodySpan {
  const example = {
    file,
    name: 'example',
    nameWasGenerated: false,
    index: 0,
    annotation: {},
    line: 1,
    content: body,
    contentLine: 1,
    contentIndent: 0,
    diagnostics: [],
  };
  return { example, start: 0, end: body.length, firstLine: 0 };
}

/**
 * A docs request as the HTTP parser would give it, with what the request comparisons read:
 * query values as plain strings, a JSON body's tree, the URL absolute for `version` unless given.
 */
export function docsRequest(
  method: HttpMethod,
  path: string,
  options: {
    version?: string;
    rawUrl?: string;
    query?: [string, string][];
    headers?: [string, string][];
    body?: string;
  } = {},
): HttpRequest {
  const version = options.version ?? 'v1.0';
  const loc = { file: 'p.md', line: 1, column: 1 };
  return {
    method,
    rawUrl: options.rawUrl ?? `https://graph.microsoft.com/${version}${path}`,
    version,
    path,
    query: (options.query ?? []).map(([name, raw]) => ({
      name,
      raw,
      system: null,
      value: { kind: 'string', value: raw },
    })),
    headers: (options.headers ?? []).map(([name, value]) => ({ name, value })),
    body: options.body === undefined ? null : { kind: 'json', text: options.body, root: parseTree(options.body)! },
    bodySpan: bodySpanOf(options.body ?? ''),
    requestLineLocation: loc,
    urlLocation: { ...loc, column: loc.column + method.length + 1 },
    diagnostics: [],
  };
}

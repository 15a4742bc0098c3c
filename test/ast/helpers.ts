import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSnippetAst, type AstResult } from '../../src/ast/build.js';
import type { SnippetAst } from '../../src/ast/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { extractRequestExamples } from '../../src/docs/extract.js';
import { parseHttpExample } from '../../src/http/parse.js';
import type { HttpRequest } from '../../src/http/types.js';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';

/** A fixture of test/fixtures/csdl as a SchemaIndex (`ast` or `mini`). */
export function fixtureIndex(name: 'ast' | 'mini', version = 'v1.0'): SchemaIndex {
  const file = fileURLToPath(new URL(`../fixtures/csdl/${name}.csdl.xml`, import.meta.url));
  return new SchemaIndex(
    parseCsdl(readFileSync(file, 'utf8'), version, { kind: 'csdl', description: name, fingerprint: 'test' }),
  );
}

export const PAGE = 'page.md';

/**
 * Raw HTTP text (or lines) → a page: the annotation is on line 1, the fence on line 2, so the
 * request line (when it is the first content line) is page line 3 and body line k (0-based,
 * counted from the first content line) is page line k + 3.
 */
export function pageOf(http: string | readonly string[]): string {
  const lines = typeof http === 'string' ? http.split('\n') : http;
  return ['<!-- { "blockType": "request", "name": "t" } -->', '```http', ...lines, '```', ''].join('\n');
}

/** The `index`-th request example of an inline Markdown page, parsed. Throws on a parse error. */
export function requestFromMarkdown(
  page: string,
  options: { file?: string; index?: number; version?: string } = {},
): HttpRequest {
  const examples = extractRequestExamples(options.file ?? PAGE, page);
  const example = examples[options.index ?? 0];
  if (!example) throw new Error(`no request example #${options.index ?? 0} in the page`);
  const parsed = parseHttpExample(example, { defaultVersion: options.version ?? 'v1.0' });
  if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.request;
}

/** Raw HTTP text (request line, headers, blank line, body) → HttpRequest. */
export function requestFromHttp(http: string | readonly string[], options: { version?: string } = {}): HttpRequest {
  return requestFromMarkdown(pageOf(http), options);
}

export function buildFrom(http: string | readonly string[], schema: SchemaIndex): AstResult {
  return buildSnippetAst(requestFromHttp(http), schema);
}

/** Builds and expects success: the AST and its warnings. */
export function astOf(
  http: string | readonly string[],
  schema: SchemaIndex,
): { ast: SnippetAst; warnings: readonly Diagnostic[] } {
  const result = buildFrom(http, schema);
  if (!result.ok) throw new Error(`expected an AST, got ${result.error.code}: ${result.error.message}`);
  return { ast: result.ast, warnings: result.warnings };
}

/** A JSON body request: `method url` + Content-Type + the body lines. Body line k is page line k + 6. */
export function jsonRequest(method: string, url: string, body: string | readonly string[]): string[] {
  const lines = typeof body === 'string' ? body.split('\n') : body;
  return [`${method} ${url}`, 'Content-Type: application/json', '', ...lines];
}

export function codes(warnings: readonly Diagnostic[]): string[] {
  return warnings.map((w) => w.code);
}

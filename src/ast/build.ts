import type { AstBody, AstHeader, PathSegment, SnippetAst } from './types.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { HttpRequest } from '../http/types.js';
import type { SchemaIndex } from '../metadata/schema-index.js';
import type { TypeRef } from '../metadata/schema.js';
import { typeEntityBody, typeParameterBody, type BodyContext } from './body.js';
import { resolvePath } from './path.js';
import type { RawPathSegment } from './segments.js';
import { remapForSdk } from './sdk-paths.js';

export type AstResult =
  | { readonly ok: true; readonly ast: SnippetAst; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: Diagnostic; readonly warnings: readonly Diagnostic[] };

/**
 * Headers the SDK sets itself: authentication, host, and content headers that follow from the
 * body. Every other header of the example goes through the request configuration.
 */
const SDK_OWNED_HEADERS = new Set(['host', 'authorization', 'content-type', 'content-length']);

export function buildSnippetAst(request: HttpRequest, schema: SchemaIndex): AstResult {
  const warnings: Diagnostic[] = [...request.diagnostics.filter((d) => d.severity === 'warning')];
  const sdkPath = remapForSdk(request.path);
  const resolution = resolvePath(sdkPath, { schema, method: request.method });
  if (!resolution.ok) {
    return {
      ok: false,
      warnings,
      error: {
        severity: 'error',
        code: 'E_PATH_UNRESOLVED',
        message: `cannot resolve the path ${request.path}: ${resolution.message}`,
        location: urlLocation(request, resolution.failedAt, sdkPath),
      },
    };
  }
  const segments = resolution.segments;
  if (resolution.inferred) {
    for (const note of resolution.notes) {
      warnings.push({
        severity: 'warning',
        code: 'W_PATH_INFERRED',
        message: `${note} (no entity container for ${schema.version})`,
        location: request.requestLineLocation,
      });
    }
  }
  const last = segments[segments.length - 1]!;
  const body = buildBody(request, segments, schema, warnings);
  if (body && 'severity' in body) return { ok: false, error: body, warnings };
  const headers: AstHeader[] = request.headers
    .filter((h) => !SDK_OWNED_HEADERS.has(h.name.toLowerCase()))
    .map((h) => ({ name: h.name, value: h.value }));
  const ast: SnippetAst = {
    version: request.version,
    method: request.method,
    path: segments,
    query: request.query.map((q) => ({ name: q.name, system: q.system, value: q.value })),
    headers,
    body,
    responseType: responseType(request.method, last),
    resolution: resolution.inferred ? 'inferred' : 'metadata',
  };
  return { ok: true, ast, warnings };
}

function buildBody(
  request: HttpRequest,
  segments: readonly PathSegment[],
  schema: SchemaIndex,
  warnings: Diagnostic[],
): AstBody | Diagnostic | null {
  const body = request.body;
  if (!body) return null;
  const last = segments[segments.length - 1]!;
  if (body.kind === 'raw' || last.kind === 'value' || last.target?.primitive === 'stream') {
    return { kind: 'stream', contentType: contentType(request), length: body.text.length };
  }
  if (request.method === 'GET' || request.method === 'DELETE') {
    warnings.push({
      severity: 'warning',
      code: 'W_BODY_IGNORED',
      message: `a ${request.method} request sends no body through the SDK; the example's body is not part of the snippet`,
      location: request.locateBodyOffset(0),
    });
    return null;
  }
  const ctx: BodyContext = { schema, text: body.text, locate: request.locateBodyOffset, warnings };
  if (last.kind === 'ref') {
    const value = typeParameterBody(
      body.root,
      [{ name: '@odata.id', type: { primitive: 'string', isCollection: false }, nullable: false }],
      ctx,
      '$ref',
    );
    return { kind: 'json', bodyType: { kind: 'reference', method: request.method === 'PUT' ? 'PUT' : 'POST' }, value };
  }
  if (last.kind === 'action' || last.kind === 'function') {
    const op = schema.operationsNamed(last.fullName).find((o) => o.kind === last.kind);
    const parameters = op && schema.hasContainer ? op.parameters : (op?.parameters ?? null);
    const value = typeParameterBody(body.root, parameters, ctx, `the ${last.kind} ${last.name}`);
    return {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: last.fullName, segmentName: last.name },
      value,
    };
  }
  const target = last.target;
  if (!target?.name || !schema.structured(target.name) || schema.structured(target.name)!.sdkMissing) {
    // No SDK class to build the body with: a snippet would have to invent one.
    const what = target?.name ? `${target.name}, which today's SDK does not have` : 'a value with no known class';
    return {
      severity: 'error',
      code: 'E_BODY_TYPE_UNKNOWN',
      message: `the request body's type is unknown: the path addresses ${what}`,
      location: request.locateBodyOffset(0),
    };
  }
  return {
    kind: 'json',
    bodyType: { kind: 'type', typeName: target.name },
    value: typeEntityBody(body.root, target.name, ctx),
  };
}

function contentType(request: HttpRequest): string | null {
  return request.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? null;
}

/**
 * Whether the call returns a body (`var result = ...`): reads return what they address, a POST
 * to a collection returns the created entity, PATCH and PUT of an entity return it, actions
 * return their declared type, and DELETE, `$ref` and stream uploads return nothing.
 */
function responseType(method: string, last: PathSegment): TypeRef | null {
  if (method === 'DELETE') return null;
  if (last.kind === 'ref') return method === 'GET' ? last.target : null;
  if (last.kind === 'action') return last.target;
  if (method === 'GET') return last.target;
  if (last.kind === 'value') return null;
  if (method === 'POST') {
    if (last.kind === 'function') return last.target;
    return last.target?.name ? { name: last.target.name, isCollection: false } : null;
  }
  // PATCH / PUT
  return last.target?.name ? { name: last.target.name, isCollection: false } : null;
}

function urlLocation(request: HttpRequest, failed: RawPathSegment, path: string): SourceLocation {
  const base = request.requestLineLocation;
  const urlStart = request.method.length + 1;
  // Search after the host (`graph` in `graph.microsoft.com`), and take the occurrence that
  // matches the failing segment when its text repeats (`/users/{id}/manager/{id}`).
  const pathStart = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/.exec(request.rawUrl)?.[0].length ?? 0;
  let nth = 0;
  for (let k = path.indexOf(failed.text); k >= 0 && k < failed.offset; k = path.indexOf(failed.text, k + 1)) nth++;
  let at = request.rawUrl.indexOf(failed.text, pathStart);
  for (; nth > 0 && at >= 0; nth--) at = request.rawUrl.indexOf(failed.text, at + 1);
  if (at < 0) at = request.rawUrl.indexOf(failed.text, pathStart);
  return { ...base, column: base.column + urlStart + Math.max(0, at) };
}

import { AMPERSAND, EQUALS, QUESTION_MARK } from '../char-codes.js';
import type { AstBody, AstHeader, AstQueryOption, OperationSegment, PathSegment, SnippetAst } from './types.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { HttpBody, HttpMethod, HttpRequest } from '../http/types.js';
import { bodyLocator, locateInBody } from '../http/locate.js';
import { contentTypeOf } from '../http/parse.js';
import { urlPathStart } from '../http/url.js';
import type { SchemaIndex } from '../metadata/schema-index.js';
import { BOOLEAN_TYPE, STRING_TYPE, type TypeRef, UNKNOWN_TYPE } from '../metadata/schema.js';
import { typeEntityBody, typeParameterBody, type BodyContext, type ParameterTyping } from './body.js';
import { literalType, resolvePath } from './path.js';
import type { RawPathSegment } from './segments.js';
import {
  endBinding,
  endOperations,
  exactOverload,
  knownToTakeBody,
  operationDefinition,
} from './operation-definition.js';
import { sdkQueryParameterSpelling } from './query-names.js';
import { remapForSdk } from './sdk-paths.js';
import { contentTypeArgument } from './stream-uploads.js';

export type AstResult =
  | { readonly ok: true; readonly ast: SnippetAst; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: Diagnostic; readonly warnings: readonly Diagnostic[] };

/**
 * Headers the SDK sets itself: authentication, host, and content headers that follow from the
 * body. Every other header of the example goes through the request configuration.
 */
const SDK_OWNED_HEADERS = new Set(['host', 'authorization', 'content-type', 'content-length']);

export function buildSnippetAst(request: HttpRequest, schema: SchemaIndex): AstResult {
  const warnings: Diagnostic[] = [];
  const diagnostics = request.diagnostics;
  for (let k = 0; k < diagnostics.length; k++)
    if (diagnostics[k]!.severity === 'warning') warnings.push(diagnostics[k]!);
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
  let segments = resolution.segments;
  let method = request.method;
  let httpBody = request.body;
  const rewritten = functionBodyAsArguments(request, segments, schema);
  if (rewritten) {
    const asWritten = last(segments).raw;
    segments = rewritten;
    method = 'GET';
    httpBody = null;
    warnings.push({
      severity: 'warning',
      code: 'W_FUNCTION_BODY_AS_ARGUMENTS',
      message:
        `${asWritten} is a function: the SDKs call it with GET and its parameters in the URL ` +
        `(${last(segments).raw}), so the body's values are its arguments` +
        (request.method === 'GET' ? '' : ` and the ${request.method} is a GET`),
      location: locateInBody(request.bodySpan, 0),
    });
  }
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
  const query = queryOptions(request, warnings);
  const body = buildBody(request, method, httpBody, segments, schema, warnings);
  if (body && 'severity' in body) return { ok: false, error: body, warnings };
  const ast: SnippetAst = {
    version: request.version,
    method,
    path: segments,
    query,
    headers: sdkHeaders(request),
    body,
    responseType: responseType(method, last(segments)),
    resolution: resolution.inferred ? 'inferred' : 'metadata',
  };
  return { ok: true, ast, warnings };
}

/** The request's headers but those the SDK sets itself. */
function sdkHeaders(request: HttpRequest): AstHeader[] {
  const headers: AstHeader[] = [];
  for (let k = 0; k < request.headers.length; k++) {
    const h = request.headers[k]!;
    if (!SDK_OWNED_HEADERS.has(h.name.toLowerCase())) headers.push({ name: h.name, value: h.value });
  }
  return headers;
}

/** The request's query options; a custom parameter the docs spell otherwise takes the SDKs' spelling. */
function queryOptions(request: HttpRequest, warnings: Diagnostic[]): AstQueryOption[] {
  const query = new Array<AstQueryOption>(request.query.length);
  for (let k = 0; k < query.length; k++) {
    const q = request.query[k]!;
    const sdkName = q.system === null ? sdkQueryParameterSpelling(q.name) : null;
    if (sdkName !== null) {
      warnings.push({
        severity: 'warning',
        code: 'W_QUERY_OPTION',
        message: `the query parameter '${q.name}' is written '${sdkName}', as the SDKs name it (the service reads either)`,
        location: queryNameLocation(request, q.name),
      });
    }
    query[k] = { name: sdkName ?? q.name, system: q.system, value: q.value };
  }
  return query;
}

/** Where the query parameter `name` is in the URL (the request line when it is not found as written). */
function queryNameLocation(request: HttpRequest, name: string): SourceLocation {
  const base = request.requestLineLocation;
  const url = request.rawUrl;
  const query = url.indexOf('?');
  for (let at = url.indexOf(name, query); query >= 0 && at > query; at = url.indexOf(name, at + 1)) {
    const before = url.charCodeAt(at - 1);
    if ((before === QUESTION_MARK || before === AMPERSAND) && url.charCodeAt(at + name.length) === EQUALS) {
      return { ...request.urlLocation, column: request.urlLocation.column + at };
    }
  }
  return base;
}

function last(segments: readonly PathSegment[]): PathSegment {
  return segments[segments.length - 1]!;
}

/**
 * A function called with a JSON body (`POST …/charts/itemAt` with `{"index": 8}`, `GET
 * …/range/usedRange` with `{"valuesOnly": true}`), as the Excel pages of the docs write many.
 * OData functions take their parameters in the URL and are called with GET; the SDKs have
 * only that form: a `…With<P>` builder with a `get` (Python: `charts.item_at_with_index(8).get()`;
 * there is no `item_at` builder and no `ItemAtPostRequestBody`). When the body is a flat object
 * of scalars whose keys are exactly the parameters of an overload of the function bound there
 * (without a container, whose overloads are unknown: any such keys), the body becomes the
 * function's arguments and the request a GET: the snippet then names only what exists.
 * Anything else (URL arguments already, nested values, other keys) is left as is.
 * Returns the rewritten path, or `null`.
 */
function functionBodyAsArguments(
  request: HttpRequest,
  segments: readonly PathSegment[],
  schema: SchemaIndex,
): PathSegment[] | null {
  const fn = segments[segments.length - 1];
  const body = request.body;
  if (fn?.kind !== 'function' || fn.arguments.length > 0 || fn.raw.includes('(')) return null;
  if (request.method !== 'GET' && request.method !== 'POST') return null;
  if (body?.kind !== 'json' || body.root.type !== 'object' || !body.root.children?.length) return null;
  const values = new Map<string, { name: string; text: string; quoted: boolean }>();
  for (const property of body.root.children) {
    const [key, value] = property.children ?? [];
    if (!key || !value || typeof key.value !== 'string') return null;
    if (value.type !== 'string' && value.type !== 'number' && value.type !== 'boolean') return null;
    const text =
      value.type === 'string' ? String(value.value) : body.text.slice(value.offset, value.offset + value.length);
    if (values.has(key.value.toLowerCase())) return null;
    values.set(key.value.toLowerCase(), { name: key.value, text, quoted: value.type === 'string' });
  }
  if (!schema.hasContainer) {
    // Without a container (zero-config) the parameters are unknown: the body's keys as they
    // are, in their order, typed as URL literals are, but `true` and `false` a Boolean even
    // when they are JSON strings.
    const args = [...values.values()].map((v) => ({
      name: v.name,
      value: v.text,
      type: v.text === 'true' || v.text === 'false' ? BOOLEAN_TYPE : literalType(v.text, v.quoted),
      quoted: v.quoted,
    }));
    return withArguments(segments, fn, args, {});
  }
  const candidates = endOperations(segments, schema).filter((op) => op.kind === 'function');
  const overload = exactOverload(candidates, [...values.keys()]);
  if (!overload) return null;
  // In the metadata's parameter order, with the metadata's spelling, as URL arguments are.
  const args = overload.parameters.map((p) => {
    const v = values.get(p.name.toLowerCase())!;
    return { name: p.name, value: v.text, type: p.type, quoted: v.quoted };
  });
  return withArguments(segments, fn, args, { fullName: overload.fullName, target: overload.returnType });
}

/** The path with its last segment, function `fn`, called with `args` (written `fn(a=1,b='x')`). */
function withArguments(
  segments: readonly PathSegment[],
  fn: OperationSegment,
  args: readonly {
    readonly name: string;
    readonly value: string;
    readonly type: TypeRef | null;
    readonly quoted: boolean;
  }[],
  resolved: { readonly fullName?: string; readonly target?: TypeRef | null },
): PathSegment[] {
  // As OData writes arguments: strings quoted, their quotes doubled.
  const text = args.map((a) => `${a.name}=${a.quoted ? `'${a.value.replace(/'/g, "''")}'` : a.value}`);
  const rewritten: PathSegment = {
    ...fn,
    ...resolved,
    raw: `${fn.raw}(${text.join(',')})`,
    arguments: args.map(({ name, value, type }) => ({ name, value, type })),
  };
  return [...segments.slice(0, -1), rewritten];
}

/** The body of `request` sent as `method` (a function's body may have become its arguments: `null`). */
function buildBody(
  request: HttpRequest,
  method: HttpMethod,
  body: HttpBody | null,
  segments: readonly PathSegment[],
  schema: SchemaIndex,
  warnings: Diagnostic[],
): AstBody | Diagnostic | null {
  if (!body) return null;
  const last = segments[segments.length - 1]!;
  if (body.kind === 'raw' || last.kind === 'value' || last.target?.primitive === 'stream') {
    const contentType = contentTypeOf(request.headers);
    return {
      kind: 'stream',
      contentType,
      contentTypeArgument: contentTypeArgument(segments, schema, contentType),
      length: body.text.length,
    };
  }
  if (method === 'GET' || method === 'DELETE') {
    warnings.push({
      severity: 'warning',
      code: 'W_BODY_IGNORED',
      message: `a ${method} request sends no body through the SDK; the example's body is not part of the snippet`,
      location: locateInBody(request.bodySpan, 0),
    });
    return null;
  }
  const ctx: BodyContext = { schema, text: body.text, locate: bodyLocator(request.bodySpan), warnings };
  if (last.kind === 'ref') {
    const value = typeParameterBody(
      body.root,
      { parameters: [{ name: '@odata.id', type: STRING_TYPE, nullable: false }] },
      ctx,
      '$ref',
    );
    return { kind: 'json', bodyType: { kind: 'reference', method: method === 'PUT' ? 'PUT' : 'POST' }, value };
  }
  // A body POSTed to an operation is its parameters. A PATCH/PUT through a composable function
  // (`PATCH …/range(address='A1:B2')`) updates what the function returns: an entity body, below.
  if (last.kind === 'action' || (last.kind === 'function' && method === 'POST')) {
    const op = operationDefinition(segments, schema);
    if ((op?.kind ?? last.kind) === 'action' && knownToTakeBody(op, segments, schema) === false)
      return parameterlessActionBody(body, op?.name ?? last.name, request, warnings);
    const typing: ParameterTyping = op
      ? { parameters: op.parameters }
      : { guess: { name: last.name, binding: endBinding(segments) ?? null } };
    const value = typeParameterBody(body.root, typing, ctx, `the ${last.kind} ${last.name}`);
    return {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: last.fullName, segmentName: last.name },
      value,
    };
  }
  const target = last.target;
  const targetType = schema.structured(target?.name);
  if (!target?.name || !targetType || targetType.sdkMissing) {
    // No SDK class to build the body with: a snippet would have to invent one.
    const what = target?.name ? `${target.name}, which today's SDK does not have` : 'a value with no known class';
    return {
      severity: 'error',
      code: 'E_BODY_TYPE_UNKNOWN',
      message: `the request body's type is unknown: the path addresses ${what}`,
      location: locateInBody(request.bodySpan, 0),
    };
  }
  return {
    kind: 'json',
    bodyType: { kind: 'type', typeName: target.name },
    value: typeEntityBody(body.root, target.name, ctx),
  };
}

/**
 * Whether the call returns a body (`var result = ...`): reads return what they address (of a
 * type the metadata may not give, see {@link SnippetAst.responseType}), a POST to a collection
 * returns the created entity, PATCH and PUT of an entity return it, actions return their
 * declared type, and DELETE, `$ref` and stream uploads return nothing.
 */
function responseType(method: string, last: PathSegment): TypeRef | null {
  if (method === 'DELETE') return null;
  if (last.kind === 'ref') return method === 'GET' ? last.target : null;
  if (last.kind === 'action') return last.target;
  if (method === 'GET') return last.target ?? UNKNOWN_TYPE;
  if (last.kind === 'value') return null;
  if (method === 'POST') {
    if (last.kind === 'function') return last.target;
    return last.target?.name ? { name: last.target.name, isCollection: false } : null;
  }
  // PATCH / PUT
  return last.target?.name ? { name: last.target.name, isCollection: false } : null;
}

/**
 * The body of an action without parameters: none. Kiota generates no request body class for
 * such an action and its `post` takes no body, in every language, so the body cannot be sent
 * (`new RevokeSignInSessionsPostRequestBody` would not compile). An empty `{}` loses nothing;
 * anything else is reported (`W_BODY_IGNORED`), never dropped silently.
 */
function parameterlessActionBody(
  body: Extract<HttpBody, { kind: 'json' }>,
  actionName: string,
  request: HttpRequest,
  warnings: Diagnostic[],
): null {
  const root = body.root;
  const members = root.type === 'object' ? (root.children ?? []) : null;
  if (members !== null && members.length === 0) return null;
  const names = (members ?? []).map((m) => `'${String(m.children?.[0]?.value)}'`);
  const what =
    members === null
      ? `example's body (a JSON ${root.type}) is`
      : names.length === 1
        ? `example's ${names[0]} is`
        : `example's ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
  warnings.push({
    severity: 'warning',
    code: 'W_BODY_IGNORED',
    message: `the action ${actionName} takes no parameters: the SDKs' post sends no body, so the ${what} not part of the snippet`,
    location: locateInBody(request.bodySpan, root.offset),
  });
  return null;
}

function urlLocation(request: HttpRequest, failed: RawPathSegment, path: string): SourceLocation {
  const start = request.urlLocation;
  // Search after the host (`graph` in `graph.microsoft.com`), and take the occurrence that
  // matches the failing segment when its text repeats (`/users/{id}/manager/{id}`).
  const pathStart = urlPathStart(request.rawUrl);
  let nth = 0;
  for (let k = path.indexOf(failed.text); k >= 0 && k < failed.offset; k = path.indexOf(failed.text, k + 1)) nth++;
  let at = request.rawUrl.indexOf(failed.text, pathStart);
  for (; nth > 0 && at >= 0; nth--) at = request.rawUrl.indexOf(failed.text, at + 1);
  if (at < 0) at = request.rawUrl.indexOf(failed.text, pathStart);
  return { ...start, column: start.column + Math.max(0, at) };
}

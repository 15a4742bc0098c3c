import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';
import { type PackedJsonTree, packJsonTree, unpackJsonTree } from '../http/json-tree-codec.js';
import type { HttpBody, HttpHeader, HttpMethod, HttpRequest, QueryOption } from '../http/types.js';
import type { PageRequests, ParsedExample } from '../pipeline/pages.js';

/*
 * A page's parsed examples as they cross from the I/O thread to the main thread: the fields of
 * each example and of its request in one flat array per page, in a fixed order, instead of the
 * ~12 objects an example and its request are made of. Structured cloning writes every object's
 * property names and, on the other side, defines each property on its own (the corpus's 52
 * page ranges were ~45,000 objects and ~214,000 properties, ~6.1 MB); as fields the ranges are
 * ~3.9 MB, and the main thread makes the objects again with literals of one shape each.
 * Measured on the corpus's ranges alone: receiving them (deserializing and making the objects)
 * ~33 → ~24 ms, sending them ~20 → ~16 ms. The objects made are those the I/O thread had, in
 * the same order of properties, with the request's body span pointing at its example (tests
 * compare both on every page of the corpus). A JSON body's tree crosses packed
 * (json-tree-codec.ts); the annotation, the query options and the diagnostics (few, of shapes
 * the parse leaves open) cross as they are.
 */

/** A page as it crosses: its examples' fields, or the page as it is when it cannot be packed. */
export type SentPage =
  | { readonly file: string; readonly fields: readonly unknown[] }
  | { readonly file: string; readonly examples: readonly ParsedExample[] }
  | { readonly file: string; readonly error: unknown };

/** Fields per example in {@link SentPage}'s `fields`: the example's, its error, its request or `null`. */
const EXAMPLE_FIELDS = 12;

/** A JSON body as it crosses: its text and its tree packed. */
interface SentJsonBody {
  readonly packed: PackedJsonTree;
  readonly text: string;
}

/** The request's fields, in order (one array per request in `fields`). */
type SentRequest = [
  method: HttpMethod,
  rawUrl: string,
  version: string,
  path: string,
  query: readonly QueryOption[],
  headers: readonly string[],
  body: SentJsonBody | HttpBody | null,
  bodyStart: number,
  bodyEnd: number,
  bodyFirstLine: number,
  requestLine: number,
  requestColumn: number,
  urlLine: number,
  urlColumn: number,
  diagnostics: readonly Diagnostic[],
];

/**
 * A page made ready to cross (in the I/O thread). A page whose examples or locations name
 * another file than the page's (never, as pages are read) crosses as it is, its JSON trees
 * packed.
 */
export function packPage(page: PageRequests): SentPage {
  if ('error' in page) return page;
  const file = page.file;
  const fields: unknown[] = [];
  for (let k = 0; k < page.examples.length; k++) {
    const { example, request, error } = page.examples[k]!;
    if (example.file !== file || (request && !locatedIn(request, file))) return packedBodiesOnly(page);
    fields.push(
      example.name,
      example.nameWasGenerated,
      example.index,
      example.annotation,
      example.line,
      example.content,
      example.contentLine,
      example.contentIndent,
      example.contentLineIndents,
      example.diagnostics,
      error,
      request && requestFields(request),
    );
  }
  return { file, fields };
}

/** The page a {@link SentPage} was made from (in the main thread). */
export function unpackPage(sent: SentPage): PageRequests {
  if ('error' in sent) return sent;
  if ('examples' in sent) return { file: sent.file, examples: sent.examples.map(withTreeUnpacked) };
  const { file, fields } = sent;
  const examples: ParsedExample[] = new Array(fields.length / EXAMPLE_FIELDS);
  for (let k = 0, e = 0; k < fields.length; k += EXAMPLE_FIELDS, e++) {
    const lineIndents = fields[k + 8] as readonly number[] | undefined;
    const common = {
      file,
      name: fields[k] as string,
      nameWasGenerated: fields[k + 1] as boolean,
      index: fields[k + 2] as number,
      annotation: fields[k + 3] as Readonly<Record<string, unknown>>,
      line: fields[k + 4] as number,
      content: fields[k + 5] as string,
      contentLine: fields[k + 6] as number,
      contentIndent: fields[k + 7] as number,
      diagnostics: fields[k + 9] as readonly Diagnostic[],
    };
    // As extraction makes it: `contentLineIndents` last, and only when some line has its own indent.
    const example: RequestExample = lineIndents === undefined ? common : { ...common, contentLineIndents: lineIndents };
    const request = fields[k + 11] as SentRequest | null;
    examples[e] = {
      example,
      request: request && requestOf(request, example),
      error: fields[k + 10] as Diagnostic | null,
    };
  }
  return { file, examples };
}

function locatedIn(request: HttpRequest, file: string): boolean {
  return request.requestLineLocation.file === file && request.urlLocation.file === file;
}

function requestFields(r: HttpRequest): SentRequest {
  const headers: string[] = new Array(2 * r.headers.length);
  for (let h = 0; h < r.headers.length; h++) {
    headers[2 * h] = r.headers[h]!.name;
    headers[2 * h + 1] = r.headers[h]!.value;
  }
  return [
    r.method,
    r.rawUrl,
    r.version,
    r.path,
    r.query,
    headers,
    sentBody(r.body),
    r.bodySpan.start,
    r.bodySpan.end,
    r.bodySpan.firstLine,
    r.requestLineLocation.line,
    r.requestLineLocation.column,
    r.urlLocation.line,
    r.urlLocation.column,
    r.diagnostics,
  ];
}

function requestOf(r: SentRequest, example: RequestExample): HttpRequest {
  const sentHeaders = r[5];
  const headers: HttpHeader[] = new Array(sentHeaders.length / 2);
  for (let h = 0; h < headers.length; h++) headers[h] = { name: sentHeaders[2 * h]!, value: sentHeaders[2 * h + 1]! };
  const file = example.file;
  return {
    method: r[0],
    rawUrl: r[1],
    version: r[2],
    path: r[3],
    query: r[4],
    headers,
    body: receivedBody(r[6]),
    bodySpan: { example, start: r[7], end: r[8], firstLine: r[9] },
    requestLineLocation: { file, line: r[10], column: r[11] },
    urlLocation: { file, line: r[12], column: r[13] },
    diagnostics: r[14],
  };
}

function sentBody(body: HttpBody | null): SentJsonBody | HttpBody | null {
  return body?.kind === 'json' ? { packed: packJsonTree(body.root), text: body.text } : body;
}

function receivedBody(body: SentJsonBody | HttpBody | null): HttpBody | null {
  if (body === null || !('packed' in body)) return body;
  return { kind: 'json', text: body.text, root: unpackJsonTree(body.packed) };
}

/** A page that crosses as it is: only its JSON trees packed. */
function packedBodiesOnly(page: Extract<PageRequests, { examples: unknown }>): SentPage {
  return { file: page.file, examples: page.examples.map(withTreePacked) };
}

function withTreePacked(parsed: ParsedExample): ParsedExample {
  const body = parsed.request?.body;
  if (body?.kind !== 'json') return parsed;
  return { ...parsed, request: { ...parsed.request!, body: sentBody(body) as unknown as HttpBody } };
}

function withTreeUnpacked(parsed: ParsedExample): ParsedExample {
  const body = parsed.request?.body as SentJsonBody | HttpBody | null | undefined;
  if (body === undefined || body === null || !('packed' in body)) return parsed;
  return { ...parsed, request: { ...parsed.request!, body: receivedBody(body) } };
}

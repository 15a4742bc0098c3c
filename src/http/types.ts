import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { RequestExample } from '../docs/types.js';

export type JsonNodeType = 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';

/**
 * A node of a JSON body's tree, shaped as jsonc-parser's `Node` (its functions, such as
 * `getNodeValue`, accept it): an object's children are `property` nodes whose children are the
 * key (a `string` node) and the value. Offsets and lengths index the body text.
 */
export interface JsonNode {
  readonly type: JsonNodeType;
  /** Strings, numbers, booleans and null: the value (a key's name for a key node). */
  readonly value?: string | number | boolean | null;
  readonly offset: number;
  readonly length: number;
  /** Objects (properties), arrays (elements) and properties (key, then value). */
  readonly children?: JsonNode[];
}

export const HTTP_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Well-known OData system query options, by their name without `$`. */
export type SystemQueryOption =
  | 'select'
  | 'expand'
  | 'filter'
  | 'orderby'
  | 'search'
  | 'top'
  | 'skip'
  | 'count'
  | 'skiptoken'
  | 'deltatoken'
  | 'format';

export type QueryValue =
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'string'; readonly value: string };

export interface QueryOption {
  /** Name as written, decoded (`$select`, `startDateTime`). */
  readonly name: string;
  /** The system option it is, or `null` for a custom parameter. */
  readonly system: SystemQueryOption | null;
  /** Decoded raw value. */
  readonly raw: string;
  readonly value: QueryValue;
}

export interface HttpHeader {
  readonly name: string;
  readonly value: string;
}

export type HttpBody =
  | {
      readonly kind: 'json';
      /** The body text as written (after fence-indent removal). */
      readonly text: string;
      readonly root: JsonNode;
    }
  | {
      /** Anything that is not JSON: binary placeholders, text/plain, images, multipart. */
      readonly kind: 'raw';
      readonly text: string;
      readonly contentType: string | null;
    };

/**
 * The body's place in its example's `content`: `content.slice(start, end)`, where `start` is the
 * start of content line `firstLine`. Data, not a function: a parsed request crosses threads.
 */
export interface BodySpan {
  readonly example: RequestExample;
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
}

export interface HttpRequest {
  readonly method: HttpMethod;
  /** URL exactly as written on the request line. */
  readonly rawUrl: string;
  /** API version from the URL (`v1.0`, `beta`) or the configured default for relative URLs. */
  readonly version: string;
  /** Decoded path after the version, starting with `/` (`/users/{id}/memberOf`). */
  readonly path: string;
  readonly query: readonly QueryOption[];
  readonly headers: readonly HttpHeader[];
  readonly body: HttpBody | null;
  /** Where `body.text` is in the example, to locate offsets in it (see `locateInBody`). */
  readonly bodySpan: BodySpan;
  /** Where the request line is. */
  readonly requestLineLocation: SourceLocation;
  /** Where the URL starts on the request line (after the method and however many blanks). */
  readonly urlLocation: SourceLocation;
  /** Warnings found while parsing (errors make the parse fail instead). */
  readonly diagnostics: readonly Diagnostic[];
}

export type HttpParseResult =
  | { readonly ok: true; readonly request: HttpRequest }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

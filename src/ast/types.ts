import type { HttpMethod, QueryValue, SystemQueryOption } from '../http/types.js';
import type { PrimitiveKind, TypeRef } from '../metadata/schema.js';

/**
 * The language-neutral snippet AST: one immutable tree per request example, resolved against
 * the metadata. Emitters read only this (never the raw request or the metadata), so all three
 * languages agree on every type decision.
 *
 * Type names are full OData names (`microsoft.graph.user`); property names are wire names.
 * Turning them into SDK identifiers is each emitter's naming module's job.
 */
export interface SnippetAst {
  readonly version: string;
  readonly method: HttpMethod;
  readonly path: readonly PathSegment[];
  readonly query: readonly AstQueryOption[];
  readonly headers: readonly AstHeader[];
  readonly body: AstBody | null;
  /**
   * What the call returns, when the operation has a response body (`var result = ...`). A read
   * whose type the metadata does not give (zero-config) returns `{ isCollection: false }`, with
   * neither a name nor a primitive: a value all the same.
   */
  readonly responseType: TypeRef | null;
  /** How the path was resolved: against an entity container, or by documented conventions. */
  readonly resolution: 'metadata' | 'inferred';
}

export type PathSegment =
  | EntitySetSegment
  | SingletonSegment
  | NavigationSegment
  | PropertySegment
  | KeySegment
  | CastSegment
  | OperationSegment
  | RefSegment
  | ValueSegment
  | CountSegment
  | RawSegment;

interface SegmentBase {
  /** The segment as written in the URL (decoded). */
  readonly raw: string;
  /** The type this segment addresses (what a request on the path up to here returns). */
  readonly target: TypeRef | null;
}

export interface EntitySetSegment extends SegmentBase {
  readonly kind: 'entitySet';
  readonly name: string;
}

export interface SingletonSegment extends SegmentBase {
  readonly kind: 'singleton';
  /** `me` is a singleton of `microsoft.graph.user`. */
  readonly name: string;
}

export interface NavigationSegment extends SegmentBase {
  readonly kind: 'navigation';
  readonly name: string;
  readonly containsTarget: boolean;
}

/** A structural property used as a path segment (`/me/mailboxSettings`). */
export interface PropertySegment extends SegmentBase {
  readonly kind: 'property';
  readonly name: string;
}

export interface KeySegment extends SegmentBase {
  readonly kind: 'key';
  /**
   * The SDK's key parameter, `<entityTypeName>-id` of the collection's declared element type
   * (`user-id`, `directoryObject-id`), as Kiota names it.
   */
  readonly parameter: string;
  /** The key value as written (`{id}`, `48d31887-...`, `'abc'`). */
  readonly value: string;
  readonly isPlaceholder: boolean;
}

export interface CastSegment extends SegmentBase {
  readonly kind: 'cast';
  /** Full name of the cast target (`microsoft.graph.group`). */
  readonly typeName: string;
}

export interface OperationArgument {
  readonly name: string;
  /** The value as written, without quotes (`D7`, `{id}`). */
  readonly value: string;
  readonly type: TypeRef | null;
}

export interface OperationSegment extends SegmentBase {
  readonly kind: 'action' | 'function';
  /** Operation name without namespace (`sendMail`, `getEmailActivityCounts`). */
  readonly name: string;
  readonly fullName: string;
  /** Function arguments from the parentheses, in the metadata's parameter order. Empty for actions. */
  readonly arguments: readonly OperationArgument[];
  readonly isBound: boolean;
}

export interface RefSegment extends SegmentBase {
  readonly kind: 'ref';
}

export interface ValueSegment extends SegmentBase {
  readonly kind: 'value';
}

export interface CountSegment extends SegmentBase {
  readonly kind: 'count';
}

/** A segment the metadata does not know; kept as written, with a warning. */
export interface RawSegment extends SegmentBase {
  readonly kind: 'raw';
}

export interface AstQueryOption {
  /** Name as written (`$select`, `startDateTime`). */
  readonly name: string;
  readonly system: SystemQueryOption | null;
  readonly value: QueryValue;
}

export interface AstHeader {
  readonly name: string;
  readonly value: string;
}

export type AstBody =
  | {
      readonly kind: 'json';
      /**
       * What the body is: an entity/complex type, or (for actions) the action's parameters,
       * or `null` when nothing is known.
       */
      readonly bodyType: BodyTypeInfo;
      readonly value: ValueNode;
    }
  | {
      /** Stream upload (`PUT .../$value`, `application/octet-stream`, images, text/plain). */
      readonly kind: 'stream';
      readonly contentType: string | null;
      /**
       * The content type the SDKs' upload method takes as an argument (the branding images:
       * stream-uploads.ts); `null` for the others, whose content type the SDK sets.
       */
      readonly contentTypeArgument: string | null;
      /** Length of the example's body text, for the TypeScript `new ArrayBuffer(n)` placeholder. */
      readonly length: number;
    };

export type BodyTypeInfo =
  | { readonly kind: 'type'; readonly typeName: string }
  | {
      /** The request body of an action: its parameters become an inline `<Action>PostRequestBody`. */
      readonly kind: 'actionParameters';
      readonly operation: string;
      /** Name of the path segment that names the action (for the body class and its namespace). */
      readonly segmentName: string;
    }
  | { readonly kind: 'reference'; readonly method: 'POST' | 'PUT' }
  /**
   * Not produced by `buildSnippetAst`, which reports `E_BODY_TYPE_UNKNOWN` instead of guessing a
   * class; emitters still handle it (C# refuses, TS/Python send additional data) so that a
   * hand-built AST cannot make them crash.
   */
  | { readonly kind: 'unknown' };

export type ValueNode = ObjectNode | ArrayNode | PrimitiveNode | EnumNode | NullNode | UntypedNode;

export interface ObjectNode {
  readonly kind: 'object';
  /**
   * The class to build: the derived type named by `@odata.type` where there is one, else the
   * declared type. `null` only for the ROOT body object of an action (`actionParameters`) or a
   * `$ref` (`reference`) body: its class comes from {@link BodyTypeInfo} (`SendMailPostRequestBody`,
   * `ReferenceCreate`), and its `properties` are the parameters / `@odata.id`. Objects with no
   * known type anywhere else are {@link UntypedNode}s, never ObjectNodes.
   */
  readonly typeName: string | null;
  /** Declared type of the place the object sits in (property, array element, body). */
  readonly declaredTypeName: string | null;
  /** Properties the class declares (including `@odata.type`), in JSON order. */
  readonly properties: readonly PropertyNode[];
  /** Properties the class does not declare, in JSON order: they go to additional data. */
  readonly additionalData: readonly AdditionalDataEntry[];
}

export interface PropertyNode {
  /** Wire name (`displayName`, `@odata.type`). */
  readonly name: string;
  readonly type: TypeRef | null;
  readonly value: ValueNode;
}

export interface AdditionalDataEntry {
  /** Wire name, kept exactly (`members@odata.bind`, `id`). */
  readonly key: string;
  /** Value as untyped JSON: additional data has no declared type. */
  readonly value: UntypedNode;
}

export interface ArrayNode {
  readonly kind: 'array';
  readonly elementType: TypeRef | null;
  readonly items: readonly ValueNode[];
}

export interface PrimitiveNode {
  readonly kind: 'primitive';
  readonly primitive: Exclude<PrimitiveKind, 'untyped' | 'stream'>;
  /**
   * The value: for strings and typed strings (dates, guids, ...) the decoded string; for
   * numbers the number token exactly as written (precision is kept); for booleans
   * `true`/`false`.
   */
  readonly value: string;
}

export interface EnumNode {
  readonly kind: 'enum';
  readonly enumTypeName: string;
  readonly isFlags: boolean;
  /** Member names as the metadata spells them (one, or several for flags). */
  readonly members: readonly string[];
}

export interface NullNode {
  readonly kind: 'null';
}

/** JSON with no schema: `Edm.Untyped`, anonymous objects, values in additional data. */
export type UntypedNode =
  | {
      readonly kind: 'untypedObject';
      readonly entries: readonly { readonly key: string; readonly value: UntypedNode }[];
    }
  | { readonly kind: 'untypedArray'; readonly items: readonly UntypedNode[] }
  | { readonly kind: 'untypedString'; readonly value: string }
  | { readonly kind: 'untypedNumber'; readonly value: string }
  | { readonly kind: 'untypedBoolean'; readonly value: boolean }
  | { readonly kind: 'untypedNull' };

import type {
  AdditionalDataEntry,
  ArrayNode,
  AstBody,
  EnumNode,
  NullNode,
  ObjectNode,
  OperationArgument,
  PathSegment,
  PrimitiveNode,
  PropertyNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../src/ast/types.js';
import type { PrimitiveKind, TypeRef } from '../../src/metadata/schema.js';
import { G } from './schema-builders.js';

/**
 * Constructors for hand-built snippet ASTs, shared by the emitter tests of every language. Type
 * names without a dot are taken as `microsoft.graph.<name>`.
 */

export { G };

/** `microsoft.graph.<name>` unless `name` is already qualified. */
export function qualify(name: string): string {
  return name.includes('.') ? name : `${G}.${name}`;
}

// ---- type references ----

export function primType(primitive: PrimitiveKind, isCollection = false): TypeRef {
  return { primitive, isCollection };
}

export function namedType(name: string, isCollection = false): TypeRef {
  return { name: qualify(name), isCollection };
}

export const t = { prim: primType, named: namedType };

// ---- values ----

export function primitive(kind: PrimitiveNode['primitive'], value: string): PrimitiveNode {
  return { kind: 'primitive', primitive: kind, value };
}
export const str = (value: string): PrimitiveNode => primitive('string', value);
export const bool = (value: boolean): PrimitiveNode => primitive('boolean', String(value));
export const int = (value: number): PrimitiveNode => primitive('int32', String(value));
export const NULL: NullNode = { kind: 'null' };

export function enumValue(enumTypeName: string, members: string[], isFlags = false): EnumNode {
  return { kind: 'enum', enumTypeName: qualify(enumTypeName), isFlags, members };
}

export function prop(name: string, type: TypeRef | null, value: ValueNode): PropertyNode {
  return { name, type, value };
}

export function obj(
  typeName: string | null,
  properties: PropertyNode[],
  additionalData: AdditionalDataEntry[] = [],
  declaredTypeName: string | null = typeName,
): ObjectNode {
  return {
    kind: 'object',
    typeName: typeName === null ? null : qualify(typeName),
    declaredTypeName: declaredTypeName === null ? null : qualify(declaredTypeName),
    properties,
    additionalData,
  };
}

export function arr(elementType: TypeRef | null, items: ValueNode[]): ArrayNode {
  return { kind: 'array', elementType, items };
}

export function extra(key: string, value: UntypedNode): AdditionalDataEntry {
  return { key, value };
}

/** Untyped JSON. */
export const u = {
  str: (value: string): UntypedNode => ({ kind: 'untypedString', value }),
  num: (value: string): UntypedNode => ({ kind: 'untypedNumber', value }),
  bool: (value: boolean): UntypedNode => ({ kind: 'untypedBoolean', value }),
  null: (): UntypedNode => ({ kind: 'untypedNull' }),
  arr: (items: UntypedNode[]): UntypedNode => ({ kind: 'untypedArray', items }),
  obj: (entries: [string, UntypedNode][]): UntypedNode => ({
    kind: 'untypedObject',
    entries: entries.map(([key, value]) => ({ key, value })),
  }),
};

// ---- path segments (targets given as type references) ----

export const segment = {
  entitySet: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'entitySet',
    name,
    raw: name,
    target,
  }),
  singleton: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'singleton',
    name,
    raw: name,
    target,
  }),
  navigation: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'navigation',
    name,
    raw: name,
    target,
    containsTarget: true,
  }),
  property: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'property',
    name,
    raw: name,
    target,
  }),
  key: (parameter: string, value: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'key',
    parameter,
    value,
    raw: value,
    isPlaceholder: value.startsWith('{'),
    target,
  }),
  cast: (typeName: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'cast',
    typeName,
    raw: typeName,
    target,
  }),
  action: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'action',
    name,
    fullName: `${G}.${name}`,
    arguments: [],
    isBound: true,
    raw: name,
    target,
  }),
  fn: (name: string, args: OperationArgument[], target: TypeRef | null = null): PathSegment => ({
    kind: 'function',
    name,
    fullName: `${G}.${name}`,
    arguments: args,
    isBound: true,
    raw: `${name}(${args.map((a) => `${a.name}='${a.value}'`).join(',')})`,
    target,
  }),
  ref: (): PathSegment => ({ kind: 'ref', raw: '$ref', target: null }),
  value: (target: TypeRef | null = null): PathSegment => ({ kind: 'value', raw: '$value', target }),
  count: (target: TypeRef | null = null): PathSegment => ({ kind: 'count', raw: '$count', target }),
  raw: (raw: string): PathSegment => ({ kind: 'raw', raw, target: null }),
};

// ---- requests ----

/** A v1.0 GET of `path` with no query, headers, body or response type, unless given. */
export function ast(parts: Partial<SnippetAst> & { path: readonly PathSegment[] }): SnippetAst {
  return {
    version: 'v1.0',
    method: 'GET',
    query: [],
    headers: [],
    body: null,
    responseType: null,
    resolution: 'metadata',
    ...parts,
  };
}

/** A JSON body of `microsoft.graph.<typeName>`, or of unknown type. */
export function jsonBody(value: ValueNode, typeName: string | null = null): AstBody {
  return {
    kind: 'json',
    bodyType: typeName ? { kind: 'type', typeName: `${G}.${typeName}` } : { kind: 'unknown' },
    value,
  };
}

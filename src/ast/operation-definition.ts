import type { SchemaIndex } from '../metadata/schema-index.js';
import type { OperationDef, TypeRef } from '../metadata/schema.js';
import { actionTakesBody } from './action-parameters.js';
import type { PathSegment } from './types.js';

/**
 * The operations the path ends at: of the last segment's name, bound to the type of the segment
 * before it (most specific first), or unbound. None when the path does not end with an operation.
 */
export function endOperations(path: readonly PathSegment[], schema: SchemaIndex): readonly OperationDef[] {
  const last = path[path.length - 1];
  if (last?.kind !== 'action' && last?.kind !== 'function') return [];
  return schema.operationsAt(last.fullName, last.isBound, endBinding(path));
}

/** The type an operation at the end of the path is bound to: the target of the segment before it. */
export function endBinding(path: readonly PathSegment[]): TypeRef | null | undefined {
  return path[path.length - 2]?.target;
}

/**
 * The definition of the operation the path ends with, as path resolution chose it: bound to the
 * type of the segment before it. Several operations share a name (`add` on table columns, table
 * rows, charts, conversation members, sites…; `cancel` with and without parameters); the first
 * one of that name would type the body with another operation's parameters (`values` of
 * `conversationMember` for a table column). The AST and every emitter ask this one question
 * here, so that they agree on whether an action takes a body.
 */
export function operationDefinition(segments: readonly PathSegment[], schema: SchemaIndex): OperationDef | undefined {
  const last = segments[segments.length - 1];
  if (last?.kind !== 'action' && last?.kind !== 'function') return undefined;
  const candidates = endOperations(segments, schema).filter((o) => o.kind === last.kind);
  const resolved =
    last.kind === 'function'
      ? overloadFor(
          candidates,
          last.arguments.map((a) => a.name),
        )
      : candidates[0];
  // Inferred operations (no CSDL) have no binding to match: any definition of the name.
  return resolved ?? schema.operationsNamed(last.fullName).find((o) => o.kind === last.kind);
}

/**
 * Whether the operation the path ends with takes a request body: Kiota generates a request body
 * class, and a `post` that takes one, only for an action with parameters. For an action the
 * schema does not define (no container: the typings) the Graph metadata's lists answer
 * (action-parameters.ts); `ifUnknown` answers for the rest: an emitter inventing an empty body
 * assumes none, one keeping the example's body assumes one.
 */
export function operationTakesBody(path: readonly PathSegment[], schema: SchemaIndex, ifUnknown: boolean): boolean {
  return knownToTakeBody(operationDefinition(path, schema), path, schema) ?? ifUnknown;
}

/**
 * Whether the path's operation takes a body, as its definition `op` says (see
 * {@link operationDefinition}), or without one, for an action the schema does not define (no
 * container: the typings), the Graph metadata's lists; `undefined` when neither knows.
 */
export function knownToTakeBody(
  op: OperationDef | undefined,
  path: readonly PathSegment[],
  schema: SchemaIndex,
): boolean | undefined {
  if (op) return op.parameters.length > 0;
  const last = path[path.length - 1];
  return !schema.hasContainer && last?.kind === 'action'
    ? actionTakesBody(last.name, endBinding(path) ?? null, schema)
    : undefined;
}

/**
 * Of a function's overloads (most specific binding first), the one the URL's arguments call:
 * the first whose parameters are exactly the named arguments (any case; Excel's `columnsAfter`
 * and `columnsAfter(count=2)` are two overloads), else the first. OData picks a function
 * overload by its parameter names.
 */
export function overloadFor<T extends { readonly parameters: readonly { readonly name: string }[] }>(
  overloads: readonly T[],
  argumentNames: readonly (string | null)[],
): T | undefined {
  return exactOverload(overloads, argumentNames) ?? overloads[0];
}

/** The first overload whose parameters are exactly the named arguments (any case), if any. */
export function exactOverload<T extends { readonly parameters: readonly { readonly name: string }[] }>(
  overloads: readonly T[],
  argumentNames: readonly (string | null)[],
): T | undefined {
  const names = argumentNames.filter((n): n is string => n !== null).map((n) => n.toLowerCase());
  return overloads.find(
    (op) => op.parameters.length === names.length && op.parameters.every((p) => names.includes(p.name.toLowerCase())),
  );
}

import type {
  ArrayNode,
  AstBody,
  ObjectNode,
  PathSegment,
  PropertyNode,
  SnippetAst,
  ValueNode,
} from '../../../src/ast/types.js';
import type { EmitContext } from '../../../src/emit/types.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import type { ApiSchema, SchemaTypeDef, TypeRef } from '../../../src/metadata/schema.js';
import {
  arr as arrayOf,
  ast as astOf,
  bool,
  namedType as named,
  obj,
  primType as prim,
  prop as property,
  segment,
  str,
} from '../../support/ast-builders.js';
import { G, apiSchema, boundAction, enumType, structured } from '../../support/schema-builders.js';
import { SEED_TYPES } from '../../support/seed.js';

export { NULL, enumValue, extra, int, primitive, u } from '../../support/ast-builders.js';
export { SEED_AST } from '../../support/seed.js';
export { G, bool, named, obj, str };

/**
 * Hand-built ASTs and a tiny schema for the TypeScript emitter tests. The seed request, the
 * builders and the schema types they share with the other languages' tests are in ../../support/.
 */

// ---- schema ----

const TYPES: SchemaTypeDef[] = [
  ...SEED_TYPES,
  // For the feature tests.
  structured(`${G}.message`, [
    ['subject', prim('string')],
    ['body', named(`${G}.itemBody`)],
    ['attachments', named(`${G}.attachment`, true)],
  ]),
  structured(`${G}.itemBody`, [
    ['contentType', named(`${G}.bodyType`)],
    ['content', prim('string')],
  ]),
  structured(`${G}.attachment`, [['name', prim('string')]]),
  structured(`${G}.fileAttachment`, [['contentBytes', prim('binary')]], `${G}.attachment`),
  structured(`${G}.user`, [['displayName', prim('string')]], null, 'entity'),
  structured(`${G}.group`, [['displayName', prim('string')]], null, 'entity'),
  structured(`${G}.package`, [['type', prim('string')]]),
  structured(`${G}.security.alert`, [['title', prim('string')]], null, 'entity'),
  structured(`${G}.alert`, [['title', prim('string')]], null, 'entity'),
  enumType(`${G}.bodyType`, ['text', 'html']),
  enumType(`${G}.conditionalAccessGuestOrExternalUserTypes`, ['none', 'internalGuest', 'b2bCollaborationGuest'], true),
  enumType(`${G}.security.alertStatus`, ['new', 'inProgress', 'resolved']),
];

export const TEST_SCHEMA: ApiSchema = apiSchema('beta', TYPES, {
  operations: [
    boundAction('createForward', named(`${G}.message`), [['Comment', prim('string')]], named(`${G}.message`)),
    boundAction('send', named(`${G}.message`), []),
  ],
});

export const CONTEXT: EmitContext = { schema: new SchemaIndex(TEST_SCHEMA), exampleName: 'test' };

// ---- value builders: the shared ones, types last and optional ----

export function arr(items: ValueNode[], elementType: TypeRef | null = null): ArrayNode {
  return arrayOf(elementType, items);
}
export function prop(name: string, value: ValueNode, type: TypeRef | null = null): PropertyNode {
  return property(name, type, value);
}

/** The parameters of `sendMail`: `message`, not saved to Sent Items. */
export function sendMailBody(message: ObjectNode): AstBody {
  return {
    kind: 'json',
    bodyType: { kind: 'actionParameters', operation: `${G}.sendMail`, segmentName: 'sendMail' },
    value: obj(null, [prop('Message', message), prop('SaveToSentItems', bool(false))]),
  };
}

/** A `fileAttachment` where an `attachment` is declared: `@odata.type`, then `props`. */
export function fileAttachment(props: PropertyNode[]): ObjectNode {
  return obj(
    `${G}.fileAttachment`,
    [prop('@odata.type', str('#microsoft.graph.fileAttachment')), ...props],
    [],
    `${G}.attachment`,
  );
}

// ---- path builders ----

export const seg = {
  set: (name: string, target: TypeRef | null = null): PathSegment => segment.entitySet(name, target),
  single: (name: string, target: TypeRef | null = null): PathSegment => segment.singleton(name, target),
  nav: (name: string, target: TypeRef | null = null): PathSegment => segment.navigation(name, target),
  property: (name: string): PathSegment => segment.property(name),
  key: (parameter: string, value = '{id}'): PathSegment => segment.key(parameter, value),
  cast: (typeName: string): PathSegment => segment.cast(typeName),
  action: (name: string): PathSegment => segment.action(name),
  fn: (name: string, args: { name: string; value: string; type: TypeRef | null }[] = []): PathSegment =>
    segment.fn(name, args),
  ref: (): PathSegment => segment.ref(),
  value: (): PathSegment => segment.value(),
  count: (): PathSegment => segment.count(),
  raw: (raw: string): PathSegment => segment.raw(raw),
};

/** A v1.0 GET of `/users` unless `overrides` say otherwise. */
export function ast(overrides: Partial<SnippetAst>): SnippetAst {
  return astOf({ path: [seg.set('users', named(`${G}.user`, true))], ...overrides });
}

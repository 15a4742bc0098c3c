import type {
  AstBody,
  AstQueryOption,
  PathSegment,
  PrimitiveNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../../src/ast/types.js';
import { csharpTarget } from '../../../src/emit/csharp/target.js';
import type { EmitContext } from '../../../src/emit/types.js';
import type { QueryValue, SystemQueryOption } from '../../../src/http/types.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import type { ApiSchema, OperationDef, SchemaTypeDef, TypeRef } from '../../../src/metadata/schema.js';
import {
  jsonBody as jsonBodyOf,
  namedType as named,
  primType as prim,
  primitive,
  segment,
  u,
} from '../../support/ast-builders.js';
import { G, apiSchema, boundAction as action, enumType, structured } from '../../support/schema-builders.js';
import { SEED_AST, SEED_TYPES } from '../../support/seed.js';

export { NULL, arr, ast, bool, enumValue, obj, prop, str } from '../../support/ast-builders.js';
export { SEED_AST, named, prim };

/**
 * Hand-built ASTs and a tiny schema for the C# emitter tests. The schema holds the seed's
 * types (beta accessPackageAssignmentPolicy: seeds 000 and 004, example 2) plus small types for each
 * naming rule: reserved type names, a class/namespace clash, ambiguous names, `Prop` and
 * `Property` suffixes, every primitive kind, enums and flags, untyped JSON. The builders they
 * share with the other languages' tests are in ../../support/.
 */

const TYPES: SchemaTypeDef[] = [
  ...SEED_TYPES,
  // Users, mail, groups.
  structured(`${G}.directoryObject`, [], `${G}.entity`, 'entity'),
  structured(`${G}.directory`, [], `${G}.entity`, 'entity'),
  structured(
    `${G}.user`,
    [
      ['accountEnabled', prim('boolean')],
      ['businessPhones', prim('string', true)],
      ['displayName', prim('string')],
      ['passwordProfile', named('passwordProfile')],
    ],
    `${G}.directoryObject`,
    'entity',
  ),
  structured(`${G}.group`, [['displayName', prim('string')]], `${G}.directoryObject`, 'entity'),
  structured(`${G}.passwordProfile`, [
    ['forceChangePasswordNextSignIn', prim('boolean')],
    ['password', prim('string')],
  ]),
  structured(
    `${G}.message`,
    [
      ['body', named('itemBody')],
      ['subject', prim('string')],
      ['toRecipients', named('recipient', true)],
      ['attachments', named('attachment', true)],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.itemBody`, [
    ['content', prim('string')],
    ['contentType', named('bodyType')],
  ]),
  structured(`${G}.recipient`, [['emailAddress', named('emailAddress')]]),
  structured(`${G}.emailAddress`, [
    ['address', prim('string')],
    ['name', prim('string')],
  ]),
  structured(`${G}.attachment`, [['name', prim('string')]], `${G}.entity`, 'entity'),
  structured(`${G}.fileAttachment`, [['contentBytes', prim('binary')]], `${G}.attachment`, 'entity'),
  enumType(`${G}.bodyType`, ['text', 'html']),
  enumType(`${G}.dayOfWeek`, ['sunday', 'monday', 'tuesday']),
  enumType(`${G}.weekdays`, ['none', 'monday', 'friday'], true),
  enumType(`${G}.oAuthFlow`, ['id_token', 'tls1_2', '2fa']),
  structured(`${G}.file`, [['mimeType', prim('string')]]),
  structured(
    `${G}.driveItem`,
    [
      ['file', named('file')],
      ['name', prim('string')],
    ],
    `${G}.entity`,
    'entity',
  ),
  // Every primitive kind, enums, collections of value types.
  structured(`${G}.primitiveBag`, [
    ['text', prim('string')],
    ['flag', prim('boolean')],
    ['tiny', prim('byte')],
    ['signedTiny', prim('sbyte')],
    ['small', prim('int16')],
    ['count', prim('int32')],
    ['big', prim('int64')],
    ['ratio', prim('single')],
    ['amount', prim('double')],
    ['price', prim('decimal')],
    ['when', prim('dateTimeOffset')],
    ['day', prim('date')],
    ['at', prim('timeOfDay')],
    ['length', prim('duration')],
    ['key', prim('guid')],
    ['data', prim('binary')],
    ['days', named('dayOfWeek', true)],
    ['weekdays', named('weekdays')],
    ['flow', named('oAuthFlow')],
    ['numbers', prim('int32', true)],
    ['keys', prim('guid', true)],
    ['dates', prim('date', true)],
    ['nothing', prim('string')],
    ['settingValue', prim('untyped')],
    ['additionalData', prim('string')],
    ['primitiveBag', prim('string')],
    ['family_name', prim('string')],
    ['status', named('taskStatus')],
  ]),
  enumType(`${G}.taskStatus`, ['notStarted', 'completed']),
  // Sub-namespaces: a class/namespace clash and an ambiguous simple name.
  structured(`${G}.security`, [['displayName', prim('string')]], `${G}.entity`, 'entity'),
  structured(`${G}.alert`, [['title', prim('string')]], `${G}.entity`, 'entity'),
  structured(
    `${G}.security.alert`,
    [
      ['title', prim('string')],
      ['comments', named(`${G}.security.alertComment`, true)],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.security.alertComment`, [['comment', prim('string')]]),
  structured(
    `${G}.security.incident`,
    [
      ['alert', named('alert')],
      ['displayName', prim('string')],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.identityGovernance.task`, [['displayName', prim('string')]], `${G}.entity`, 'entity'),
];

const OPERATIONS: OperationDef[] = [
  action('sendMail', named('user'), [
    ['Message', named('message')],
    ['SaveToSentItems', prim('boolean')],
  ]),
  action('getMemberGroups', named('directoryObject'), [['securityEnabledOnly', prim('boolean')]], prim('string', true)),
  action('revokeSignInSessions', named('user'), [], prim('boolean')),
  action('archive', named('group'), [['shouldSetSpoSiteReadOnlyForMembers', prim('boolean')]]),
];

function schemaFor(version: string): ApiSchema {
  return apiSchema(version, TYPES, {
    sources: [{ kind: 'csdl', description: 'test/emit/csharp/fixtures.ts', fingerprint: 'test' }],
    operations: OPERATIONS,
    container: {
      entitySets: [
        { name: 'users', entityType: `${G}.user` },
        { name: 'groups', entityType: `${G}.group` },
      ],
      singletons: [
        { name: 'me', type: `${G}.user` },
        { name: 'identityGovernance', type: `${G}.identityGovernance` },
        { name: 'directory', type: `${G}.directory` },
      ],
      operationImports: [],
    },
  });
}

export const betaSchema = new SchemaIndex(schemaFor('beta'));
export const v1Schema = new SchemaIndex(schemaFor('v1.0'));

export function context(version = 'v1.0'): EmitContext {
  return { schema: version === 'beta' ? betaSchema : v1Schema, exampleName: 'test' };
}

export function emit(ast: SnippetAst): string {
  return csharpTarget.emit(ast, context(ast.version));
}

// ---- AST builders (C# forms of the shared ones) ----

export function num(value: string, kind: PrimitiveNode['primitive'] = 'int32'): PrimitiveNode {
  return primitive(kind, value);
}
export const typed = primitive;
export const uStr = u.str;
export const uNum = u.num;
export const uBool = u.bool;
export const U_NULL: UntypedNode = u.null();
export const uObj = u.obj;
export const uArr = u.arr;

// ---- path segments, targets given by type name ----

export const seg = {
  entitySet: (name: string, type: string): PathSegment => segment.entitySet(name, named(type, true)),
  singleton: (name: string, type: string): PathSegment => segment.singleton(name, named(type)),
  nav: (name: string, type: string, isCollection = true): PathSegment =>
    segment.navigation(name, named(type, isCollection)),
  property: (name: string, type: TypeRef): PathSegment => segment.property(name, type),
  key: (parameter: string, type: string, value = '{id}'): PathSegment => segment.key(parameter, value, named(type)),
  cast: (typeName: string, isCollection = true): PathSegment =>
    segment.cast(`${G}.${typeName}`, named(typeName, isCollection)),
  action: (name: string, target: TypeRef | null = null): PathSegment => segment.action(name, target),
  fn: (name: string, args: [string, string, TypeRef | null][], target: TypeRef | null): PathSegment =>
    segment.fn(
      name,
      args.map(([n, value, type]) => ({ name: n, value, type })),
      target,
    ),
  ref: (): PathSegment => segment.ref(),
  value: (): PathSegment => segment.value(prim('stream')),
  count: (): PathSegment => segment.count(prim('int32')),
  raw: (text: string): PathSegment => segment.raw(text),
};

export function query(name: string, value: QueryValue): AstQueryOption {
  const system = name.startsWith('$') ? (name.slice(1).toLowerCase() as SystemQueryOption) : null;
  return { name, system, value };
}

export function jsonBody(typeName: string, value: ValueNode): AstBody {
  return jsonBodyOf(value, typeName);
}

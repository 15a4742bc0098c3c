import type {
  AdditionalDataEntry,
  ArrayNode,
  AstBody,
  AstHeader,
  AstQueryOption,
  EnumNode,
  ObjectNode,
  PathSegment,
  PrimitiveNode,
  PropertyNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../../src/ast/types.js';
import { csharpTarget } from '../../../src/emit/csharp/target.js';
import type { EmitContext } from '../../../src/emit/types.js';
import type { HttpMethod, QueryValue, SystemQueryOption } from '../../../src/http/types.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import type {
  ApiSchema,
  EnumTypeDef,
  OperationDef,
  PrimitiveKind,
  SchemaTypeDef,
  StructuredTypeDef,
  TypeRef,
} from '../../../src/metadata/schema.js';

/**
 * Hand-built ASTs and a tiny schema for the C# emitter tests. The schema holds the seed's
 * types (beta accessPackageAssignmentPolicy: seeds 000 and 004, example 2) plus small types for each
 * naming rule: reserved type names, a class/namespace clash, ambiguous names, `Prop` and
 * `Property` suffixes, every primitive kind, enums and flags, untyped JSON.
 */

const G = 'microsoft.graph';

export function prim(primitive: PrimitiveKind, isCollection = false): TypeRef {
  return { primitive, isCollection };
}

export function named(name: string, isCollection = false): TypeRef {
  return { name: name.includes('.') ? name : `${G}.${name}`, isCollection };
}

function structured(
  fullName: string,
  properties: [string, TypeRef][],
  baseType: string | null = null,
  kind: 'entity' | 'complex' = 'complex',
  navigation: [string, TypeRef][] = [],
): StructuredTypeDef {
  const dot = fullName.lastIndexOf('.');
  return {
    kind,
    fullName,
    namespace: fullName.slice(0, dot),
    name: fullName.slice(dot + 1),
    baseType,
    isAbstract: false,
    isOpen: false,
    hasStream: false,
    properties: properties.map(([name, type]) => ({ name, type })),
    navigationProperties: navigation.map(([name, type]) => ({ name, type, containsTarget: true })),
  };
}

function enumType(fullName: string, members: string[], isFlags = false): EnumTypeDef {
  const dot = fullName.lastIndexOf('.');
  return {
    kind: 'enum',
    fullName,
    namespace: fullName.slice(0, dot),
    name: fullName.slice(dot + 1),
    isFlags,
    members: members.map((name, i) => ({ name, value: isFlags ? 1 << i : i })),
  };
}

const TYPES: SchemaTypeDef[] = [
  // The seed.
  structured(`${G}.entity`, [['id', prim('string')]], null, 'entity'),
  structured(
    `${G}.accessPackageAssignmentPolicy`,
    [
      ['accessPackageId', prim('string')],
      ['accessReviewSettings', named('assignmentReviewSettings')],
      ['canExtend', prim('boolean')],
      ['description', prim('string')],
      ['displayName', prim('string')],
      ['durationInDays', prim('int32')],
      ['expirationDateTime', prim('dateTimeOffset')],
      ['requestApprovalSettings', named('approvalSettings')],
      ['requestorSettings', named('requestorSettings')],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.requestorSettings`, [
    ['acceptRequests', prim('boolean')],
    ['allowedRequestors', named('userSet', true)],
    ['scopeType', prim('string')],
  ]),
  structured(`${G}.approvalSettings`, [
    ['approvalMode', prim('string')],
    ['approvalStages', named('approvalStage', true)],
    ['isApprovalRequired', prim('boolean')],
    ['isApprovalRequiredForExtension', prim('boolean')],
    ['isRequestorJustificationRequired', prim('boolean')],
  ]),
  structured(`${G}.approvalStage`, [
    ['approvalStageTimeOutInDays', prim('int32')],
    ['escalationApprovers', named('userSet', true)],
    ['escalationTimeInMinutes', prim('int32')],
    ['isApproverJustificationRequired', prim('boolean')],
    ['isEscalationEnabled', prim('boolean')],
    ['primaryApprovers', named('userSet', true)],
  ]),
  structured(`${G}.userSet`, [['isBackup', prim('boolean')]]),
  structured(
    `${G}.groupMembers`,
    [
      ['description', prim('string')],
      ['id', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(`${G}.externalSponsors`, [], `${G}.userSet`),
  structured(
    `${G}.singleUser`,
    [
      ['description', prim('string')],
      ['id', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(`${G}.internalSponsors`, [], `${G}.userSet`),
  structured(`${G}.assignmentReviewSettings`, [
    ['durationInDays', prim('int32')],
    ['isEnabled', prim('boolean')],
    ['recurrenceType', prim('string')],
    ['reviewers', named('userSet', true)],
    ['reviewerType', prim('string')],
    ['startDateTime', prim('dateTimeOffset')],
  ]),
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

function action(
  name: string,
  binding: TypeRef,
  parameters: [string, TypeRef][],
  returnType: TypeRef | null = null,
): OperationDef {
  return {
    kind: 'action',
    name,
    namespace: G,
    fullName: `${G}.${name}`,
    isBound: true,
    bindingType: binding,
    parameters: parameters.map(([n, type]) => ({ name: n, type, nullable: true })),
    returnType,
    isComposable: false,
  };
}

function schemaFor(version: string): ApiSchema {
  const types: Record<string, SchemaTypeDef> = {};
  for (const t of TYPES) types[t.fullName] = t;
  return {
    version,
    sources: [{ kind: 'csdl', description: 'test/emit/csharp/fixtures.ts', fingerprint: 'test' }],
    types,
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
    discriminators: {},
  };
}

export const betaSchema = new SchemaIndex(schemaFor('beta'));
export const v1Schema = new SchemaIndex(schemaFor('v1.0'));

export function context(version = 'v1.0'): EmitContext {
  return { schema: version === 'beta' ? betaSchema : v1Schema, exampleName: 'test' };
}

export function emit(ast: SnippetAst): string {
  return csharpTarget.emit(ast, context(ast.version));
}

// ---- AST builders ----

export function str(value: string): PrimitiveNode {
  return { kind: 'primitive', primitive: 'string', value };
}
export function bool(value: boolean): PrimitiveNode {
  return { kind: 'primitive', primitive: 'boolean', value: String(value) };
}
export function num(value: string, primitive: PrimitiveNode['primitive'] = 'int32'): PrimitiveNode {
  return { kind: 'primitive', primitive, value };
}
export function typed(primitive: PrimitiveNode['primitive'], value: string): PrimitiveNode {
  return { kind: 'primitive', primitive, value };
}
export const NULL: ValueNode = { kind: 'null' };

export function enumValue(enumTypeName: string, members: string[], isFlags = false): EnumNode {
  return { kind: 'enum', enumTypeName: `${G}.${enumTypeName}`, isFlags, members };
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
  const full = (n: string | null): string | null => (n === null || n.includes('.') ? n : `${G}.${n}`);
  return {
    kind: 'object',
    typeName: full(typeName),
    declaredTypeName: full(declaredTypeName),
    properties,
    additionalData,
  };
}

export function arr(elementType: TypeRef | null, items: ValueNode[]): ArrayNode {
  return { kind: 'array', elementType, items };
}

export function uStr(value: string): UntypedNode {
  return { kind: 'untypedString', value };
}
export function uNum(value: string): UntypedNode {
  return { kind: 'untypedNumber', value };
}
export function uBool(value: boolean): UntypedNode {
  return { kind: 'untypedBoolean', value };
}
export const U_NULL: UntypedNode = { kind: 'untypedNull' };
export function uObj(entries: [string, UntypedNode][]): UntypedNode {
  return { kind: 'untypedObject', entries: entries.map(([key, value]) => ({ key, value })) };
}
export function uArr(items: UntypedNode[]): UntypedNode {
  return { kind: 'untypedArray', items };
}

// ---- path segments ----

export const seg = {
  entitySet: (name: string, type: string): PathSegment => ({
    kind: 'entitySet',
    name,
    raw: name,
    target: named(type, true),
  }),
  singleton: (name: string, type: string): PathSegment => ({ kind: 'singleton', name, raw: name, target: named(type) }),
  nav: (name: string, type: string, isCollection = true): PathSegment => ({
    kind: 'navigation',
    name,
    raw: name,
    containsTarget: true,
    target: named(type, isCollection),
  }),
  property: (name: string, type: TypeRef): PathSegment => ({ kind: 'property', name, raw: name, target: type }),
  key: (parameter: string, type: string, value = '{id}'): PathSegment => ({
    kind: 'key',
    parameter,
    value,
    isPlaceholder: value.startsWith('{'),
    raw: value,
    target: named(type),
  }),
  cast: (typeName: string, isCollection = true): PathSegment => ({
    kind: 'cast',
    typeName: `${G}.${typeName}`,
    raw: `${G}.${typeName}`,
    target: named(typeName, isCollection),
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
  fn: (name: string, args: [string, string, TypeRef | null][], target: TypeRef | null): PathSegment => ({
    kind: 'function',
    name,
    fullName: `${G}.${name}`,
    arguments: args.map(([n, value, type]) => ({ name: n, value, type })),
    isBound: true,
    raw: args.length > 0 ? `${name}(${args.map(([n, v]) => `${n}='${v}'`).join(',')})` : `${name}()`,
    target,
  }),
  ref: (): PathSegment => ({ kind: 'ref', raw: '$ref', target: null }),
  value: (): PathSegment => ({ kind: 'value', raw: '$value', target: prim('stream') }),
  count: (): PathSegment => ({ kind: 'count', raw: '$count', target: prim('int32') }),
  raw: (text: string): PathSegment => ({ kind: 'raw', raw: text, target: null }),
};

export function query(name: string, value: QueryValue): AstQueryOption {
  const system = name.startsWith('$') ? (name.slice(1).toLowerCase() as SystemQueryOption) : null;
  return { name, system, value };
}

export function ast(parts: {
  version?: string;
  method?: HttpMethod;
  path: PathSegment[];
  query?: AstQueryOption[];
  headers?: AstHeader[];
  body?: AstBody | null;
  responseType?: TypeRef | null;
}): SnippetAst {
  return {
    version: parts.version ?? 'v1.0',
    method: parts.method ?? 'GET',
    path: parts.path,
    query: parts.query ?? [],
    headers: parts.headers ?? [],
    body: parts.body ?? null,
    responseType: parts.responseType ?? null,
    resolution: 'metadata',
  };
}

export function jsonBody(typeName: string, value: ValueNode): AstBody {
  return { kind: 'json', bodyType: { kind: 'type', typeName: `${G}.${typeName}` }, value };
}

// ---- the seed: 004_* example 2 ----

function userSet(type: string, isBackup: boolean, id?: string, description?: string): ObjectNode {
  const props = [
    prop('@odata.type', prim('string'), str(`#microsoft.graph.${type}`)),
    prop('isBackup', prim('boolean'), bool(isBackup)),
  ];
  if (id !== undefined) props.push(prop('id', prim('string'), str(id)));
  if (description !== undefined) props.push(prop('description', prim('string'), str(description)));
  return obj(type, props, [], 'userSet');
}

function stage(externalOrInternal: 'external' | 'internal'): ObjectNode {
  const Sponsors = externalOrInternal === 'external' ? 'externalSponsors' : 'internalSponsors';
  return obj('approvalStage', [
    prop('approvalStageTimeOutInDays', prim('int32'), num('14')),
    prop('isApproverJustificationRequired', prim('boolean'), bool(true)),
    prop('isEscalationEnabled', prim('boolean'), bool(true)),
    prop('escalationTimeInMinutes', prim('int32'), num('11520')),
    prop(
      'primaryApprovers',
      named('userSet', true),
      arr(named('userSet'), [
        userSet(
          'groupMembers',
          true,
          'string (identifier)',
          `group for users from connected organizations which have no ${externalOrInternal} sponsor`,
        ),
        userSet(Sponsors, false),
      ]),
    ),
    prop(
      'escalationApprovers',
      named('userSet', true),
      arr(named('userSet'), [
        userSet(
          'singleUser',
          true,
          'string (identifier)',
          `user if the ${externalOrInternal} sponsor does not respond`,
        ),
      ]),
    ),
  ]);
}

export const SEED_AST: SnippetAst = ast({
  version: 'beta',
  method: 'POST',
  path: [
    seg.singleton('identityGovernance', 'identityGovernance'),
    {
      kind: 'navigation',
      name: 'entitlementManagement',
      raw: 'entitlementManagement',
      containsTarget: true,
      target: named('entitlementManagement'),
    },
    seg.nav('accessPackageAssignmentPolicies', 'accessPackageAssignmentPolicy'),
  ],
  body: jsonBody(
    'accessPackageAssignmentPolicy',
    obj('accessPackageAssignmentPolicy', [
      prop('accessPackageId', prim('string'), str('string (identifier)')),
      prop('displayName', prim('string'), str('Users from connected organizations can request')),
      prop(
        'description',
        prim('string'),
        str('Allow users from configured connected organizations to request and be approved by their sponsors'),
      ),
      prop('canExtend', prim('boolean'), bool(false)),
      prop('durationInDays', prim('int32'), num('365')),
      prop('expirationDateTime', prim('dateTimeOffset'), NULL),
      prop(
        'requestorSettings',
        named('requestorSettings'),
        obj('requestorSettings', [
          prop('scopeType', prim('string'), str('AllExistingConnectedOrganizationSubjects')),
          prop('acceptRequests', prim('boolean'), bool(true)),
          prop('allowedRequestors', named('userSet', true), arr(named('userSet'), [])),
        ]),
      ),
      prop(
        'requestApprovalSettings',
        named('approvalSettings'),
        obj('approvalSettings', [
          prop('isApprovalRequired', prim('boolean'), bool(true)),
          prop('isApprovalRequiredForExtension', prim('boolean'), bool(false)),
          prop('isRequestorJustificationRequired', prim('boolean'), bool(true)),
          prop('approvalMode', prim('string'), str('Serial')),
          prop(
            'approvalStages',
            named('approvalStage', true),
            arr(named('approvalStage'), [stage('external'), stage('internal')]),
          ),
        ]),
      ),
      prop(
        'accessReviewSettings',
        named('assignmentReviewSettings'),
        obj('assignmentReviewSettings', [
          prop('isEnabled', prim('boolean'), bool(true)),
          prop('recurrenceType', prim('string'), str('quarterly')),
          prop('reviewerType', prim('string'), str('Self')),
          prop('startDateTime', prim('dateTimeOffset'), typed('dateTimeOffset', '2020-04-01T07:59:59.998Z')),
          prop('durationInDays', prim('int32'), num('25')),
          prop('reviewers', named('userSet', true), arr(named('userSet'), [])),
        ]),
      ),
    ]),
  ),
  responseType: named('accessPackageAssignmentPolicy'),
});

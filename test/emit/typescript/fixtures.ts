import type {
  AdditionalDataEntry,
  ArrayNode,
  EnumNode,
  NullNode,
  ObjectNode,
  PathSegment,
  PrimitiveNode,
  PropertyNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../../src/ast/types.js';
import type { EmitContext } from '../../../src/emit/types.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import type {
  ApiSchema,
  EnumTypeDef,
  PrimitiveKind,
  PropertyDef,
  SchemaTypeDef,
  StructuredTypeDef,
  TypeRef,
} from '../../../src/metadata/schema.js';

/** Hand-built ASTs and a tiny schema for the TypeScript emitter tests. */

// ---- schema ----

const G = 'microsoft.graph';

function prim(primitive: PrimitiveKind, isCollection = false): TypeRef {
  return { primitive, isCollection };
}
export function named(name: string, isCollection = false): TypeRef {
  return { name, isCollection };
}

function structured(
  fullName: string,
  properties: [string, TypeRef][],
  baseType: string | null = null,
  kind: 'entity' | 'complex' = 'complex',
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
    properties: properties.map(([name, type]): PropertyDef => ({ name, type })),
    navigationProperties: [],
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
  structured(
    `${G}.accessPackageAssignmentPolicy`,
    [
      ['accessPackageId', prim('string')],
      ['displayName', prim('string')],
      ['description', prim('string')],
      ['canExtend', prim('boolean')],
      ['durationInDays', prim('int32')],
      ['expirationDateTime', prim('dateTimeOffset')],
      ['requestorSettings', named(`${G}.requestorSettings`)],
      ['requestApprovalSettings', named(`${G}.approvalSettings`)],
      ['accessReviewSettings', named(`${G}.assignmentReviewSettings`)],
    ],
    `${G}.entity`,
    'entity',
  ),
  structured(`${G}.entity`, [['id', prim('string')]], null, 'entity'),
  structured(`${G}.requestorSettings`, [
    ['scopeType', prim('string')],
    ['acceptRequests', prim('boolean')],
    ['allowedRequestors', named(`${G}.userSet`, true)],
  ]),
  structured(`${G}.approvalSettings`, [
    ['isApprovalRequired', prim('boolean')],
    ['isApprovalRequiredForExtension', prim('boolean')],
    ['isRequestorJustificationRequired', prim('boolean')],
    ['approvalMode', prim('string')],
    ['approvalStages', named(`${G}.approvalStage`, true)],
  ]),
  structured(`${G}.approvalStage`, [
    ['approvalStageTimeOutInDays', prim('int32')],
    ['isApproverJustificationRequired', prim('boolean')],
    ['isEscalationEnabled', prim('boolean')],
    ['escalationTimeInMinutes', prim('int32')],
    ['primaryApprovers', named(`${G}.userSet`, true)],
    ['escalationApprovers', named(`${G}.userSet`, true)],
  ]),
  structured(`${G}.userSet`, [['isBackup', prim('boolean')]]),
  structured(
    `${G}.groupMembers`,
    [
      ['id', prim('string')],
      ['description', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(
    `${G}.singleUser`,
    [
      ['id', prim('string')],
      ['description', prim('string')],
    ],
    `${G}.userSet`,
  ),
  structured(`${G}.externalSponsors`, [], `${G}.userSet`),
  structured(`${G}.internalSponsors`, [], `${G}.userSet`),
  structured(`${G}.assignmentReviewSettings`, [
    ['isEnabled', prim('boolean')],
    ['recurrenceType', prim('string')],
    ['reviewerType', prim('string')],
    ['startDateTime', prim('dateTimeOffset')],
    ['durationInDays', prim('int32')],
    ['reviewers', named(`${G}.userSet`, true)],
  ]),
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

export const TEST_SCHEMA: ApiSchema = {
  version: 'beta',
  sources: [],
  types: Object.fromEntries(TYPES.map((t) => [t.fullName, t])),
  operations: [
    {
      kind: 'action',
      name: 'createForward',
      namespace: G,
      fullName: `${G}.createForward`,
      isBound: true,
      bindingType: named(`${G}.message`),
      parameters: [{ name: 'Comment', type: prim('string'), nullable: true }],
      returnType: named(`${G}.message`),
      isComposable: false,
    },
    {
      kind: 'action',
      name: 'send',
      namespace: G,
      fullName: `${G}.send`,
      isBound: true,
      bindingType: named(`${G}.message`),
      parameters: [],
      returnType: null,
      isComposable: false,
    },
  ],
  container: null,
  discriminators: {},
};

export const CONTEXT: EmitContext = { schema: new SchemaIndex(TEST_SCHEMA), exampleName: 'test' };

// ---- value builders ----

export function str(value: string): PrimitiveNode {
  return { kind: 'primitive', primitive: 'string', value };
}
export function bool(value: boolean): PrimitiveNode {
  return { kind: 'primitive', primitive: 'boolean', value: String(value) };
}
export function int(value: number): PrimitiveNode {
  return { kind: 'primitive', primitive: 'int32', value: String(value) };
}
export function primitive(kind: PrimitiveNode['primitive'], value: string): PrimitiveNode {
  return { kind: 'primitive', primitive: kind, value };
}
export const NULL: NullNode = { kind: 'null' };
export function enumValue(enumTypeName: string, members: string[], isFlags = false): EnumNode {
  return { kind: 'enum', enumTypeName, isFlags, members };
}
export function arr(items: ValueNode[], elementType: TypeRef | null = null): ArrayNode {
  return { kind: 'array', elementType, items };
}
export function prop(name: string, value: ValueNode, type: TypeRef | null = null): PropertyNode {
  return { name, type, value };
}
export function obj(
  typeName: string | null,
  properties: PropertyNode[],
  additionalData: AdditionalDataEntry[] = [],
  declaredTypeName: string | null = typeName,
): ObjectNode {
  return { kind: 'object', typeName, declaredTypeName, properties, additionalData };
}
export function extra(key: string, value: UntypedNode): AdditionalDataEntry {
  return { key, value };
}
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

// ---- path builders ----

export const seg = {
  set: (name: string, target: TypeRef | null = null): PathSegment => ({ kind: 'entitySet', name, raw: name, target }),
  single: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'singleton',
    name,
    raw: name,
    target,
  }),
  nav: (name: string, target: TypeRef | null = null): PathSegment => ({
    kind: 'navigation',
    name,
    raw: name,
    target,
    containsTarget: true,
  }),
  property: (name: string): PathSegment => ({ kind: 'property', name, raw: name, target: null }),
  key: (parameter: string, value = '{id}'): PathSegment => ({
    kind: 'key',
    parameter,
    value,
    raw: value,
    isPlaceholder: value.startsWith('{'),
    target: null,
  }),
  cast: (typeName: string): PathSegment => ({ kind: 'cast', typeName, raw: typeName, target: null }),
  action: (name: string): PathSegment => ({
    kind: 'action',
    name,
    fullName: `${G}.${name}`,
    arguments: [],
    isBound: true,
    raw: name,
    target: null,
  }),
  fn: (name: string, args: { name: string; value: string; type: TypeRef | null }[] = []): PathSegment => ({
    kind: 'function',
    name,
    fullName: `${G}.${name}`,
    arguments: args,
    isBound: true,
    raw: `${name}(${args.map((a) => `${a.name}='${a.value}'`).join(',')})`,
    target: null,
  }),
  ref: (): PathSegment => ({ kind: 'ref', raw: '$ref', target: null }),
  value: (): PathSegment => ({ kind: 'value', raw: '$value', target: null }),
  count: (): PathSegment => ({ kind: 'count', raw: '$count', target: null }),
  raw: (raw: string): PathSegment => ({ kind: 'raw', raw, target: null }),
};

export function ast(overrides: Partial<SnippetAst>): SnippetAst {
  return {
    version: 'v1.0',
    method: 'GET',
    path: [seg.set('users', named(`${G}.user`, true))],
    query: [],
    headers: [],
    body: null,
    responseType: null,
    resolution: 'metadata',
    ...overrides,
  };
}

// ---- the seed: example 2 of 004_*, a beta POST ----

function approver(type: string, isBackup: boolean, id?: string, description?: string): ObjectNode {
  const props = [
    prop('@odata.type', str(`#microsoft.graph.${type}`), prim('string')),
    prop('isBackup', bool(isBackup)),
  ];
  if (id !== undefined) props.push(prop('id', str(id)), prop('description', str(description!)));
  return obj(`${G}.${type}`, props, [], `${G}.userSet`);
}

function stage(primaryDescription: string, sponsors: string, escalationDescription: string): ObjectNode {
  return obj(`${G}.approvalStage`, [
    prop('approvalStageTimeOutInDays', int(14)),
    prop('isApproverJustificationRequired', bool(true)),
    prop('isEscalationEnabled', bool(true)),
    prop('escalationTimeInMinutes', int(11520)),
    prop(
      'primaryApprovers',
      arr([approver('groupMembers', true, 'string (identifier)', primaryDescription), approver(sponsors, false)]),
    ),
    prop('escalationApprovers', arr([approver('singleUser', true, 'string (identifier)', escalationDescription)])),
  ]);
}

export const SEED_AST: SnippetAst = {
  version: 'beta',
  method: 'POST',
  path: [
    seg.single('identityGovernance'),
    seg.nav('entitlementManagement'),
    seg.nav('accessPackageAssignmentPolicies', named(`${G}.accessPackageAssignmentPolicy`, true)),
  ],
  query: [],
  headers: [],
  body: {
    kind: 'json',
    bodyType: { kind: 'type', typeName: `${G}.accessPackageAssignmentPolicy` },
    value: obj(`${G}.accessPackageAssignmentPolicy`, [
      prop('accessPackageId', str('string (identifier)')),
      prop('displayName', str('Users from connected organizations can request')),
      prop(
        'description',
        str('Allow users from configured connected organizations to request and be approved by their sponsors'),
      ),
      prop('canExtend', bool(false)),
      prop('durationInDays', int(365)),
      prop('expirationDateTime', NULL),
      prop(
        'requestorSettings',
        obj(`${G}.requestorSettings`, [
          prop('scopeType', str('AllExistingConnectedOrganizationSubjects')),
          prop('acceptRequests', bool(true)),
          prop('allowedRequestors', arr([])),
        ]),
      ),
      prop(
        'requestApprovalSettings',
        obj(`${G}.approvalSettings`, [
          prop('isApprovalRequired', bool(true)),
          prop('isApprovalRequiredForExtension', bool(false)),
          prop('isRequestorJustificationRequired', bool(true)),
          prop('approvalMode', str('Serial')),
          prop(
            'approvalStages',
            arr([
              stage(
                'group for users from connected organizations which have no external sponsor',
                'externalSponsors',
                'user if the external sponsor does not respond',
              ),
              stage(
                'group for users from connected organizations which have no internal sponsor',
                'internalSponsors',
                'user if the internal sponsor does not respond',
              ),
            ]),
          ),
        ]),
      ),
      prop(
        'accessReviewSettings',
        obj(`${G}.assignmentReviewSettings`, [
          prop('isEnabled', bool(true)),
          prop('recurrenceType', str('quarterly')),
          prop('reviewerType', str('Self')),
          prop('startDateTime', primitive('dateTimeOffset', '2020-04-01T07:59:59.998Z')),
          prop('durationInDays', int(25)),
          prop('reviewers', arr([])),
        ]),
      ),
    ]),
  },
  responseType: named(`${G}.accessPackageAssignmentPolicy`),
  resolution: 'metadata',
};

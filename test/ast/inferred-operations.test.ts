import { describe, expect, it } from 'vitest';
import {
  collectionOperationName,
  FUNCTION_RETURN_TYPES,
  inferRoot,
  INLINE_RESPONSE_OPERATIONS,
  INLINE_RESPONSES_BY_BINDING,
  inlineResponseOperation,
  isEntityWithoutBaseType,
  knownFunction,
  OTHER_BOUND_FUNCTIONS,
  otherBoundFunction,
} from '../../src/ast/inference.js';
import { actionSpelling, actionTakesBody } from '../../src/ast/action-parameters.js';
import { operationTakesBody } from '../../src/ast/operation-definition.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { BOOLEAN_TYPE, UNKNOWN_TYPE } from '../../src/metadata/schema.js';
import {
  ACTIONS_WITH_RESULT,
  ACTIONS_WITH_RESULT_BY_BINDING,
  actionReturnsValue,
} from '../../src/ast/action-results.js';
import { declaredArgument, declaredParameterType } from '../../src/ast/operation-parameter-types.js';
import { apiSchema, enumType, G, structured } from '../support/schema-builders.js';
import { astOf, buildFrom, codes, fixtureIndex, jsonRequest } from './helpers.js';

const str = { primitive: 'string', isCollection: false } as const;

/**
 * Without an entity container (the SDK typings) the schema knows no operations: after a
 * collection, a name Graph binds to collections is that operation, not a key.
 */
const user = structured(`${G}.user`, [['id', { primitive: 'string', isCollection: false }]], null, 'entity');
const typingsLike = new SchemaIndex(apiSchema('v1.0', [user]));

describe('operations Graph binds to collections, without a container', () => {
  it('reads `/users/delta` as the delta function, returning the collection’s type', () => {
    const { ast, warnings } = astOf('GET /users/delta?$select=displayName', typingsLike);
    expect(ast.path.map((s) => s.kind)).toEqual(['entitySet', 'function']);
    expect(ast.path[1]).toEqual({
      kind: 'function',
      raw: 'delta',
      name: 'delta',
      fullName: `${G}.delta`,
      arguments: [],
      isBound: true,
      target: { name: `${G}.user`, isCollection: true },
    });
    expect(ast.responseType).toEqual({ name: `${G}.user`, isCollection: true });
    expect(codes(warnings)).toEqual(['W_PATH_INFERRED', 'W_PATH_INFERRED']);
    expect(warnings[1]!.message).toBe("'delta' inferred as a bound function (no entity container for v1.0)");
  });

  it('gives `delta` on an entity (`…/items/{id}/delta`) a collection of that entity too', () => {
    for (const url of ['/users/{id}/delta', '/users/{id}/delta()']) {
      const { ast } = astOf(`GET ${url}`, typingsLike);
      expect(ast.path[2], url).toMatchObject({
        kind: 'function',
        name: 'delta',
        target: { name: `${G}.user`, isCollection: true },
      });
    }
  });

  it('takes the metadata’s spelling of the name, and an action for a POST', () => {
    const { ast } = astOf(jsonRequest('POST', '/users/GETBYIDS', '{ "ids": ["1"] }'), typingsLike);
    expect(ast.path[1]).toMatchObject({ kind: 'action', raw: 'GETBYIDS', name: 'getByIds', target: null });
  });

  it('still reads keys as keys: placeholders, ids, names that are not collection operations', () => {
    for (const key of ['{id}', '48d31887-5fad-4d73-a9f5-3c356e68a038', 'adele@contoso.com', 'deltas', 'root']) {
      const { ast } = astOf(`GET /users/${key}`, typingsLike);
      expect(
        ast.path.map((s) => s.kind),
        key,
      ).toEqual(['entitySet', 'key']);
    }
  });

  it('changes nothing with a container: the metadata says what is bound where', () => {
    const schema = fixtureIndex('ast');
    const { ast } = astOf('GET /users/{id}', schema);
    expect(ast.path.map((s) => s.kind)).toEqual(['entitySet', 'key']);
  });

  it('takes no name Graph binds to collections alone for an operation of a single entity: the path is unresolved, as with a CSDL', () => {
    const result = buildFrom(jsonRequest('POST', '/users/{id}/getByIds', '{ "ids": ["1"] }'), typingsLike);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'E_PATH_UNRESOLVED',
      message: expect.stringContaining("'getByIds' names an operation Graph binds to collections alone"),
    });
    // One Graph also binds to single entities still is one (`…/items/{id}/delta`, above).
    expect(astOf('GET /users/{id}/delta', typingsLike).ast.path.at(-1)).toMatchObject({ kind: 'function' });
  });

  it('knows the names in any case, and only those', () => {
    expect(collectionOperationName('DELTA')).toBe('delta');
    expect(collectionOperationName('itemat')).toBe('itemAt');
    expect(collectionOperationName('getByIds')).toBe('getByIds');
    expect(collectionOperationName('user')).toBeUndefined();
    expect(collectionOperationName('deltas')).toBeUndefined();
  });
});

describe('path roots by convention, without a container', () => {
  const entity = (name: string) => structured(`${G}.${name}`, [], null, 'entity');
  const schema = new SchemaIndex(
    apiSchema('v1.0', [
      user,
      entity('contact'),
      entity('orgContact'),
      entity('category'),
      entity('servicePrincipal'),
      entity('oAuth2PermissionGrant'),
      structured(`${G}.identityGovernance`, [], null, 'complex'),
    ]),
  );

  it('takes an entity set for the plural of an entity type', () => {
    expect(inferRoot('users', schema)).toEqual({ kind: 'entitySet', name: 'users', typeName: `${G}.user` });
    expect(inferRoot('categories', schema)).toEqual({
      kind: 'entitySet',
      name: 'categories',
      typeName: `${G}.category`,
    });
  });

  it('spells a root as the SDKs do, whatever the case of the URL (the type’s spelling, or the table’s)', () => {
    for (const written of ['serviceprincipals', 'SERVICEPRINCIPALS', 'servicePrincipals']) {
      expect(inferRoot(written, schema), written).toEqual({
        kind: 'entitySet',
        name: 'servicePrincipals',
        typeName: `${G}.servicePrincipal`,
      });
    }
    expect(inferRoot('CATEGORIES', schema)?.name).toBe('categories');
    expect(inferRoot('identitygovernance', schema)).toEqual({
      kind: 'singleton',
      name: 'identityGovernance',
      typeName: `${G}.identityGovernance`,
    });
    // Not `oAuth2PermissionGrants`: the table spells the roots whose name is not their type's.
    expect(inferRoot('oauth2permissiongrants', schema)?.name).toBe('oauth2PermissionGrants');
    const { ast, warnings } = astOf('GET /serviceprincipals/{id}', schema);
    expect(ast.path[0]).toMatchObject({ kind: 'entitySet', raw: 'serviceprincipals', name: 'servicePrincipals' });
    expect(warnings[0]!.message).toBe(
      `root 'serviceprincipals' inferred as entitySet 'servicePrincipals' of ${G}.servicePrincipal (no entity container for v1.0)`,
    );
  });

  it('knows the roots whose type the plural does not give: /contacts are organizational contacts', () => {
    expect(inferRoot('contacts', schema)).toEqual({ kind: 'entitySet', name: 'contacts', typeName: `${G}.orgContact` });
    const { ast } = astOf('GET /contacts/{id}/memberOf', schema);
    expect(ast.path[0]).toMatchObject({ kind: 'entitySet', name: 'contacts', target: { name: `${G}.orgContact` } });
  });

  it('names a key parameter after the key the metadata gives the entity type: the typings show none', () => {
    const partner = structured(`${G}.crossTenantAccessPolicyConfigurationPartner`, [['tenantId', str]], null, 'entity');
    const withPartner = new SchemaIndex(apiSchema('v1.0', [user, partner]));
    const { ast } = astOf('GET /crossTenantAccessPolicyConfigurationPartners/{id}', withPartner);
    expect(ast.path[1]).toMatchObject({
      kind: 'key',
      parameter: 'crossTenantAccessPolicyConfigurationPartner-tenantId',
    });
    expect(astOf('GET /users/{id}', withPartner).ast.path[1]).toMatchObject({ kind: 'key', parameter: 'user-id' });
  });

  it('finds nothing for a name that is no type', () => {
    expect(inferRoot('nothings', schema)).toBeUndefined();
  });
});

describe('enum parameters of an inferred action, without a CSDL', () => {
  const enumOf = (fullName: string, members: string[]) => enumType(fullName, members);
  const schema = new SchemaIndex(
    apiSchema('v1.0', [
      user,
      enumOf(`${G}.rejectReason`, ['none', 'busy', 'forbidden']),
      enumOf(`${G}.screenSharingRole`, ['viewer', 'sharer']),
      enumOf(`${G}.bookingStaffRole`, ['guest', 'viewer']),
      enumOf(`${G}.lobbyBypassScope`, ['organization', 'everyone']),
      enumOf(`${G}.modality`, ['audio', 'video']),
      enumOf(`${G}.callRecords.modality`, ['audio', 'video', 'screenSharing']),
    ]),
  );
  /** The type each body property of `POST /users/{id}/<action>` was given. */
  const typesOf = (action: string, body: string): Record<string, unknown> => {
    const { ast } = astOf(jsonRequest('POST', `/users/{id}/${action}`, body), schema);
    const value = ast.body?.kind === 'json' ? ast.body.value : null;
    if (value?.kind !== 'object') throw new Error('expected an object body');
    return Object.fromEntries(value.properties.map((p) => [p.name, p.type]));
  };

  it('types a value as the enum named after the operation and the parameter, or after the parameter', () => {
    expect(typesOf('reject', '{ "reason": "busy" }')).toEqual({
      reason: { name: `${G}.rejectReason`, isCollection: false },
    });
    expect(typesOf('changeScreenSharingRole', '{ "role": "viewer" }')).toEqual({
      role: { name: `${G}.screenSharingRole`, isCollection: false },
    });
    // Two modality enums: the one in microsoft.graph.
    expect(typesOf('answer', '{ "acceptedModalities": ["audio"] }')).toEqual({
      acceptedModalities: { name: `${G}.modality`, isCollection: true },
    });
  });

  it('matches the members in any case, as a declared enum does, and writes the SDK spelling', () => {
    expect(typesOf('reject', '{ "reason": "Busy" }')).toEqual({
      reason: { name: `${G}.rejectReason`, isCollection: false },
    });
    const { ast } = astOf(jsonRequest('POST', '/users/{id}/answer', '{ "acceptedModalities": ["AUDIO"] }'), schema);
    const value = ast.body?.kind === 'json' ? ast.body.value : null;
    expect(value?.kind === 'object' ? value.properties[0]!.value : null).toMatchObject({
      kind: 'array',
      items: [{ kind: 'enum', enumTypeName: `${G}.modality`, members: ['audio'] }],
    });
  });

  it('keeps a string when the names leave a doubt or the value is no member', () => {
    // An enum that merely ends with the parameter's name: createLink's scope is a string.
    expect(typesOf('createLink', '{ "scope": "organization" }')).toEqual({ scope: str });
    // Two roles hold "viewer", and the operation (one the metadata lacks) names neither.
    expect(typesOf('appoint', '{ "role": "viewer" }')).toEqual({ role: str });
    // An action the metadata lacks: its enum by the names, and no member of it.
    expect(typesOf('answerAgain', '{ "acceptedModalities": ["hologram"] }')).toEqual({
      acceptedModalities: { primitive: 'string', isCollection: true },
    });
    // The metadata's `reject` takes a rejectReason: a value it lacks is additional data, as with a CSDL.
    expect(typesOf('reject', '{ "reason": "sleepy" }')).toEqual({});
  });

  it('sends a key no definition of the action has as additional data, with a warning, as with a CSDL', () => {
    const timeCard = structured(`${G}.timeCard`, [['id', str]], null, 'entity');
    const withTimeCards = new SchemaIndex(apiSchema('v1.0', [user, timeCard]));
    const clockOut = (body: string) => astOf(jsonRequest('POST', '/timeCards/{id}/clockOut', body), withTimeCards);
    // The docs' typo for clockOut's `atApprovedLocation`, which no SDK's body class has.
    const { ast, warnings } = clockOut('{ "atAprovedLocation": true, "isAtApprovedLocation": true }');
    expect(ast.body).toMatchObject({
      value: {
        properties: [{ name: 'isAtApprovedLocation', type: BOOLEAN_TYPE }],
        additionalData: [{ key: 'atAprovedLocation' }],
      },
    });
    expect(warnings.find((w) => w.code === 'W_PROPERTY_UNKNOWN')?.message).toBe(
      "'atAprovedLocation' is not a parameter of clockOut in the Graph metadata; it is sent as additional data",
    );
    // A parameter, in any case, is typed as before; on another binding nothing is known of the keys.
    expect(clockOut('{ "ATAPPROVEDLOCATION": true }').ast.body).toMatchObject({
      value: { properties: [{ name: 'ATAPPROVEDLOCATION' }], additionalData: [] },
    });
    expect(typesOf('clockOut', '{ "atAprovedLocation": true }')).toEqual({ atAprovedLocation: BOOLEAN_TYPE });
  });
});

describe('parameters the metadata types as no string, without a CSDL', () => {
  const workbookFunctions = structured(`${G}.workbookFunctions`, [], null, 'entity');
  const workbook = structured(`${G}.workbook`, [], null, 'entity', [
    ['functions', { name: `${G}.workbookFunctions`, isCollection: false }],
  ]);
  const driveItem = structured(`${G}.driveItem`, [['id', str]], null, 'entity', [
    ['workbook', { name: `${G}.workbook`, isCollection: false }],
  ]);
  const drive = structured(`${G}.drive`, [['id', str]], null, 'entity', [
    ['items', { name: `${G}.driveItem`, isCollection: true }],
  ]);
  const message = structured(`${G}.message`, [['subject', str]], null, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [user, workbookFunctions, workbook, driveItem, drive, message]));
  const bodyOf = (path: string, body: string) => {
    const { ast, warnings } = astOf(jsonRequest('POST', path, body), schema);
    const value = ast.body?.kind === 'json' ? ast.body.value : null;
    if (value?.kind !== 'object') throw new Error('expected an object body');
    return { value, warnings };
  };

  it('types them as the metadata does: a Boolean, a DateTimeOffset, a list of Guids (any case)', () => {
    const { value } = bodyOf('/users/{id}/sendMail', '{ "SaveToSentItems": false, "message": { "subject": "x" } }');
    expect(value.properties.find((p) => p.name === 'SaveToSentItems')?.type).toEqual({
      primitive: 'boolean',
      isCollection: false,
    });
    expect(declaredParameterType('createOrGet', 'startDateTime', null, schema)).toEqual({
      primitive: 'dateTimeOffset',
      isCollection: false,
    });
    expect(declaredParameterType('ASSIGNLICENSE', 'removeLicenses', null, schema)).toEqual({
      primitive: 'guid',
      isCollection: true,
    });
    // A named type too; strings are left to the conventions.
    expect(declaredParameterType('sendMail', 'message', null, schema)).toEqual({
      name: `${G}.message`,
      isCollection: false,
    });
    expect(declaredParameterType('createLink', 'scope', null, schema)).toBeUndefined();
  });

  it('types the parameters whose type depends on the binding by the bound type, or a type it derives from', () => {
    const ns = `${G}.ediscovery`;
    const bound = new SchemaIndex(
      apiSchema('beta', [
        structured(`${ns}.reviewSet`, [['id', str]], null, 'entity'),
        structured(`${G}.deviceConfiguration`, [['id', str]], null, 'entity'),
        structured(`${G}.windows10GeneralConfiguration`, [['id', str]], `${G}.deviceConfiguration`, 'entity'),
        structured(`${G}.deviceConfigurationAssignment`, [['id', str]], null, 'entity'),
        enumType(`${ns}.exportOptions`, ['originalFiles', 'text']),
        enumType(`${ns}.exportFileStructure`, ['none', 'directory']),
      ]),
    );
    expect(declaredParameterType('export', 'exportOptions', `${ns}.reviewSet`, bound)).toEqual({
      name: `${ns}.exportOptions`,
      isCollection: false,
    });
    // `assign` is bound to the base type; its parameter holds that policy's assignments.
    expect(declaredParameterType('assign', 'assignments', `${G}.windows10GeneralConfiguration`, bound)).toEqual({
      name: `${G}.deviceConfigurationAssignment`,
      isCollection: true,
    });
    // Another binding, or none: the name alone says nothing of these.
    expect(declaredParameterType('export', 'exportOptions', `${G}.deviceConfiguration`, bound)).toBeUndefined();
    expect(declaredParameterType('export', 'exportOptions', null, bound)).toBeUndefined();
  });

  it('sends a value of another kind as additional data, as written, with a warning, as a CSDL run does', () => {
    // The docs quote the Boolean: a string field would not compile, and Python's serializer drops it.
    const { value, warnings } = bodyOf('/users/{id}/sendMail', '{ "saveToSentItems": "false" }');
    expect(value.properties).toEqual([]);
    expect(value.additionalData).toEqual([
      { key: 'saveToSentItems', value: { kind: 'untypedString', value: 'false' } },
    ]);
    expect(codes(warnings)).toContain('W_VALUE_TYPE_MISMATCH');
  });

  it('takes every parameter of an Excel function as Json', () => {
    const { value } = bodyOf('/drives/{id}/items/{id}/workbook/functions/abs', '{ "number": -2 }');
    expect(value.properties).toMatchObject([{ name: 'number', type: { primitive: 'untyped', isCollection: false } }]);
    expect(declaredParameterType('frobnicate', 'anything', `${G}.workbookFunctions`, schema)).toEqual({
      primitive: 'untyped',
      isCollection: false,
    });
  });
});

describe('arguments of an inferred function the metadata types as no string, without a CSDL', () => {
  const reportRoot = structured(`${G}.reportRoot`, [], null, 'entity');
  const workbookRange = structured(`${G}.workbookRange`, [['address', str]], null, 'entity');
  const worksheet = structured(`${G}.workbookWorksheet`, [['id', str]], null, 'entity', [
    ['range', { name: `${G}.workbookRange`, isCollection: false }],
  ]);
  const schema = new SchemaIndex(apiSchema('v1.0', [reportRoot, workbookRange, worksheet]));
  const argumentsOf = (url: string) => {
    const segment = astOf(`GET ${url}`, schema).ast.path.at(-1);
    return segment?.kind === 'function' ? segment.arguments : [];
  };

  it('types them, and spells them, as the metadata does (any case)', () => {
    expect(argumentsOf('/reports/getYammerGroupsActivityDetail(date=2018-03-05)')).toEqual([
      { name: 'date', value: '2018-03-05', type: { primitive: 'date', isCollection: false } },
    ]);
    // The docs' `deltarows`: Kiota's method is ResizedRangeWithDeltaRowsWithDeltaColumns.
    expect(argumentsOf('/workbookWorksheets/{id}/range/resizedRange(deltarows=1, deltaColumns=1)')).toEqual([
      { name: 'deltaRows', value: '1', type: { primitive: 'int32', isCollection: false } },
      { name: 'deltaColumns', value: '1', type: { primitive: 'int32', isCollection: false } },
    ]);
    expect(declaredArgument('GETYAMMERGROUPSACTIVITYDETAIL', 'DATE', schema)).toEqual({
      name: 'date',
      type: { primitive: 'date', isCollection: false },
    });
  });

  it('leaves strings, and functions the metadata lacks, to their literals', () => {
    expect(argumentsOf("/reports/getEmailActivityCounts(period='D7')")).toEqual([
      { name: 'period', value: 'D7', type: str },
    ]);
    expect(argumentsOf('/reports/frobnicate(date=2018-03-05)')).toEqual([
      { name: 'date', value: '2018-03-05', type: null },
    ]);
  });
});

describe('object parameters of an inferred action, without a CSDL', () => {
  const entity = structured(`${G}.entity`, [['id', str]], null, 'entity');
  const member = structured(
    `${G}.conversationMember`,
    [['roles', { ...str, isCollection: true }]],
    entity.fullName,
    'entity',
  );
  const aadMember = structured(`${G}.aadUserConversationMember`, [['userId', str]], member.fullName, 'entity');
  const recipientBase = structured(`${G}.teamworkNotificationRecipient`, []);
  const aadRecipient = structured(`${G}.aadUserNotificationRecipient`, [['userId', str]], recipientBase.fullName);
  const mailRecipient = structured(`${G}.recipient`, [['name', str]]);
  const mailRecipientDerived = structured(`${G}.attendeeBase`, [['type', str]], mailRecipient.fullName);
  const participant = structured(`${G}.participant`, [['id', str]], entity.fullName, 'entity');
  const invitee = structured(`${G}.invitationParticipantInfo`, [['replacesCallId', str]]);
  const otherNamespace = structured(`${G}.managedTenants.templateParameter`, [['name', str]]);
  const attendee = structured(`${G}.attendee`, [['status', str]], mailRecipientDerived.fullName);
  const schema = new SchemaIndex(
    apiSchema('v1.0', [
      user,
      entity,
      member,
      aadMember,
      recipientBase,
      aadRecipient,
      mailRecipient,
      mailRecipientDerived,
      participant,
      invitee,
      otherNamespace,
      attendee,
    ]),
  );
  /** The body of `POST /users/{id}/<action>`: each property's type, and the type its value was built as. */
  const typed = (body: string): Record<string, { type: unknown; builtAs: unknown }> => {
    const { ast } = astOf(jsonRequest('POST', '/users/{id}/someAction', body), schema);
    const value = ast.body?.kind === 'json' ? ast.body.value : null;
    if (value?.kind !== 'object') throw new Error('expected an object body');
    return Object.fromEntries(
      value.properties.map((p) => {
        const v = p.value.kind === 'array' ? p.value.items[0] : p.value;
        return [p.name, { type: p.type, builtAs: v?.kind === 'object' ? v.typeName : v?.kind }];
      }),
    );
  };

  it('takes the type the objects say over the one the name gives, as the root of its hierarchy', () => {
    // Named `participant`, but the objects are invitationParticipantInfos.
    expect(typed('{ "participants": [{ "@odata.type": "#microsoft.graph.invitationParticipantInfo" }] }')).toEqual({
      participants: { type: { name: invitee.fullName, isCollection: true }, builtAs: invitee.fullName },
    });
    // A list of the base (a List<AadUserConversationMember> would not convert to one in C#).
    expect(typed('{ "values": [{ "@odata.type": "microsoft.graph.aadUserConversationMember" }] }')).toEqual({
      values: { type: { name: member.fullName, isCollection: true }, builtAs: aadMember.fullName },
    });
    // `recipient` names another type; the object is a derived one of teamworkNotificationRecipient.
    expect(
      typed('{ "recipient": { "@odata.type": "microsoft.graph.aadUserNotificationRecipient", "userId": "1" } }'),
    ).toEqual({
      recipient: { type: { name: recipientBase.fullName, isCollection: false }, builtAs: aadRecipient.fullName },
    });
  });

  it('keeps the type the name gives when the objects derive from it, say nothing, or disagree', () => {
    expect(typed('{ "recipient": { "@odata.type": "#microsoft.graph.attendeeBase" } }')).toEqual({
      recipient: {
        type: { name: mailRecipient.fullName, isCollection: false },
        builtAs: mailRecipientDerived.fullName,
      },
    });
    expect(typed('{ "participants": [{ "id": "1" }] }')).toEqual({
      participants: { type: { name: participant.fullName, isCollection: true }, builtAs: participant.fullName },
    });
    const mixed = typed(
      '{ "participants": [{ "@odata.type": "#microsoft.graph.invitationParticipantInfo" }, { "@odata.type": "#microsoft.graph.participant" }] }',
    );
    expect(mixed.participants!.type).toEqual({ name: participant.fullName, isCollection: true });
    // Nothing named so and nothing said: untyped, as before (additional data, not a property).
    expect(typed('{ "things": [{ "a": 1 }] }')).toEqual({});
  });

  it('types a list named after a type as its most general base that has every property the objects set', () => {
    // attendee ← attendeeBase (type) ← recipient (name): the objects set only attendeeBase's.
    expect(typed('{ "attendees": [{ "type": "required", "name": "A" }] }').attendees).toEqual({
      type: { name: mailRecipientDerived.fullName, isCollection: true },
      builtAs: mailRecipientDerived.fullName,
    });
    expect(typed('{ "attendees": [{ "type": "required" }, { "status": "accepted" }] }').attendees!.type).toEqual({
      name: attendee.fullName,
      isCollection: true,
    });
  });

  it("takes a type from a name only in microsoft.graph or the binding's namespace, and only when the objects have one of its properties", () => {
    // A class of another namespace, or one the objects do not fit, would not compile: untyped.
    expect(typed('{ "templateParameters": [{ "name": "taskId" }] }')).toEqual({});
    expect(typed('{ "recipients": [{ "email": "a@contoso.com" }] }')).toEqual({});
    expect(typed('{ "recipient": { "userId": "1" } }')).toEqual({});
    // One known property is enough (the others go to its additional data); so is an empty object.
    expect(typed('{ "recipients": [{ "name": "A", "email": "a@contoso.com" }] }').recipients!.type).toEqual({
      name: mailRecipient.fullName,
      isCollection: true,
    });
    expect(typed('{ "recipient": {} }').recipient!.type).toEqual({ name: mailRecipient.fullName, isCollection: false });
  });
});

describe('keys of collections whose type the typings show as complex', () => {
  // conditionalAccessPolicy's bases do not include `entity` in the typings: it looks complex.
  const policy = structured(`${G}.conditionalAccessPolicy`, [
    ['id', str],
    ['displayName', str],
  ]);
  const sortField = structured(`${G}.workbookSortField`, [['key', str]]);
  const root = structured(`${G}.root`, [], null, 'entity', [
    ['policies', { name: policy.fullName, isCollection: true }],
    ['fields', { name: sortField.fullName, isCollection: true }],
  ]);
  const schema = new SchemaIndex(apiSchema('v1.0', [root, policy, sortField]));

  it('keys a type with an id property, as an entity', () => {
    const { ast } = astOf('GET /root/policies/{id}', schema);
    expect(ast.path.map((s) => s.kind)).toEqual(['singleton', 'navigation', 'key']);
  });

  it('does not key one without (a complex collection has no keys)', () => {
    expect(buildFrom('GET /root/fields/icon', schema)).toMatchObject({
      ok: false,
      error: { code: 'E_PATH_UNRESOLVED' },
    });
  });
});

describe('functions whose return type the metadata gives without doubt, without a container', () => {
  const range = structured(`${G}.workbookRange`, [['address', str]], null, 'entity', [
    ['format', { name: `${G}.workbookRangeFormat`, isCollection: false }],
  ]);
  const format = structured(`${G}.workbookRangeFormat`, [['wrapText', { primitive: 'boolean', isCollection: false }]]);
  const book = structured(`${G}.book`, [], null, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [book, range, format]));

  it('follows a path past `range(…)` (a workbookRange), typing arguments by their literals', () => {
    const { ast } = astOf("GET /book/range(address='A1:B2')/format", schema);
    expect(ast.path.map((s) => s.kind)).toEqual(['singleton', 'function', 'navigation']);
    expect(ast.path[1]).toMatchObject({
      name: 'range',
      arguments: [{ name: 'address', value: 'A1:B2', type: str }],
      target: { name: `${G}.workbookRange`, isCollection: false },
    });
  });

  it('types an unquoted integer argument as Int32, and leaves a placeholder untyped', () => {
    // A function the metadata lacks: its arguments are typed by their literals.
    const { ast } = astOf('GET /book/range/someCell(row=5,column={column})', schema);
    expect(ast.path[2]).toMatchObject({
      kind: 'function',
      name: 'someCell',
      arguments: [
        { name: 'row', value: '5', type: { primitive: 'int32', isCollection: false } },
        { name: 'column', value: '{column}', type: null },
      ],
    });
    // The metadata's `cell` takes two Int32s, placeholder or not, as with a CSDL.
    expect(astOf('GET /book/range/cell(row=5,column={column})', schema).ast.path[2]).toMatchObject({
      kind: 'function',
      name: 'cell',
      arguments: [
        { name: 'row', value: '5', type: { primitive: 'int32', isCollection: false } },
        { name: 'column', value: '{column}', type: { primitive: 'int32', isCollection: false } },
      ],
      target: { name: `${G}.workbookRange` },
    });
  });

  it('types an unquoted true or false as Boolean, as the same value in a body (C# and TypeScript print it bare)', () => {
    const { ast } = astOf('GET /book/range/usedRange(valuesOnly=true)', schema);
    expect(ast.path[2]).toMatchObject({
      kind: 'function',
      name: 'usedRange',
      arguments: [{ name: 'valuesOnly', value: 'true', type: { primitive: 'boolean', isCollection: false } }],
    });
    const other = astOf('GET /book/range/someCell(row=false,column=True)', schema).ast.path[2];
    expect(other).toMatchObject({
      arguments: [
        { name: 'row', value: 'false', type: { primitive: 'boolean', isCollection: false } },
        // OData's literals are lower case: anything else is no Boolean.
        { name: 'column', value: 'True', type: null },
      ],
    });
  });

  it('knows the return type of a known function that Graph also binds to collections (item → workbookChart)', () => {
    const chart = structured(`${G}.workbookChart`, [['name', str]], null, 'entity', [
      ['format', { name: `${G}.workbookRangeFormat`, isCollection: false }],
    ]);
    const workbook = structured(`${G}.book`, [], null, 'entity', [
      ['charts', { name: chart.fullName, isCollection: true }],
    ]);
    const charts = new SchemaIndex(apiSchema('v1.0', [workbook, chart, format]));
    const { ast } = astOf("GET /book/charts/item(name='Chart 1')/format", charts);
    expect(ast.path.map((s) => s.kind)).toEqual(['singleton', 'navigation', 'function', 'navigation']);
    expect(ast.path[2]).toMatchObject({ name: 'item', target: { name: chart.fullName, isCollection: false } });
  });

  it('knows the names in any case', () => {
    expect(knownFunction('UsedRange')).toEqual({ name: 'usedRange', type: `${G}.workbookRange` });
    expect(knownFunction('delta')).toBeUndefined(); // several return types
  });
});

describe('operations with inline responses, without a container', () => {
  const directoryObject = structured(`${G}.directoryObject`, [['id', str]], null, 'entity');
  const user = structured(`${G}.user`, [['id', str]], `${G}.directoryObject`, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [directoryObject, user]));

  it('gives an action its return type, which the snippet then keeps (`result`)', () => {
    const { ast } = astOf(jsonRequest('POST', '/users/{id}/checkMemberGroups', '{ "groupIds": ["1"] }'), schema);
    expect(ast.path[2]).toMatchObject({
      kind: 'action',
      name: 'checkMemberGroups',
      target: { primitive: 'string', isCollection: true },
    });
    expect(ast.responseType).toEqual({ primitive: 'string', isCollection: true });
  });

  it('gives a collection of the binding’s type where that is what every definition returns', () => {
    const { ast } = astOf("GET /users/filterByCurrentUser(on='reviewer')", schema);
    expect(ast.path[1]).toMatchObject({ kind: 'function', target: { name: `${G}.user`, isCollection: true } });
  });

  it('takes the kind from the metadata, not from parentheses, and a named type only when the schema has it', () => {
    const { ast } = astOf(jsonRequest('POST', '/users/getByIds()', '{ "ids": ["1"] }'), schema);
    expect(ast.path[1]).toMatchObject({
      kind: 'action',
      name: 'getByIds',
      target: { name: `${G}.directoryObject`, isCollection: true },
    });
    const bare = new SchemaIndex(apiSchema('v1.0', [user]));
    expect(astOf(jsonRequest('POST', '/users/getByIds', '{ "ids": ["1"] }'), bare).ast.path[1]).toMatchObject({
      kind: 'action',
      target: null,
    });
  });

  it('knows the names in any case, and only those', () => {
    expect(inlineResponseOperation('GETMEMBERGROUPS', { name: `${G}.user`, isCollection: false }, schema)).toEqual({
      name: 'getMemberGroups',
      kind: 'action',
      returns: { primitive: 'string', isCollection: true },
    });
    // `add` returns a collection on some bindings and an entity on others.
    expect(inlineResponseOperation('add', { name: `${G}.user`, isCollection: true }, schema)).toBeUndefined();
  });
});

describe('operations with inline responses on some bindings only, without a container', () => {
  const site = structured(`${G}.site`, [['id', str]], null, 'entity');
  const permission = structured(`${G}.permission`, [['id', str]], null, 'entity');
  const driveItem = structured(`${G}.driveItem`, [['id', str]], null, 'entity');
  // A type the metadata does not bind `invite` to, derived from one it does.
  const specialItem = structured(`${G}.specialItem`, [], `${G}.driveItem`, 'entity');
  const drive = structured(`${G}.drive`, [['id', str]], null, 'entity', [
    ['items', { name: `${G}.driveItem`, isCollection: true }],
    ['special', { name: `${G}.specialItem`, isCollection: true }],
  ]);
  const user = structured(`${G}.user`, [['id', str]], null, 'entity', [
    ['followedSites', { name: `${G}.site`, isCollection: true }],
    ['sites', { name: `${G}.site`, isCollection: false }],
  ]);
  const schema = new SchemaIndex(apiSchema('v1.0', [site, permission, driveItem, specialItem, drive, user]));

  it('gives `add` on a collection of sites its collection of sites (C#: PostAsAddPostResponseAsync)', () => {
    const { ast } = astOf(jsonRequest('POST', '/users/{id}/followedSites/add', '{ "value": [] }'), schema);
    expect(ast.path[3]).toMatchObject({
      kind: 'action',
      name: 'add',
      target: { name: `${G}.site`, isCollection: true },
    });
    expect(ast.responseType).toEqual({ name: `${G}.site`, isCollection: true });
  });

  it('finds the entry of a base type of the binding, and none for a binding the metadata does not list', () => {
    const { ast } = astOf(jsonRequest('POST', '/drives/{id}/special/{id}/invite', '{ "roles": ["read"] }'), schema);
    expect(ast.path.at(-1)).toMatchObject({
      kind: 'action',
      name: 'invite',
      target: { name: `${G}.permission`, isCollection: true },
    });
    // `add` after a single site: Graph binds `add` to collections alone, so it is no operation there.
    expect(buildFrom(jsonRequest('POST', '/users/{id}/sites/add', '{ "value": [] }'), schema)).toMatchObject({
      ok: false,
      error: { code: 'E_PATH_UNRESOLVED' },
    });
  });

  it('knows `search` by binding only: drive items on a drive, access packages on access packages, nothing elsewhere', () => {
    expect(inlineResponseOperation('search', { name: `${G}.drive`, isCollection: false }, schema)).toEqual({
      name: 'search',
      kind: 'function',
      returns: { name: `${G}.driveItem`, isCollection: true },
    });
    // The beta's `Search` function of access packages, in any case.
    const accessPackage = structured(`${G}.accessPackage`, [['id', str]], null, 'entity');
    const beta = new SchemaIndex(apiSchema('beta', [accessPackage]));
    for (const spelling of ['Search', 'search']) {
      expect(inlineResponseOperation(spelling, { name: `${G}.accessPackage`, isCollection: true }, beta)).toEqual({
        name: 'Search',
        kind: 'function',
        returns: { name: `${G}.accessPackage`, isCollection: true },
      });
    }
    // Elsewhere `search` is no inline response: v1.0's action on restore points returns a named type.
    expect(inlineResponseOperation('search', { name: `${G}.user`, isCollection: true }, schema)).toBeUndefined();
  });

  it('posts to `search` elsewhere as an action returning a named type (it was taken for the beta’s function)', () => {
    // v1.0's `search` action (restore points) returns a restorePointSearchResponse: a value, no inline type.
    const { ast, warnings } = astOf(jsonRequest('POST', '/users/search', '{ "query": "x" }'), typingsLike);
    expect(ast.path[1]).toMatchObject({ kind: 'action', name: 'search', target: UNKNOWN_TYPE });
    expect(ast.responseType).toBe(UNKNOWN_TYPE);
    expect(warnings[1]!.message).toBe("'search' inferred as a bound action (no entity container for v1.0)");
  });

  it('climbs a cycle of base types once', () => {
    const a = structured(`${G}.a`, [], `${G}.b`, 'entity');
    const b = structured(`${G}.b`, [], `${G}.a`, 'entity');
    const cyclic = new SchemaIndex(apiSchema('v1.0', [a, b]));
    expect(inlineResponseOperation('invite', { name: `${G}.a`, isCollection: false }, cyclic)).toBeUndefined();
  });

  it('keeps a return type only when the schema has it', () => {
    const bare = new SchemaIndex(apiSchema('v1.0', [drive, driveItem]));
    expect(inlineResponseOperation('INVITE', { name: `${G}.driveItem`, isCollection: false }, bare)).toEqual({
      name: 'invite',
      kind: 'action',
      returns: null,
    });
  });
});

describe('operations bound to a type of a sub-namespace, without a container', () => {
  const ediscoveryCase = structured(`${G}.ediscovery.case`, [['id', str]], null, 'entity');
  const ediscovery = structured(`${G}.ediscovery.ediscoveryroot`, [], null, 'entity', [
    ['cases', { name: `${G}.ediscovery.case`, isCollection: true }],
  ]);
  const compliance = structured(`${G}.compliance`, [], null, 'entity', [
    ['ediscovery', { name: `${G}.ediscovery.ediscoveryroot`, isCollection: false }],
  ]);
  const user = structured(`${G}.user`, [['id', str]], null, 'entity');
  const schema = new SchemaIndex(apiSchema('beta', [ediscoveryCase, ediscovery, compliance, user]));

  it('are of that namespace (Kiota: MicrosoftGraphEdiscoveryClose), others of microsoft.graph', () => {
    const { ast } = astOf('POST /compliance/ediscovery/cases/{id}/close', schema);
    expect(ast.path.at(-1)).toMatchObject({ kind: 'action', name: 'close', fullName: `${G}.ediscovery.close` });
    // A name the URL qualifies says its namespace itself.
    const qualified = astOf('POST /compliance/ediscovery/cases/{id}/microsoft.graph.ediscovery.close', schema).ast;
    expect(qualified.path.at(-1)).toMatchObject({ kind: 'action', fullName: `${G}.ediscovery.close` });
    expect(astOf('POST /users/{id}/revokeSignInSessions', schema).ast.path.at(-1)).toMatchObject({
      name: 'revokeSignInSessions',
      fullName: `${G}.revokeSignInSessions`,
    });
  });
});

describe('whether an action takes a body, without a container', () => {
  const workbook = structured(`${G}.workbook`, [], null, 'entity');
  const driveItem = structured(`${G}.driveItem`, [['id', str]], null, 'entity', [
    ['workbook', { name: `${G}.workbook`, isCollection: false }],
  ]);
  const drive = structured(`${G}.drive`, [['id', str]], null, 'entity', [
    ['items', { name: `${G}.driveItem`, isCollection: true }],
  ]);
  const team = structured(`${G}.team`, [['id', str]], null, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [workbook, driveItem, drive, team]));
  const session = (name: string, body: string) =>
    astOf(jsonRequest('POST', `/drives/{id}/items/{id}/workbook/${name}`, body), schema);

  it('leaves out a body the docs post to an action without parameters, as a CSDL run does (no CloseSessionPostRequestBody exists)', () => {
    const { ast, warnings } = session('closeSession', '{ "reason": "done" }');
    expect(ast.body).toBeNull();
    expect(warnings.find((w) => w.code === 'W_BODY_IGNORED')?.message).toBe(
      "the action closeSession takes no parameters: the SDKs' post sends no body, so the example's 'reason' is not part of the snippet",
    );
    // Also where an emitter would keep an unknown action's body.
    expect(operationTakesBody(ast.path, schema, true)).toBe(false);
  });

  it('gives an action with parameters a body even when the docs post none (its post requires one)', () => {
    const { ast } = astOf('POST /teams/{id}/archive', schema);
    expect(ast.body).toBeNull();
    // Where an emitter would invent no body for an unknown action.
    expect(operationTakesBody(ast.path, schema, false)).toBe(true);
  });

  it('spells a listed action as the metadata does, whatever the URL’s case (Kiota names the builder so)', () => {
    expect(actionSpelling('CLOCKOUT')).toBe('clockOut');
    expect(actionSpelling('frobnicate')).toBeUndefined();
    expect(astOf('POST /teams/{id}/Archive', schema).ast.path.at(-1)).toMatchObject({
      kind: 'action',
      raw: 'Archive',
      name: 'archive',
      fullName: `${G}.archive`,
    });
  });

  it('asks the actions’ spelling for actions only, and keeps the change-tracking delta to functions', () => {
    // A function (parentheses) named like an action keeps the URL's spelling.
    expect(astOf('GET /teams/{id}/Archive()', schema).ast.path.at(-1)).toMatchObject({
      kind: 'function',
      name: 'Archive',
    });
    // Excel's `delta` is an action with parameters that returns a result, not a collection of its binding.
    const excel = astOf(jsonRequest('POST', '/drives/{id}/items/{id}/workbook/delta', '{ "number1": 1 }'), schema).ast;
    expect(excel.path.at(-1)).toMatchObject({ kind: 'action', name: 'delta', target: UNKNOWN_TYPE });
  });

  it('knows names in any case, and leaves the emitters’ assumption for the others', () => {
    const nowhere = null;
    expect([
      actionTakesBody('REFRESHSESSION', nowhere, schema),
      actionTakesBody('createsession', nowhere, schema),
    ]).toEqual([false, true]);
    // Some definitions of `accept` take parameters, others not; `frobnicate` is no action of the metadata.
    expect([actionTakesBody('accept', nowhere, schema), actionTakesBody('frobnicate', nowhere, schema)]).toEqual([
      undefined,
      undefined,
    ]);
    const { ast } = session('frobnicate', '{ "x": true }');
    expect(ast.body).toMatchObject({ kind: 'json', bodyType: { kind: 'actionParameters' } });
    expect([operationTakesBody(ast.path, schema, true), operationTakesBody(ast.path, schema, false)]).toEqual([
      true,
      false,
    ]);
  });
});

describe('whether an action takes a body, by its binding, without a container', () => {
  const installation = structured(`${G}.teamsAppInstallation`, [['id', str]], null, 'entity');
  const userInstallation = structured(
    `${G}.userScopeTeamsAppInstallation`,
    [['id', str]],
    `${G}.teamsAppInstallation`,
    'entity',
  );
  const custodian = structured(`${G}.security.ediscoveryCustodian`, [['id', str]], null, 'entity');
  const bound = new SchemaIndex(apiSchema('v1.0', [installation, userInstallation, custodian]));
  const one = (name: string) => ({ name, isCollection: false });
  const many = (name: string) => ({ name, isCollection: true });

  it('answers for the names some of whose definitions take parameters, by the bound type or a base of it', () => {
    // The v1.0 metadata's `upgrade` takes `consentedPermissionSet`, the 2021 beta's nothing: v1.0 decides.
    expect(actionTakesBody('upgrade', one(`${G}.teamsAppInstallation`), bound)).toBe(true);
    expect(actionTakesBody('Upgrade', one(`${G}.userScopeTeamsAppInstallation`), bound)).toBe(true);
    // On the collection, holds are applied to the ids posted; on one custodian, to it.
    expect(actionTakesBody('applyHold', many(`${G}.security.ediscoveryCustodian`), bound)).toBe(true);
    expect(actionTakesBody('applyHold', one(`${G}.security.ediscoveryCustodian`), bound)).toBe(false);
    // A binding the metadata does not have, or none: no answer.
    expect(actionTakesBody('upgrade', one(`${G}.user`), bound)).toBeUndefined();
    expect(actionTakesBody('upgrade', null, bound)).toBeUndefined();
  });
});

describe('what an action returns, without a container', () => {
  const permission = structured(`${G}.permission`, [['id', str]], null, 'entity');
  const driveItem = structured(`${G}.driveItem`, [['id', str]], null, 'entity');
  const drive = structured(`${G}.drive`, [['id', str]], null, 'entity', [
    ['items', { name: `${G}.driveItem`, isCollection: true }],
  ]);
  const user = structured(`${G}.user`, [['id', str]], null, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [permission, driveItem, drive, user]));

  it('keeps what an action returns when every definition of it returns a value, of a type not known', () => {
    const { ast } = astOf(jsonRequest('POST', '/drives/{id}/items/{id}/createLink', '{ "type": "view" }'), schema);
    expect(ast.path.at(-1)).toMatchObject({ kind: 'action', name: 'createLink', target: UNKNOWN_TYPE });
    expect(ast.responseType).toBe(UNKNOWN_TYPE);
    // In any case, spelled as the metadata spells it.
    expect(actionReturnsValue('CREATELINK', null, schema)).toBe(true);
    expect(ACTIONS_WITH_RESULT).toContain('createLink');
  });

  it('keeps what an action returns on the types whose definitions of it return a value, and their derived types', () => {
    const directoryObject = structured(`${G}.directoryObject`, [['id', str]], null, 'entity');
    const group = structured(`${G}.group`, [['id', str]], `${G}.directoryObject`, 'entity');
    const cloudPc = structured(`${G}.cloudPC`, [['id', str]], null, 'entity');
    const bound = new SchemaIndex(apiSchema('v1.0', [directoryObject, group, cloudPc]));
    // `restore` returns the restored directoryObject, and of a cloud PC nothing.
    expect(ACTIONS_WITH_RESULT_BY_BINDING['restore@microsoft.graph.directoryObject']).toBe(true);
    expect(ACTIONS_WITH_RESULT_BY_BINDING['restore@microsoft.graph.cloudPC']).toBe(false);
    const restored = astOf(jsonRequest('POST', '/groups/{id}/restore', ''), bound).ast;
    expect(restored.path.at(-1)).toMatchObject({ kind: 'action', name: 'restore', target: UNKNOWN_TYPE });
    expect(restored.responseType).toBe(UNKNOWN_TYPE);
    const pc = astOf(jsonRequest('POST', '/cloudPCs/{id}/RESTORE', '{}'), bound).ast;
    expect(pc.path.at(-1)).toMatchObject({ kind: 'action', target: null });
    expect(pc.responseType).toBeNull();
    // By binding, in any case; nothing on a type the table does not name.
    expect(actionReturnsValue('Restore', { name: `${G}.group`, isCollection: false }, bound)).toBe(true);
    expect(actionReturnsValue('restore', { name: `${G}.group`, isCollection: true }, bound)).toBe(false);
    expect(actionReturnsValue('restore', null, bound)).toBe(false);
  });

  it('keeps nothing of an action that returns nothing, whose definitions differ, or that the metadata lacks', () => {
    for (const name of ['sendMail', 'cancel', 'frobnicate']) {
      const { ast } = astOf(jsonRequest('POST', `/users/{id}/${name}`, '{}'), schema);
      expect(ast.path.at(-1), name).toMatchObject({ kind: 'action', target: null });
      expect(ast.responseType, name).toBeNull();
    }
  });

  it('leaves functions to their own rules', () => {
    const { ast } = astOf('GET /users/{id}/frobnicate()', schema);
    expect(ast.path.at(-1)).toMatchObject({ kind: 'function', target: null });
  });
});

describe('request builders of properties, without a container', () => {
  const automaticReplies = structured(`${G}.automaticRepliesSetting`, [['status', str]]);
  const mailboxSettings = structured(`${G}.mailboxSettings`, [
    ['timeZone', str],
    ['automaticRepliesSetting', { name: `${G}.automaticRepliesSetting`, isCollection: false }],
  ]);
  const connector = structured(`${G}.identityApiConnector`, [['id', str]], null, 'entity');
  const connectorConfiguration = structured(`${G}.userFlowApiConnectorConfiguration`, [
    ['postFederationSignup', { name: `${G}.identityApiConnector`, isCollection: false }],
  ]);
  const user = structured(
    `${G}.user`,
    [
      ['id', str],
      ['mailboxSettings', { name: `${G}.mailboxSettings`, isCollection: false }],
      ['apiConnectorConfiguration', { name: `${G}.userFlowApiConnectorConfiguration`, isCollection: false }],
    ],
    null,
    'entity',
  );
  const schema = new SchemaIndex(
    apiSchema('v1.0', [automaticReplies, mailboxSettings, connector, connectorConfiguration, user]),
  );

  it('has none for a property of a complex value: the path is unresolved, as with a CSDL', () => {
    expect(astOf('GET /users/{id}/mailboxSettings', schema).ast.path.at(-1)).toMatchObject({
      kind: 'property',
      name: 'mailboxSettings',
    });
    const result = buildFrom('GET /users/{id}/mailboxSettings/automaticRepliesSetting', schema);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'E_PATH_UNRESOLVED',
      message: expect.stringContaining("'automaticRepliesSetting' is not a navigation property"),
    });
  });

  it('has one for a complex value’s property holding an entity (a navigation in the metadata)', () => {
    expect(
      astOf('GET /users/{id}/apiConnectorConfiguration/postFederationSignup', schema).ast.path.at(-1),
    ).toMatchObject({ kind: 'property', name: 'postFederationSignup', target: { name: `${G}.identityApiConnector` } });
  });

  it('has one for a property of an entity type without a base type (known from the metadata)', () => {
    expect(isEntityWithoutBaseType('MICROSOFT.GRAPH.ADMIN')).toBe(true);
    expect(isEntityWithoutBaseType(`${G}.mailboxSettings`)).toBe(false);
    // A complex value under a user's property of type `holder` (the typings show `admin` as a
    // complex type: it has no `Entity` base): a builder only when the metadata lists `holder`.
    const underHolder = (holder: string) => {
      const edge = structured(`${G}.edge`, [['id', str]]);
      const holderType = structured(holder, [['edge', { name: `${G}.edge`, isCollection: false }]]);
      const owner = structured(
        `${G}.user`,
        [
          ['id', str],
          ['admin', { name: holder, isCollection: false }],
        ],
        null,
        'entity',
      );
      return buildFrom('GET /users/{id}/admin/edge', new SchemaIndex(apiSchema('v1.0', [owner, holderType, edge])));
    };
    const admin = underHolder(`${G}.admin`);
    expect(admin.ok && admin.ast.path.map((s) => s.kind)).toEqual(['entitySet', 'key', 'property', 'property']);
    expect(underHolder(`${G}.notAdmin`).ok).toBe(false);
  });
});

describe('functions the docs POST a body to, without a container', () => {
  const chart = structured(`${G}.workbookChart`, [['id', str]], null, 'entity');
  const book = structured(`${G}.book`, [], null, 'entity', [
    ['charts', { name: `${G}.workbookChart`, isCollection: true }],
  ]);
  const range = structured(`${G}.workbookRange`, [['address', str]], null, 'entity');
  const schema = new SchemaIndex(apiSchema('v1.0', [book, chart, range]));

  it('calls the function with the body’s values as its arguments, with GET, as the metadata’s functions are', () => {
    const { ast, warnings } = astOf(jsonRequest('POST', '/book/charts/itemAt', '{ "index": 8 }'), schema);
    expect(ast.method).toBe('GET');
    expect(ast.body).toBeNull();
    expect(ast.path[2]).toMatchObject({
      kind: 'function',
      name: 'itemAt',
      raw: 'itemAt(index=8)',
      arguments: [{ name: 'index', value: '8', type: { primitive: 'int32', isCollection: false } }],
    });
    expect(codes(warnings)).toContain('W_FUNCTION_BODY_AS_ARGUMENTS');
  });

  it('types the arguments by their JSON kind, and leaves other bodies as they are', () => {
    const { ast } = astOf(jsonRequest('GET', "/book/range(address='A1')/usedRange", '{ "valuesOnly": true }'), schema);
    expect(ast.path[2]).toMatchObject({
      raw: 'usedRange(valuesOnly=true)',
      arguments: [{ name: 'valuesOnly', value: 'true', type: { primitive: 'boolean', isCollection: false } }],
    });
    // A nested value is no argument: the body stays, and so does the POST.
    const nested = buildFrom(jsonRequest('POST', '/book/charts/itemAt', '{ "index": { "n": 8 } }'), schema);
    expect(nested.ok && nested.ast.method).toBe('POST');
  });

  it('knows the functions that are never actions, in any case', () => {
    expect(otherBoundFunction('ITEMAT')).toBe('itemAt');
    expect(otherBoundFunction('sendMail')).toBeUndefined();
  });
});

describe('the inference tables, as path.ts reads them', () => {
  // inferredOperation (path.ts) asks every table without guards and takes the most specific
  // answer: that is only right while the tables agree where they overlap.
  const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));
  const known = lower(Object.keys(FUNCTION_RETURN_TYPES));
  const inline = lower(Object.keys(INLINE_RESPONSE_OPERATIONS));
  const other = lower(OTHER_BOUND_FUNCTIONS);

  it('hold the change-tracking delta in none of the function tables (its return type comes from its binding)', () => {
    for (const table of [known, inline, other]) expect(table.has('delta')).toBe(false);
    expect(Object.keys(INLINE_RESPONSES_BY_BINDING).filter((key) => /^delta@/i.test(key))).toEqual([]);
    expect(knownFunction('Delta')).toBeUndefined();
    expect(otherBoundFunction('DELTA')).toBeUndefined();
    // Excel's `delta` is an action with parameters: listed among the actions, for its body.
    expect(actionSpelling('DELTA')).toBe('delta');
  });

  it('give the other bound functions no other kind: in neither function table, no action, a function by binding', () => {
    expect([...other].filter((name) => known.has(name) || inline.has(name))).toEqual([]);
    expect([...other].filter((name) => actionSpelling(name) !== undefined)).toEqual([]);
    const notFunctions = Object.entries(INLINE_RESPONSES_BY_BINDING).filter(
      ([key, op]) => other.has(key.slice(0, key.indexOf('@')).toLowerCase()) && op.kind !== 'function',
    );
    expect(notFunctions).toEqual([]);
  });
});

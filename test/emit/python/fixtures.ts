/**
 * Hand-built ASTs and a tiny schema for the Python emitter tests: small helpers and requests for
 * feature tests. The seed request (example 2 of shared/seeds/004_*, a beta POST of an
 * accessPackageAssignmentPolicy), the builders and the schema types shared with the other
 * languages' tests are in ../../support/.
 */
import type { AstHeader, AstQueryOption, OperationArgument, PathSegment, SnippetAst } from '../../../src/ast/types.js';
import type { ApiSchema, SchemaTypeDef, StructuredTypeDef, TypeRef } from '../../../src/metadata/schema.js';
import { parseTypeString } from '../../../src/metadata/schema.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import type { EmitContext } from '../../../src/emit/types.js';
import {
  NULL,
  arr,
  ast,
  bool,
  enumValue as enumNode,
  int,
  jsonBody,
  obj,
  primitive as prim,
  prop,
  segment,
  str,
  t,
  u,
} from '../../support/ast-builders.js';
import { apiSchema, boundAction, enumType, structured as structuredOf } from '../../support/schema-builders.js';
import { SEED_TYPES } from '../../support/seed.js';

export { NULL, arr, ast, bool, enumNode, int, jsonBody, obj, prim, prop, str, t, u };
export { SEED_AST } from '../../support/seed.js';

// ---------------------------------------------------------------------------------------------
// Schema

/** A structured type whose properties' types are written as in CSDL (`Edm.String`, `Collection(...)`). */
function structured(
  fullName: string,
  properties: Record<string, string>,
  baseType: string | null = null,
  kind: 'entity' | 'complex' = 'complex',
): StructuredTypeDef {
  const props = Object.entries(properties).map(([name, type]): [string, TypeRef] => [name, parseTypeString(type)]);
  return structuredOf(fullName, props, baseType, kind);
}

const G = 'microsoft.graph.';

const TYPES: SchemaTypeDef[] = [
  ...SEED_TYPES,
  // Feature tests.
  structured(
    `${G}message`,
    { subject: 'Edm.String', body: `${G}itemBody`, toRecipients: `Collection(${G}recipient)` },
    `${G}entity`,
    'entity',
  ),
  structured(`${G}itemBody`, { contentType: `${G}bodyType`, content: 'Edm.String' }),
  structured(`${G}recipient`, { emailAddress: `${G}emailAddress` }),
  structured(`${G}emailAddress`, { address: 'Edm.String', name: 'Edm.String' }),
  enumType(`${G}bodyType`, ['text', 'html']),
  structured(`${G}list`, { displayName: 'Edm.String' }, `${G}entity`, 'entity'),
  structured(`${G}alert`, { title: 'Edm.String' }, `${G}entity`, 'entity'),
  structured(`${G}security.alert`, { title: 'Edm.String' }, `${G}entity`, 'entity'),
  structured(`${G}callRecords.callRecord`, { version: 'Edm.Int64' }, `${G}entity`, 'entity'),
  structured(`${G}team`, { displayName: 'Edm.String' }, `${G}entity`, 'entity'),
  structured(`${G}workbook`, {}, `${G}entity`, 'entity'),
  // Only the CSDL knows these: the SDK has no class to name.
  { ...structured(`${G}legacySetting`, { value: 'Edm.String' }), sdkMissing: true },
  { ...enumType(`${G}legacyMode`, ['on']), sdkMissing: true },
];

export const SCHEMA: ApiSchema = apiSchema('beta', TYPES, {
  sources: [{ kind: 'csdl', description: 'hand-built test schema', fingerprint: 'test' }],
  operations: [
    boundAction('closeSession', t.named('workbook'), []),
    boundAction('archive', t.named('team'), [['shouldSetSpoSiteReadOnlyForMembers', t.prim('boolean')]]),
  ],
});

export const INDEX = new SchemaIndex(SCHEMA);
export const CONTEXT: EmitContext = { schema: INDEX, exampleName: 'test' };

// ---------------------------------------------------------------------------------------------
// AST helpers (the rest are the shared ones, re-exported above)

export function seg(
  kind: 'entitySet' | 'singleton' | 'navigation' | 'property',
  name: string,
  target: TypeRef | null = null,
): PathSegment {
  if (kind === 'navigation') return { kind, name, raw: name, target, containsTarget: true };
  return { kind, name, raw: name, target };
}

export function key(parameter: string, value = `{${parameter}}`, target: TypeRef | null = null): PathSegment {
  return segment.key(parameter, value, target);
}

export function query(name: string, system: AstQueryOption['system'], value: AstQueryOption['value']): AstQueryOption {
  return { name, system, value };
}

export function header(name: string, value: string): AstHeader {
  return { name, value };
}

// ---------------------------------------------------------------------------------------------
// Feature requests (v1.0), each covering a few AST features; also run against the real SDK by
// hand (see the README of the verification harness).

const action = (name: string, target: TypeRef | null = null): PathSegment => segment.action(name, target);
const fn = (name: string, args: OperationArgument[]): PathSegment => segment.fn(name, args);

const ME = seg('singleton', 'me', t.named('user'));
const REF = segment.ref();
const VALUE = segment.value();
const COUNT = segment.count(t.prim('int32'));

export const FEATURES: Record<string, SnippetAst> = {
  listUsersWithQuery: ast({
    path: [seg('entitySet', 'users', t.named('user', true))],
    query: [
      query('$select', 'select', { kind: 'list', items: ['displayName', 'givenName'] }),
      query('$filter', 'filter', { kind: 'string', value: "startswith(displayName,'a')" }),
      query('$orderBy', 'orderby', { kind: 'list', items: ['displayName desc'] }),
      query('$count', 'count', { kind: 'boolean', value: true }),
      query('$top', 'top', { kind: 'integer', value: 5 }),
      query('$expand', 'expand', { kind: 'list', items: ['manager($select=id,displayName)'] }),
    ],
    headers: [header('ConsistencyLevel', 'eventual'), header('Host', 'graph.microsoft.com')],
    responseType: t.named('user', true),
  }),
  searchMessages: ast({
    path: [ME, seg('navigation', 'messages', t.named('message', true))],
    query: [
      query('$search', 'search', { kind: 'string', value: '"pizza"' }),
      query('$skip', 'skip', { kind: 'integer', value: 10 }),
    ],
    responseType: t.named('message', true),
  }),
  headersOnly: ast({
    path: [ME, seg('navigation', 'events', t.named('event', true)), key('event-id', 'AAMkAGI1')],
    headers: [header('Prefer', 'outlook.timezone="Pacific Standard Time"')],
    responseType: t.named('event'),
  }),
  sendMail: ast({
    method: 'POST',
    path: [ME, action('sendMail')],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.sendMail', segmentName: 'sendMail' },
      value: obj(null, [
        prop(
          'message',
          t.named('message'),
          obj('message', [
            prop('subject', t.prim('string'), str('Meet for lunch?')),
            prop(
              'body',
              t.named('itemBody'),
              obj('itemBody', [
                prop('contentType', t.named('bodyType'), enumNode('bodyType', ['html'])),
                prop('content', t.prim('string'), str('The new cafeteria is open.\n"Come" \\ see')),
              ]),
            ),
            prop(
              'toRecipients',
              t.named('recipient', true),
              arr(t.named('recipient'), [
                obj('recipient', [
                  prop(
                    'emailAddress',
                    t.named('emailAddress'),
                    obj('emailAddress', [prop('address', t.prim('string'), str('frannis@contoso.com'))]),
                  ),
                ]),
              ]),
            ),
            prop(
              'from',
              t.named('recipient'),
              obj('recipient', [
                prop(
                  'emailAddress',
                  t.named('emailAddress'),
                  obj('emailAddress', [prop('address', t.prim('string'), str('me@contoso.com'))]),
                ),
              ]),
            ),
          ]),
        ),
        prop('saveToSentItems', t.prim('boolean'), bool(false)),
      ]),
    },
  }),
  uploadPhoto: ast({
    method: 'PUT',
    path: [ME, seg('navigation', 'photo', t.named('profilePhoto')), VALUE],
    body: { kind: 'stream', contentType: 'image/jpeg', contentTypeArgument: null, length: 12 },
  }),
  addMemberRef: ast({
    method: 'POST',
    path: [
      seg('entitySet', 'groups', t.named('group', true)),
      key('group-id'),
      seg('navigation', 'members', t.named('directoryObject', true)),
      REF,
    ],
    body: {
      kind: 'json',
      bodyType: { kind: 'reference', method: 'POST' },
      value: obj(
        null,
        [],
        [{ key: '@odata.id', value: u.str('https://graph.microsoft.com/v1.0/directoryObjects/{id}') }],
      ),
    },
  }),
  removeMemberRef: ast({
    method: 'DELETE',
    path: [
      seg('entitySet', 'groups', t.named('group', true)),
      key('group-id'),
      seg('navigation', 'members', t.named('directoryObject', true)),
      key('directoryObject-id'),
      REF,
    ],
  }),
  functionWithParameters: ast({
    path: [
      seg('entitySet', 'reports'),
      fn('getEmailActivityCounts', [{ name: 'period', value: 'D7', type: t.prim('string') }]),
    ],
    responseType: t.prim('stream'),
  }),
  functionIntegerParameters: ast({
    path: [
      ME,
      fn('exportDeviceAndAppManagementData', [
        { name: 'skip', value: '0', type: t.prim('int32') },
        { name: 'top', value: '5', type: t.prim('int32') },
      ]),
    ],
    responseType: t.named('deviceAndAppManagementData'),
  }),
  castAndCount: ast({
    path: [
      seg('entitySet', 'users', t.named('user', true)),
      key('user-id'),
      seg('navigation', 'memberOf', t.named('directoryObject', true)),
      { kind: 'cast', raw: 'microsoft.graph.group', target: t.named('group', true), typeName: 'microsoft.graph.group' },
      COUNT,
    ],
    headers: [header('ConsistencyLevel', 'eventual')],
    responseType: t.prim('int32'),
  }),
  calendarViewCustomQuery: ast({
    path: [ME, seg('navigation', 'calendarView', t.named('event', true))],
    query: [
      query('startDateTime', null, { kind: 'string', value: '2017-01-01T19:00:00-08:00' }),
      query('endDateTime', null, { kind: 'string', value: '2017-01-07T19:00:00-08:00' }),
    ],
    responseType: t.named('event', true),
  }),
  deltaWithToken: ast({
    path: [seg('entitySet', 'users', t.named('user', true)), fn('delta', [])],
    query: [
      query('$deltatoken', 'deltatoken', {
        kind: 'string',
        value:
          'oEcOySpF_hWYmTIUZBOIfPzcwisr_rPe8o9M54L45qEXQGmvQC6T2dbL-9O7nSU-njKhFiGlAZqewNAThmCVnNxqPu5gOBegrm1CaVZ-ZtFZ2tPOAO98OD9y0ao460',
      }),
    ],
    responseType: t.named('user', true),
  }),
  primitivesAndData: ast({
    method: 'POST',
    path: [ME, action('findMeetingTimes')],
    body: {
      kind: 'json',
      bodyType: {
        kind: 'actionParameters',
        operation: 'microsoft.graph.findMeetingTimes',
        segmentName: 'findMeetingTimes',
      },
      value: obj(
        null,
        [
          prop('meetingDuration', t.prim('duration'), prim('duration', 'PT1H')),
          prop('minimumAttendeePercentage', t.prim('double'), prim('double', '100.5')),
          prop('isOrganizerOptional', t.prim('boolean'), bool(false)),
          prop('returnSuggestionReasons', t.prim('boolean'), bool(true)),
          prop('maxCandidates', t.prim('int32'), prim('int32', '1.0')),
        ],
        [
          { key: 'customData@odata.type', value: u.str('#Collection(String)') },
          {
            key: 'nested',
            value: u.obj([
              ['a', u.arr([u.num('1'), u.num('2.5')])],
              ['b', u.bool(true)],
              ['c', u.null()],
              ['d', u.obj([])],
            ]),
          },
        ],
      ),
    },
    responseType: t.named('meetingTimeSuggestionsResult'),
  }),
  assignLicense: ast({
    method: 'POST',
    path: [
      seg('entitySet', 'users', t.named('user', true)),
      key('user-id', 'cdb555e3-b33e-4fd5-a427-17fadacbdfa7'),
      action('assignLicense'),
    ],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.assignLicense', segmentName: 'assignLicense' },
      value: obj(null, [
        prop(
          'addLicenses',
          t.named('assignedLicense', true),
          arr(t.named('assignedLicense'), [
            obj('assignedLicense', [
              prop(
                'disabledPlans',
                t.prim('guid', true),
                arr(t.prim('guid'), [prim('guid', '11b0131d-43c8-4bbb-b2c8-e80f9a50834a')]),
              ),
              prop('skuId', t.prim('guid'), prim('guid', '45715bb8-13f9-4bf6-927f-ef96c102d394')),
            ]),
          ]),
        ),
        prop('removeLicenses', t.prim('guid', true), arr(t.prim('guid'), [])),
      ]),
    },
    responseType: t.named('user'),
  }),
  fileAttachment: ast({
    method: 'POST',
    path: [
      ME,
      seg('navigation', 'messages', t.named('message', true)),
      key('message-id'),
      seg('navigation', 'attachments', t.named('attachment', true)),
    ],
    body: jsonBody(
      obj(
        'fileAttachment',
        [
          prop('@odata.type', t.prim('string'), str('#microsoft.graph.fileAttachment')),
          prop('name', t.prim('string'), str('smile')),
          prop('contentBytes', t.prim('binary'), prim('binary', 'SGVsbG8gd29ybGQ')),
        ],
        [],
        'attachment',
      ),
      'attachment',
    ),
    responseType: t.named('attachment'),
  }),
  mailboxSettings: ast({
    method: 'PATCH',
    path: [ME, seg('property', 'mailboxSettings', t.named('mailboxSettings'))],
    body: jsonBody(
      obj(
        'mailboxSettings',
        [
          prop(
            'workingHours',
            t.named('workingHours'),
            obj('workingHours', [
              prop(
                'daysOfWeek',
                t.named('dayOfWeek', true),
                arr(t.named('dayOfWeek'), [enumNode('dayOfWeek', ['monday']), enumNode('dayOfWeek', ['tuesday'])]),
              ),
              prop('startTime', t.prim('timeOfDay'), prim('timeOfDay', '08:00:00.0000000')),
              prop('endTime', t.prim('timeOfDay'), prim('timeOfDay', '16:30:00.0000000')),
            ]),
          ),
        ],
        [{ key: '@odata.context', value: u.str('https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings') }],
      ),
      'mailboxSettings',
    ),
    responseType: t.named('mailboxSettings'),
  }),
  flagsAndUntyped: ast({
    method: 'PATCH',
    path: [
      seg('entitySet', 'identity'),
      seg('navigation', 'conditionalAccess'),
      seg('navigation', 'policies'),
      key('conditionalAccessPolicy-id'),
    ],
    body: jsonBody(
      obj('conditionalAccessPolicy', [
        prop('displayName', t.prim('string'), str('policy')),
        prop(
          'conditions',
          t.named('conditionalAccessConditionSet'),
          obj('conditionalAccessConditionSet', [
            prop(
              'users',
              t.named('conditionalAccessUsers'),
              obj('conditionalAccessUsers', [
                prop(
                  'includeGuestsOrExternalUsers',
                  t.named('conditionalAccessGuestsOrExternalUsers'),
                  obj('conditionalAccessGuestsOrExternalUsers', [
                    prop(
                      'guestOrExternalUserTypes',
                      t.named('conditionalAccessGuestOrExternalUserTypes'),
                      enumNode('conditionalAccessGuestOrExternalUserTypes', ['internalGuest', 'serviceProvider'], true),
                    ),
                  ]),
                ),
                prop(
                  'excludeGuestsOrExternalUsers',
                  t.named('conditionalAccessGuestsOrExternalUsers'),
                  obj('conditionalAccessGuestsOrExternalUsers', [
                    prop(
                      'guestOrExternalUserTypes',
                      t.named('conditionalAccessGuestOrExternalUserTypes'),
                      enumNode('conditionalAccessGuestOrExternalUserTypes', ['b2bCollaborationGuest'], true),
                    ),
                  ]),
                ),
              ]),
            ),
          ]),
        ),
        prop(
          'sessionControls',
          t.prim('untyped'),
          u.obj([
            [
              'signInFrequency',
              u.obj([
                ['value', u.num('4')],
                ['isEnabled', u.bool(true)],
              ]),
            ],
          ]),
        ),
      ]),
      'conditionalAccessPolicy',
    ),
    responseType: t.named('conditionalAccessPolicy'),
  }),
};

/** Smaller cases for the rarer rules (text only; several are not real Graph requests). */
export const EDGE_CASES: Record<string, SnippetAst> = {
  primitiveKinds: ast({
    method: 'PATCH',
    path: [seg('entitySet', 'things'), key('thing-id')],
    body: jsonBody(
      obj('thing', [
        prop('when', t.prim('dateTimeOffset'), prim('dateTimeOffset', '2019-11-05T08:00:00.0000000-08:00')),
        prop('day', t.prim('date'), prim('date', '2020-04-01')),
        prop('at', t.prim('timeOfDay'), prim('timeOfDay', '08:00:00')),
        prop('timeout', t.prim('duration'), prim('duration', 'P1DT2H')),
        prop('key', t.prim('guid'), prim('guid', '45715bb8-13f9-4bf6-927f-ef96c102d394')),
        prop('size', t.prim('int64'), prim('int64', '9007199254740993')),
        prop('ratio', t.prim('single'), prim('single', '0.5')),
        prop('amount', t.prim('decimal'), prim('decimal', '12')),
        prop('limit', t.prim('double'), prim('double', 'INF')),
        prop('level', t.prim('byte'), prim('byte', '7')),
        prop('blob', t.prim('binary'), prim('binary', 'YWJj')),
        prop('flag', t.prim('boolean'), bool(true)),
        prop('nothing', t.prim('string'), NULL),
        prop('badNumber', t.prim('int32'), prim('int32', 'one')),
      ]),
      'thing',
    ),
  }),
  namesAndCollisions: ast({
    version: 'beta',
    method: 'POST',
    path: [
      seg('entitySet', 'drives'),
      key('drive-id'),
      seg('navigation', 'list', t.named('list')),
      seg('navigation', 'items'),
    ],
    body: jsonBody(
      obj('list', [
        prop('from', t.prim('string'), str('reserved')),
        prop('class', t.prim('string'), str('reserved too')),
        prop('displayName', t.prim('string'), str('first')),
        prop('display_name', t.prim('string'), str('same Python name')),
        prop('naïve', t.prim('string'), str('not an identifier')),
        prop(
          'alerts',
          t.named('alert', true),
          arr(t.named('alert'), [obj('alert', [prop('title', t.prim('string'), str('v1'))])]),
        ),
        prop(
          'securityAlerts',
          t.named('security.alert', true),
          arr(t.named('security.alert'), [obj('security.alert', [prop('title', t.prim('string'), str('security'))])]),
        ),
        prop(
          'record',
          t.named('callRecords.callRecord'),
          obj('callRecords.callRecord', [prop('version', t.prim('int64'), prim('int64', '2'))]),
        ),
        prop('anything', null, obj(null, [prop('x', null, str('y'))])),
      ]),
      'list',
    ),
    responseType: t.named('listItem'),
  }),
  escapingEverywhere: ast({
    path: [seg('entitySet', 'users')],
    query: [
      query('$filter', 'filter', { kind: 'string', value: "displayName eq 'a\"b\\c'\n" }),
      query('$select', 'select', { kind: 'string', value: 'id' }),
      query('$select', 'select', { kind: 'list', items: ['id', 'mail'] }),
      query('$count', 'count', { kind: 'string', value: 'TRUE' }),
      query('$top', 'top', { kind: 'string', value: '7' }),
    ],
    headers: [header('X-Quote"Header', 'value with \u202e and "quotes"'), header('Content-Type', 'application/json')],
    responseType: t.named('user', true),
  }),
  topLevelArrayAndUnknownBody: ast({
    method: 'POST',
    path: [seg('raw' as 'entitySet', 'someUnknownThing')],
    body: jsonBody(arr(null, [u.obj([['a', u.str('b')]]), u.num('1')])),
  }),
  unknownObjectBody: ast({
    method: 'POST',
    path: [seg('entitySet', 'unknownThings')],
    body: jsonBody(
      obj(null, [], [{ key: 'members@odata.bind', value: u.arr([u.str('https://graph.microsoft.com/v1.0/users/1')]) }]),
    ),
    responseType: t.named('thing'),
  }),
  postWithoutBody: ast({
    method: 'POST',
    path: [seg('entitySet', 'users')],
    headers: [header('Prefer', 'return=minimal')],
    responseType: t.named('user'),
  }),
  actionWithoutBody: ast({
    version: 'beta',
    method: 'POST',
    path: [ME, action('revokeSignInSessions')],
    responseType: t.prim('boolean'),
  }),
  putReference: ast({
    version: 'beta',
    method: 'PUT',
    path: [seg('entitySet', 'users'), key('user-id'), seg('navigation', 'manager'), REF],
    body: {
      kind: 'json',
      bodyType: { kind: 'reference', method: 'PUT' },
      value: obj(null, [prop('@odata.id', t.prim('string'), str('https://graph.microsoft.com/beta/users/{id}'))]),
    },
  }),
  betaMeActionBody: ast({
    version: 'beta',
    method: 'POST',
    path: [ME, seg('navigation', 'memberOf'), action('checkMemberGroups')],
    body: {
      kind: 'json',
      bodyType: {
        kind: 'actionParameters',
        operation: 'microsoft.graph.checkMemberGroups',
        segmentName: 'checkMemberGroups',
      },
      value: obj(null, [
        prop('groupIds', t.prim('string', true), arr(t.prim('string'), [str('fee2c45b-915a-4a64-b130-f4eb9e75525e')])),
      ]),
    },
    responseType: t.prim('string', true),
  }),
  refDeleteWithQuery: ast({
    method: 'DELETE',
    path: [seg('entitySet', 'groups'), key('group-id'), seg('navigation', 'members'), REF],
    query: [query('$id', null, { kind: 'string', value: 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' })],
  }),
  getValue: ast({
    path: [ME, seg('navigation', 'drive'), seg('navigation', 'items'), key('driveItem-id'), VALUE],
    responseType: t.prim('stream'),
  }),
};

/** Rules that depend on the schema: parameterless actions, types the SDK does not have. */
export const SCHEMA_CASES: Record<string, SnippetAst> = {
  parameterlessActionWithBody: ast({
    method: 'POST',
    path: [
      seg('entitySet', 'drives'),
      key('drive-id'),
      seg('navigation', 'items'),
      key('driveItem-id'),
      seg('navigation', 'workbook', t.named('workbook')),
      action('closeSession'),
    ],
    headers: [header('workbook-session-id', '{session-id}')],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.closeSession', segmentName: 'closeSession' },
      value: obj(null, []),
    },
  }),
  actionWithParametersNoBody: ast({
    method: 'POST',
    path: [
      seg('entitySet', 'teams', t.named('team', true)),
      key('team-id', '{team-id}', t.named('team')),
      action('archive'),
    ],
  }),
  singleItemWithCollectionOptions: ast({
    path: [ME],
    query: [
      query('$select', 'select', { kind: 'list', items: ['id', 'displayName'] }),
      query('$count', 'count', { kind: 'boolean', value: true }),
    ],
    headers: [header('ConsistencyLevel', 'eventual')],
    responseType: t.named('user'),
  }),
  typesTheSdkLacks: ast({
    method: 'PATCH',
    path: [seg('entitySet', 'things'), key('thing-id')],
    body: jsonBody(
      obj('thing', [
        prop('legacy', t.named('legacySetting'), obj('legacySetting', [prop('value', t.prim('string'), str('x'))])),
        prop('mode', t.named('legacyMode'), enumNode('legacyMode', ['on'])),
        prop('legacies', t.named('legacySetting', true), arr(t.named('legacySetting'), [])),
      ]),
      'thing',
    ),
  }),
};

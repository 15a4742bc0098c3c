import type { SnippetAst } from '../../../src/ast/types.js';
import {
  NULL,
  U_NULL,
  arr,
  ast,
  bool,
  enumValue,
  jsonBody,
  named,
  num,
  obj,
  prim,
  prop,
  query,
  seg,
  str,
  typed,
  uArr,
  uBool,
  uNum,
  uObj,
  uStr,
} from './fixtures.js';

/** Feature ASTs shared by the feature tests and the all-cases parse test. */

const user = (): ReturnType<typeof seg.key>[] => [seg.entitySet('users', 'user'), seg.key('user-id', 'user')];

export const CASES = {
  getMe: ast({ path: [seg.singleton('me', 'user')], responseType: named('user') }),

  listWithQuery: ast({
    path: [seg.entitySet('users', 'user')],
    query: [
      query('$select', { kind: 'list', items: ['displayName', 'mail'] }),
      query('$expand', { kind: 'list', items: ['members($select=id,displayName)'] }),
      query('$filter', { kind: 'string', value: 'startswith(displayName,\'a\') and x eq "q"' }),
      query('$orderby', { kind: 'list', items: ['displayName desc'] }),
      query('$search', { kind: 'string', value: '"displayName:room"' }),
      query('$top', { kind: 'integer', value: 5 }),
      query('$skip', { kind: 'integer', value: 10 }),
      query('$count', { kind: 'boolean', value: true }),
      query('startDateTime', { kind: 'string', value: '2019-11-08T19:00:00-08:00' }),
      query('includeHidden', { kind: 'boolean', value: false }),
    ],
    headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
    responseType: named('user', true),
  }),

  headersOnly: ast({
    path: [seg.singleton('me', 'user')],
    headers: [{ name: 'Prefer', value: 'outlook.timezone="Pacific Standard Time"' }],
    responseType: named('user'),
  }),

  navigationKeyCastCount: ast({
    path: [
      seg.entitySet('groups', 'group'),
      seg.key('group-id', 'group'),
      seg.nav('members', 'directoryObject'),
      seg.cast('user'),
      seg.count(),
    ],
    headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
    responseType: prim('int32'),
  }),

  propertySegment: ast({
    path: [seg.singleton('me', 'user'), seg.property('mailboxSettings', named('mailboxSettings'))],
    responseType: named('mailboxSettings'),
  }),

  rawSegment: ast({ path: [seg.singleton('me', 'user'), seg.raw('insights')], responseType: null }),

  streamUpload: ast({
    method: 'PUT',
    path: [seg.singleton('me', 'user'), seg.nav('photo', 'profilePhoto', false), seg.value()],
    body: { kind: 'stream', contentType: 'image/jpeg', contentTypeArgument: null, length: 22 },
  }),

  streamDownload: ast({
    path: [seg.singleton('me', 'user'), seg.nav('photo', 'profilePhoto', false), seg.value()],
    responseType: prim('stream'),
  }),

  refCreate: ast({
    method: 'POST',
    path: [
      seg.entitySet('groups', 'group'),
      seg.key('group-id', 'group'),
      seg.nav('members', 'directoryObject'),
      seg.ref(),
    ],
    body: {
      kind: 'json',
      bodyType: { kind: 'reference', method: 'POST' },
      value: obj(null, [
        prop('@odata.id', prim('string'), str('https://graph.microsoft.com/v1.0/directoryObjects/{id}')),
      ]),
    },
  }),

  refDelete: ast({
    method: 'DELETE',
    path: [
      seg.entitySet('groups', 'group'),
      seg.key('group-id', 'group'),
      seg.nav('members', 'directoryObject'),
      seg.key('directoryObject-id', 'directoryObject'),
      seg.ref(),
    ],
  }),

  sendMailMe: ast({
    method: 'POST',
    path: [seg.singleton('me', 'user'), seg.action('sendMail')],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.sendMail', segmentName: 'sendMail' },
      value: obj(null, [
        prop(
          'message',
          named('message'),
          obj('message', [
            prop('subject', prim('string'), str('Meet for lunch?')),
            prop(
              'body',
              named('itemBody'),
              obj('itemBody', [
                prop('contentType', named('bodyType'), enumValue('bodyType', ['text'])),
                prop('content', prim('string'), str('The new cafeteria is open.')),
              ]),
            ),
            prop(
              'toRecipients',
              named('recipient', true),
              arr(named('recipient'), [
                obj('recipient', [
                  prop(
                    'emailAddress',
                    named('emailAddress'),
                    obj('emailAddress', [prop('address', prim('string'), str('frannis@contoso.com'))]),
                  ),
                ]),
              ]),
            ),
            prop(
              'attachments',
              named('attachment', true),
              arr(named('attachment'), [
                obj(
                  'fileAttachment',
                  [
                    prop('@odata.type', prim('string'), str('#microsoft.graph.fileAttachment')),
                    prop('name', prim('string'), str('attachment.txt')),
                    prop('contentBytes', prim('binary'), typed('binary', 'SGVsbG8gV29ybGQh')),
                  ],
                  [],
                  'attachment',
                ),
              ]),
            ),
          ]),
        ),
        prop('saveToSentItems', prim('boolean'), bool(false)),
      ]),
    },
  }),

  sendMailUser: ast({
    method: 'POST',
    path: [...user(), seg.action('sendMail')],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.sendMail', segmentName: 'sendMail' },
      value: obj(null, [prop('saveToSentItems', prim('boolean'), bool(true))]),
    },
  }),

  actionInlineResponse: ast({
    method: 'POST',
    path: [...user(), seg.action('getMemberGroups', prim('string', true))],
    body: {
      kind: 'json',
      bodyType: {
        kind: 'actionParameters',
        operation: 'microsoft.graph.getMemberGroups',
        segmentName: 'getMemberGroups',
      },
      value: obj(null, [prop('securityEnabledOnly', prim('boolean'), bool(true))]),
    },
    responseType: prim('string', true),
  }),

  actionNoParameters: ast({
    method: 'POST',
    path: [seg.singleton('me', 'user'), seg.action('revokeSignInSessions', prim('boolean'))],
    responseType: prim('boolean'),
  }),

  actionOptionalParametersNoBody: ast({
    method: 'POST',
    path: [seg.entitySet('groups', 'group'), seg.key('group-id', 'group'), seg.action('archive')],
  }),

  directoryAction: ast({
    method: 'POST',
    path: [
      seg.singleton('directory', 'directory'),
      seg.nav('deletedItems', 'directoryObject'),
      seg.key('directoryObject-id', 'directoryObject'),
      seg.action('restore', named('directoryObject')),
    ],
    body: {
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.restore', segmentName: 'restore' },
      value: obj(null, [prop('newUserPrincipalName', prim('string'), str('a@contoso.com'))]),
    },
    responseType: named('directoryObject'),
  }),

  functionWithParameters: ast({
    version: 'beta',
    path: [
      seg.singleton('reports', 'reportRoot'),
      seg.fn('getEmailActivityCounts', [['period', 'D7', prim('string')]], prim('stream')),
    ],
    responseType: prim('stream'),
  }),

  functionSortedTypedArguments: ast({
    path: [
      seg.singleton('me', 'user'),
      seg.fn(
        'reminderView',
        [
          ['StartDateTime', '2017-06-05T10:00:00', prim('string')],
          ['EndDateTime', '2017-06-11T11:00:00', prim('string')],
        ],
        named('reminder', true),
      ),
    ],
    responseType: named('reminder', true),
  }),

  functionIntegerAndDate: ast({
    path: [
      seg.singleton('deviceManagement', 'deviceManagement'),
      seg.fn(
        'exportData',
        [
          ['top', '50', prim('int32')],
          ['skip', '0', prim('int32')],
          ['date', '2017-09-01', prim('date')],
          ['enabled', 'false', prim('boolean')],
        ],
        named('report'),
      ),
    ],
    responseType: named('report'),
  }),

  delta: ast({
    path: [seg.entitySet('users', 'user'), seg.fn('delta', [], named('user', true))],
    query: [query('$select', { kind: 'list', items: ['displayName'] })],
    responseType: named('user', true),
  }),

  deltaToken: ast({
    path: [seg.entitySet('users', 'user'), seg.fn('delta', [], named('user', true))],
    query: [
      query('$deltatoken', {
        kind: 'string',
        value: 'oEBwdSP6uehIAxQOWq_3Ksh_TLol6KIm3stvdc6hGhZRi1hQ7Spe__dpvm3U4zReE4CYXC2zOtaKdi7KHlUtC2CbRiBIUwOxPKLa',
      }),
    ],
    headers: [{ name: 'Prefer', value: 'return=minimal' }],
    responseType: named('user', true),
  }),

  createUser: ast({
    method: 'POST',
    path: [seg.entitySet('users', 'user')],
    body: jsonBody(
      'user',
      obj(
        'user',
        [
          prop('accountEnabled', prim('boolean'), bool(true)),
          prop('displayName', prim('string'), str('Adele "AV" Vance\\\n')),
          prop('businessPhones', prim('string', true), arr(prim('string'), [str('+1 425 555 0109')])),
          prop(
            'passwordProfile',
            named('passwordProfile'),
            obj('passwordProfile', [
              prop('forceChangePasswordNextSignIn', prim('boolean'), bool(true)),
              prop('password', prim('string'), str('xWwvJ]6NMw+bWH-d')),
            ]),
          ),
        ],
        [
          {
            key: 'members@odata.bind',
            value: uArr([
              uStr('https://graph.microsoft.com/v1.0/directoryObjects/{id}'),
              uStr('https://graph.microsoft.com/v1.0/directoryObjects/{id2}'),
            ]),
          },
          {
            key: 'extension_Name',
            value: uObj([
              ['nested', uArr([uNum('1'), uBool(true), U_NULL])],
              ['s', uStr('x')],
            ]),
          },
          { key: 'mixed', value: uArr([uStr('a'), uNum('2'), uObj([])]) },
          { key: 'count', value: uNum('5000000000') },
          { key: 'ratio', value: uNum('1.5e3') },
          { key: 'flag', value: uBool(false) },
          { key: 'none', value: U_NULL },
        ],
      ),
    ),
    responseType: named('user'),
  }),

  updateUserNoResult: ast({
    method: 'PATCH',
    path: [...user()],
    body: jsonBody('user', obj('user', [prop('displayName', prim('string'), str('x'))])),
    responseType: null,
  }),

  deleteUser: ast({ method: 'DELETE', path: [...user()] }),

  primitives: ast({
    method: 'POST',
    path: [seg.entitySet('bags', 'primitiveBag')],
    body: jsonBody(
      'primitiveBag',
      obj('primitiveBag', [
        prop('text', prim('string'), str('héllo 😀')),
        prop('flag', prim('boolean'), bool(true)),
        prop('tiny', prim('byte'), num('255', 'byte')),
        prop('signedTiny', prim('sbyte'), num('-128', 'sbyte')),
        prop('small', prim('int16'), num('-32768', 'int16')),
        prop('count', prim('int32'), num('-2147483648')),
        prop('big', prim('int64'), num('9223372036854775807', 'int64')),
        prop('ratio', prim('single'), num('1.5', 'single')),
        prop('amount', prim('double'), num('2e10', 'double')),
        prop('price', prim('decimal'), num('19.99', 'decimal')),
        prop('when', prim('dateTimeOffset'), typed('dateTimeOffset', '2020-04-01T07:59:59.998Z')),
        prop('day', prim('date'), typed('date', '2020-04-01')),
        prop('at', prim('timeOfDay'), typed('timeOfDay', '08:30:00')),
        prop('length', prim('duration'), typed('duration', 'PT1H30M')),
        prop('key', prim('guid'), typed('guid', '5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11')),
        prop('data', prim('binary'), typed('binary', 'SGVsbG8-_w')),
        prop(
          'days',
          named('dayOfWeek', true),
          arr(named('dayOfWeek'), [enumValue('dayOfWeek', ['monday']), enumValue('dayOfWeek', ['tuesday'])]),
        ),
        prop('weekdays', named('weekdays'), enumValue('weekdays', ['monday', 'friday'], true)),
        prop('flow', named('oAuthFlow'), enumValue('oAuthFlow', ['id_token'])),
        prop('numbers', prim('int32', true), arr(prim('int32'), [num('1'), num('2')])),
        prop('keys', prim('guid', true), arr(prim('guid'), [typed('guid', '5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11')])),
        prop('dates', prim('date', true), arr(prim('date'), [])),
        prop('nothing', prim('string'), NULL),
        prop(
          'settingValue',
          prim('untyped'),
          uObj([
            ['a', uArr([uNum('1'), uNum('3000000000'), uNum('0.25'), uStr('b')])],
            [
              'c',
              uObj([
                ['d', uBool(true)],
                ['e', U_NULL],
              ]),
            ],
          ]),
        ),
        prop('additionalData', prim('string'), str('declared')),
        prop('primitiveBag', prim('string'), str('same as class')),
        prop('family_name', prim('string'), str('Doe')),
        prop('status', named('taskStatus'), enumValue('taskStatus', ['completed'])),
      ]),
    ),
    responseType: named('primitiveBag'),
  }),

  reservedTypes: ast({
    method: 'PATCH',
    path: [seg.singleton('directory', 'directory')],
    body: jsonBody('directory', obj('directory', [], [{ key: 'id', value: uStr('x') }])),
    responseType: named('directory'),
  }),

  subNamespaces: ast({
    method: 'POST',
    path: [seg.singleton('security', 'security'), seg.nav('incidents', 'security.incident')],
    body: jsonBody(
      'security.incident',
      obj('security.incident', [
        prop('displayName', prim('string'), str('x')),
        prop('alert', named('alert'), obj('alert', [prop('title', prim('string'), str('plain alert'))])),
      ]),
    ),
    responseType: named('security.incident'),
  }),

  securityOnly: ast({
    method: 'PATCH',
    path: [
      seg.singleton('security', 'security'),
      seg.nav('alerts_v2', 'security.alert'),
      seg.key('alert-id', 'security.alert'),
    ],
    body: jsonBody(
      'security.alert',
      obj('security.alert', [
        prop(
          'comments',
          named('security.alertComment', true),
          arr(named('security.alertComment'), [
            obj('security.alertComment', [prop('comment', prim('string'), str('c'))]),
          ]),
        ),
      ]),
    ),
    responseType: named('security.alert'),
  }),

  classInChildNamespace: ast({
    method: 'PATCH',
    path: [seg.singleton('security', 'security')],
    body: jsonBody('security', obj('security', [prop('displayName', prim('string'), str('s'))])),
    responseType: named('security'),
  }),
} satisfies Record<string, SnippetAst>;

import { describe, expect, it } from 'vitest';
import type { SnippetAst } from '../../../src/ast/types.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import { checkTypeScriptSnippets } from '../../../src/verify/typescript.js';
import {
  CONTEXT,
  G,
  NULL,
  SEED_AST,
  arr,
  ast,
  bool,
  enumValue,
  extra,
  fileAttachment,
  int,
  named,
  obj,
  primitive,
  prop,
  sendMailBody,
  seg,
  str,
  u,
} from './fixtures.js';

/**
 * Emits realistic snippets and type-checks them against the installed SDK typings with the
 * project's verification harness: the names, shapes and literals chosen here must compile.
 * (Roots from service packages that are not installed are `any` there, but the request body
 * and configuration are still checked.)
 */
const ME = seg.single('me', named(`${G}.user`));
const USERS = seg.set('users', named(`${G}.user`, true));
const json = (typeName: string, value: ReturnType<typeof obj>) =>
  ({ kind: 'json', bodyType: { kind: 'type', typeName }, value }) as const;

const CASES: Record<string, SnippetAst> = {
  seed: SEED_AST,
  usersQuery: ast({
    path: [USERS],
    headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
    query: [
      { name: '$select', system: 'select', value: { kind: 'list', items: ['displayName', 'mail'] } },
      { name: '$filter', system: 'filter', value: { kind: 'string', value: "startswith(displayName,'a')" } },
      { name: '$orderby', system: 'orderby', value: { kind: 'list', items: ['displayName'] } },
      { name: '$search', system: 'search', value: { kind: 'string', value: '"displayName:wa"' } },
      { name: '$top', system: 'top', value: { kind: 'integer', value: 5 } },
      // `/users` has no $skip: an untyped configuration still compiles (other keys overlap).
      { name: '$skip', system: 'skip', value: { kind: 'integer', value: 5 } },
      { name: '$count', system: 'count', value: { kind: 'boolean', value: true } },
    ],
    responseType: named(`${G}.user`, true),
  }),
  countCast: ast({
    path: [USERS, seg.key('user-id'), seg.nav('memberOf'), seg.cast(`${G}.group`), seg.count()],
    headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
    responseType: { primitive: 'int32', isCollection: false },
  }),
  mailboxGet: ast({ path: [ME, seg.property('mailboxSettings')], responseType: named(`${G}.mailboxSettings`) }),
  deleteMessage: ast({
    method: 'DELETE',
    path: [USERS, seg.key('user-id'), seg.nav('messages'), seg.key('message-id')],
  }),
  reminderView: ast({
    path: [
      ME,
      seg.fn('reminderView', [
        { name: 'StartDateTime', value: 'a', type: { primitive: 'string', isCollection: false } },
        { name: 'EndDateTime', value: 'b', type: { primitive: 'string', isCollection: false } },
      ]),
    ],
    responseType: named(`${G}.reminder`, true),
  }),
  exportData: ast({
    path: [
      ME,
      seg.fn('exportDeviceAndAppManagementData', [
        { name: 'skip', value: '0', type: { primitive: 'int32', isCollection: false } },
        { name: 'top', value: '1', type: { primitive: 'int32', isCollection: false } },
      ]),
    ],
    responseType: named(`${G}.deviceAndAppManagementData`),
  }),
  delta: ast({
    path: [USERS, seg.fn('delta')],
    query: [{ name: '$deltatoken', system: 'deltatoken', value: { kind: 'string', value: 'abc' } }],
    responseType: named(`${G}.user`, true),
  }),
  photo: ast({
    method: 'PUT',
    path: [ME, seg.nav('photo'), seg.value()],
    body: { kind: 'stream', contentType: 'image/jpeg', contentTypeArgument: null, length: 12 },
  }),
  managerRef: ast({
    method: 'PUT',
    path: [USERS, seg.key('user-id'), seg.nav('manager'), seg.ref()],
    body: {
      kind: 'json',
      bodyType: { kind: 'reference', method: 'PUT' },
      value: obj(null, [], [extra('@odata.id', u.str('https://graph.microsoft.com/v1.0/users/{id}'))]),
    },
  }),
  sendMail: ast({
    method: 'POST',
    path: [ME, seg.action('sendMail')],
    body: sendMailBody(
      obj(
        `${G}.message`,
        [
          prop('subject', str('Lunch "today"?\n')),
          prop(
            'body',
            obj(`${G}.itemBody`, [
              prop('contentType', enumValue(`${G}.bodyType`, ['html'])),
              prop('content', str('<b>x</b>')),
            ]),
          ),
          prop(
            'toRecipients',
            arr([
              obj(`${G}.recipient`, [prop('emailAddress', obj(`${G}.emailAddress`, [prop('address', str('a@b.c'))]))]),
            ]),
          ),
          prop(
            'attachments',
            arr([
              fileAttachment([
                prop('name', str('a.txt')),
                prop('contentType', str('text/plain')),
                prop('contentBytes', primitive('binary', 'SGVsbG8=')),
              ]),
            ]),
          ),
        ],
        [extra('custom@odata.bind', u.arr([u.str('x'), u.obj([['k', u.num('1')]])]))],
      ),
    ),
  }),
  event: ast({
    method: 'POST',
    path: [ME, seg.nav('events')],
    body: json(
      `${G}.event`,
      obj(`${G}.event`, [
        prop('subject', str('Standup')),
        prop('isReminderOn', bool(true)),
        prop('reminderMinutesBeforeStart', int(15)),
        prop(
          'start',
          obj(`${G}.dateTimeTimeZone`, [prop('dateTime', str('2024-05-01T09:00:00')), prop('timeZone', str('UTC'))]),
        ),
        prop(
          'recurrence',
          obj(`${G}.patternedRecurrence`, [
            prop(
              'pattern',
              obj(`${G}.recurrencePattern`, [
                prop('type', enumValue(`${G}.recurrencePatternType`, ['weekly'])),
                prop('interval', int(1)),
                prop(
                  'daysOfWeek',
                  arr([enumValue(`${G}.dayOfWeek`, ['monday']), enumValue(`${G}.dayOfWeek`, ['friday'])]),
                ),
              ]),
            ),
            prop(
              'range',
              obj(`${G}.recurrenceRange`, [
                prop('type', enumValue(`${G}.recurrenceRangeType`, ['endDate'])),
                prop('startDate', primitive('date', '2024-05-01')),
                prop('endDate', primitive('date', '2024-12-31')),
              ]),
            ),
          ]),
        ),
        prop('createdDateTime', primitive('dateTimeOffset', '2024-05-01T08:00:00Z')),
        prop('categories', arr([str('Red')])),
        prop('bodyPreview', NULL),
      ]),
    ),
    responseType: named(`${G}.event`),
  }),
  mailboxPatch: ast({
    method: 'PATCH',
    path: [ME, seg.property('mailboxSettings')],
    body: json(
      `${G}.mailboxSettings`,
      obj(`${G}.mailboxSettings`, [
        prop(
          'workingHours',
          obj(`${G}.workingHours`, [
            prop('daysOfWeek', arr([enumValue(`${G}.dayOfWeek`, ['monday'])])),
            prop('startTime', primitive('timeOfDay', '08:00:00.0000000')),
            prop('endTime', primitive('timeOfDay', '17:00:00.0000000')),
          ]),
        ),
      ]),
    ),
    responseType: named(`${G}.mailboxSettings`),
  }),
  durationAndUntyped: ast({
    method: 'POST',
    path: [seg.single('admin'), seg.nav('things')],
    body: json(
      `${G}.accessPackageApprovalStage`,
      obj(`${G}.accessPackageApprovalStage`, [
        prop('durationBeforeAutomaticDenial', primitive('duration', 'PT7D')),
        prop('isEscalationEnabled', bool(false)),
      ]),
    ),
  }),
  untyped: ast({
    method: 'POST',
    path: [seg.single('admin'), seg.nav('drifted')],
    body: json(
      `${G}.driftedProperty`,
      obj(`${G}.driftedProperty`, [
        prop('propertyName', str('x')),
        prop(
          'currentValue',
          u.obj([
            ['a', u.arr([u.num('1'), u.bool(true), u.null(), u.str('s')])],
            ['__proto__', u.str('p')],
          ]),
          { primitive: 'untyped', isCollection: false },
        ),
      ]),
    ),
  }),
  emptyPatch: ast({ method: 'PATCH', path: [USERS, { ...seg.key('user-id'), target: named(`${G}.user`) }] }),
  emptyActionBody: ast({
    method: 'POST',
    path: [ME, seg.nav('messages', named(`${G}.message`, true)), seg.key('message-id'), seg.action('createForward')],
    responseType: named(`${G}.message`),
  }),
  customQuery: ast({
    path: [ME, seg.nav('mailFolders'), seg.key('mailFolder-id'), seg.nav('childFolders')],
    query: [{ name: 'includeHiddenFolders', system: null, value: { kind: 'boolean', value: true } }],
    responseType: named(`${G}.mailFolder`, true),
  }),
  reserved: ast({
    method: 'POST',
    path: [seg.single('admin'), seg.nav('x')],
    body: json(`${G}.entity`, obj(`${G}.crossTenantAccessPolicy`, [prop('default', NULL)], [], `${G}.entity`)),
  }),
};

describe('emitted TypeScript compiles against the SDK typings', () => {
  it('type-checks every case', () => {
    const snippets = Object.entries(CASES).map(([id, a]) => ({
      id,
      example: id,
      language: 'typescript',
      version: a.version,
      code: typescriptTarget.emit(a, CONTEXT),
      request: null,
      file: 'compile.test.ts',
      line: 0,
    }));
    const output = checkTypeScriptSnippets(snippets);
    expect(output.harnessErrors).toEqual([]);
    const failures = output.results
      .filter((r) => !r.ok)
      .map(
        (r) =>
          `${r.id}: ${r.diagnostics.map((d) => `${d.line}:${d.column} TS${d.code} ${d.message}`).join(' | ')} ${r.missingImports.join(',')}`,
      );
    expect(failures).toEqual([]);
    // The users package is installed: those chains are really checked.
    expect(output.results.find((r) => r.id === 'sendMail')!.chainChecked).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SnippetAst } from '../../../src/ast/types.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import {
  CONTEXT,
  G,
  NULL,
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

const emit = (a: SnippetAst): string => typescriptTarget.emit(a, CONTEXT);
const USERS = [seg.set('users', named(`${G}.user`, true))];

describe('TypeScript target', () => {
  it('declares its ids', () => {
    expect(typescriptTarget.id).toBe('typescript');
    expect(typescriptTarget.fenceLanguage).toBe('typescript');
    expect(typescriptTarget.outputFolder).toBe('typescript');
    expect(typescriptTarget.extension).toBe('.ts');
  });
});

describe('request configuration', () => {
  it('prints headers and every query option kind', () => {
    const out = emit(
      ast({
        path: USERS,
        headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
        query: [
          { name: '$select', system: 'select', value: { kind: 'list', items: ['displayName', 'mail'] } },
          { name: '$expand', system: 'expand', value: { kind: 'list', items: ['manager($select=id,displayName)'] } },
          { name: '$filter', system: 'filter', value: { kind: 'string', value: "startswith(displayName,'a\"b')" } },
          { name: '$orderby', system: 'orderby', value: { kind: 'list', items: ['displayName desc'] } },
          { name: '$search', system: 'search', value: { kind: 'string', value: '"displayName:wa"' } },
          { name: '$top', system: 'top', value: { kind: 'integer', value: 5 } },
          { name: '$skip', system: 'skip', value: { kind: 'integer', value: 10 } },
          { name: '$count', system: 'count', value: { kind: 'boolean', value: true } },
          { name: 'startDateTime', system: null, value: { kind: 'string', value: '2024-01-01T00:00:00Z' } },
        ],
        responseType: named(`${G}.user`, true),
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const configuration = {
      	headers : {
      		"ConsistencyLevel" : "eventual",
      	},
      	queryParameters : {
      		select : ["displayName","mail"],
      		expand : ["manager($select=id,displayName)"],
      		filter : "startswith(displayName,'a\\"b')",
      		orderby : ["displayName desc"],
      		search : "\\"displayName:wa\\"",
      		top : 5,
      		skip : 10,
      		count : true,
      		startDateTime : "2024-01-01T00:00:00Z",
      	},
      };

      const result = await graphServiceClient.users.get(configuration);"
    `);
  });

  it('merges a repeated header into an array', () => {
    const out = emit(
      ast({
        path: USERS,
        headers: [
          { name: 'Prefer', value: 'a' },
          { name: 'prefer', value: 'b' },
        ],
        responseType: named(`${G}.user`, true),
      }),
    );
    expect(out).toContain('\t\t"Prefer" : ["a", "b"],\n');
  });

  it('uses withUrl for skip and delta tokens', () => {
    const out = emit(
      ast({
        path: [...USERS, seg.fn('delta')],
        query: [
          { name: '$select', system: 'select', value: { kind: 'list', items: ['displayName'] } },
          {
            name: '$deltatoken',
            system: 'deltatoken',
            value: { kind: 'string', value: 'oEBwdSP6uehIAxQOWq_3Ksh_TLol6KIm3stvdc6hGhZRi1hQ7Spe' },
          },
        ],
        headers: [{ name: 'Prefer', value: 'return=minimal' }],
        responseType: named(`${G}.user`, true),
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const configuration = {
      	headers : {
      		"Prefer" : "return=minimal",
      	},
      };

      // Note: The URI string parameter used with withUrl() can be retrieved using the odataNextLink or odataDeltaLink property from a response object
      const result = await graphServiceClient.users.delta.withUrl("https://graph.microsoft.com/v1.0/users/delta()?$select=displayName&$deltatoken=oEBwdSP6uehIAxQOWq_3Ksh_TLol6KIm3stvdc6hGhZRi1hQ7Spe").get(configuration);"
    `);
  });
});

describe('path segments', () => {
  it('prints keys, navigation, casts and $count', () => {
    const out = emit(
      ast({
        path: [
          ...USERS,
          seg.key('user-id', '48d31887-5fad-4d73-a9f5-3c356e68a038'),
          seg.nav('memberOf'),
          seg.cast(`${G}.group`),
          seg.count(),
        ],
        headers: [{ name: 'ConsistencyLevel', value: 'eventual' }],
        responseType: { primitive: 'int32', isCollection: false },
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const configuration = {
      	headers : {
      		"ConsistencyLevel" : "eventual",
      	},
      };

      const result = await graphServiceClient.users.byUserId("user-id").memberOf.graphGroup.count.get(configuration);"
    `);
  });

  it('prints me, a structural property, and DELETE without a result', () => {
    expect(
      emit(
        ast({ path: [seg.single('me'), seg.property('mailboxSettings')], responseType: named(`${G}.mailboxSettings`) }),
      ),
    ).toMatchInlineSnapshot(`
        "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
        import "@microsoft/msgraph-sdk-users";
        import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

        const graphServiceClient = createGraphServiceClient(requestAdapter);

        const result = await graphServiceClient.me.mailboxSettings.get();"
      `);
    expect(
      emit(ast({ method: 'DELETE', path: [...USERS, seg.key('user-id'), seg.nav('messages'), seg.key('message-id')] })),
    ).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      await graphServiceClient.users.byUserId("user-id").messages.byMessageId("message-id").delete();"
    `);
  });

  it('prints functions with parameters in alphabetical order, typed placeholders, and delta()', () => {
    const out = emit(
      ast({
        path: [
          seg.single('me'),
          seg.fn('reminderView', [
            { name: 'StartDateTime', value: '2017-06-05T19:00:00', type: { primitive: 'string', isCollection: false } },
            { name: 'EndDateTime', value: '2017-06-11T19:00:00', type: { primitive: 'string', isCollection: false } },
          ]),
        ],
        responseType: named(`${G}.reminder`, true),
      }),
    );
    expect(out).toContain(
      'graphServiceClient.me.reminderViewWithStartDateTimeWithEndDateTime("{EndDateTime}", "{StartDateTime}").get();',
    );
    const typed = emit(
      ast({
        path: [
          seg.single('me'),
          seg.fn('exportDeviceAndAppManagementData', [
            { name: 'top', value: '5', type: { primitive: 'int32', isCollection: false } },
            { name: 'skip', value: '2', type: { primitive: 'int32', isCollection: false } },
          ]),
        ],
        responseType: named(`${G}.x`),
      }),
    );
    expect(typed).toContain('.me.exportDeviceAndAppManagementDataWithTopWithSkip(1, 1).get();');
    const flag = emit(
      ast({
        path: [
          seg.single('me'),
          seg.nav('onenote'),
          seg.nav('notebooks'),
          seg.fn('getRecentNotebooks', [
            { name: 'includePersonalNotebooks', value: 'true', type: { primitive: 'boolean', isCollection: false } },
          ]),
        ],
        responseType: named(`${G}.x`),
      }),
    );
    expect(flag).toContain('.notebooks.getRecentNotebooksWithIncludePersonalNotebooks(true).get();');
    expect(emit(ast({ path: [...USERS, seg.fn('delta')], responseType: named(`${G}.user`, true) }))).toContain(
      'await graphServiceClient.users.delta.get();',
    );
    expect(
      emit(
        ast({
          path: [
            seg.single('reports'),
            seg.fn('getEmailActivityCounts', [
              { name: 'period', value: 'D7', type: { primitive: 'string', isCollection: false } },
            ]),
          ],
          responseType: { primitive: 'stream', isCollection: false },
        }),
      ),
    ).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-reports";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const result = await graphServiceClient.reports.getEmailActivityCountsWithPeriod("{period}").get();"
    `);
  });

  it('keeps a raw segment as a property', () => {
    expect(emit(ast({ path: [...USERS, seg.key('user-id'), seg.raw('somethingNew')] }))).toContain(
      'await graphServiceClient.users.byUserId("user-id").somethingNew.get();',
    );
    // One that does not clean up to an identifier still parses.
    expect(emit(ast({ path: [...USERS, seg.raw('a"b')] }))).toContain('await graphServiceClient.users["a\\"b"].get();');
  });
});

describe('bodies', () => {
  it('uploads a stream with PUT $value', () => {
    const out = emit(
      ast({
        method: 'PUT',
        path: [seg.single('me'), seg.nav('photo'), seg.value()],
        body: { kind: 'stream', contentType: 'image/jpeg', contentTypeArgument: null, length: 42 },
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const requestBody = new ArrayBuffer(42);

      await graphServiceClient.me.photo.content.put(requestBody);"
    `);
  });

  it('creates a reference with @odata.id (ReferenceCreate, from additional data or a property)', () => {
    const path = [seg.set('groups'), seg.key('group-id'), seg.nav('members'), seg.ref()];
    const fromAdditional = emit(
      ast({
        method: 'POST',
        path,
        body: {
          kind: 'json',
          bodyType: { kind: 'reference', method: 'POST' },
          value: obj(null, [], [extra('@odata.id', u.str('https://graph.microsoft.com/v1.0/directoryObjects/{id}'))]),
        },
      }),
    );
    expect(fromAdditional).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-groups";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
      import { ReferenceCreate } from "@microsoft/msgraph-sdk/models";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const requestBody : ReferenceCreate = {
      	odataId : "https://graph.microsoft.com/v1.0/directoryObjects/{id}",
      };

      await graphServiceClient.groups.byGroupId("group-id").members.ref.post(requestBody);"
    `);
    const fromProperty = emit(
      ast({
        method: 'PUT',
        path: [...USERS, seg.key('user-id'), seg.nav('manager'), seg.ref()],
        body: {
          kind: 'json',
          bodyType: { kind: 'reference', method: 'PUT' },
          value: obj(null, [prop('@odata.id', str('https://graph.microsoft.com/v1.0/users/{id}'))]),
        },
      }),
    );
    expect(fromProperty).toContain(
      'const requestBody : ReferenceUpdate = {\n\todataId : "https://graph.microsoft.com/v1.0/users/{id}",\n};',
    );
    expect(fromProperty).toContain('import { ReferenceUpdate } from "@microsoft/msgraph-sdk/models";');
  });

  it('types an action body as <Action>PostRequestBody from the builder folder (me → users/item)', () => {
    const out = emit(
      ast({
        method: 'POST',
        path: [seg.single('me'), seg.action('sendMail')],
        body: sendMailBody(
          obj(`${G}.message`, [
            prop('subject', str('Meet for lunch?')),
            prop(
              'body',
              obj(`${G}.itemBody`, [
                prop('contentType', enumValue(`${G}.bodyType`, ['html'])),
                prop('content', str('<b>Hi</b>')),
              ]),
            ),
            prop(
              'attachments',
              arr([
                fileAttachment([prop('name', str('a.txt')), prop('contentBytes', primitive('binary', 'SGVsbG8='))]),
              ]),
            ),
          ]),
        ),
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
      import { SendMailPostRequestBody } from "@microsoft/msgraph-sdk-users/users/item/sendMail";
      import { BodyTypeObject, FileAttachment } from "@microsoft/msgraph-sdk/models";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const requestBody : SendMailPostRequestBody = {
      	message : {
      		subject : "Meet for lunch?",
      		body : {
      			contentType : BodyTypeObject.Html,
      			content : "<b>Hi</b>",
      		},
      		attachments : [
      			{
      				odataType : "#microsoft.graph.fileAttachment",
      				name : "a.txt",
      				contentBytes : Uint8Array.from(atob("SGVsbG8="), c => c.charCodeAt(0)).buffer,
      			} as FileAttachment,
      		],
      	},
      	saveToSentItems : false,
      };

      await graphServiceClient.me.sendMail.post(requestBody);"
    `);
    const beta = emit(
      ast({
        version: 'beta',
        method: 'POST',
        path: [...USERS, seg.key('user-id'), seg.nav('messages'), seg.key('message-id'), seg.action('forward')],
        body: {
          kind: 'json',
          bodyType: { kind: 'actionParameters', operation: `${G}.forward`, segmentName: 'forward' },
          value: obj(null, [prop('Comment', str('FYI'))]),
        },
      }),
    );
    expect(beta).toContain('import "@microsoft/msgraph-beta-sdk-users";\n');
    expect(beta).toContain(
      'import { ForwardPostRequestBody } from "@microsoft/msgraph-beta-sdk-users/users/item/messages/item/forward";',
    );
    expect(beta).toContain('const requestBody : ForwardPostRequestBody = {\n\tcomment : "FYI",\n};');
    expect(beta).toContain(
      'await graphServiceClient.users.byUserId("user-id").messages.byMessageId("message-id").forward.post(requestBody);',
    );
  });

  it('prints every primitive kind, null and enums (incl. flags and sub-namespaces)', () => {
    const out = emit(
      ast({
        method: 'PATCH',
        path: [...USERS, seg.key('user-id')],
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.user` },
          value: obj(`${G}.user`, [
            prop('string', str('text')),
            prop('boolean', bool(true)),
            prop('int32', int(-7)),
            prop('int64', primitive('int64', '9007199254740993')),
            prop('double', primitive('double', '1.5E3')),
            prop('single', primitive('single', '0.25')),
            prop('decimal', primitive('decimal', '12.50')),
            prop('dateTimeOffset', primitive('dateTimeOffset', '2024-05-01T08:00:00Z')),
            prop('date', primitive('date', '2024-05-01')),
            prop('timeOfDay', primitive('timeOfDay', '08:30:00.0000000')),
            prop('duration', primitive('duration', 'PT1H30M')),
            prop('guid', primitive('guid', '48d31887-5fad-4d73-a9f5-3c356e68a038')),
            prop('binary', primitive('binary', 'SGVsbG8=')),
            prop('dates', arr([primitive('date', '2024-05-01')])),
            prop('nothing', NULL),
            prop('contentType', enumValue(`${G}.bodyType`, ['text'])),
            prop(
              'guests',
              enumValue(
                `${G}.conditionalAccessGuestOrExternalUserTypes`,
                ['internalGuest', 'b2bCollaborationGuest'],
                true,
              ),
            ),
            prop('status', enumValue(`${G}.security.alertStatus`, ['new'])),
          ]),
        },
        responseType: named(`${G}.user`),
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
      import { DateOnly, Duration, TimeOnly } from "@microsoft/kiota-abstractions";
      import { BodyTypeObject, ConditionalAccessGuestOrExternalUserTypesObject, User } from "@microsoft/msgraph-sdk/models";
      import { AlertStatusObject } from "@microsoft/msgraph-sdk/models/security";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const requestBody : User = {
      	string : "text",
      	boolean : true,
      	int32 : -7,
      	int64 : 9007199254740993,
      	double : 1.5E3,
      	single : 0.25,
      	decimal : 12.50,
      	dateTimeOffset : new Date("2024-05-01T08:00:00Z"),
      	date : DateOnly.parse("2024-05-01"),
      	timeOfDay : TimeOnly.parse("08:30:00.0000000"),
      	duration : Duration.parse("PT1H30M"),
      	guid : "48d31887-5fad-4d73-a9f5-3c356e68a038",
      	binary : Uint8Array.from(atob("SGVsbG8="), c => c.charCodeAt(0)).buffer,
      	dates : [
      		DateOnly.parse("2024-05-01")!,
      	],
      	nothing : null,
      	contentType : BodyTypeObject.Text,
      	guests : [ConditionalAccessGuestOrExternalUserTypesObject.InternalGuest, ConditionalAccessGuestOrExternalUserTypesObject.B2bCollaborationGuest],
      	status : AlertStatusObject.NewEscaped,
      };

      const result = await graphServiceClient.users.byUserId("user-id").patch(requestBody);"
    `);
  });

  it('prints untyped values with createUntyped* and additional data as plain JSON', () => {
    const json = u.obj([
      ['s', u.str('v')],
      ['n', u.num('1.5')],
      ['b', u.bool(false)],
      ['z', u.null()],
      ['a', u.arr([u.num('1'), u.obj([])])],
    ]);
    const out = emit(
      ast({
        method: 'POST',
        path: USERS,
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.user` },
          value: obj(
            `${G}.user`,
            [prop('displayName', str('x')), prop('settings', json, { primitive: 'untyped', isCollection: false })],
            [
              extra('members@odata.bind', u.arr([u.str('https://graph.microsoft.com/v1.0/users/{id}')])),
              extra('nested', json),
              extra('gone', u.null()),
              extra('__proto__', u.str('p')),
            ],
          ),
        },
        responseType: named(`${G}.user`),
      }),
    );
    expect(out).toMatchInlineSnapshot(`
      "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
      import "@microsoft/msgraph-sdk-users";
      import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
      import { createUntypedArray, createUntypedBoolean, createUntypedNull, createUntypedNumber, createUntypedObject, createUntypedString } from "@microsoft/kiota-abstractions";
      import { User } from "@microsoft/msgraph-sdk/models";

      const graphServiceClient = createGraphServiceClient(requestAdapter);

      const requestBody : User = {
      	displayName : "x",
      	settings : createUntypedObject({
      		"s" : createUntypedString("v"),
      		"n" : createUntypedNumber(1.5),
      		"b" : createUntypedBoolean(false),
      		"z" : createUntypedNull(),
      		"a" : createUntypedArray([
      			createUntypedNumber(1),
      			createUntypedObject({
      			}),
      		]),
      	}),
      	additionalData : {
      		"members@odata.bind" : [
      			"https://graph.microsoft.com/v1.0/users/{id}",
      		],
      		"nested" : {
      			"s" : "v",
      			"n" : 1.5,
      			"b" : false,
      			"z" : null,
      			"a" : [
      				1,
      				{
      				},
      			],
      		},
      		"gone" : null,
      		["__proto__"] : "p",
      	},
      };

      const result = await graphServiceClient.users.post(requestBody);"
    `);
  });

  it('escapes reserved property and type names', () => {
    const out = emit(
      ast({
        method: 'POST',
        path: USERS,
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.package` },
          value: obj(`${G}.package`, [
            prop('default', bool(true)),
            prop('class', str('c')),
            prop('type', str('t')),
            prop('error', NULL),
          ]),
        },
      }),
    );
    expect(out).toContain('import { PackageEscaped } from "@microsoft/msgraph-sdk/models";');
    expect(out).toContain(
      'const requestBody : PackageEscaped = {\n\tdefaultEscaped : true,\n\tclassEscaped : "c",\n\ttype : "t",\n\terrorEscaped : null,\n};',
    );
    expect(out).toContain('\nawait graphServiceClient.users.post(requestBody);');
  });

  it('aliases a type name imported from two modules', () => {
    const out = emit(
      ast({
        method: 'POST',
        path: USERS,
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.alert` },
          value: obj(`${G}.alert`, [
            prop('other', obj(`${G}.security.alert`, [prop('title', str('t'))], [], `${G}.alert`)),
          ]),
        },
      }),
    );
    expect(out).toContain('import { Alert } from "@microsoft/msgraph-sdk/models";');
    expect(out).toContain('import { Alert as SecurityAlert } from "@microsoft/msgraph-sdk/models/security";');
    expect(out).toContain('} as SecurityAlert,');
  });

  it('leaves an unknown body untyped, and a derived body typed as the derived class', () => {
    const unknown = emit(
      ast({
        method: 'POST',
        path: USERS,
        body: { kind: 'json', bodyType: { kind: 'unknown' }, value: obj(null, [], [extra('a', u.num('1'))]) },
      }),
    );
    expect(unknown).toContain('const requestBody = {\n\tadditionalData : {\n\t\t"a" : 1,\n\t},\n};');
    const derived = emit(
      ast({
        method: 'POST',
        path: [...USERS, seg.key('user-id'), seg.nav('messages'), seg.key('message-id'), seg.nav('attachments')],
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.attachment` },
          value: obj(`${G}.fileAttachment`, [prop('name', str('a'))], [], `${G}.attachment`),
        },
        responseType: named(`${G}.attachment`),
      }),
    );
    expect(derived).toContain('const requestBody : FileAttachment = {\n\tname : "a",\n};');
  });

  it('escapes every string that reaches the code', () => {
    const nasty = 'a"b\\c\n${d}\u202E\uD800';
    const out = emit(
      ast({
        method: 'POST',
        path: [...USERS, seg.key('user-id', nasty)],
        headers: [{ name: 'X-Test', value: nasty }],
        query: [{ name: 'custom', system: null, value: { kind: 'string', value: nasty } }],
        body: {
          kind: 'json',
          bodyType: { kind: 'type', typeName: `${G}.user` },
          value: obj(`${G}.user`, [prop('displayName', str(nasty))], [extra(nasty, u.str(nasty))]),
        },
      }),
    );
    const escaped = '"a\\"b\\\\c\\n${d}\\u202E\\uD800"';
    expect(out).toContain(`\tdisplayName : ${escaped},`);
    expect(out).toContain(`\t\t${escaped} : ${escaped},`);
    expect(out).toContain(`\t\t"X-Test" : ${escaped},`);
    expect(out).toContain(`\t\tcustom : ${escaped},`);
    expect(out).not.toContain('\u202E');
  });
});

describe('bodies the SDK signatures need', () => {
  const MESSAGE = [
    ...USERS,
    seg.key('user-id'),
    seg.nav('messages', named(`${G}.message`, true)),
    seg.key('message-id'),
  ];

  it('adds an empty typed body when the method requires one and the example has none', () => {
    const patch = emit(
      ast({
        method: 'PATCH',
        path: [...USERS, seg.key('user-id', '{id}')].map((s, i) =>
          i === 1 ? { ...s, target: named(`${G}.user`) } : s,
        ),
      }),
    );
    expect(patch).toContain('import { User } from "@microsoft/msgraph-sdk/models";');
    expect(patch).toContain(
      'const requestBody : User = {\n};\n\nawait graphServiceClient.users.byUserId("user-id").patch(requestBody);',
    );
    const create = emit(
      ast({ method: 'POST', path: [...USERS, seg.key('user-id'), seg.nav('messages', named(`${G}.message`, true))] }),
    );
    expect(create).toContain('const requestBody : Message = {\n};');
    const forward = emit(ast({ method: 'POST', path: [...MESSAGE, seg.action('createForward')] }));
    expect(forward).toContain(
      'import { CreateForwardPostRequestBody } from "@microsoft/msgraph-sdk-users/users/item/messages/item/createForward";',
    );
    expect(forward).toContain('.createForward.post(requestBody);');
    expect(emit(ast({ method: 'POST', path: [...USERS, seg.key('user-id'), seg.ref()] }))).toContain(
      'const requestBody : ReferenceCreate = {\n};',
    );
    expect(emit(ast({ method: 'PUT', path: [seg.single('me'), seg.nav('photo'), seg.value()] }))).toContain(
      'const requestBody = new ArrayBuffer(0);',
    );
  });

  it('adds none for actions without parameters or unknown targets', () => {
    expect(emit(ast({ method: 'POST', path: [...MESSAGE, seg.action('send')] }))).not.toContain('requestBody');
    expect(emit(ast({ method: 'POST', path: [...MESSAGE, seg.action('unknownAction')] }))).not.toContain('requestBody');
    expect(emit(ast({ method: 'POST', path: [...USERS, seg.key('user-id'), seg.raw('x')] }))).not.toContain(
      'requestBody',
    );
  });

  it('leaves out a body on GET and DELETE, which take none', () => {
    const out = emit(
      ast({
        method: 'GET',
        path: [seg.single('me'), seg.nav('agreementAcceptances')],
        body: { kind: 'stream', contentType: 'text/plain', contentTypeArgument: null, length: 3 },
        responseType: named(`${G}.x`),
      }),
    );
    expect(out).not.toContain('requestBody');
    expect(out).toContain('await graphServiceClient.me.agreementAcceptances.get();');
  });

  it('writes custom query parameters as strings, as the SDK types them', () => {
    const out = emit(
      ast({
        path: [seg.single('me'), seg.nav('mailFolders'), seg.key('mailFolder-id'), seg.nav('childFolders')],
        query: [
          { name: 'includeHiddenFolders', system: null, value: { kind: 'boolean', value: true } },
          { name: 'n', system: null, value: { kind: 'integer', value: 3 } },
          { name: '$format', system: 'format', value: { kind: 'string', value: 'json' } },
        ],
      }),
    );
    expect(out).toContain('\t\tincludeHiddenFolders : "true",\n\t\tn : "3",\n\t\tformat : "json",\n');
  });
});

import { describe, expect, it } from 'vitest';
import { buildSnippetAst } from '../../src/ast/build.js';
import { remapForSdk } from '../../src/ast/sdk-paths.js';
import type { PathSegment } from '../../src/ast/types.js';
import type { TypeRef } from '../../src/metadata/schema.js';
import { astOf, buildFrom, fixtureIndex, requestFromMarkdown } from './helpers.js';

const schema = fixtureIndex('ast');

const one = (name: string): TypeRef => ({ name: `microsoft.graph.${name}`, isCollection: false });
const many = (name: string): TypeRef => ({ name: `microsoft.graph.${name}`, isCollection: true });
const prim = (primitive: TypeRef['primitive'], isCollection = false): TypeRef => ({ primitive, isCollection });

const USERS: PathSegment = { kind: 'entitySet', raw: 'users', name: 'users', target: many('user') };
const GROUPS: PathSegment = { kind: 'entitySet', raw: 'groups', name: 'groups', target: many('group') };
const ME: PathSegment = { kind: 'singleton', raw: 'me', name: 'me', target: one('user') };
const REPORTS: PathSegment = { kind: 'singleton', raw: 'reports', name: 'reports', target: one('reportRoot') };

function key(value: string, type: string, raw = value, isPlaceholder = value.startsWith('{')): PathSegment {
  return { kind: 'key', raw, parameter: `${type}-id`, value, isPlaceholder, target: one(type) };
}

function nav(name: string, target: TypeRef, containsTarget: boolean, raw = name): PathSegment {
  return { kind: 'navigation', raw, name, containsTarget, target };
}

/** The resolved path of `METHOD url`, asserting that it resolved against the metadata without warnings. */
function pathOf(requestLine: string): readonly PathSegment[] {
  const { ast, warnings } = astOf(requestLine, schema);
  expect(ast.resolution).toBe('metadata');
  expect(warnings).toEqual([]);
  return ast.path;
}

describe('path roots', () => {
  it('resolves an entity set', () => {
    expect(pathOf('GET /users')).toEqual([USERS]);
  });

  it('resolves entity sets and singletons case-insensitively, keeping the metadata spelling', () => {
    expect(pathOf('GET /Users')).toEqual([{ ...USERS, raw: 'Users' }]);
    expect(pathOf('GET /ME')).toEqual([{ ...ME, raw: 'ME' }]);
  });

  it('resolves a singleton (`me`)', () => {
    expect(pathOf('GET https://graph.microsoft.com/v1.0/me')).toEqual([ME]);
    expect(pathOf('GET /reports')).toEqual([REPORTS]);
  });

  it('resolves an unbound function import with its arguments', () => {
    expect(pathOf("GET /getSomething(name='x')")).toEqual([
      {
        kind: 'function',
        raw: "getSomething(name='x')",
        name: 'getSomething',
        fullName: 'microsoft.graph.getSomething',
        arguments: [{ name: 'name', value: 'x', type: prim('string') }],
        isBound: false,
        target: one('user'),
      },
    ]);
  });

  it('resolves an unbound action import', () => {
    expect(pathOf('POST /doThing')).toEqual([
      {
        kind: 'action',
        raw: 'doThing',
        name: 'doThing',
        fullName: 'microsoft.graph.doThing',
        arguments: [],
        isBound: false,
        target: null,
      },
    ]);
  });
});

describe('keys', () => {
  it('reads `/{id}` as a placeholder key named after the element type', () => {
    expect(pathOf('GET /users/{id}')).toEqual([USERS, key('{id}', 'user')]);
  });

  it('reads a literal key', () => {
    expect(pathOf('GET /users/123')).toEqual([USERS, key('123', 'user', '123', false)]);
    expect(pathOf('GET /users/48d31887-5fad-4d73-a9f5-3c356e68a038')).toEqual([
      USERS,
      key('48d31887-5fad-4d73-a9f5-3c356e68a038', 'user', '48d31887-5fad-4d73-a9f5-3c356e68a038', false),
    ]);
  });

  it("keeps a quoted key segment (`/'abc'`) as written", () => {
    expect(pathOf("GET /users/'abc'")).toEqual([USERS, key("'abc'", 'user', "'abc'", false)]);
  });

  it("splits a parenthesised key on an entity set (`users('a')`) into set + key", () => {
    expect(pathOf("GET /users('a')")).toEqual([USERS, key('a', 'user', "users('a')", false)]);
    expect(pathOf("GET /users('{id}')/manager")).toEqual([
      USERS,
      key('{id}', 'user', "users('{id}')", true),
      nav('manager', one('directoryObject'), false),
    ]);
  });

  it("splits a parenthesised key on a navigation (`messages('k')`) into navigation + key", () => {
    expect(pathOf("GET /me/messages('k')")).toEqual([
      ME,
      nav('messages', many('message'), true),
      key('k', 'message', "messages('k')", false),
    ]);
  });

  it('recognises placeholders: {user-id}, {id | userPrincipalName}', () => {
    expect(pathOf('GET /users/{user-id}')).toEqual([USERS, key('{user-id}', 'user')]);
    expect(pathOf('GET /users/{id | userPrincipalName}')).toEqual([USERS, key('{id | userPrincipalName}', 'user')]);
    expect(pathOf('GET /users/{id%20%7C%20userPrincipalName}')).toEqual([
      USERS,
      key('{id | userPrincipalName}', 'user'),
    ]);
  });

  it('names the key parameter after the declared element type of the collection', () => {
    expect(pathOf('GET /groups/{id}/members/{member-id}')).toEqual([
      GROUPS,
      key('{id}', 'group'),
      nav('members', many('directoryObject'), false),
      key('{member-id}', 'directoryObject'),
    ]);
  });
});

describe('repeated paths and keys', () => {
  it('numbers later keys of the same type (`driveItem-id1`), every time the path resolves', () => {
    const first = pathOf('GET /drives/{id}/items/{item-id}/children/{child-id}');
    expect(first.filter((s) => s.kind === 'key').map((s) => s.kind === 'key' && s.parameter)).toEqual([
      'drive-id',
      'driveItem-id',
      'driveItem-id1',
    ]);
    // Resolved steps are cached per schema: the second resolution is equal, and so is a path
    // that shares the prefix.
    expect(pathOf('GET /drives/{id}/items/{item-id}/children/{child-id}')).toEqual(first);
    expect(pathOf('GET /drives/{id}/items/{item-id}/children/{child-id}/children/{other-id}').at(-1)).toMatchObject({
      kind: 'key',
      parameter: 'driveItem-id2',
      value: '{other-id}',
    });
  });

  it('keeps failures per segment text: a known text after an unknown one still resolves', () => {
    expect(buildFrom('GET /me/nonsense', schema)).toMatchObject({ ok: false });
    expect(buildFrom('GET /me/nonsense', schema)).toMatchObject({ ok: false });
    expect(pathOf('GET /me/manager')).toEqual([ME, nav('manager', one('directoryObject'), false)]);
  });
});

describe('navigation and properties', () => {
  it('resolves single- and collection-valued navigation properties', () => {
    expect(pathOf('GET /me/manager')).toEqual([ME, nav('manager', one('directoryObject'), false)]);
    expect(pathOf('GET /users/{id}/messages/{message-id}')).toEqual([
      USERS,
      key('{id}', 'user'),
      nav('messages', many('message'), true),
      key('{message-id}', 'message'),
    ]);
  });

  it('resolves inherited navigation properties and keeps the metadata spelling', () => {
    expect(pathOf('GET /me/MemberOf')).toEqual([ME, nav('memberOf', many('directoryObject'), false, 'MemberOf')]);
  });

  it('resolves structural properties as property segments, nested', () => {
    expect(pathOf('GET /me/mailboxSettings')).toEqual([
      ME,
      { kind: 'property', raw: 'mailboxSettings', name: 'mailboxSettings', target: one('mailboxSettings') },
    ]);
    // Properties of complex values have no request builder in the SDKs.
    expect(buildFrom('GET /me/mailboxSettings/timeZone', schema)).toMatchObject({
      ok: false,
      error: { code: 'E_PATH_UNRESOLVED' },
    });
    expect(pathOf('GET /me/photo/height')).toEqual([
      ME,
      { kind: 'navigation', raw: 'photo', name: 'photo', containsTarget: true, target: one('profilePhoto') },
      { kind: 'property', raw: 'height', name: 'height', target: prim('int32') },
    ]);
  });
});

describe('type casts', () => {
  const cast = (typeName: string, raw: string, isCollection: boolean): PathSegment => ({
    kind: 'cast',
    raw,
    typeName: `microsoft.graph.${typeName}`,
    target: { name: `microsoft.graph.${typeName}`, isCollection },
  });

  it('casts a collection with microsoft.graph.<type>', () => {
    expect(pathOf('GET /groups/{id}/members/microsoft.graph.user')).toEqual([
      GROUPS,
      key('{id}', 'group'),
      nav('members', many('directoryObject'), false),
      cast('user', 'microsoft.graph.user', true),
    ]);
  });

  it('casts a single entity with the graph.<type> alias', () => {
    expect(pathOf('GET /directoryObjects/{id}/graph.group')).toEqual([
      { kind: 'entitySet', raw: 'directoryObjects', name: 'directoryObjects', target: many('directoryObject') },
      key('{id}', 'directoryObject'),
      cast('group', 'graph.group', false),
    ]);
  });

  it('casts down a derived chain (attachment → fileAttachment → largeFileAttachment)', () => {
    const path = pathOf('GET /me/messages/{id}/attachments/{a}/microsoft.graph.largeFileAttachment');
    expect(path[path.length - 1]).toEqual(cast('largeFileAttachment', 'microsoft.graph.largeFileAttachment', false));
  });

  it('does not cast to an unrelated type', () => {
    const r = buildFrom('GET /me/microsoft.graph.group', schema);
    expect(r.ok).toBe(false);
  });
});

describe('operations', () => {
  const sendMail = (raw: string): PathSegment => ({
    kind: 'action',
    raw,
    name: 'sendMail',
    fullName: 'microsoft.graph.sendMail',
    arguments: [],
    isBound: true,
    target: null,
  });

  it('resolves a bound action with and without the microsoft.graph. prefix', () => {
    expect(pathOf('POST /me/sendMail')).toEqual([ME, sendMail('sendMail')]);
    expect(pathOf('POST /me/microsoft.graph.sendMail')).toEqual([ME, sendMail('microsoft.graph.sendMail')]);
    expect(pathOf('POST /users/{id}/graph.sendMail')).toEqual([USERS, key('{id}', 'user'), sendMail('graph.sendMail')]);
  });

  it('resolves an action bound to a base type, with its return type', () => {
    expect(pathOf('POST /me/getMemberGroups')).toEqual([
      ME,
      {
        kind: 'action',
        raw: 'getMemberGroups',
        name: 'getMemberGroups',
        fullName: 'microsoft.graph.getMemberGroups',
        arguments: [],
        isBound: true,
        target: prim('string', true),
      },
    ]);
  });

  it('resolves a collection-bound action', () => {
    expect(pathOf('POST /directoryObjects/getByIds')).toEqual([
      { kind: 'entitySet', raw: 'directoryObjects', name: 'directoryObjects', target: many('directoryObject') },
      {
        kind: 'action',
        raw: 'getByIds',
        name: 'getByIds',
        fullName: 'microsoft.graph.getByIds',
        arguments: [],
        isBound: true,
        target: many('directoryObject'),
      },
    ]);
  });

  it("resolves a bound function with a parameter (`getEmailActivityCounts(period='D7')`)", () => {
    expect(pathOf("GET /reports/getEmailActivityCounts(period='D7')")).toEqual([
      REPORTS,
      {
        kind: 'function',
        raw: "getEmailActivityCounts(period='D7')",
        name: 'getEmailActivityCounts',
        fullName: 'microsoft.graph.getEmailActivityCounts',
        arguments: [{ name: 'period', value: 'D7', type: prim('string') }],
        isBound: true,
        target: prim('stream'),
      },
    ]);
  });

  it('keeps a parameter alias (`period=@p`) as written, and the alias value in the query', () => {
    const { ast } = astOf("GET /reports/microsoft.graph.getEmailActivityCounts(period=@p)?@p='D7'", schema);
    expect(ast.path[1]).toMatchObject({
      kind: 'function',
      raw: 'microsoft.graph.getEmailActivityCounts(period=@p)',
      name: 'getEmailActivityCounts',
      arguments: [{ name: 'period', value: '@p', type: prim('string') }],
    });
    expect(ast.query).toEqual([{ name: '@p', system: null, value: { kind: 'string', value: "'D7'" } }]);
  });

  it('keeps several arguments in URL order with the metadata spelling of their names', () => {
    const path = pathOf("GET /me/reminderView(startDateTime='2017-06-05T10:00:00',EndDateTime='{end}')");
    expect(path[1]).toEqual({
      kind: 'function',
      raw: "reminderView(startDateTime='2017-06-05T10:00:00',EndDateTime='{end}')",
      name: 'reminderView',
      fullName: 'microsoft.graph.reminderView',
      arguments: [
        { name: 'StartDateTime', value: '2017-06-05T10:00:00', type: prim('string') },
        { name: 'EndDateTime', value: '{end}', type: prim('string') },
      ],
      isBound: true,
      target: many('reminder'),
    });
  });

  it('resolves delta() and delta on a collection', () => {
    const delta = (raw: string): PathSegment => ({
      kind: 'function',
      raw,
      name: 'delta',
      fullName: 'microsoft.graph.delta',
      arguments: [],
      isBound: true,
      target: many('user'),
    });
    expect(pathOf('GET /users/delta()')).toEqual([USERS, delta('delta()')]);
    expect(pathOf('GET /users/microsoft.graph.delta()')).toEqual([USERS, delta('microsoft.graph.delta()')]);
    expect(pathOf('GET /users/delta')).toEqual([USERS, delta('delta')]);
  });

  it('does not take an operation bound to another type', () => {
    // delta is bound to Collection(user) only; getEmailActivityCounts to reportRoot only.
    expect(buildFrom('GET /me/delta()', schema).ok).toBe(false);
    expect(buildFrom("GET /me/getEmailActivityCounts(period='D7')", schema).ok).toBe(false);
  });
});

describe('$ref, $value, $count', () => {
  it('resolves $ref after a collection navigation and after a key', () => {
    expect(pathOf('POST /groups/{id}/members/$ref').slice(2)).toEqual([
      nav('members', many('directoryObject'), false),
      { kind: 'ref', raw: '$ref', target: null },
    ]);
    expect(pathOf('DELETE /groups/{id}/members/{member-id}/$ref').slice(3)).toEqual([
      key('{member-id}', 'directoryObject'),
      { kind: 'ref', raw: '$ref', target: null },
    ]);
  });

  it('resolves $value of a stream entity as a stream', () => {
    expect(pathOf('GET /me/photo/$value')).toEqual([
      ME,
      nav('photo', one('profilePhoto'), true),
      { kind: 'value', raw: '$value', target: prim('stream') },
    ]);
  });

  it('resolves $count as an int32', () => {
    expect(pathOf('GET /users/$count')).toEqual([USERS, { kind: 'count', raw: '$count', target: prim('int32') }]);
    expect(pathOf('GET /groups/{id}/members/microsoft.graph.user/$count').slice(-1)).toEqual([
      { kind: 'count', raw: '$count', target: prim('int32') },
    ]);
  });

  it('resolves a stream property (`content`)', () => {
    expect(pathOf('GET /drives/{drive-id}/items/{item-id}/content').slice(-1)).toEqual([
      { kind: 'property', raw: 'content', name: 'content', target: prim('stream') },
    ]);
  });
});

describe('drive remaps', () => {
  const drives = (id = '{drive-id}'): PathSegment[] => [
    { kind: 'entitySet', raw: 'drives', name: 'drives', target: many('drive') },
    key(id, 'drive'),
    nav('items', many('driveItem'), true),
  ];

  it('rewrites drive paths to drives/{drive-id}/items/…', () => {
    expect(remapForSdk('/me/drive/root/children')).toBe('/drives/{drive-id}/items/root/children');
    expect(remapForSdk('/users/{id}/drive/root')).toBe('/drives/{drive-id}/items/root');
    expect(remapForSdk('/groups/{id}/drive/items/{item-id}')).toBe('/drives/{drive-id}/items/{item-id}');
    expect(remapForSdk('/sites/{id}/drive/root:/a.txt:/content')).toBe('/drives/{drive-id}/items/root:/a.txt:/content');
    expect(remapForSdk('/drives/{id}/root:/a/b.txt:/content')).toBe('/drives/{id}/items/root:/a/b.txt:/content');
    // `me.drive` itself (get only) and other paths stay.
    expect(remapForSdk('/me/drive')).toBe('/me/drive');
    expect(remapForSdk('/me/drives')).toBe('/me/drives');
    expect(remapForSdk('/drives/{id}/root')).toBe('/drives/{id}/root');
  });

  it('resolves /me/drive/root/children as drives/{drive-id}/items/root/children', () => {
    expect(pathOf('GET /me/drive/root/children')).toEqual([
      ...drives(),
      key('root', 'driveItem', 'root', false),
      nav('children', many('driveItem'), true),
    ]);
  });

  it('resolves /drives/{id}/root:/a/b.txt:/content with the path-based address as one item key', () => {
    expect(pathOf('GET /drives/{id}/root:/a/b.txt:/content')).toEqual([
      ...drives('{id}'),
      key('root:/a/b.txt:', 'driveItem', 'root:/a/b.txt:', false),
      { kind: 'property', raw: 'content', name: 'content', target: prim('stream') },
    ]);
  });

  it('keeps GET /me/drive as a navigation', () => {
    expect(pathOf('GET /me/drive')).toEqual([ME, nav('drive', one('drive'), true)]);
  });
});

describe('unresolved paths', () => {
  it('never reads the name of an operation Graph binds to collections as a key: the metadata binds it or the path fails', () => {
    // The fixture binds `delta` to users, not to groups.
    expect(pathOf('GET /users/delta').map((s) => s.kind)).toEqual(['entitySet', 'function']);
    const result = buildFrom('GET https://graph.microsoft.com/v1.0/groups/delta', schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      "cannot resolve the path /groups/delta: 'delta' names an operation Graph binds to collections, but the v1.0 metadata binds none to a collection of microsoft.graph.group",
    );
    // Other names are keys, as ever.
    expect(pathOf('GET /groups/deltas')).toEqual([GROUPS, key('deltas', 'group')]);
  });

  it('fails with E_PATH_UNRESOLVED at the file:line:column of the unknown segment', () => {
    const result = buildFrom('GET https://graph.microsoft.com/v1.0/me/nothing/else', schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      severity: 'error',
      code: 'E_PATH_UNRESOLVED',
      message:
        "cannot resolve the path /me/nothing/else: 'nothing' is not a navigation property, property, key, cast or operation of microsoft.graph.user",
      // page line 3; "GET " then "https://graph.microsoft.com/v1.0/me/" (36 characters).
      location: { file: 'page.md', line: 3, column: 41 },
    });
  });

  it('locates the segment whatever blanks separate the method and the URL', () => {
    for (const gap of ['  ', '\t', ' \t  ']) {
      const result = buildFrom(`GET${gap}/users/{id}/manager/oops`, schema);
      // Column 1 + "GET" + the gap + "/users/{id}/manager/" (20 characters).
      expect(result, JSON.stringify(gap)).toMatchObject({
        ok: false,
        error: { code: 'E_PATH_UNRESOLVED', location: { line: 3, column: 4 + gap.length + 20 } },
      });
    }
  });

  it('reports an unknown root', () => {
    const result = buildFrom('GET /nothing', schema);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'E_PATH_UNRESOLVED',
        message:
          "cannot resolve the path /nothing: 'nothing' is not an entity set, singleton or operation of the v1.0 metadata",
        location: { file: 'page.md', line: 3, column: 6 },
      },
    });
  });

  it('locates the segment in an indented fence further down the page', () => {
    const page = [
      '# Get a thing',
      '',
      '1. Do this:',
      '',
      '   <!-- { "blockType": "request", "name": "x" } -->',
      '   ```http',
      '   GET /users/{id}/manager/oops',
      '   ```',
    ].join('\n');
    const result = buildSnippetAst(requestFromMarkdown(page, { file: 'docs/x.md' }), schema);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'E_PATH_UNRESOLVED', location: { file: 'docs/x.md', line: 7, column: 28 } },
    });
  });

  it('locates the failing segment, not an earlier occurrence of the same text', () => {
    // `manager` is single-valued: the second `{id}` cannot follow it.
    const repeated = buildFrom('GET /users/{id}/manager/{id}', schema);
    expect(repeated).toMatchObject({ ok: false, error: { location: { line: 3, column: 25 } } });
    // `graph` also occurs in the host name.
    const host = buildFrom('GET https://graph.microsoft.com/v1.0/me/graph', schema);
    expect(host).toMatchObject({ ok: false, error: { location: { line: 3, column: 41 } } });
  });

  it('fails on a segment after a value with no type', () => {
    const result = buildFrom('GET /groups/{id}/members/$ref/x', schema);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'E_PATH_UNRESOLVED',
        message: expect.stringContaining("'$ref' addresses a value with no type, so 'x' cannot follow it"),
      },
    });
  });

  it('fails on a key after a single-valued navigation and a property of a primitive', () => {
    expect(buildFrom('GET /me/manager/{id}', schema).ok).toBe(false);
    expect(buildFrom('GET /me/mailboxSettings/timeZone/x', schema).ok).toBe(false);
  });
});

describe('response types', () => {
  const responseOf = (http: string | string[]): TypeRef | null => astOf(http, schema).ast.responseType;
  const json = (line: string, body = '{}'): string[] => [line, 'Content-Type: application/json', '', body];

  it('GET returns what the path addresses', () => {
    expect(responseOf('GET /users')).toEqual(many('user'));
    expect(responseOf('GET /users/{id}')).toEqual(one('user'));
    expect(responseOf('GET /me/photo/height')).toEqual(prim('int32'));
    expect(responseOf('GET /me/photo/$value')).toEqual(prim('stream'));
    expect(responseOf('GET /users/$count')).toEqual(prim('int32'));
    expect(responseOf("GET /reports/getEmailActivityCounts(period='D7')")).toEqual(prim('stream'));
    expect(responseOf('GET /groups/{id}/members/$ref')).toBeNull();
  });

  it('POST to a collection returns its element', () => {
    expect(responseOf(json('POST /users'))).toEqual(one('user'));
    expect(responseOf(json('POST /me/messages/{id}/attachments'))).toEqual(one('attachment'));
  });

  it('PATCH and PUT of an entity return it', () => {
    expect(responseOf(json('PATCH /users/{id}'))).toEqual(one('user'));
    expect(responseOf(json('PATCH /me/mailboxSettings'))).toEqual(one('mailboxSettings'));
  });

  it('DELETE returns nothing', () => {
    expect(responseOf('DELETE /users/{id}')).toBeNull();
    expect(responseOf('DELETE /groups/{id}/members/{m}/$ref')).toBeNull();
  });

  it('an action returns its return type, or nothing', () => {
    expect(responseOf(json('POST /me/assignLicense'))).toEqual(one('user'));
    expect(responseOf(json('POST /me/getMemberGroups'))).toEqual(prim('string', true));
    expect(responseOf(json('POST /directoryObjects/getByIds'))).toEqual(many('directoryObject'));
    expect(responseOf(json('POST /me/sendMail'))).toBeNull();
    expect(responseOf(json('POST /doThing'))).toBeNull();
  });

  it('$ref writes and stream uploads return nothing', () => {
    expect(responseOf(json('POST /groups/{id}/members/$ref'))).toBeNull();
    expect(responseOf(['PUT /me/photo/$value', 'Content-Type: image/jpeg', '', 'binary'])).toBeNull();
  });
});

describe('request parts', () => {
  it('keeps version, method, query options and the headers the SDK does not set', () => {
    const { ast } = astOf(
      [
        "GET https://graph.microsoft.com/beta/users?$select=displayName,id&$top=5&$filter=startswith(displayName,'a')",
        'Authorization: Bearer x',
        'Host: graph.microsoft.com',
        'ConsistencyLevel: eventual',
      ],
      schema,
    );
    expect(ast.version).toBe('beta');
    expect(ast.method).toBe('GET');
    expect(ast.query).toEqual([
      { name: '$select', system: 'select', value: { kind: 'list', items: ['displayName', 'id'] } },
      { name: '$top', system: 'top', value: { kind: 'integer', value: 5 } },
      { name: '$filter', system: 'filter', value: { kind: 'string', value: "startswith(displayName,'a')" } },
    ]);
    expect(ast.headers).toEqual([{ name: 'ConsistencyLevel', value: 'eventual' }]);
    expect(ast.body).toBeNull();
  });
});

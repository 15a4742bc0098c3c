import { describe, expect, it } from 'vitest';
import { docsRequest } from '../support/http-requests.js';
import type { HttpRequest } from '../../src/http/types.js';
import {
  compareHeaders,
  compareJson,
  comparePaths,
  compareQuery,
  compareRequests,
  parseDuration,
  parseInstant,
  splitUrl,
} from '../../src/verify/request-compare.js';

describe('path normalisation', () => {
  it('treats every kind of key value as the SDK placeholder', () => {
    for (const key of [
      '{id}',
      '{user-id}',
      '48d31887-5fad-4d73-a9f5-3c356e68a038',
      '42',
      "'abc'",
      'AdeleV@contoso.com',
      'AdeleV',
    ]) {
      expect(comparePaths(`/users/${key}/messages`, '/users/user-id/messages')).toBeNull();
    }
  });

  it('keeps me and users/{id} apart, and names apart', () => {
    expect(comparePaths('/me/messages', '/users/user-id/messages')).toContain('docs /me/messages');
    expect(comparePaths('/users/{id}/events', '/users/user-id/messages')).not.toBeNull();
    expect(comparePaths('/users/{id}', '/users/delta')).not.toBeNull();
  });

  it('ignores case, microsoft.graph. prefixes, () and doubled slashes', () => {
    expect(
      comparePaths(
        '/Users/{id}/MemberOf/microsoft.graph.group',
        '//users/user-id/memberOf/graph.group'.replace('graph.group', 'microsoft.graph.group'),
      ),
    ).toBeNull();
    expect(comparePaths('/users/delta()', '/users/delta()')).toBeNull();
    expect(comparePaths('/users/microsoft.graph.delta()', '/users/delta()')).toBeNull();
  });

  it("reads ('key') as a key segment and compares function arguments by name only", () => {
    expect(comparePaths("/users('abc')/messages", '/users/user-id/messages')).toBeNull();
    expect(
      comparePaths(
        "/reports/getEmailActivityCounts(period='D7')",
        "/reports/getEmailActivityCounts(period='{period}')",
      ),
    ).toBeNull();
    expect(
      comparePaths("/reports/getEmailActivityCounts(period='D7')", "/reports/getEmailActivityCounts(days='{days}')"),
    ).not.toBeNull();
  });

  it('reads argument names even where the SDK drops the comma between arguments', () => {
    expect(
      comparePaths(
        '/me/reminderView(startDateTime=2017-06-05T10:00:00,endDateTime=2017-06-11T11:00:00)',
        "/me/reminderView(StartDateTime='{StartDateTime}'EndDateTime='{EndDateTime}')",
      ),
    ).toBeNull();
  });

  it("recognises Kiota's numbered placeholders for a repeated key type as keys", () => {
    expect(
      comparePaths(
        '/teams/{team-id}/channels/{channel-id}/messages/{message-id}/replies/{reply-id}',
        '/teams/team-id/channels/channel-id/messages/chatMessage-id/replies/chatMessage-id1',
      ),
    ).toBeNull();
    expect(
      comparePaths(
        '/tenantRelationships/managedTenants/cloudPcsOverview/{id}',
        '/tenantRelationships/managedTenants/cloudPcsOverview/cloudPcOverview-tenantId',
      ),
    ).toBeNull();
    // A docs key never matches a name, and the number does not make any word a placeholder.
    expect(comparePaths('/users/{id}/messages', '/users/user-id/messages1')).not.toBeNull();
  });

  it('accepts a sub-namespace operation the docs write without its namespace, but not another namespace', () => {
    expect(
      comparePaths(
        '/compliance/ediscovery/cases/{id}/close',
        '/compliance/ediscovery/cases/case-id/microsoft.graph.ediscovery.close',
      ),
    ).toBeNull();
    expect(
      comparePaths(
        '/security/cases/ediscoveryCases/{id}/microsoft.graph.security.close',
        '/security/cases/ediscoveryCases/case-id/microsoft.graph.ediscovery.close',
      ),
    ).not.toBeNull();
    expect(
      comparePaths(
        '/compliance/ediscovery/cases/{id}/reopen',
        '/compliance/ediscovery/cases/case-id/microsoft.graph.ediscovery.close',
      ),
    ).not.toBeNull();
  });

  it('treats graph.<type> casts like the docs microsoft.graph.<type>', () => {
    expect(
      comparePaths(
        '/groups/{id}/transitiveMembers/microsoft.graph.user',
        '/groups/group-id/transitiveMembers/graph.user',
      ),
    ).toBeNull();
  });

  it('applies the drive remap on the docs side', () => {
    expect(comparePaths('/me/drive/root/children', '/drives/drive-id/items/root/children')).toBeNull();
    expect(
      comparePaths(
        '/drives/{drive-id}/root:/{path-relative-to-root}:/children',
        '/drives/drive-id/items/root:/folder:/children',
      ),
    ).toBeNull();
    expect(
      comparePaths('/me/drive/root:/folder/file.txt:/content', '/drives/drive-id/items/driveItem-id/content'),
    ).toBeNull();
    expect(comparePaths('/groups/{id}/drive/items/{item-id}', '/drives/drive-id/items/driveItem-id')).toBeNull();
    expect(comparePaths('/me/drive', '/me/drive')).toBeNull();
  });

  it('splits a captured URL (version, encoding, query)', () => {
    const u = splitUrl(
      "https://graph.microsoft.com/v1.0//reports/getEmailActivityCounts(period='%7Bperiod%7D')?%24select=a,b&%24top=5",
    );
    expect(u.path).toBe("//reports/getEmailActivityCounts(period='{period}')");
    expect(u.query).toEqual([
      { name: '$select', value: 'a,b' },
      { name: '$top', value: '5' },
    ]);
  });
});

describe('query, headers', () => {
  it('compares by name with $ optional, lists as sets, orderby in order', () => {
    expect(
      compareQuery(
        [
          ['$select', 'subject, sender'],
          ['$top', '5'],
          ['count', 'True'],
        ].map(([name, value]) => ({ name: name!, value: value! })),
        [
          { name: '%24select'.replace('%24', '$'), value: 'sender,subject' },
          { name: 'top', value: '5' },
          { name: '$count', value: 'true' },
        ],
      ),
    ).toBeNull();
    expect(compareQuery([{ name: '$orderby', value: 'a,b' }], [{ name: '$orderby', value: 'b,a' }])).toContain(
      'orderby',
    );
    expect(
      compareQuery(
        [{ name: '$expand', value: 'members($select=id,displayName)' }],
        [{ name: '$expand', value: 'members($select=id,displayName)' }],
      ),
    ).toBeNull();
    expect(compareQuery([{ name: '$filter', value: "startswith(displayName,'a')" }], [])).toContain('missing filter');
    expect(compareQuery([], [{ name: '$top', value: '1' }])).toContain('extra top');
  });

  it('requires the docs headers except the transport ones', () => {
    const docsHeaders = [
      { name: 'Authorization', value: 'Bearer x' },
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Host', value: 'graph.microsoft.com' },
      { name: 'ConsistencyLevel', value: 'eventual' },
    ];
    expect(compareHeaders(docsHeaders, { consistencylevel: 'eventual', accept: 'application/json' })).toBeNull();
    expect(compareHeaders(docsHeaders, { accept: 'application/json' })).toContain('missing ConsistencyLevel');
    expect(compareHeaders(docsHeaders, { consistencylevel: 'Eventual' })).toContain('docs "eventual"');
  });
});

describe('JSON body by meaning', () => {
  it('ignores key order and compares numbers numerically', () => {
    expect(compareJson({ a: 1.0, b: [1, 2], c: { d: 'x' } }, { c: { d: 'x' }, b: [1, 2], a: 1 })).toBeNull();
    expect(compareJson({ a: 1 }, { a: 2 })).toBe('at $.a: docs 1, snippet 2');
    expect(compareJson({ a: [1, 2] }, { a: [2, 1] })).toContain('$.a[0]');
  });

  it('compares date-times as instants and durations as lengths', () => {
    expect(compareJson({ t: '2020-04-01T07:59:59.998Z' }, { t: '2020-04-01T07:59:59.998000+00:00' })).toBeNull();
    expect(compareJson({ t: '2020-04-01T09:59:59+02:00' }, { t: '2020-04-01T07:59:59Z' })).toBeNull();
    expect(compareJson({ t: '2020-04-01T07:59:59Z' }, { t: '2020-04-01T08:59:59Z' })).not.toBeNull();
    expect(parseInstant('2019-02-04')).toBe(parseInstant('2019-02-04T00:00:00Z'));
    expect(compareJson({ d: 'P14D' }, { d: '14 days, 0:00:00' })).toBeNull();
    expect(compareJson({ d: 'PT1H30M' }, { d: '1:30:00' })).toBeNull();
    expect(parseDuration('PT0S')).toBe(0);
    expect(parseDuration('-P1D')).toBe(-86400);
    expect(parseDuration('hello')).toBeNull();
  });

  it('keeps @odata.type, lets the SDK add one, and treats null as absent', () => {
    expect(compareJson({ '@odata.type': '#microsoft.graph.fileAttachment' }, {})).toContain('missing in snippet');
    expect(compareJson({ name: 'a' }, { '@odata.type': '#microsoft.graph.user', name: 'a' })).toBeNull();
    expect(compareJson({ expirationDateTime: null, a: 1 }, { a: 1 })).toBeNull();
    expect(compareJson({ a: 1 }, { a: 1, b: 2 })).toContain('extra in snippet');
    expect(compareJson({ a: 1 }, { a: 1, retainInheritedPermissions: false })).toBeNull();
    expect(compareJson({ message: { subject: 'x' } }, { Message: { subject: 'x' } })).toBeNull();
  });

  it('compares GUIDs, enum words and base64 loosely, other strings exactly', () => {
    expect(
      compareJson({ id: 'F66D2511-33E1-44C6-8513-DD5B480D01C4' }, { id: 'f66d2511-33e1-44c6-8513-dd5b480d01c4' }),
    ).toBeNull();
    expect(compareJson({ importance: 'High' }, { importance: 'high' })).toBeNull();
    expect(compareJson({ days: 'monday, tuesday' }, { days: 'tuesday,monday' })).toBeNull();
    expect(compareJson({ bytes: 'aGVsbG8gd29ybGQ' }, { bytes: 'aGVsbG8gd29ybGQ=' })).toBeNull();
    expect(compareJson({ certificate: 'Binary' }, { certificate: 'Binarw==' })).toBeNull();
    expect(compareJson({ n: '5' }, { n: 5 })).toBeNull();
    expect(compareJson({ s: 'Hello world' }, { s: 'hello world' })).not.toBeNull();
  });
});

describe('whole requests', () => {
  const request = docsRequest('POST', '/users/{id}/sendMail', {
    headers: [
      ['Content-type', 'application/json'],
      ['Prefer', 'outlook.timezone="Pacific Standard Time"'],
    ],
    body: '{ "message": { "subject": "Hi", "importance": "High" }, "saveToSentItems": "false" }',
  });

  it('passes an equal request', () => {
    expect(
      compareRequests(request, {
        method: 'POST',
        url: 'https://graph.microsoft.com/v1.0//users/user-id/sendMail',
        headers: { prefer: 'outlook.timezone="Pacific Standard Time"', 'content-type': 'application/json' },
        body: '{"message": {"@odata.type": "#microsoft.graph.message", "importance": "high", "subject": "Hi"}, "saveToSentItems": false}',
      }),
    ).toEqual([]);
  });

  it('names each kind of mismatch', () => {
    const found = compareRequests(request, {
      method: 'PATCH',
      url: 'https://graph.microsoft.com/v1.0/me/sendMail?$top=1',
      headers: {},
      body: '{"message": {"subject": "Hello"}}',
    });
    expect(found.map((m) => m.cause)).toEqual(['method', 'path', 'query', 'header', 'body']);
  });

  it('does not compare a stream the snippet uploads for a JSON example', () => {
    const put = docsRequest('PUT', '/identity/b2xUserFlows/{id}/languages/en/overridesPages/{id}/$value', {
      body: '{"a": 1}',
    });
    expect(
      compareRequests(put, {
        method: 'PUT',
        url: 'https://graph.microsoft.com/v1.0/identity/b2xUserFlows/b2xIdentityUserFlow-id/languages/userFlowLanguageConfiguration-id/overridesPages/userFlowLanguagePage-id/$value',
        headers: { 'content-type': 'application/octet-stream' },
        body: '        ',
      }),
    ).toEqual([]);
  });

  it('does not compare stream bodies and accepts an empty body for a bodiless request', () => {
    const raw: HttpRequest = {
      ...docsRequest('PUT', '/me/photo/$value'),
      body: { kind: 'raw', text: 'binary', contentType: 'image/jpeg' },
    };
    expect(
      compareRequests(raw, {
        method: 'PUT',
        url: 'https://graph.microsoft.com/v1.0/me/photo/$value',
        headers: {},
        body: '',
      }),
    ).toEqual([]);
    expect(
      compareRequests(docsRequest('POST', '/teams/{id}/archive'), {
        method: 'POST',
        url: 'https://graph.microsoft.com/v1.0/teams/team-id/archive',
        headers: {},
        body: '{"shouldSetSpoSiteReadOnlyForMembers": false}',
      }),
    ).toEqual([]);
    expect(
      compareRequests(docsRequest('GET', '/me'), {
        method: 'GET',
        url: 'https://graph.microsoft.com/v1.0/me',
        headers: {},
        body: null,
      }),
    ).toEqual([]);
  });
});

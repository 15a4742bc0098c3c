import { describe, expect, it } from 'vitest';
import { extractRequestExamples } from '../../src/docs/extract.js';
import { locateInBody } from '../../src/http/locate.js';
import { parseHttpExample } from '../../src/http/parse.js';
import { urlPathStart } from '../../src/http/url.js';
import type { HttpRequest, HttpParseResult, QueryOption } from '../../src/http/types.js';
import { MAX_JSON_DEPTH } from '../../src/limits.js';

/**
 * Pages are built around the block so locations are real page positions: the annotation is on
 * line 1, the fence on line 2, so content line k (0-based) is page line k + 3.
 */
function parseBlock(content: string[], opts: { indent?: string; version?: string } = {}): HttpParseResult {
  const ind = opts.indent ?? '';
  const text = [
    `${ind}<!-- { "blockType": "request", "name": "t" } -->`,
    `${ind}\`\`\`http`,
    ...content.map((l) => (l === '' ? '' : ind + l)),
    `${ind}\`\`\``,
  ].join('\n');
  const [example] = extractRequestExamples('p.md', text);
  return parseHttpExample(example!, { defaultVersion: opts.version ?? 'v1.0' });
}

function ok(content: string[], opts?: { indent?: string; version?: string }): HttpRequest {
  const r = parseBlock(content, opts);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.diagnostics)}`);
  return r.request;
}

function err(content: string[], opts?: { indent?: string }) {
  const r = parseBlock(content, opts);
  if (r.ok) throw new Error('expected an error');
  return r.diagnostics.find((d) => d.severity === 'error')!;
}

const q = (url: string): readonly QueryOption[] => ok([`GET ${url}`]).query;
const q1 = (url: string): QueryOption => q(url)[0]!;

describe('request line', () => {
  it('reads method, URL and an optional HTTP version', () => {
    const r = ok(['', 'get https://graph.microsoft.com/v1.0/me HTTP/1.1']);
    expect(r.method).toBe('GET');
    expect(r.rawUrl).toBe('https://graph.microsoft.com/v1.0/me');
    expect(r.requestLineLocation).toEqual({ file: 'p.md', line: 4, column: 1 });
    for (const m of ['POST', 'patch', 'Put', 'DELETE']) expect(ok([`${m} /me`]).method).toBe(m.toUpperCase());
  });

  it('rejects unknown methods at the method column', () => {
    expect(err(['  HEAD /me'])).toMatchObject({
      code: 'E_METHOD',
      location: { file: 'p.md', line: 3, column: 3 },
    });
    expect(err(['HTTP/1.1 200 OK'])).toMatchObject({ code: 'E_REQUEST_LINE' });
    expect(err(['{ "a": 1 }'])).toMatchObject({ code: 'E_REQUEST_LINE' });
  });

  it('rejects a missing URL and an empty block', () => {
    expect(err(['GET   '])).toMatchObject({ code: 'E_REQUEST_LINE', location: { line: 3, column: 4 } });
    expect(err(['GET HTTP/1.1'])).toMatchObject({ code: 'E_REQUEST_LINE' });
    expect(err(['', ''])).toMatchObject({ code: 'E_REQUEST_LINE', location: { line: 3 } });
  });

  it('takes everything up to HTTP/x.y as the URL, spaces included', () => {
    const r = ok(["GET  https://graph.microsoft.com/beta/groups?$filter=displayName eq 'a b'&$top=2 HTTP/1.1"]);
    expect(r.rawUrl).toBe("https://graph.microsoft.com/beta/groups?$filter=displayName eq 'a b'&$top=2");
    expect(r.query.map((o) => o.raw)).toEqual(["displayName eq 'a b'", '2']);
    expect(ok(['GET /admin/serviceAnnouncement/healthOverviews/Microsoft 365 suite']).path).toBe(
      '/admin/serviceAnnouncement/healthOverviews/Microsoft 365 suite',
    );
  });
});

describe('URL', () => {
  it("finds where a URL's path starts: after the scheme and host, or at 0 for a relative URL", () => {
    const cases: Array<[string, string]> = [
      ['https://graph.microsoft.com/v1.0/me', '/v1.0/me'],
      ['HTTP://graph.microsoft.com?$top=1', '?$top=1'],
      ['https://graph.microsoft.com', ''],
      ['ftp://host/a', '/a'],
      ['/me/drive', '/me/drive'],
      ['me/drive', 'me/drive'],
      ['1https://host/a', '1https://host/a'],
    ];
    for (const [url, path] of cases) expect(url.slice(urlPathStart(url)), url).toBe(path);
  });

  it('reads the version from absolute and relative URLs', () => {
    const cases: Array<[string, string, string]> = [
      ['https://graph.microsoft.com/v1.0/me/messages', 'v1.0', '/me/messages'],
      ['https://graph.microsoft.com/beta/me', 'beta', '/me'],
      ['https://graph.microsoft.com/V1.0/chats/{id}', 'v1.0', '/chats/{id}'],
      ['HTTPS://graph.microsoft.com/BETA/me', 'beta', '/me'],
      ['https://graph.microsoft.us/beta/me', 'beta', '/me'],
      ['https://sn3302.up.1drv.com/up/fe69', 'default', '/up/fe69'],
      // A misspelt version is read as the version it means (with W_VERSION_ALIAS).
      ['https://graph.microsoft.com/v1/me', 'v1.0', '/me'],
      ['/me/drive', 'default', '/me/drive'],
      ['me/drive', 'default', '/me/drive'],
      ['/v1.0/me', 'v1.0', '/me'],
      ['beta/me', 'beta', '/me'],
      ['https://graph.microsoft.com/v1.0', 'v1.0', '/'],
      ['https://graph.microsoft.com/v1.0/', 'v1.0', '/'],
      ['/', 'default', '/'],
      [
        'https://graph.microsoft.com/v1.0/communications/onlineMeetings/?$top=1',
        'v1.0',
        '/communications/onlineMeetings',
      ],
      ['/users/{user-id | userPrincipalName}//memberOf/', 'default', '/users/{user-id | userPrincipalName}/memberOf'],
      // Versions and aliases through the path reader that decodes (a `%`, an empty segment).
      ['/v1/me%20x', 'v1.0', '/me x'],
      ['//BETA//me', 'beta', '/me'],
      // A path of one segment is a resource, not an alias (both path readers).
      ['/v1', 'default', '/v1'],
      ['/v1/', 'default', '/v1'],
      // Object.prototype names are path segments, not versions or aliases (both path readers).
      ['/constructor/x', 'default', '/constructor/x'],
      ['https://graph.microsoft.com/toString/me', 'default', '/toString/me'],
      ['/__proto__/a%20b', 'default', '/__proto__/a b'],
      ['/hasOwnProperty', 'default', '/hasOwnProperty'],
    ];
    for (const [url, version, path] of cases) {
      const r = ok([`GET ${url}`], { version: 'default' });
      expect([url, r.version, r.path]).toEqual([url, version, path]);
    }
  });

  it('keeps function parameters and placeholders intact', () => {
    expect(ok(["GET /me/drive/root/search(q='Contoso Project')"]).path).toBe(
      "/me/drive/root/search(q='Contoso Project')",
    );
    expect(ok(['POST /range/resizedRange(deltaRows={n}, deltaColumns={n})']).path).toBe(
      '/range/resizedRange(deltaRows={n}, deltaColumns={n})',
    );
  });

  it('percent-decodes path segments (+ stays +) and query names and values (+ is a space)', () => {
    const r = ok(["GET /chats/19%3Aab%40thread.v2/a+b/caf%C3%A9?$filter=id%20eq%20'x'+and+y%2Bz&na%6De=%E2%82%AC"]);
    expect(r.path).toBe('/chats/19:ab@thread.v2/a+b/café');
    expect(r.query.map((o) => [o.name, o.raw])).toEqual([
      ['$filter', "id eq 'x' and y+z"],
      ['name', '€'],
    ]);
  });

  it('warns W_VERSION_ALIAS at the misspelt version segment, not at the same letters in the host', () => {
    const alias = (line: string) => ok([line]).diagnostics.find((d) => d.code === 'W_VERSION_ALIAS');
    // Content line 0 is page line 3; `GET ` takes columns 1-4.
    expect(alias('GET https://graph.microsoft.com/v1/me')).toMatchObject({
      severity: 'warning',
      message: "'v1' is not an API version; read as v1.0",
      location: { file: 'p.md', line: 3, column: 5 + 'https://graph.microsoft.com/'.length },
    });
    expect(alias('GET https://v1.contoso.com/v1/me')).toMatchObject({
      location: { column: 5 + 'https://v1.contoso.com/'.length },
    });
    // The path reader for paths with empty segments (it also decodes): the segment after the empty ones.
    expect(alias('GET https://v1.contoso.com//V1/me%20x')).toMatchObject({
      message: "'V1' is not an API version; read as v1.0",
      location: { column: 5 + 'https://v1.contoso.com//'.length },
    });
    expect(alias('GET /v1.0.0/me')).toMatchObject({ location: { column: 6 } });
    expect(alias('GET https://graph.microsoft.com/v1.0/me')).toBeUndefined();
  });

  it('reports invalid percent-encoding at its column', () => {
    //          1234567890123
    expect(err(['GET /users/%zz/x'])).toMatchObject({
      code: 'E_PERCENT_ENCODING',
      location: { line: 3, column: 12 },
    });
    // Truncated UTF-8 sequence.
    expect(err(['GET /a/b%E0%A4'])).toMatchObject({ code: 'E_PERCENT_ENCODING', location: { column: 9 } });
    // In the query, counting the fence indentation.
    expect(err(['GET /a?$top=1&$filter=x%2', ''], { indent: '    ' })).toMatchObject({
      code: 'E_PERCENT_ENCODING',
      location: { line: 3, column: 5 + 23 },
    });
  });

  it('rejects URLs without a host or with another scheme', () => {
    expect(err(['GET https:///me'])).toMatchObject({ code: 'E_URL' });
    expect(err(['GET ftp://host/me'])).toMatchObject({ code: 'E_URL', location: { column: 5 } });
  });
});

describe('query options', () => {
  it('splits $select, $expand and $orderby into lists outside parentheses', () => {
    expect(q1('/me?$select=id, displayName ,mail').value).toEqual({
      kind: 'list',
      items: ['id', 'displayName', 'mail'],
    });
    expect(q1('/apps?$expand=appDefinitions($select=id,displayName),members').value).toEqual({
      kind: 'list',
      items: ['appDefinitions($select=id,displayName)', 'members'],
    });
    expect(q1('/me/insights/used?$orderby=LastUsed/LastAccessedDateTime desc,name').value).toEqual({
      kind: 'list',
      items: ['LastUsed/LastAccessedDateTime desc', 'name'],
    });
  });

  it('types $top, $skip and $count', () => {
    expect(q('/users?$top=10&$skip=0&$count=true&$count=False').map((o) => o.value)).toEqual([
      { kind: 'integer', value: 10 },
      { kind: 'integer', value: 0 },
      { kind: 'boolean', value: true },
      { kind: 'boolean', value: false },
    ]);
    expect(q('/users?$top={n}&$count=maybe').map((o) => o.value)).toEqual([
      { kind: 'string', value: '{n}' },
      { kind: 'string', value: 'maybe' },
    ]);
  });

  it('keeps $filter, $search, $skiptoken, $deltatoken and $format as strings', () => {
    const opts = q(
      `/groups?$filter=startswith(displayName, 'a&b')&$search="displayName:Video" OR "description:prod"&$skiptoken=X1&$deltatoken=D2&$format=json`,
    );
    expect(opts.map((o) => [o.system, o.value])).toEqual([
      ['filter', { kind: 'string', value: "startswith(displayName, 'a&b')" }],
      ['search', { kind: 'string', value: '"displayName:Video" OR "description:prod"' }],
      ['skiptoken', { kind: 'string', value: 'X1' }],
      ['deltatoken', { kind: 'string', value: 'D2' }],
      ['format', { kind: 'string', value: 'json' }],
    ]);
  });

  it('matches names case-insensitively and trims around =', () => {
    const opts = q("/x?$orderBy=name&$filter = id eq '1'&$SELECT=id");
    expect(opts.map((o) => [o.name, o.system, o.raw])).toEqual([
      ['$orderBy', 'orderby', 'name'],
      ['$filter', 'filter', "id eq '1'"],
      ['$SELECT', 'select', 'id'],
    ]);
  });

  it('accepts $-less select/expand/filter/top…, but format and token stay custom', () => {
    const opts = q('/sites/{id}/lists/{id}?select=id,name&expand=columns(select=name)&top=5&format=pdf&token=latest');
    expect(opts.map((o) => [o.name, o.system, o.value.kind])).toEqual([
      ['select', 'select', 'list'],
      ['expand', 'expand', 'list'],
      ['top', 'top', 'integer'],
      ['format', null, 'string'],
      ['token', null, 'string'],
    ]);
  });

  it('keeps custom parameters, typing true/false as booleans', () => {
    const opts = q(
      '/me/calendarView?startDateTime=2017-01-01T19:00:00-08:00&includeHiddenFolders=true&$id=https://graph.microsoft.com/v1.0/users/{id}&flag',
    );
    expect(opts.map((o) => [o.name, o.system, o.value])).toEqual([
      ['startDateTime', null, { kind: 'string', value: '2017-01-01T19:00:00-08:00' }],
      ['includeHiddenFolders', null, { kind: 'boolean', value: true }],
      ['$id', null, { kind: 'string', value: 'https://graph.microsoft.com/v1.0/users/{id}' }],
      ['flag', null, { kind: 'string', value: '' }],
    ]);
  });

  it('skips empty pairs and an empty query', () => {
    expect(q("/auditLogs/signIns?&$filter=x eq 'y'&").map((o) => o.name)).toEqual(['$filter']);
    expect(q('/x?')).toEqual([]);
  });
});

describe('headers', () => {
  it('keeps every header in order', () => {
    const r = ok([
      'POST /me/sendMail',
      'Authorization: Bearer {token}',
      'Content-type: application/json',
      'ConsistencyLevel:eventual',
      '',
      '{}',
    ]);
    expect(r.headers).toEqual([
      { name: 'Authorization', value: 'Bearer {token}' },
      { name: 'Content-type', value: 'application/json' },
      { name: 'ConsistencyLevel', value: 'eventual' },
    ]);
  });

  it('accepts a blank line between the request line and the headers', () => {
    const r = ok(['GET /me/calendarView/delta', '', 'Prefer: odata.maxpagesize=2']);
    expect(r.headers).toEqual([{ name: 'Prefer', value: 'odata.maxpagesize=2' }]);
    expect(r.body).toBeNull();
  });

  it('starts the body at a JSON line without the blank separator', () => {
    const r = ok(['POST /me/events', 'Content-Type: application/json', '{', '  "a": 1', '}']);
    expect(r.headers).toHaveLength(1);
    expect(r.body?.kind).toBe('json');
    expect(r.body?.text).toBe('{\n  "a": 1\n}');
  });

  it('warns about and skips a line that is not a header', () => {
    const r = ok(['GET /me', 'Content-Type application/json', 'Prefer: x']);
    expect(r.headers).toEqual([{ name: 'Prefer', value: 'x' }]);
    expect(r.diagnostics).toMatchObject([
      { severity: 'warning', code: 'W_HEADER_INVALID', location: { line: 4, column: 1 } },
    ]);
  });

  it('trims names and values as written, and refuses line separators in a value', () => {
    const r = ok(['GET /me', '\u00a0 X-A\t :  b c \u3000', 'X-B:', 'X-C: d\u2028e', 'X-D: f']);
    expect(r.headers).toEqual([
      { name: 'X-A', value: 'b c' },
      { name: 'X-B', value: '' },
      { name: 'X-D', value: 'f' },
    ]);
    expect(r.diagnostics).toMatchObject([{ code: 'W_HEADER_INVALID', location: { line: 6, column: 1 } }]);
  });

  it('reads blank lines of any whitespace as blank', () => {
    const r = ok(['\u00a0', 'POST /x', '\u2028 ', 'Prefer: y', ' \t', '{}', '\ufeff']);
    expect(r.requestLineLocation).toMatchObject({ line: 4 });
    expect(r.headers).toEqual([{ name: 'Prefer', value: 'y' }]);
    expect(r.body?.text).toBe('{}');
    expect(locateInBody(r.bodySpan, 0)).toMatchObject({ line: 8, column: 1 });
  });

  it('locates offsets of a request without a body on the last line', () => {
    const r = ok(['GET /me', 'Prefer: x', '', '']);
    expect(r.body).toBeNull();
    expect(locateInBody(r.bodySpan, 5)).toEqual({ file: 'p.md', line: 6, column: 1 });
  });
});

describe('body', () => {
  it('parses JSON with comments and trailing commas', () => {
    const r = ok([
      'PATCH /me',
      'Content-Type: application/json; charset=utf-8',
      '',
      '{',
      '  // a comment',
      '  "a": [1, 2,],',
      '  /* another */ "b": { "c": true, },',
      '}',
      '',
      '',
    ]);
    expect(r.body?.kind).toBe('json');
    if (r.body?.kind !== 'json') return;
    expect(r.body.text.endsWith('}')).toBe(true);
    expect(r.body.root.type).toBe('object');
    expect(r.body.root.children?.map((p) => p.children?.[0]?.value)).toEqual(['a', 'b']);
    expect(r.diagnostics).toEqual([]);
  });

  it('parses a JSON body when the Content-Type is missing', () => {
    expect(ok(['POST /x', '', '[1]']).body?.kind).toBe('json');
  });

  it('reports JSON errors at the exact page line and column', () => {
    const content = ['POST /me/events', 'Content-Type: application/json', '', '{', '  "a": 1', '  "b": 2', '}'];
    // Line 6 of the page ("  "b": 2"): comma expected at the "b" key, column 3.
    expect(err(content)).toMatchObject({
      code: 'E_BODY_JSON',
      location: { file: 'p.md', line: 8, column: 3 },
    });
    expect(err(content).message).toMatch(/comma expected/);
    // Same body in an indented fence: the column counts the removed indentation.
    expect(err(content, { indent: '    ' })).toMatchObject({ location: { line: 8, column: 7 } });
    // Unquoted key, and unexpected end of input.
    expect(err(['POST /x', '', '{ key: 1 }'])).toMatchObject({
      location: { line: 5, column: 3 },
      message: expect.stringMatching(/invalid symbol at 'key:'/),
    });
    expect(err(['POST /x', '', '{ "a": [1,'])).toMatchObject({
      location: { line: 5, column: 11 },
      message: expect.stringMatching(/unexpected end of input/),
    });
  });

  it('maps body offsets back to the page (locateInBody), with indented fences', () => {
    const r = ok(['POST /x', 'Content-Type: application/json', '', '{', '  "a": 1', '}'], { indent: '  ' });
    expect(locateInBody(r.bodySpan, 0)).toEqual({ file: 'p.md', line: 6, column: 3 });
    const off = r.body!.text.indexOf('"a"');
    expect(locateInBody(r.bodySpan, off)).toEqual({ file: 'p.md', line: 7, column: 5 });
  });

  it('maps offsets on lines less indented than the fence', () => {
    const text = [
      '   <!-- { "blockType": "request", "name": "t" } -->',
      '   ```http',
      '   POST /x',
      '',
      '   {',
      ' "a": [}',
      '   ```',
    ].join('\n');
    const [example] = extractRequestExamples('p.md', text);
    const r = parseHttpExample(example!, { defaultVersion: 'v1.0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'E_BODY_JSON', location: { line: 6, column: 8 } });
  });

  it('treats non-JSON bodies as raw, never as errors', () => {
    const cases: Array<[string[], string | null]> = [
      [['PUT /me/drive/items/{id}/content', 'Content-Type: text/plain', '', 'The contents of the file.'], 'text/plain'],
      [['PUT /me/photo/$value', 'Content-Type: image/jpeg', '', 'Binary data for the image'], 'image/jpeg'],
      [['PUT /x', 'Content-Type: application/octet-stream', '', '{ not json'], 'application/octet-stream'],
      [['PUT https://sn3302.up.1drv.com/up/x', 'Content-Length: 26', '', '<bytes 0-25 of the file>'], null],
      [
        ['POST /x', 'Content-Type: multipart/form-data; boundary=a', '', '--a', '{"x":1}', '--a--'],
        'multipart/form-data; boundary=a',
      ],
    ];
    for (const [content, ct] of cases) {
      const r = ok(content);
      expect(r.body).toMatchObject({ kind: 'raw', contentType: ct });
    }
  });

  it('warns about duplicate keys at the second key', () => {
    const r = ok(['POST /x', '', '{', '  "a": 1,', '  "o": { "b": 1, "b": 2 },', '  "a": 3', '}']);
    expect(r.diagnostics).toMatchObject([
      { severity: 'warning', code: 'W_DUPLICATE_KEY', location: { line: 7, column: 18 } },
      { severity: 'warning', code: 'W_DUPLICATE_KEY', location: { line: 8, column: 3 } },
    ]);
  });

  it('reads no-break spaces between tokens as whitespace', () => {
    const r = ok(['POST /x', '', '{\u00a0"a":\u00a0"x\u00a0y"\u00a0}']);
    expect(r.body?.kind === 'json' && r.body.root.children?.[0]?.children?.[1]?.value).toBe('x\u00a0y');
  });

  it('rejects 10,000 levels of nesting without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(err(['POST /x', '', deep])).toMatchObject({
      code: 'E_BODY_TOO_DEEP',
      location: { line: 5, column: MAX_JSON_DEPTH + 1 },
    });
    // Brackets in strings and comments do not count; MAX_JSON_DEPTH levels are fine.
    const atLimit = '['.repeat(MAX_JSON_DEPTH - 1) + '"[[[[", /* [[[[ */ {}' + ']'.repeat(MAX_JSON_DEPTH - 1);
    expect(ok(['POST /x', '', atLimit]).body?.kind).toBe('json');
  });

  it('rejects a body over 5 MB', () => {
    const big = '{"a":"' + 'x'.repeat(5 * 1024 * 1024) + '"}';
    expect(err(['POST /x', 'Content-Type: application/json', '', big])).toMatchObject({
      code: 'E_BODY_TOO_LARGE',
      location: { line: 6, column: 1 },
    });
  });
});

describe('pathological input', () => {
  it('stays linear on long request lines', () => {
    const t0 = performance.now();
    ok(['GET /a' + ' \t'.repeat(100_000) + 'x HTTP/1.1']);
    ok(['GET /a?' + "$filter='&".repeat(20_000) + '&x=' + '%41'.repeat(20_000)]);
    ok(['GET /a?$select=' + '(,'.repeat(50_000)]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('extraction diagnostics', () => {
  it('fails examples with extraction errors and carries extraction warnings', () => {
    const [noFence] = extractRequestExamples('p.md', '<!-- { "blockType": "request", "name": "x" } -->\ntext\n');
    const r = parseHttpExample(noFence!, { defaultVersion: 'v1.0' });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'E_NO_FENCE' }] });

    const [warned] = extractRequestExamples(
      'p.md',
      '<!-- { "blockType": "request" "name": "x" } -->\n```http\nGET /me\n```\n',
    );
    const w = parseHttpExample(warned!, { defaultVersion: 'v1.0' });
    expect(w.ok && w.request.diagnostics.map((d) => d.code)).toEqual(['W_ANNOTATION_JSON']);
  });
});

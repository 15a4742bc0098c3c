import { describe, expect, it } from 'vitest';
import { isPlaceholder, parseArguments, splitPath, type RawPathSegment } from '../../src/ast/segments.js';
import { locateInBody } from '../../src/http/locate.js';
import { requestFromHttp, requestFromMarkdown } from './helpers.js';

const texts = (path: string): string[] => splitPath(path).map((s) => s.text);

describe('splitPath', () => {
  it('splits on / with names, no arguments and offsets in the path', () => {
    expect(splitPath('/users/{id}/messages')).toEqual<RawPathSegment[]>([
      { text: 'users', name: 'users', args: null, offset: 1 },
      { text: '{id}', name: '{id}', args: null, offset: 7 },
      { text: 'messages', name: 'messages', args: null, offset: 12 },
    ]);
  });

  it('drops empty segments', () => {
    expect(texts('/users//{id}/')).toEqual(['users', '{id}']);
    expect(splitPath('/')).toEqual([]);
    expect(splitPath('')).toEqual([]);
  });

  it('parses parentheses into named arguments', () => {
    expect(splitPath("/reports/getEmailActivityCounts(period='D7')")).toEqual<RawPathSegment[]>([
      { text: 'reports', name: 'reports', args: null, offset: 1 },
      {
        text: "getEmailActivityCounts(period='D7')",
        name: 'getEmailActivityCounts',
        args: [{ name: 'period', value: 'D7', quoted: true }],
        offset: 9,
      },
    ]);
  });

  it('reads a bare parenthesised key and empty parentheses', () => {
    expect(splitPath("/users('a')")[0]).toEqual({
      text: "users('a')",
      name: 'users',
      args: [{ name: null, value: 'a', quoted: true }],
      offset: 1,
    });
    expect(splitPath('/users/delta()')[1]).toEqual({ text: 'delta()', name: 'delta', args: [], offset: 7 });
  });

  it('does not split inside parentheses, quotes or braces', () => {
    expect(texts("/sites/getByPath(path='/a/b)c')/lists")).toEqual(['sites', "getByPath(path='/a/b)c')", 'lists']);
    expect(texts("/users('a/b')/manager")).toEqual(["users('a/b')", 'manager']);
    expect(texts('/users/{a/b}/manager')).toEqual(['users', '{a/b}', 'manager']);
  });

  it('splits paths with unusual braces the same way as any other path', () => {
    // Braces that hold a `/`, nest, stay open or close without opening.
    expect(texts('/a/{b/c}/d')).toEqual(['a', '{b/c}', 'd']);
    expect(texts('/a/{b{c}/d}/e')).toEqual(['a', '{b{c}/d}', 'e']);
    expect(texts('/a/{b/c')).toEqual(['a', '{b/c']);
    expect(texts('/a}/b/{c}d/e')).toEqual(['a}', 'b', '{c}d', 'e']);
    expect(splitPath('/users/{id}/{x}{y}')).toEqual<RawPathSegment[]>([
      { text: 'users', name: 'users', args: null, offset: 1 },
      { text: '{id}', name: '{id}', args: null, offset: 7 },
      { text: '{x}{y}', name: '{x}{y}', args: null, offset: 12 },
    ]);
  });

  it('keeps an OData path-based address as one segment', () => {
    expect(splitPath('/drives/{id}/root:/a/b.txt:/content')).toEqual<RawPathSegment[]>([
      { text: 'drives', name: 'drives', args: null, offset: 1 },
      { text: '{id}', name: '{id}', args: null, offset: 8 },
      { text: 'root:/a/b.txt:', name: 'root:/a/b.txt:', args: null, offset: 13 },
      { text: 'content', name: 'content', args: null, offset: 28 },
    ]);
    // Closed at the end of the path, or left open.
    expect(texts('/drives/{id}/root:/a/b.txt:')).toEqual(['drives', '{id}', 'root:/a/b.txt:']);
    expect(texts('/drives/{drive-id}/root:/{item-path}')).toEqual(['drives', '{drive-id}', 'root:/{item-path}']);
    // A placeholder before the colon, and a site address.
    expect(texts('/drives/{id}/items/{parent-id}:/{filename}:/content')).toEqual([
      'drives',
      '{id}',
      'items',
      '{parent-id}:/{filename}:',
      'content',
    ]);
    expect(texts('/sites/contoso.sharepoint.com:/sites/marketing:/drive')).toEqual([
      'sites',
      'contoso.sharepoint.com:/sites/marketing:',
      'drive',
    ]);
  });

  it('does not take a colon that is not followed by / as a path-based address', () => {
    expect(texts('/users/a:b/manager')).toEqual(['users', 'a:b', 'manager']);
  });

  it('does not read arguments from a placeholder or a segment starting with (', () => {
    expect(splitPath('/x/{f(y)}')[1]).toEqual({ text: '{f(y)}', name: '{f(y)}', args: null, offset: 3 });
    expect(splitPath('/(abc)')[0]).toEqual({ text: '(abc)', name: '(abc)', args: null, offset: 1 });
  });
});

describe('parseArguments', () => {
  it('reads named arguments in order, unquoting strings', () => {
    expect(parseArguments("period='D7',top=5")).toEqual([
      { name: 'period', value: 'D7', quoted: true },
      { name: 'top', value: '5', quoted: false },
    ]);
    expect(parseArguments(" StartDateTime = '2017-06-05T10:00:00' , EndDateTime={end} ")).toEqual([
      { name: 'StartDateTime', value: '2017-06-05T10:00:00', quoted: true },
      { name: 'EndDateTime', value: '{end}', quoted: false },
    ]);
  });

  it('reads bare keys', () => {
    expect(parseArguments("'abc'")).toEqual([{ name: null, value: 'abc', quoted: true }]);
    expect(parseArguments('123')).toEqual([{ name: null, value: '123', quoted: false }]);
    expect(parseArguments('{id}')).toEqual([{ name: null, value: '{id}', quoted: false }]);
  });

  it('reads nothing from empty parentheses', () => {
    expect(parseArguments('')).toEqual([]);
    expect(parseArguments('  ')).toEqual([]);
  });

  it("keeps commas and = inside quotes, braces and brackets; '' is an escaped quote", () => {
    expect(parseArguments("q='a,b=c',r={x,y},s=[1,2]")).toEqual([
      { name: 'q', value: 'a,b=c', quoted: true },
      { name: 'r', value: '{x,y}', quoted: false },
      { name: 's', value: '[1,2]', quoted: false },
    ]);
    expect(parseArguments("'O''Neil'")).toEqual([{ name: null, value: "O'Neil", quoted: true }]);
    expect(parseArguments("name='it''s'")).toEqual([{ name: 'name', value: "it's", quoted: true }]);
  });

  it('keeps alias references and alternate keys as written', () => {
    expect(parseArguments('period=@p')).toEqual([{ name: 'period', value: '@p', quoted: false }]);
    expect(parseArguments("userPrincipalName='a@b.c'")).toEqual([
      { name: 'userPrincipalName', value: 'a@b.c', quoted: true },
    ]);
  });
});

describe('isPlaceholder', () => {
  it('recognises documentation placeholders', () => {
    for (const v of ['{id}', '{user-id}', '{id | userPrincipalName}', '{}', '<id>', '<drive-item-id>']) {
      expect(isPlaceholder(v), v).toBe(true);
    }
  });

  it('rejects literal values and partial placeholders', () => {
    for (const v of [
      '123',
      "'abc'",
      'x{id}',
      '{id}x',
      '{a}{b}',
      '{{id}}',
      'root:/{path}:',
      '48d31887-5fad-4d73-a9f5-3c356e68a038',
    ]) {
      expect(isPlaceholder(v), v).toBe(false);
    }
  });
});

describe('test helpers', () => {
  it('turn raw HTTP into a request located on the page', () => {
    const r = requestFromHttp([
      'POST https://graph.microsoft.com/beta/me/sendMail',
      'Content-Type: application/json',
      '',
      '{ "a": 1 }',
    ]);
    expect(r.method).toBe('POST');
    expect(r.version).toBe('beta');
    expect(r.path).toBe('/me/sendMail');
    expect(r.requestLineLocation).toEqual({ file: 'page.md', line: 3, column: 1 });
    expect(locateInBody(r.bodySpan, 2)).toEqual({ file: 'page.md', line: 6, column: 3 });
  });

  it('pick the n-th example of a Markdown page', () => {
    const page = [
      '<!-- { "blockType": "request", "name": "a" } -->',
      '```http',
      'GET /me',
      '```',
      '',
      '<!-- { "blockType": "request", "name": "b" } -->',
      '```msgraph-interactive',
      'GET /users/{id}',
      '```',
    ].join('\n');
    const second = requestFromMarkdown(page, { index: 1, file: 'x.md' });
    expect(second.path).toBe('/users/{id}');
    expect(second.requestLineLocation).toEqual({ file: 'x.md', line: 8, column: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { sdkQueryParameterSpelling } from '../../src/ast/query-names.js';
import { astOf, fixtureIndex } from './helpers.js';

const schema = fixtureIndex('ast');

describe('query parameters the docs spell otherwise than the SDKs (W_QUERY_OPTION)', () => {
  it('writes them as the SDKs name them, with a warning at the name in the URL', () => {
    const url = '/users?startdatetime=2024-01-07&ENDDATETIME=2024-01-14&$select=id&custom=1&startDateTime=x';
    const { ast, warnings } = astOf(`GET ${url}`, schema);
    expect(ast.query.map((q) => q.name)).toEqual([
      'startDateTime',
      'endDateTime',
      '$select',
      'custom',
      'startDateTime',
    ]);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_QUERY_OPTION',
        message:
          "the query parameter 'startdatetime' is written 'startDateTime', as the SDKs name it (the service reads either)",
        // Page line 3 holds the request line; the name starts after `GET /users?`.
        location: { file: 'page.md', line: 3, column: 12 },
      },
      {
        severity: 'warning',
        code: 'W_QUERY_OPTION',
        message:
          "the query parameter 'ENDDATETIME' is written 'endDateTime', as the SDKs name it (the service reads either)",
        location: { file: 'page.md', line: 3, column: 37 },
      },
    ]);
  });

  it('puts the warning at the name whatever blanks separate the method and the URL', () => {
    for (const gap of ['   ', '\t']) {
      const { warnings } = astOf(`GET${gap}/users?startdatetime=2024-01-07`, schema);
      // The name starts after "GET", the gap and "/users?".
      expect(
        warnings.map((w) => w.location),
        JSON.stringify(gap),
      ).toEqual([{ file: 'page.md', line: 3, column: 4 + gap.length + 7 }]);
    }
  });

  it('knows only the SDKs’ own spellings', () => {
    expect(sdkQueryParameterSpelling('enddatetime')).toBe('endDateTime');
    expect(sdkQueryParameterSpelling('includehiddenfolders')).toBe('includeHiddenFolders');
    expect(sdkQueryParameterSpelling('startDateTime')).toBeNull();
    expect(sdkQueryParameterSpelling('start')).toBeNull();
    expect(sdkQueryParameterSpelling('$select')).toBeNull();
  });
});

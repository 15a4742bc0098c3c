import { describe, expect, it } from 'vitest';
import { extractRequestExamples } from '../../src/docs/extract.js';

const page = (...lines: string[]): string => lines.join('\n');
const codes = (e: { diagnostics: readonly { code: string }[] }): string[] =>
  e.diagnostics.map((d) => d.code);

describe('extractRequestExamples', () => {
  it('pairs a request annotation with the fence after it (labels: http, msgraph-interactive, HTTP, none)', () => {
    const labels = ['http', 'msgraph-interactive', 'HTTP', '', ' http'];
    for (const label of labels) {
      const text = page(
        '# Title',
        '<!-- {',
        '  "blockType": "request",',
        '  "name": "get_user"',
        '}-->',
        '',
        '```' + label,
        'GET https://graph.microsoft.com/v1.0/me',
        '```',
      );
      const [e, ...rest] = extractRequestExamples('docs/user-get.md', text);
      expect(rest).toEqual([]);
      expect(e).toMatchObject({
        file: 'docs/user-get.md',
        name: 'get_user',
        nameWasGenerated: false,
        index: 0,
        line: 2,
        content: 'GET https://graph.microsoft.com/v1.0/me',
        contentLine: 8,
        contentIndent: 0,
        diagnostics: [],
      });
      expect(e!.annotation).toEqual({ blockType: 'request', name: 'get_user' });
    }
  });

  it('reads a one-line annotation, tilde fences and keeps unknown keys', () => {
    const text = page(
      '<!-- { "blockType": "request", "name": "a", "sampleKeys": ["x"] } -->',
      '~~~http',
      'GET /me',
      '```',
      'still content',
      '~~~~',
    );
    const [e] = extractRequestExamples('p.md', text);
    expect(e!.content).toBe('GET /me\n```\nstill content');
    expect(e!.annotation.sampleKeys).toEqual(['x']);
  });

  it('skips response, ignored, resource and example blocks and ordinary comments', () => {
    const text = page(
      '<!-- markdownlint-disable MD041 -->',
      '<!-- { "blockType": "ignored" } -->',
      '```http',
      'GET /me',
      '```',
      '<!-- { "blockType": "request", "name": "r1" } -->',
      '```http',
      'GET /me',
      '```',
      '<!-- { "blockType": "response", "truncated": true } -->',
      '```http',
      'HTTP/1.1 200 OK',
      '```',
      '<!-- { "blockType": "resource", "@odata.type": "x" } -->',
      '```json',
      '{}',
      '```',
      '<!-- { "blockType": "example" } -->',
      '```http',
      'GET /x',
      '```',
    );
    const found = extractRequestExamples('p.md', text);
    expect(found.map((e) => e.name)).toEqual(['r1']);
  });

  it('allows text between the annotation and its fence', () => {
    const text = page(
      '<!-- { "blockType": "request", "name": "r" } -->',
      '',
      '##### Request',
      '',
      'Some text with ```inline``` code.',
      '```http',
      'GET /me',
      '```',
    );
    const [e] = extractRequestExamples('p.md', text);
    expect(e!.content).toBe('GET /me');
    expect(e!.contentLine).toBe(7);
    expect(e!.diagnostics).toEqual([]);
  });

  it('does not treat annotations inside code blocks as annotations', () => {
    const text = page(
      '````markdown',
      '<!-- { "blockType": "request", "name": "inner" } -->',
      '```http',
      'GET /me',
      '```',
      '````',
    );
    expect(extractRequestExamples('p.md', text)).toEqual([]);
  });

  it('parses a sloppy multi-line annotation (comments, trailing commas) without warnings', () => {
    const text = page(
      '<!--',
      '  {',
      '    // the example',
      '    "blockType": "request",',
      '    "name": "sloppy",',
      '    "@odata.type": "microsoft.graph.user",',
      '  }',
      '-->',
      '```http',
      'GET /me',
      '```',
    );
    const [e] = extractRequestExamples('p.md', text);
    expect(e!.name).toBe('sloppy');
    expect(e!.diagnostics).toEqual([]);
    expect(e!.line).toBe(1);
    expect(e!.contentLine).toBe(10);
  });

  it('keeps a broken annotation whose blockType and name are readable, with a warning', () => {
    const text = page(
      '<!-- {',
      '  "blockType": "request"',
      '  "name": "broken_but_named"',
      '} -->',
      '```http',
      'GET /me',
      '```',
    );
    const [e] = extractRequestExamples('p.md', text);
    expect(e!.name).toBe('broken_but_named');
    expect(e!.nameWasGenerated).toBe(false);
    expect(e!.diagnostics).toMatchObject([
      { severity: 'warning', code: 'W_ANNOTATION_JSON', location: { file: 'p.md', line: 3, column: 3 } },
    ]);
    expect(e!.content).toBe('GET /me');
  });

  it('fails a broken annotation whose name cannot be read (E_ANNOTATION_JSON)', () => {
    const text = page('<!-- { "blockType": "request", name: oops } -->', '```http', 'GET /me', '```');
    const [e] = extractRequestExamples('dir/user-get.md', text);
    expect(e!.nameWasGenerated).toBe(true);
    expect(e!.name).toBe('user-get-request-1');
    expect(e!.diagnostics).toMatchObject([
      { severity: 'error', code: 'E_ANNOTATION_JSON', location: { line: 1, column: 32 } },
    ]);
  });

  it('generates deterministic names from the file base name and ordinal', () => {
    const block = ['<!-- { "blockType": "request" } -->', '```http', 'GET /me', '```'];
    const text = page(
      ...block,
      '<!-- { "blockType": "request", "name": "named" } -->',
      '```http',
      'GET /me',
      '```',
      ...block,
    );
    const found = extractRequestExamples('C:\\docs\\api\\user-get.md', text);
    expect(found.map((e) => [e.index, e.name, e.nameWasGenerated])).toEqual([
      [0, 'user-get-request-1', true],
      [1, 'named', false],
      [2, 'user-get-request-3', true],
    ]);
  });

  it('reports a request annotation without a fence (E_NO_FENCE at the annotation)', () => {
    const text = page(
      'intro',
      '  <!-- { "blockType": "request", "name": "lonely" } -->',
      'text',
      '<!-- { "blockType": "response" } -->',
      '```http',
      'HTTP/1.1 204 No Content',
      '```',
      '<!-- { "blockType": "request", "name": "at_eof" } -->',
    );
    const found = extractRequestExamples('p.md', text);
    expect(found.map((e) => e.name)).toEqual(['lonely', 'at_eof']);
    expect(found[0]!.content).toBe('');
    expect(found[0]!.diagnostics).toMatchObject([
      { severity: 'error', code: 'E_NO_FENCE', location: { file: 'p.md', line: 2, column: 3 } },
    ]);
    expect(codes(found[1]!)).toEqual(['E_NO_FENCE']);
  });

  it('reports an unterminated fence but keeps its content', () => {
    const text = page('<!-- { "blockType": "request", "name": "open" } -->', '```http', 'GET /me', '', '{');
    const [e] = extractRequestExamples('p.md', text);
    expect(e!.content).toBe('GET /me\n\n{');
    expect(e!.diagnostics).toMatchObject([
      { severity: 'error', code: 'E_UNTERMINATED_FENCE', location: { line: 2, column: 1 } },
    ]);
  });

  it('removes the fence indentation from content lines (lists), also with tabs', () => {
    const text = page(
      '1. Step',
      '   <!-- { "blockType": "request", "name": "indented" } -->',
      '   ```http',
      '   POST /me/events',
      '   Content-Type: application/json',
      '',
      '   {',
      '     "a": 1',
      '   }',
      '   ```',
      '\t<!-- { "blockType": "request", "name": "tabbed" } -->',
      '\t```http',
      '\tGET /me',
      '\t```',
    );
    const [a, b] = extractRequestExamples('p.md', text);
    expect(a!.content).toBe('POST /me/events\nContent-Type: application/json\n\n{\n  "a": 1\n}');
    expect(a!.contentIndent).toBe(3);
    expect(a!.contentLineIndents).toEqual([3, 3, 0, 3, 3, 3]);
    expect(b!.content).toBe('GET /me');
    expect(b!.contentIndent).toBe(1);
    expect(b!.contentLineIndents).toBeUndefined();
  });

  it('handles a BOM, CRLF and lone CR line endings with the right line numbers', () => {
    const lines = ['<!-- {', '"blockType": "request", "name": "n" } -->', '```http', 'GET /me', 'X: y', '```'];
    for (const eol of ['\r\n', '\r']) {
      const [e] = extractRequestExamples('p.md', '\uFEFF' + 'title' + eol + lines.join(eol) + eol);
      expect(e).toMatchObject({ name: 'n', line: 2, contentLine: 5, content: 'GET /me\nX: y' });
    }
  });

  it('stays linear on pathological input', () => {
    const big =
      '<!--'.repeat(50_000) +
      '\n' +
      '`'.repeat(100_000) +
      '\n' +
      '"blockType" : '.repeat(20_000) +
      '\n';
    const t0 = performance.now();
    extractRequestExamples('p.md', big);
    extractRequestExamples('p.md', '<!-- "blockType": "request", "name": ' + '"\\'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

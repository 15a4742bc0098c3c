import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { tsBinary, tsBoolean, tsNumber, tsQuotedKey, tsString } from '../../../src/emit/typescript/literals.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import { CONTEXT, ast, extra, named, obj, prop, seg, str, u } from './fixtures.js';

/** Parses `text` as a TypeScript expression statement and returns the string literal's value. */
function parseStringLiteral(text: string): string {
  const source = ts.createSourceFile('x.ts', `const x = ${text};`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  expect(diagnostics).toHaveLength(0);
  const statement = source.statements[0] as ts.VariableStatement;
  const init = statement.declarationList.declarations[0]!.initializer!;
  expect(ts.isStringLiteral(init)).toBe(true);
  return (init as ts.StringLiteral).text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Any UTF-16 code unit, so lone surrogates and every control character are generated. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const tricky = fc.constantFrom(
  '"',
  '\\',
  '\n',
  '\r',
  '\t',
  '\0',
  '\u2028',
  '\u2029',
  '${',
  '#{',
  '{{',
  '*/',
  '"""',
  '\u{1F600}',
  '\u200F',
  '\u202E',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '`',
  "'",
);
const anyString = fc.oneof(
  fc.string({ unit: codeUnit }),
  fc.string({ unit: fc.oneof(codeUnit, tricky) }),
  fc.string({ unit: 'binary' }),
);

describe('tsString', () => {
  it('leaves plain ASCII as it is', () => {
    expect(tsString('Users from connected organizations')).toBe('"Users from connected organizations"');
    expect(tsString('')).toBe('""');
  });

  it('escapes quotes, backslashes and line breaks', () => {
    expect(tsString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
  });

  it('writes NUL so that a following digit stays a digit', () => {
    expect(tsString('\u00001')).toBe('"\\u00001"');
    expect(parseStringLiteral(tsString('\u00001'))).toBe('\u00001');
  });

  it('escapes unpaired surrogates and keeps emoji', () => {
    expect(tsString('\uD800x')).toBe('"\\uD800x"');
    expect(tsString('x\uDC00')).toBe('"x\\uDC00"');
    expect(tsString('\u{1F600}')).toBe('"\u{1F600}"');
    expect(tsString('é漢字')).toBe('"é漢字"');
  });

  it('makes invisible and direction-changing characters visible', () => {
    expect(tsString('a\u202Eb\u200Fc\uFEFF\u2028')).toBe('"a\\u202Eb\\u200Fc\\uFEFF\\u2028"');
  });

  it('needs nothing for template or comment syntax', () => {
    expect(tsString('${x} #{y} {{z}} */')).toBe('"${x} #{y} {{z}} */"');
  });

  it('round-trips any string through the TypeScript parser (property)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const literal = tsString(s);
        // The literal is well-formed UTF-16, so it survives being written as UTF-8.
        expect(literal).not.toMatch(LONE_SURROGATE);
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(parseStringLiteral(literal)).toBe(s);
        // The escapes used are also JSON's: a second, independent decoder.
        expect(JSON.parse(literal)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('other literals', () => {
  it('quotes keys, and writes __proto__ as a computed key', () => {
    expect(tsQuotedKey('members@odata.bind')).toBe('"members@odata.bind"');
    expect(tsQuotedKey('__proto__')).toBe('["__proto__"]');
  });

  it('keeps number tokens exactly and quotes non-numbers', () => {
    expect(tsNumber('11520')).toBe('11520');
    expect(tsNumber('-1.50E+3')).toBe('-1.50E+3');
    expect(tsNumber('9007199254740993')).toBe('9007199254740993');
    expect(tsNumber('{count}')).toBe('"{count}"');
    expect(tsBoolean('true')).toBe('true');
    expect(tsBoolean('yes')).toBe('"yes"');
  });

  it('decodes base64 into an ArrayBuffer, translating base64url', () => {
    expect(tsBinary('SGVsbG8=')).toBe('Uint8Array.from(atob("SGVsbG8="), c => c.charCodeAt(0)).buffer');
    expect(tsBinary('-_8')).toBe('Uint8Array.from(atob("+/8"), c => c.charCodeAt(0)).buffer');
    expect(tsBinary('not base64!')).toBe('Uint8Array.from(atob("not base64!"), c => c.charCodeAt(0)).buffer');
  });
});

describe('whole snippets', () => {
  it('parse without syntax errors and keep every string exactly (property)', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, (value, key, header, query) => {
        const code = typescriptTarget.emit(
          ast({
            method: 'POST',
            path: [seg.set('users'), seg.key('user-id'), seg.nav('messages')],
            headers: [{ name: 'X-Test', value: header }],
            query: [{ name: 'custom', system: null, value: { kind: 'string', value: query } }],
            body: {
              kind: 'json',
              bodyType: { kind: 'type', typeName: 'microsoft.graph.message' },
              value: obj(
                'microsoft.graph.message',
                [prop('subject', str(value))],
                [extra(key, u.obj([[key, u.str(value)]]))],
              ),
            },
            responseType: named('microsoft.graph.message'),
          }),
          CONTEXT,
        );
        const source = ts.createSourceFile('s.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
        expect((source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics).toHaveLength(0);
        const strings = new Set<string>();
        const visit = (node: ts.Node): void => {
          if (ts.isStringLiteral(node)) strings.add(node.text);
          ts.forEachChild(node, visit);
        };
        visit(source);
        for (const s of [value, key, header, query]) expect(strings.has(s)).toBe(true);
        expect(code).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 200 },
    );
  });
});

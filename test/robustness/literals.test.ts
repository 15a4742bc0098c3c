import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { Node as SyntaxNode, Parser } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ObjectNode, PathSegment, SnippetAst } from '../../src/ast/types.js';
import { languageTarget } from '../../src/emit/registry.js';
import type { LanguageTarget } from '../../src/emit/types.js';
import { loadMetadata } from '../../src/metadata/load.js';
import type { SchemaIndex } from '../../src/metadata/schema-index.js';
import { csharpParser } from '../../src/verify/csharp.js';

/**
 * String-literal safety, property-based: hostile strings (quotes of every kind, backslashes,
 * line breaks, NUL and other controls, `$`, `{`, `${`, `#{`, `{{`, `*\/`, `"""`, `'''`, lone
 * surrogates, emoji, bidirectional marks) go through the REAL emitters as a string property
 * value, an additional-data key and an additional-data value, and are read back by each
 * language's own parser: the decoded values must equal the originals, UTF-16 code unit for
 * code unit.
 *
 * AST by hand: `PATCH /users/{id}` whose body is a user with `displayName` = V and additional
 * data { K: W }.
 */

const RUNS = 10_000;
const SEED = 20_240_610;

const tricky = fc.constantFrom(
  '"',
  "'",
  '`',
  '"""',
  "'''",
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\u00ab',
  '\u00bb',
  '\\',
  '\\\\',
  '\\n',
  '\\"',
  '\\u0041',
  '\\x41',
  '\\N{DASH}',
  '\\U0001F600',
  '\\0',
  '\\e',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\u0001',
  '\u0007',
  '\b',
  '\f',
  '\v',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '$',
  '{',
  '}',
  '${',
  '#{',
  '{{',
  '}}',
  '{0}',
  '%s',
  '%d',
  '*/',
  '/*',
  '//',
  '#',
  '@"',
  '$"',
  '$@"',
  "u'",
  'r"',
  'f"',
  'b"',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u{1F600}',
  '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}',
  '\u{10FFFF}',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\u00A0',
  '\u00AD',
  '\u180E',
  'é',
  '漢',
  '0',
  '7',
);
const unit = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);
const hostile = fc.string({ unit, maxLength: 24 });
const hostileKey = fc.oneof(
  { weight: 12, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '', 'displayName', '@odata.type') },
);
/** V: the displayName value; K: the additional-data key; W: its value. */
const triple = fc.record({ value: hostile, key: hostileKey, extra: hostile });
type Triple = { value: string; key: string; extra: string };

const USER = 'microsoft.graph.user';
const PATH: readonly PathSegment[] = [
  { kind: 'entitySet', name: 'users', raw: 'users', target: { name: USER, isCollection: true } },
  {
    kind: 'key',
    raw: '{id}',
    parameter: 'user-id',
    value: '{id}',
    isPlaceholder: true,
    target: { name: USER, isCollection: false },
  },
];

function astFor({ value, key, extra }: Triple): SnippetAst {
  const body: ObjectNode = {
    kind: 'object',
    typeName: USER,
    declaredTypeName: USER,
    properties: [
      {
        name: 'displayName',
        type: { primitive: 'string', isCollection: false },
        value: { kind: 'primitive', primitive: 'string', value },
      },
    ],
    additionalData: [{ key, value: { kind: 'untypedString', value: extra } }],
  };
  return {
    version: 'v1.0',
    method: 'PATCH',
    path: PATH,
    query: [],
    headers: [],
    body: { kind: 'json', bodyType: { kind: 'type', typeName: USER }, value: body },
    responseType: { name: USER, isCollection: false },
    resolution: 'inferred',
  };
}

let schema: SchemaIndex;
beforeAll(async () => {
  schema = (await loadMetadata('v1.0', undefined)).index;
});

/**
 * The snippet as it will be read from its include file: written as UTF-8. A lone surrogate left
 * raw in the code would come back as U+FFFD, so the code must be well-formed UTF-16.
 */
function emit(target: LanguageTarget, t: Triple): string {
  const code = target.emit(astFor(t), { schema, exampleName: 'literal-safety' });
  return Buffer.from(code, 'utf8').toString('utf8');
}

const show = (t: Triple, code: string): string => `input ${JSON.stringify(t)}\nemitted:\n${code}`;

// ---- TypeScript: the compiler's own parser ----

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression)) return name.expression.text;
  return null;
}

function readTypescript(code: string): Triple | string {
  const file = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (diagnostics.length > 0)
    return `syntax: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`;
  let value: string | null = null;
  let key: string | null = null;
  let extra: string | null = null;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      if (node.name.text === 'displayName' && ts.isStringLiteral(node.initializer)) value = node.initializer.text;
      if (node.name.text === 'additionalData' && ts.isObjectLiteralExpression(node.initializer)) {
        const first = node.initializer.properties[0];
        if (first && ts.isPropertyAssignment(first) && ts.isStringLiteral(first.initializer)) {
          key = propertyName(first.name);
          extra = first.initializer.text;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (value === null || key === null || extra === null)
    return 'displayName or additionalData not found as string literals';
  return { value, key, extra };
}

// ---- C#: tree-sitter-c-sharp, and a decoder for regular string literals ----

const HEX = /^[0-9A-Fa-f]$/;

/** The value of a regular C# string literal `"..."` (C# 13 escapes), or an exception saying why it is not one. */
export function decodeCsharpString(literal: string): string {
  if (literal.length < 2 || literal[0] !== '"' || literal[literal.length - 1] !== '"')
    throw new Error(`not a regular string literal: ${literal}`);
  let out = '';
  const end = literal.length - 1;
  for (let i = 1; i < end; i++) {
    const c = literal[i]!;
    if (c === '"') throw new Error(`unescaped quote at ${i}`);
    if (c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029')
      throw new Error(`raw line terminator U+${c.charCodeAt(0).toString(16)} at ${i}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = literal[++i];
    if (i >= end || e === undefined) throw new Error('backslash at the end of the literal');
    const simple: Record<string, string> = {
      "'": "'",
      '"': '"',
      '\\': '\\',
      '0': '\0',
      a: '\x07',
      b: '\b',
      e: '\x1b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
    };
    if (e in simple) {
      out += simple[e];
      continue;
    }
    if (e === 'x') {
      let k = i + 1;
      while (k < end && k < i + 5 && HEX.test(literal[k]!)) k++;
      if (k === i + 1) throw new Error(`\\x without hex digits at ${i}`);
      out += String.fromCharCode(parseInt(literal.slice(i + 1, k), 16));
      i = k - 1;
      continue;
    }
    if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const digits = literal.slice(i + 1, i + 1 + n);
      if (digits.length !== n || ![...digits].every((d) => HEX.test(d)) || i + n >= end)
        throw new Error(`bad \\${e} escape at ${i}`);
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) throw new Error(`\\U beyond U+10FFFF at ${i}`);
      out += code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
      i += n;
      continue;
    }
    throw new Error(`unknown escape \\${e} at ${i}`);
  }
  return out;
}

function findAssignment(root: SyntaxNode, left: string): SyntaxNode | null {
  for (const node of root.descendantsOfType('assignment_expression')) {
    if (node?.childForFieldName('left')?.text === left) return node;
  }
  return null;
}

function readCsharp(parser: Parser, code: string): Triple | string {
  const tree = parser.parse(code);
  if (!tree) return 'no tree';
  try {
    const root = tree.rootNode;
    if (root.hasError) return 'syntax: the tree has ERROR or MISSING nodes';
    const display = findAssignment(root, 'DisplayName')?.childForFieldName('right');
    const additional = findAssignment(root, 'AdditionalData')?.childForFieldName('right');
    if (!display || display.type !== 'string_literal')
      return `DisplayName is not a regular string literal (${display?.type})`;
    const strings = additional
      ? additional.descendantsOfType('string_literal').filter((n): n is SyntaxNode => n !== null)
      : [];
    if (strings.length !== 2) return `AdditionalData holds ${strings.length} string literals, expected 2`;
    return {
      value: decodeCsharpString(display.text),
      key: decodeCsharpString(strings[0]!.text),
      extra: decodeCsharpString(strings[1]!.text),
    };
  } catch (error) {
    return `decode: ${(error as Error).message}`;
  } finally {
    tree.delete();
  }
}

// ---- Python: one python3 process for the whole batch ----

const PYTHON_READER = `
import ast, json, sys
flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
out = []
with open(sys.argv[1], encoding="utf-8") as f:
    codes = json.load(f)
for code in codes:
    try:
        tree = compile(code, "snippet.py", "exec", flags=flags)
    except SyntaxError as e:
        out.append(f"syntax: line {e.lineno}: {e.msg}")
        continue
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("display_name", "additional_data"):
            found[node.arg] = node.value
    v, d = found.get("display_name"), found.get("additional_data")
    if not (isinstance(v, ast.Constant) and isinstance(v.value, str)):
        out.append("display_name is not a string constant")
    elif not (isinstance(d, ast.Dict) and len(d.keys) == 1 and isinstance(d.keys[0], ast.Constant) and isinstance(d.values[0], ast.Constant)):
        out.append("additional_data is not a one-entry dict of constants")
    else:
        out.append({"value": v.value, "key": d.keys[0].value, "extra": d.values[0].value})
# ensure_ascii: lone surrogates travel as \\udXXX escapes, which JSON.parse turns back into them.
sys.stdout.write(json.dumps(out, ensure_ascii=True))
`;

function readPythonBatch(codes: readonly string[]): (Triple | string)[] {
  const dir = mkdtempSync(join(tmpdir(), 'py-literals-'));
  try {
    const file = join(dir, 'snippets.json');
    // JSON.stringify writes lone surrogates as \\udXXX escapes: the file is valid UTF-8.
    writeFileSync(file, JSON.stringify(codes));
    const run = spawnSync('python3', ['-c', PYTHON_READER, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as (Triple | string)[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Shortest failing input first: the easiest counterexample to read. */
function shortest(failures: { t: Triple; code: string; got: Triple | string }[]): string {
  const f = [...failures].sort((a, b) => JSON.stringify(a.t).length - JSON.stringify(b.t).length)[0]!;
  return `${failures.length} failures; shortest:\n${show(f.t, f.code)}\nread back: ${JSON.stringify(f.got)}`;
}

describe("string literals survive any input, read back by each language's own parser", () => {
  let parser: Parser;
  beforeAll(async () => {
    parser = await csharpParser();
  });

  it('C# decoder self-check', () => {
    expect(decodeCsharpString('"a\\"b\\\\c\\n\\r\\t\\0\\a\\b\\f\\v\\e\\u00e9\\U0001F600\\x41\\x7g"')).toBe(
      'a"b\\c\n\r\t\0\x07\b\f\v\x1bé\u{1F600}A\x07g',
    );
    expect(() => decodeCsharpString('"a\nb"')).toThrow();
    expect(() => decodeCsharpString('"\\q"')).toThrow();
  });

  it(`TypeScript: ${RUNS} random triples`, () => {
    const target = languageTarget('typescript')!;
    fc.assert(
      fc.property(triple, (t) => {
        const code = emit(target, t);
        const got = readTypescript(code);
        if (typeof got === 'string' || got.value !== t.value || got.key !== t.key || got.extra !== t.extra) {
          throw new Error(`${show(t, code)}\nread back: ${JSON.stringify(got)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
    );
  });

  it(`C#: ${RUNS} random triples`, () => {
    const target = languageTarget('csharp')!;
    fc.assert(
      fc.property(triple, (t) => {
        const code = emit(target, t);
        const got = readCsharp(parser, code);
        if (typeof got === 'string' || got.value !== t.value || got.key !== t.key || got.extra !== t.extra) {
          throw new Error(`${show(t, code)}\nread back: ${JSON.stringify(got)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
    );
  });

  it(`Python: ${RUNS} random triples in one python3 process`, () => {
    const target = languageTarget('python')!;
    const inputs = fc.sample(triple, { numRuns: RUNS, seed: SEED });
    const codes = inputs.map((t) => emit(target, t));
    const read = readPythonBatch(codes);
    expect(read).toHaveLength(inputs.length);
    const failures = inputs.flatMap((t, k) => {
      const got = read[k]!;
      const ok = typeof got !== 'string' && got.value === t.value && got.key === t.key && got.extra === t.extra;
      return ok ? [] : [{ t, code: codes[k]!, got }];
    });
    if (failures.length > 0) throw new Error(shortest(failures));
  });
});

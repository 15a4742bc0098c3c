import fc from 'fast-check';
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonErrorCode, parseJsonTree, type JsonTreeResult } from '../../src/http/json-tree.js';
import type { JsonNode } from '../../src/http/types.js';
import { findExcessDepth, MAX_JSON_DEPTH } from '../../src/limits.js';

/** A node without jsonc-parser's `parent` and `colonOffset`: what both parsers must agree on. */
interface PlainNode {
  type: string;
  offset: number;
  length: number;
  value?: unknown;
  children?: PlainNode[];
}

function plain(node: Node | JsonNode): PlainNode {
  const out: PlainNode = { type: node.type, offset: node.offset, length: node.length };
  if ('value' in node) out.value = node.value as unknown;
  if (node.children) out.children = node.children.map(plain);
  return out;
}

/** What the body parser did with jsonc-parser: the tree, or the first error (code and offset). */
function withJsonc(text: string): { tree: PlainNode } | { error: number; offset: number } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) return { error: errors[0]!.error, offset: errors[0]!.offset };
  return { tree: plain(root) };
}

function ours(text: string): { tree: PlainNode } | { error: number; offset: number } {
  const r = parseJsonTree(text);
  return r.ok ? { tree: plain(r.root) } : { error: r.error.error, offset: r.error.offset };
}

function ok(text: string): Extract<JsonTreeResult, { ok: true }> {
  const r = parseJsonTree(text);
  if (!r.ok) throw new Error(`expected a tree, got ${JSON.stringify(r.error)}`);
  return r;
}

/** Keys as the old walk over jsonc-parser's tree found them repeated, in document order. */
function repeatedKeysOf(node: Node, out: number[] = []): number[] {
  if (node.type === 'object') {
    const seen = new Set<unknown>();
    for (const property of node.children ?? []) {
      const key = property.children![0]!;
      if (seen.has(key.value)) out.push(key.offset);
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) repeatedKeysOf(child, out);
  return out.sort((a, b) => a - b);
}

describe('parseJsonTree', () => {
  it('builds the tree jsonc-parser builds, comments and trailing commas included', () => {
    const text = [
      '{',
      '  // a comment',
      '  "a": [1, -2.5e3, 0, -0, true, false, null,],',
      '  /* another */ "b": { "c": "x\\"y\\u00e9\\n", "": {} },',
      '  "d": [],',
      '}',
    ].join('\n');
    expect(ours(text)).toEqual(withJsonc(text));
    const root = ok(text).root;
    expect(root.children!.map((p) => p.children![0]!.value)).toEqual(['a', 'b', 'd']);
    expect(getNodeValue(root as Node)).toEqual({
      a: [1, -2500, 0, -0, true, false, null],
      b: { c: 'x"yé\n', '': {} },
      d: [],
    });
  });

  it('parses scalars at the top level', () => {
    for (const text of ['1', ' "s" ', 'true', 'null', '-0.5E-2', '/* c */ 12 // c']) {
      expect(ours(text)).toEqual(withJsonc(text));
    }
  });

  it('keeps repeated keys, in order, and lists the repeats in document order', () => {
    const text = '{ "a": 1, "o": { "b": 1, "b": 2 }, "a": 3 }';
    const r = ok(text);
    expect(r.root.children!.map((p) => p.children![0]!.value)).toEqual(['a', 'o', 'a']);
    expect(r.duplicateKeys.map((k) => k.offset)).toEqual([text.indexOf('"b": 2'), text.lastIndexOf('"a"')]);
  });

  it('finds repeated keys in objects too large for the linear check', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i % 25}": ${i}`);
    const text = `{ ${keys.join(', ')} }`;
    const expected = repeatedKeysOf(parseTree(text)!);
    expect(expected).toHaveLength(15);
    expect(ok(text).duplicateKeys.map((k) => k.offset)).toEqual(expected);
  });

  it('reports the error jsonc-parser reports first, at the same offset', () => {
    const cases: Array<[string, number, number]> = [
      ['', JsonErrorCode.ValueExpected, 0],
      ['// only a comment', JsonErrorCode.ValueExpected, 17],
      ['{ "a": 1 "b": 2 }', JsonErrorCode.CommaExpected, 9],
      ['{ key: 1 }', JsonErrorCode.InvalidSymbol, 2],
      ["{ 'a': 1 }", JsonErrorCode.InvalidSymbol, 2],
      ['{ "a": [1,', JsonErrorCode.ValueExpected, 10],
      ['{ "a": 1,', JsonErrorCode.PropertyNameExpected, 9],
      ['{ "a": 1', JsonErrorCode.CloseBraceExpected, 8],
      ['[1', JsonErrorCode.CloseBracketExpected, 2],
      ['[1 2]', JsonErrorCode.CommaExpected, 3],
      ['[,1]', JsonErrorCode.ValueExpected, 1],
      ['{,}', JsonErrorCode.ValueExpected, 1],
      ['{"a":1,,}', JsonErrorCode.PropertyNameExpected, 7],
      ['{"a" 1}', JsonErrorCode.ColonExpected, 5],
      ['{"a":}', JsonErrorCode.ValueExpected, 5],
      ['{} x', JsonErrorCode.InvalidSymbol, 3],
      ['{} {}', JsonErrorCode.EndOfFileExpected, 3],
      ['[01]', JsonErrorCode.CommaExpected, 2],
      ['[1.]', JsonErrorCode.UnexpectedEndOfNumber, 1],
      ['[-1e+]', JsonErrorCode.UnexpectedEndOfNumber, 1],
      ['[-]', JsonErrorCode.InvalidSymbol, 1],
      ['[.5]', JsonErrorCode.InvalidSymbol, 1],
      ['[truex]', JsonErrorCode.InvalidSymbol, 1],
      ['["a\nb"]', JsonErrorCode.UnexpectedEndOfString, 1],
      ['["a\tb"]', JsonErrorCode.InvalidCharacter, 1],
      ['["\\x"]', JsonErrorCode.InvalidEscapeCharacter, 1],
      ['["\\u12"]', JsonErrorCode.InvalidUnicode, 1],
      ['["\\x\\u1"]', JsonErrorCode.InvalidUnicode, 1], // the last problem of a string counts
      ['["\\u1\\x"]', JsonErrorCode.InvalidEscapeCharacter, 1],
      ['["a\\\nb"]', JsonErrorCode.InvalidEscapeCharacter, 1], // the escaped line break is consumed
      ['["\\x', JsonErrorCode.UnexpectedEndOfString, 1],
      ['["a\\', JsonErrorCode.UnexpectedEndOfString, 1],
      ['[1] /* open', JsonErrorCode.UnexpectedEndOfComment, 4],
      ['[1] /', JsonErrorCode.InvalidSymbol, 4],
      ['[\u00a0]', JsonErrorCode.InvalidSymbol, 1],
      ['\ufeff{}', JsonErrorCode.InvalidSymbol, 0],
      ['{\f}', JsonErrorCode.InvalidSymbol, 1],
    ];
    for (const [text, error, offset] of cases) {
      expect({ text, ...ours(text) }).toEqual({ text, error, offset });
      expect({ text, ...ours(text) }).toEqual({ text, ...withJsonc(text) });
    }
  });

  it('parses any depth without recursion and reports the depth', () => {
    const depth = 100_000;
    const r = ok('['.repeat(depth) + ']'.repeat(depth));
    expect(r.depth).toBe(depth);
    expect(ok('{"a": [{}, [1]]}').depth).toBe(3);
    expect(ok('1').depth).toBe(0);
  });

  it('agrees with jsonc-parser and JSON.parse on random JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \n'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const r = ours(text);
        expect(r).toEqual(withJsonc(text));
        const tree = ok(text);
        // JSON.parse reads -0 as -0 and drops repeated keys the same way getNodeValue does.
        expect(getNodeValue(tree.root as Node)).toEqual(JSON.parse(text));
        expect(tree.duplicateKeys).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with jsonc-parser on broken and lenient text, error for error', () => {
    // Edits made of JSON's punctuation, comment, escape and number characters, line breaks and
    // characters jsonc-parser does not accept (no-break space, control characters).
    const pieces = [
      ...'{}[],:"\\/*\n\r\t -+.eE019uatrnlfx\u00a0\u0001\u2028',
      '//',
      '/*',
      '*/',
      'true',
      'null',
      '\\u12',
      '\\u00e9',
      ',}',
      ',]',
      '"k":',
    ];
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(edit, { maxLength: 4 }), (value, edits) => {
        let text = JSON.stringify(value, null, 1);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert.join('') + text.slice(at + e.remove);
        }
        const r = ours(text);
        expect({ text, ...r }).toEqual({ text, ...withJsonc(text) });
        const tree = parseJsonTree(text);
        if (tree.ok) {
          expect(tree.duplicateKeys.map((k) => k.offset)).toEqual(repeatedKeysOf(parseTree(text)!));
          // The body parser skips the depth scan for valid bodies within the limit: the scan
          // never finds more levels than the parser.
          expect(findExcessDepth(text, Math.min(tree.depth, MAX_JSON_DEPTH))).toBe(-1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

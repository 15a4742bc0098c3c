import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packJsonTree, unpackJsonTree } from '../../src/http/json-tree-codec.js';
import { parseJsonTree } from '../../src/http/json-tree.js';
import type { JsonNode } from '../../src/http/types.js';

/** The tree of a JSON text (which must parse). */
function treeOf(text: string): JsonNode {
  const r = parseJsonTree(text);
  if (!r.ok) throw new Error(`does not parse: ${text}`);
  return r.root;
}

/** Every node's fields, values compared with Object.is (so that -0 stays -0). */
function sameTree(a: JsonNode, b: JsonNode): void {
  expect(b.type).toBe(a.type);
  expect(b.offset).toBe(a.offset);
  expect(b.length).toBe(a.length);
  expect('value' in b).toBe('value' in a);
  expect(Object.is(b.value, a.value)).toBe(true);
  expect(b.children?.length).toBe(a.children?.length);
  a.children?.forEach((child, k) => sameTree(child, b.children![k]!));
}

describe('packJsonTree / unpackJsonTree', () => {
  it('give back the same tree after crossing a thread (structured clone), for random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const tree = treeOf(JSON.stringify(value, null, indent));
        const back = unpackJsonTree(structuredClone(packJsonTree(tree)));
        sameTree(tree, back);
        expect(back).toEqual(tree);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what JSON text alone would lose: -0, empty containers, keys that repeat', () => {
    const tree = treeOf('{ "a": -0, "b": [], "c": {}, "a": [null, true, false, "x", 1.5e300] }');
    const packed = packJsonTree(tree);
    expect(packed.shape).toBeInstanceOf(Int32Array);
    sameTree(tree, unpackJsonTree(structuredClone(packed)));
  });
});

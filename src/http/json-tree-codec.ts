import type { JsonNode, JsonNodeType } from './types.js';

/**
 * A JSON tree packed for `postMessage`. Structured cloning copies an object field by field,
 * its property names included, and the bodies' ~28,000 nodes were ~45 % of the time the main
 * thread spent receiving the corpus's parsed pages. Packed, the shape is one typed array
 * (copied as bytes) and the values one array of primitives.
 */
export interface PackedJsonTree {
  /** Per node, in preorder: type code, offset, length, number of children (-1: none). */
  readonly shape: Int32Array;
  /** The `value` of each node that has one, in preorder. */
  readonly values: readonly (string | number | boolean | null)[];
}

/** Each node type's code in a packed tree. */
const CODES: Readonly<Record<JsonNodeType, number>> = {
  object: 0,
  array: 1,
  property: 2,
  string: 3,
  number: 4,
  boolean: 5,
  null: 6,
};
/** The types by code. */
const TYPES: readonly JsonNodeType[] = (Object.keys(CODES) as JsonNodeType[]).sort((a, b) => CODES[a] - CODES[b]);
const FIELDS = 4;

export function packJsonTree(root: JsonNode): PackedJsonTree {
  const shape: number[] = [];
  const values: (string | number | boolean | null)[] = [];
  const visit = (node: JsonNode): void => {
    const children = node.children;
    shape.push(CODES[node.type], node.offset, node.length, children ? children.length : -1);
    if (node.value !== undefined) values.push(node.value);
    if (children) for (const child of children) visit(child);
  };
  visit(root);
  return { shape: Int32Array.from(shape), values };
}

/** The tree {@link packJsonTree} packed: nodes of the same fields and values. */
export function unpackJsonTree(packed: PackedJsonTree): JsonNode {
  const { shape, values } = packed;
  let at = 0;
  let value = 0;
  const next = (): JsonNode => {
    const type = TYPES[shape[at]!]!;
    const offset = shape[at + 1]!;
    const length = shape[at + 2]!;
    const count = shape[at + 3]!;
    at += FIELDS;
    if (count < 0) return { type, offset, length, value: values[value++] };
    const children = new Array<JsonNode>(count);
    for (let k = 0; k < count; k++) children[k] = next();
    return { type, offset, length, children };
  };
  return next();
}

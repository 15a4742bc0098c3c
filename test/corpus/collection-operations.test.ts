import { describe, expect, it } from 'vitest';
import { COLLECTION_OPERATIONS, FUNCTION_RETURN_TYPES } from '../../src/ast/inference.js';
import { loadMetadata } from '../../src/metadata/load.js';
import { CSDL, sharedAvailable } from '../support/shared.js';

/**
 * The zero-config convention table (src/ast/inference.ts) is the Graph metadata's: exactly the
 * names of the functions and actions bound to a collection in the v1.0 or the 2021 beta CSDL.
 */
describe.skipIf(!sharedAvailable(CSDL['v1.0']) || !sharedAvailable(CSDL.beta))(
  'conventions from the Graph metadata (zero-config)',
  () => {
    it('are exactly those of the v1.0 and 2021 beta CSDL (one spelling per name)', async () => {
      const bound = new Map<string, Set<string>>();
      for (const version of ['v1.0', 'beta'] as const) {
        const { index } = await loadMetadata(version, CSDL[version]);
        for (const op of index.schema.operations) {
          if (!op.isBound || !op.bindingType?.isCollection) continue;
          const spellings = bound.get(op.name.toLowerCase()) ?? new Set<string>();
          spellings.add(op.name);
          bound.set(op.name.toLowerCase(), spellings);
        }
      }
      expect([...COLLECTION_OPERATIONS].map((n) => n.toLowerCase()).sort()).toEqual([...bound.keys()].sort());
      // The table's spelling is the metadata's (`my`/`My`, `search`/`Search`: the lower-case one).
      for (const name of COLLECTION_OPERATIONS) expect(bound.get(name.toLowerCase()), name).toContain(name);
    });

    it('give the function return types: every bound function with one single structured return type, no action of its name', async () => {
      const returns = new Map<string, Set<string>>();
      const actions = new Set<string>();
      for (const version of ['v1.0', 'beta'] as const) {
        const { index } = await loadMetadata(version, CSDL[version]);
        for (const op of index.schema.operations) {
          if (op.kind === 'action') actions.add(op.name.toLowerCase());
          if (op.kind !== 'function' || !op.isBound || !op.returnType) continue;
          const r = op.returnType;
          const text = r.primitive ? `Edm.${r.primitive}` : r.isCollection ? `Collection(${r.name})` : r.name!;
          const set = returns.get(op.name) ?? new Set<string>();
          set.add(text);
          returns.set(op.name, set);
        }
      }
      const expected: Record<string, string> = {};
      for (const [name, types] of returns) {
        const [only] = [...types];
        if (
          types.size === 1 &&
          !only!.startsWith('Edm.') &&
          !only!.startsWith('Collection(') &&
          !actions.has(name.toLowerCase())
        )
          expected[name] = only!;
      }
      expect(FUNCTION_RETURN_TYPES).toEqual(expected);
    });
  },
);

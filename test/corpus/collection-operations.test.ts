import { describe, expect, it } from 'vitest';
import { COLLECTION_OPERATIONS } from '../../src/ast/inference.js';
import { loadMetadata } from '../../src/metadata/load.js';
import { CSDL, sharedAvailable } from '../support/shared.js';

/**
 * The zero-config convention table (src/ast/inference.ts) is the Graph metadata's: exactly the
 * names of the functions and actions bound to a collection in the v1.0 or the 2021 beta CSDL.
 */
describe.skipIf(!sharedAvailable(CSDL['v1.0']) || !sharedAvailable(CSDL.beta))(
  'operations Graph binds to collections',
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
  },
);

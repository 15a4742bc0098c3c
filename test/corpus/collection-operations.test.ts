import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaIndex } from '../../src/metadata/schema-index.js';
import { type OperationDef, parseTypeString, type TypeRef } from '../../src/metadata/schema.js';
import {
  boundToCollectionsOnly,
  COLLECTION_OPERATIONS,
  COLLECTION_OPERATIONS_ALSO_ON_ITEMS,
  ENTITIES_WITHOUT_BASE_TYPE,
  ENTITY_KEYS,
  FUNCTION_RETURN_TYPES,
  INLINE_RESPONSE_OPERATIONS,
  INLINE_RESPONSES_BY_BINDING,
  inferRoot,
  OTHER_BOUND_FUNCTIONS,
} from '../../src/ast/inference.js';
import {
  ACTIONS_TAKING_BODY_BY_BINDING,
  ACTIONS_WITH_PARAMETERS,
  ACTIONS_WITHOUT_PARAMETERS,
} from '../../src/ast/action-parameters.js';
import { ACTIONS_WITH_RESULT, ACTIONS_WITH_RESULT_BY_BINDING } from '../../src/ast/action-results.js';
import {
  ACTION_PARAMETERS_BY_BINDING,
  FUNCTION_PARAMETERS_BY_BINDING,
  functionParameters,
  isActionParameter,
} from '../../src/ast/operation-parameter-names.js';
import {
  ACTION_PARAMETER_TYPES,
  ACTION_PARAMETER_TYPES_BY_BINDING,
  FUNCTION_PARAMETER_TYPES,
  WORKBOOK_FUNCTIONS,
} from '../../src/ast/operation-parameter-types.js';
import { loadMetadata } from '../../src/metadata/load.js';
import { GRAPH_NAMESPACE, namespaceOf } from '../../src/metadata/names.js';
import { CSDL, sharedAvailable } from '../support/shared.js';
import { NUMERIC_PROPERTY_KINDS } from '../../src/metadata/typings/numeric-kinds.js';
import { FLAGS_ENUM_LISTS, FLAGS_ENUMS } from '../../src/metadata/typings/flags-enums.js';

const VERSIONS = ['v1.0', 'beta'] as const;
type Version = (typeof VERSIONS)[number];

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/** A return type as the tables write it (`Edm.int32`, `Collection(…)`, a type's name), `none` for none. */
function typeText(r: TypeRef | null): string {
  if (!r) return 'none';
  const inner = r.primitive ? `Edm.${r.primitive}` : r.name!;
  return r.isCollection ? `Collection(${inner})` : inner;
}

/** Whether Kiota gives a return type an inline response: a collection, a primitive but a stream, an enum. */
function returnsInline(r: TypeRef | null, index: SchemaIndex): boolean {
  return (
    r !== null &&
    (r.isCollection ||
      (r.primitive !== undefined && r.primitive !== 'stream') ||
      (r.name !== undefined && index.enumType(r.name) !== undefined))
  );
}

/**
 * The tables are read in any case (the docs mis-spell names), so they are made in any case too:
 * names that differ in case only are one entry, under the lower-case spelling when there are two
 * (`my`/`My`, `search`/`Search`), and agree or are left out.
 */
function spellingOf(spellings: Map<string, string>, name: string): string {
  const key = name.toLowerCase();
  const known = spellings.get(key);
  if (known === undefined || (/^[a-z]/.test(name) && !/^[a-z]/.test(known))) spellings.set(key, name);
  return key;
}

/** A key of INLINE_RESPONSES_BY_BINDING: `name@type` or `name@Collection(type)`. */
function bindingKey(name: string, binding: TypeRef): string {
  return `${name}@${binding.isCollection ? `Collection(${binding.name})` : binding.name}`;
}

/**
 * The zero-config convention table (src/ast/inference.ts) is the Graph metadata's: exactly the
 * names of the functions and actions bound to a collection in the v1.0 or the 2021 beta CSDL.
 */
describe.skipIf(!sharedAvailable(CSDL['v1.0']) || !sharedAvailable(CSDL.beta))(
  'conventions from the Graph metadata (zero-config)',
  () => {
    // Both versions' metadata, loaded once for every test below.
    const indexes = {} as Record<'v1.0' | 'beta', SchemaIndex>;
    beforeAll(async () => {
      for (const version of VERSIONS) indexes[version] = (await loadMetadata(version, CSDL[version])).index;
    });

    /** Every operation of both versions, with its version and that version's index. */
    function* operations(): Generator<{ version: Version; index: SchemaIndex; op: OperationDef }> {
      for (const version of VERSIONS)
        for (const op of indexes[version].schema.operations) yield { version, index: indexes[version], op };
    }

    /**
     * Of the bound actions whose name `mixed` holds (definitions that disagree), `answer` by
     * binding (`name@type`): where the binding's definitions agree, theirs; else where its v1.0
     * definitions agree, v1.0's, which today's SDKs follow. Definitions that disagree within
     * v1.0 fail the test.
     */
    function actionAnswersByBinding(
      mixed: (name: string) => boolean,
      answer: (op: OperationDef) => boolean,
    ): Record<string, boolean> {
      const byBinding = new Map<string, { all: Set<boolean>; current: Set<boolean> }>();
      for (const { version, op } of operations()) {
        if (!op.isBound || op.kind !== 'action' || !mixed(op.name)) continue;
        const key = bindingKey(op.name, op.bindingType!);
        const entry = byBinding.get(key) ?? { all: new Set<boolean>(), current: new Set<boolean>() };
        entry.all.add(answer(op));
        if (version === 'v1.0') entry.current.add(answer(op));
        byBinding.set(key, entry);
      }
      const decidedByBinding: Record<string, boolean> = {};
      for (const [key, { all, current }] of byBinding) {
        const decided = all.size === 1 ? all : current;
        expect(decided.size, key).toBe(1);
        decidedByBinding[key] = [...decided][0]!;
      }
      return decidedByBinding;
    }

    it('give the roots as the container has them: each entity set and singleton, spelt as there or in lower case, is inferred with its kind, spelling and type, or not at all', async () => {
      for (const version of VERSIONS) {
        const zeroConfig = (await loadMetadata(version, undefined)).index;
        const container = indexes[version].schema.container!;
        const roots = [
          ...container.entitySets.map((s) => ({ kind: 'entitySet', name: s.name, typeName: s.entityType })),
          ...container.singletons.map((s) => ({ kind: 'singleton', name: s.name, typeName: s.type })),
        ];
        let inferred = 0;
        for (const root of roots) {
          for (const written of [root.name, root.name.toLowerCase()]) {
            const guess = inferRoot(written, zeroConfig);
            if (!guess) continue; // the SDK has no such type: the example is reported
            inferred++;
            expect(guess, `${version} /${written}`).toEqual(root);
          }
        }
        // Only roots whose type today's SDK lacks are not inferred (6 of v1.0's 70, 8 of the beta's 105).
        expect(inferred, version).toBeGreaterThan(2 * roots.length * 0.9);
      }
    });

    it('are exactly those of the v1.0 and 2021 beta CSDL (one spelling per name)', () => {
      const bound = new Map<string, Set<string>>();
      for (const { op } of operations()) {
        if (op.isBound && op.bindingType?.isCollection) addTo(bound, op.name.toLowerCase(), op.name);
      }
      expect([...COLLECTION_OPERATIONS].map((n) => n.toLowerCase()).sort()).toEqual([...bound.keys()].sort());
      // The table's spelling is the metadata's (`my`/`My`, `search`/`Search`: the lower-case one).
      for (const name of COLLECTION_OPERATIONS) expect(bound.get(name.toLowerCase()), name).toContain(name);
    });

    it('give the collection operations Graph also binds to single entities: the others are bound to collections alone', () => {
      const onItems = new Set<string>();
      for (const { op } of operations()) {
        if (op.isBound && op.bindingType && !op.bindingType.isCollection) onItems.add(op.name.toLowerCase());
      }
      const expected = COLLECTION_OPERATIONS.filter((name) => onItems.has(name.toLowerCase()));
      expect([...COLLECTION_OPERATIONS_ALSO_ON_ITEMS].sort()).toEqual(expected.sort());
      expect(COLLECTION_OPERATIONS.filter(boundToCollectionsOnly)).toHaveLength(
        COLLECTION_OPERATIONS.length - expected.length,
      );
      expect(boundToCollectionsOnly('ADD')).toBe(true);
      expect(boundToCollectionsOnly('Delta')).toBe(false);
      expect(boundToCollectionsOnly('sendMail')).toBe(false);
    });

    it('give the function return types: every bound function with one single structured return type, no action of its name', () => {
      const returns = new Map<string, Set<string>>();
      const spellings = new Map<string, string>();
      const actions = new Set<string>();
      for (const { op } of operations()) {
        if (op.kind === 'action') actions.add(op.name.toLowerCase());
        if (op.kind === 'function' && op.isBound && op.returnType)
          addTo(returns, spellingOf(spellings, op.name), typeText(op.returnType));
      }
      const expected: Record<string, string> = {};
      for (const [key, types] of returns) {
        const [only] = [...types];
        if (types.size === 1 && !only!.startsWith('Edm.') && !only!.startsWith('Collection(') && !actions.has(key))
          expected[spellings.get(key)!] = only!;
      }
      expect(FUNCTION_RETURN_TYPES).toEqual(expected);
    });

    it('give the operations with inline responses: every bound operation of one kind whose every definition returns a collection, a primitive but a stream, or an enum', () => {
      const defs = new Map<string, { kinds: Set<string>; returns: Set<string>; inline: boolean; ofBinding: boolean }>();
      const spellings = new Map<string, string>();
      for (const { index, op } of operations()) {
        if (!op.isBound) continue;
        const r = op.returnType;
        const key = spellingOf(spellings, op.name);
        const d = defs.get(key) ?? { kinds: new Set(), returns: new Set(), inline: true, ofBinding: true };
        d.kinds.add(op.kind);
        d.returns.add(typeText(r));
        d.inline &&= returnsInline(r, index);
        d.ofBinding &&= r !== null && r.isCollection && r.name !== undefined && r.name === op.bindingType?.name;
        defs.set(key, d);
      }
      const expected: Record<string, { kind: string; returns: string }> = {};
      for (const [key, d] of defs) {
        if (!d.inline || d.kinds.size !== 1) continue;
        const returns = d.returns.size === 1 ? [...d.returns][0]! : d.ofBinding ? 'Collection(binding)' : null;
        if (returns) expected[spellings.get(key)!] = { kind: [...d.kinds][0]!, returns };
      }
      expect(INLINE_RESPONSE_OPERATIONS).toEqual(expected);
    });

    it('give the inline responses by binding: of the other names but delta, each binding whose definitions agree on one', () => {
      const byBinding = new Map<string, Set<string>>();
      const inNameTable = new Set(Object.keys(INLINE_RESPONSE_OPERATIONS).map((name) => name.toLowerCase()));
      for (const { index, op } of operations()) {
        if (!op.isBound || op.name === 'delta' || inNameTable.has(op.name.toLowerCase())) continue;
        const r = op.returnType;
        const answer = returnsInline(r, index) ? JSON.stringify({ kind: op.kind, returns: typeText(r) }) : 'none';
        addTo(byBinding, bindingKey(op.name, op.bindingType!), answer);
      }
      const expected: Record<string, unknown> = {};
      for (const [key, answers] of byBinding) {
        const [only] = [...answers];
        if (answers.size === 1 && only !== 'none') expected[key] = JSON.parse(only!);
      }
      expect(INLINE_RESPONSES_BY_BINDING).toEqual(expected);
      // A lookup climbs from the binding to its bases: no binding the table leaves out (no inline
      // response there, or definitions that disagree) may find a base's entry instead.
      const inherited: string[] = [];
      for (const key of byBinding.keys()) {
        if (Object.hasOwn(expected, key)) continue;
        const at = key.indexOf('@');
        const name = key.slice(0, at);
        const binding = parseTypeString(key.slice(at + 1));
        for (const version of VERSIONS) {
          for (const base of indexes[version].ancestry(binding.name!).slice(1)) {
            const baseKey = bindingKey(name, { name: base.fullName, isCollection: binding.isCollection });
            if (Object.hasOwn(INLINE_RESPONSES_BY_BINDING, baseKey)) inherited.push(`${key} → ${baseKey}`);
          }
        }
      }
      expect(inherited).toEqual([]);
    });

    it('put each operation bound to a type of a sub-namespace in that namespace (path.ts names inferred ones so)', () => {
      const elsewhere: string[] = [];
      let count = 0;
      for (const { version, op } of operations()) {
        const binding = op.bindingType?.name;
        if (!op.isBound || !binding || namespaceOf(binding) === GRAPH_NAMESPACE) continue;
        count++;
        if (namespaceOf(op.fullName) !== namespaceOf(binding))
          elsewhere.push(`${version} ${op.fullName} on ${binding}`);
      }
      expect(count).toBeGreaterThan(80);
      expect(elsewhere).toEqual([]);
    });

    it('give the actions without and with parameters: each bound action name (any case) all of whose definitions agree', () => {
      // By name in any case, under the lower-case spelling when there are two (as COLLECTION_OPERATIONS).
      const takes = new Map<string, Set<boolean>>();
      const spellings = new Map<string, string>();
      for (const { op } of operations()) {
        if (op.isBound && op.kind === 'action') addTo(takes, spellingOf(spellings, op.name), op.parameters.length > 0);
      }
      const only = (value: boolean) =>
        [...takes]
          .filter(([, values]) => values.size === 1 && values.has(value))
          .map(([key]) => spellings.get(key)!)
          .sort();
      expect([...ACTIONS_WITHOUT_PARAMETERS].sort()).toEqual(only(false));
      expect([...ACTIONS_WITH_PARAMETERS].sort()).toEqual(only(true));
      expect([...takes.values()].filter((values) => values.size === 2)).toHaveLength(19);

      // Those 19 by binding: each whose definitions agree, else whose v1.0 definitions agree.
      const mixed = (name: string) => takes.get(name.toLowerCase())!.size === 2;
      expect(ACTIONS_TAKING_BODY_BY_BINDING).toEqual(actionAnswersByBinding(mixed, (op) => op.parameters.length > 0));
    });

    it('give the actions with a result: each bound action name (any case) every definition of which returns a value', () => {
      const returns = new Map<string, Set<boolean>>();
      const spellings = new Map<string, string>();
      for (const { op } of operations()) {
        if (op.isBound && op.kind === 'action') addTo(returns, spellingOf(spellings, op.name), op.returnType !== null);
      }
      const always = [...returns].filter(([, values]) => values.size === 1 && values.has(true));
      expect([...ACTIONS_WITH_RESULT].sort()).toEqual(always.map(([key]) => spellings.get(key)!).sort());
      // Names some of whose definitions return a value and others not: by binding, below.
      const mixed = [...returns].filter(([, values]) => values.size === 2).map(([key]) => spellings.get(key)!);
      expect(mixed).toContain('restore');

      // Those names by binding: each binding whose definitions agree, else whose v1.0 definitions agree.
      const expected = actionAnswersByBinding(
        (name) => returns.get(name.toLowerCase())!.size === 2,
        (op) => op.returnType !== null,
      );
      expect(ACTIONS_WITH_RESULT_BY_BINDING).toEqual(expected);
      // Every name left out of the list above has its bindings here.
      for (const name of mixed)
        expect(
          Object.keys(expected).some((key) => key.startsWith(`${name}@`)),
          name,
        ).toBe(true);
    });

    /** Of the bound operations of `kind`, the parameters of all definitions on each binding that has any. */
    function parametersByBinding(kind: 'action' | 'function'): Record<string, string> {
      const names = new Map<string, Map<string, string>>();
      for (const { op } of operations()) {
        if (!op.isBound || op.kind !== kind) continue;
        const key = bindingKey(op.name, op.bindingType!);
        const parameters = names.get(key) ?? new Map<string, string>();
        names.set(key, parameters);
        for (const p of op.parameters)
          if (!parameters.has(p.name.toLowerCase())) parameters.set(p.name.toLowerCase(), p.name);
      }
      const expected: Record<string, string> = {};
      for (const [key, parameters] of names) {
        if (parameters.size > 0) expected[key] = [...parameters.values()].sort().join(' ');
      }
      return expected;
    }

    it('give the parameters of each bound function by binding: those of all its definitions there, where it takes any', () => {
      expect(FUNCTION_PARAMETERS_BY_BINDING).toEqual(parametersByBinding('function'));
      const driveItem = { name: `${GRAPH_NAMESPACE}.driveItem`, isCollection: false };
      expect([...functionParameters('DELTA', driveItem, indexes['v1.0'])!]).toEqual(['token']);
      expect(functionParameters('delta', { ...driveItem, isCollection: true }, indexes['v1.0'])).toBeUndefined();
    });

    it('give the parameters of each bound action by binding: those of all its definitions there, where it takes any', () => {
      expect(ACTION_PARAMETERS_BY_BINDING).toEqual(parametersByBinding('action'));
      // By the binding or a base of it, in any case; nothing known elsewhere.
      const timeCard = { name: `${GRAPH_NAMESPACE}.timeCard`, isCollection: false };
      expect(isActionParameter('CLOCKOUT', timeCard, 'atapprovedlocation', indexes['v1.0'])).toBe(true);
      expect(isActionParameter('clockOut', timeCard, 'atAprovedLocation', indexes['v1.0'])).toBe(false);
      expect(isActionParameter('clockOut', { ...timeCard, isCollection: true }, 'x', indexes['v1.0'])).toBeUndefined();
      const user = { name: `${GRAPH_NAMESPACE}.user`, isCollection: false };
      expect(isActionParameter('assignLicense', user, 'addLicenses', indexes['v1.0'])).toBe(true);
      expect(isActionParameter('frobnicate', user, 'x', indexes['v1.0'])).toBeUndefined();
    });

    it('give the action parameters that are no string: each (action, parameter) in any case of one type but a string', () => {
      // The beta of 2021 spells Json as a complex type of its own, v1.0 as Edm.Untyped.
      const kindText = (r: TypeRef) => typeText(r).replace(`${GRAPH_NAMESPACE}.Json`, 'Edm.untyped');
      const kinds = new Map<string, Set<string>>();
      const bindings = new Map<string, Set<string>>();
      const spellings = new Map<string, string>();
      for (const { op } of operations()) {
        if (!op.isBound || op.kind !== 'action') continue;
        for (const p of op.parameters) {
          const key = spellingOf(spellings, `${op.name}|${p.name}`);
          addTo(kinds, key, kindText(p.type));
          addTo(bindings, key, op.bindingType!.name!);
        }
      }
      const expected: Record<string, string> = {};
      const workbookFunctionKinds = new Set<string>();
      for (const [key, types] of kinds) {
        const only = [...bindings.get(key)!].every((b) => b === WORKBOOK_FUNCTIONS);
        if (only) {
          for (const t of types) workbookFunctionKinds.add(t);
          continue;
        }
        const [kind] = [...types];
        const inner = kind!.replace(/^Collection\((.*)\)$/, '$1');
        if (types.size === 1 && inner !== 'Edm.string') expected[spellings.get(key)!] = kind!;
      }
      expect(ACTION_PARAMETER_TYPES).toEqual(expected);
      // The Excel functions take Json only: one rule, not a table.
      expect([...workbookFunctionKinds]).toEqual(['Edm.untyped']);

      // The others, by the type the action is bound to: each binding of one type but a string.
      const byBinding = new Map<string, Set<string>>();
      for (const { op } of operations()) {
        if (!op.isBound || op.kind !== 'action' || op.bindingType!.name === WORKBOOK_FUNCTIONS) continue;
        for (const p of op.parameters) {
          if (spellings.get(`${op.name}|${p.name}`.toLowerCase())! in expected) continue;
          addTo(byBinding, `${op.name}@${op.bindingType!.name}|${p.name}`, kindText(p.type));
        }
      }
      const expectedByBinding: Record<string, string> = {};
      for (const [key, types] of byBinding) {
        const [kind] = [...types];
        if (types.size === 1 && kind!.replace(/^Collection\((.*)\)$/, '$1') !== 'Edm.string')
          expectedByBinding[key] = kind!;
      }
      expect(ACTION_PARAMETER_TYPES_BY_BINDING).toEqual(expectedByBinding);
    });

    it('give the function parameters that are no string: each (function, parameter) in any case of one type but a string', () => {
      const kinds = new Map<string, Set<string>>();
      const spellings = new Map<string, string>();
      for (const { op } of operations()) {
        if (!op.isBound || op.kind !== 'function') continue;
        for (const p of op.parameters) addTo(kinds, spellingOf(spellings, `${op.name}|${p.name}`), typeText(p.type));
      }
      const expected: Record<string, string> = {};
      for (const [key, types] of kinds) {
        const [type] = [...types];
        if (types.size === 1 && type !== 'Edm.string') expected[spellings.get(key)!] = type!;
      }
      expect(FUNCTION_PARAMETER_TYPES).toEqual(expected);
    });

    it('give the Single and Decimal properties: each (type, property) whose definitions agree', () => {
      const kinds = new Map<string, Set<string>>();
      for (const version of VERSIONS) {
        for (const t of Object.values(indexes[version].schema.types)) {
          if (t.kind !== 'entity' && t.kind !== 'complex') continue;
          for (const p of t.properties) if (p.type.primitive) addTo(kinds, `${t.fullName}|${p.name}`, p.type.primitive);
        }
      }
      const expected: Record<string, string> = {};
      for (const [key, set] of kinds) {
        const [only] = [...set];
        if (set.size === 1 && (only === 'single' || only === 'decimal')) expected[key] = only;
      }
      expect(NUMERIC_PROPERTY_KINDS).toEqual(expected);
    });

    it('give the flags enums, of either version', () => {
      const flags = new Set<string>();
      for (const version of VERSIONS) {
        for (const t of Object.values(indexes[version].schema.types))
          if (t.kind === 'enum' && t.isFlags) flags.add(t.fullName);
      }
      expect([...FLAGS_ENUMS].sort()).toEqual([...flags].sort());
    });

    it('give the properties that hold a list of flags values, of either version', () => {
      const lists = new Set<string>();
      for (const version of VERSIONS) {
        const types = indexes[version].schema.types;
        for (const t of Object.values(types)) {
          if (t.kind !== 'entity' && t.kind !== 'complex') continue;
          for (const p of t.properties) {
            const target = p.type.name ? types[p.type.name] : undefined;
            if (target?.kind === 'enum' && target.isFlags && p.type.isCollection) lists.add(`${t.fullName}|${p.name}`);
          }
        }
      }
      expect([...FLAGS_ENUM_LISTS].sort()).toEqual([...lists].sort());
    });

    it('give the entity types keyed by another property than id, of either version, with that property', () => {
      const keys: Record<string, string> = {};
      for (const version of VERSIONS) {
        for (const t of Object.values(indexes[version].schema.types)) {
          if (t.kind !== 'entity' || !t.keyProperties) continue;
          expect(t.keyProperties, t.fullName).toHaveLength(1);
          expect(keys[t.fullName] ?? t.keyProperties[0], t.fullName).toBe(t.keyProperties[0]);
          keys[t.fullName] = t.keyProperties[0]!;
        }
      }
      expect(ENTITY_KEYS).toEqual(keys);
    });

    it('give the entity types without a base type, of either version', () => {
      const baseless = new Set<string>();
      for (const version of VERSIONS) {
        for (const t of Object.values(indexes[version].schema.types)) {
          if (t.kind === 'entity' && t.baseType === null) baseless.add(t.fullName);
        }
      }
      expect([...ENTITIES_WITHOUT_BASE_TYPE].sort()).toEqual([...baseless].sort());
    });

    it('with the other bound functions, name every bound operation that is never an action', () => {
      const kinds = new Map<string, Set<string>>();
      const spellings = new Map<string, string>();
      for (const { op } of operations()) if (op.isBound) addTo(kinds, spellingOf(spellings, op.name), op.kind);
      const functionsOnly = [...kinds].filter(([, k]) => k.size === 1 && k.has('function')).map(([key]) => key);
      const inTables = new Set(
        [
          ...Object.keys(FUNCTION_RETURN_TYPES),
          ...Object.entries(INLINE_RESPONSE_OPERATIONS)
            .filter(([, op]) => op.kind === 'function')
            .map(([name]) => name),
        ].map((name) => name.toLowerCase()),
      );
      expect([...OTHER_BOUND_FUNCTIONS].sort()).toEqual(
        functionsOnly
          .filter((key) => !inTables.has(key))
          .map((key) => spellings.get(key)!)
          .sort(),
      );
    });
  },
);

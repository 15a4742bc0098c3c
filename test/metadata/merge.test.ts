import { describe, expect, it } from 'vitest';
import { mergeSchemas } from '../../src/metadata/merge.js';
import {
  type ApiSchema,
  type EnumTypeDef,
  type NavigationPropertyDef,
  type PropertyDef,
  type SchemaTypeDef,
  type StructuredTypeDef,
  isEnum,
  isStructured,
} from '../../src/metadata/schema.js';
import { G, apiSchema, enumType as enumDef, structuredType as structured } from '../support/schema-builders.js';

const str = (name: string): PropertyDef => ({ name, type: { primitive: 'string', isCollection: false } });
const num = (name: string, primitive: 'int32' | 'int64' | 'double' = 'int32'): PropertyDef => ({
  name,
  type: { primitive, isCollection: false },
});
const ref = (name: string, type: string, isCollection = false): PropertyDef => ({
  name,
  type: { name: type, isCollection },
});
const nav = (name: string, type: string, isCollection: boolean, containsTarget: boolean): NavigationPropertyDef => ({
  name,
  type: { name: type, isCollection },
  containsTarget,
});

function schema(kind: 'typings' | 'csdl', types: SchemaTypeDef[], extra: Partial<ApiSchema> = {}): ApiSchema {
  return apiSchema('v1.0', types, {
    sources: [
      { kind, description: kind === 'typings' ? '@microsoft/msgraph-sdk@1.0.0' : 'graph.xml', fingerprint: kind },
    ],
    ...extra,
  });
}

function typeOf(s: ApiSchema, name: string): StructuredTypeDef {
  const t = s.types[name];
  if (!isStructured(t)) throw new Error(`${name} missing`);
  return t;
}

function enumOf(s: ApiSchema, name: string): EnumTypeDef {
  const t = s.types[name];
  if (!isEnum(t)) throw new Error(`${name} missing`);
  return t;
}

describe('mergeSchemas', () => {
  it('returns the typings unchanged when no CSDL is configured', () => {
    const typings = schema('typings', [structured(`${G}.entity`, [str('id')])]);
    expect(mergeSchemas(typings, null)).toBe(typings);
  });

  it('takes the finer primitive kind from the CSDL when compatible, the SDK type otherwise', () => {
    const typings = schema('typings', [
      structured(`${G}.driveItem`, [num('size'), num('rating'), str('code'), num('count')]),
    ]);
    const csdl = schema('csdl', [
      structured(`${G}.driveItem`, [num('size', 'int64'), num('rating', 'double'), num('code', 'int64'), num('count')]),
    ]);
    const props = typeOf(mergeSchemas(typings, csdl), `${G}.driveItem`).properties;
    expect(props).toEqual([num('size', 'int64'), num('rating', 'double'), str('code'), num('count')]);
  });

  it('turns SDK properties into navigation properties where the CSDL says so, keeping SDK names', () => {
    const typings = schema('typings', [
      structured(
        `${G}.group`,
        [str('displayName'), ref('members', `${G}.directoryObject`, true), ref('owner', `${G}.user`)],
        {
          kind: 'entity',
          baseType: `${G}.entity`,
        },
      ),
    ]);
    const csdl = schema('csdl', [
      structured(`${G}.group`, [str('displayName')], {
        kind: 'entity',
        baseType: `${G}.directoryObject`,
        isOpen: true,
        hasStream: true,
        navigationProperties: [
          nav('Members', `${G}.directoryObject`, true, false),
          nav('owner', `${G}.user`, false, true),
        ],
      }),
    ]);
    const group = typeOf(mergeSchemas(typings, csdl), `${G}.group`);
    expect(group.properties).toEqual([str('displayName')]);
    expect(group.navigationProperties).toEqual([
      nav('members', `${G}.directoryObject`, true, false),
      nav('owner', `${G}.user`, false, true),
    ]);
    // Class hierarchy from the SDK; what the typings cannot see from the CSDL.
    expect(group).toMatchObject({
      kind: 'entity',
      baseType: `${G}.entity`,
      isOpen: true,
      hasStream: true,
      isAbstract: false,
    });
  });

  it('drops members only the CSDL has and keeps members only the SDK has', () => {
    const typings = schema('typings', [structured(`${G}.user`, [str('displayName'), str('newInSdk')])]);
    const csdl = schema('csdl', [structured(`${G}.user`, [str('displayName'), str('removedFromSdk')])]);
    expect(typeOf(mergeSchemas(typings, csdl), `${G}.user`).properties.map((p) => p.name)).toEqual([
      'displayName',
      'newInSdk',
    ]);
  });

  it('makes a type an entity when either side says so', () => {
    const typings = schema('typings', [
      structured(`${G}.admin`, [str('x')]),
      structured(`${G}.thing`, [], { kind: 'entity' }),
    ]);
    const csdl = schema('csdl', [
      structured(`${G}.admin`, [str('x')], { kind: 'entity' }),
      structured(`${G}.thing`, []),
    ]);
    const merged = mergeSchemas(typings, csdl);
    expect(typeOf(merged, `${G}.admin`).kind).toBe('entity');
    expect(typeOf(merged, `${G}.thing`).kind).toBe('entity');
  });

  it('marks types only the CSDL knows as sdkMissing and keeps types only the SDK knows', () => {
    const typings = schema('typings', [
      structured(`${G}.plannerTask`, [ref('assignments', `${G}.plannerAssignments`)]),
      structured(`${G}.plannerAssignments`, []),
    ]);
    const csdl = schema('csdl', [
      structured(`${G}.plannerTask`, [ref('assignments', `${G}.plannerAssignments`)]),
      structured(`${G}.plannerAssignments`, [], { isOpen: true }),
      structured(`${G}.plannerAssignment`, [str('orderHint')]),
      enumDef(`${G}.changeType`, [['created', 0]]),
    ]);
    const typingsOnly = schema('typings', [...Object.values(typings.types), structured(`${G}.newType`, [str('a')])]);
    const merged = mergeSchemas(typingsOnly, csdl);
    expect(typeOf(merged, `${G}.plannerAssignment`).sdkMissing).toBe(true);
    expect(enumOf(merged, `${G}.changeType`).sdkMissing).toBe(true);
    expect(typeOf(merged, `${G}.plannerAssignments`).sdkMissing).toBeUndefined();
    expect(typeOf(merged, `${G}.newType`).sdkMissing).toBeUndefined();
    expect(typeOf(merged, `${G}.newType`).properties).toEqual([str('a')]);
  });

  it('respells type names the typings had to guess, everywhere they are referenced', () => {
    const typings = schema(
      'typings',
      [
        structured(`${G}.dictionary`, []),
        structured(`${G}.resultTemplateDictionary`, [], { baseType: `${G}.dictionary` }),
        structured(`${G}.holder`, [ref('values', `${G}.dictionary`)]),
        structured(`${G}.confirmed`, []),
      ],
      {
        discriminators: {
          [`#${G}.resultTemplateDictionary`]: `${G}.resultTemplateDictionary`,
          [`#${G}.confirmed`]: `${G}.confirmed`,
        },
      },
    );
    const csdl = schema(
      'csdl',
      [
        structured(`${G}.Dictionary`, [], { isOpen: true }),
        structured(`${G}.resultTemplateDictionary`, [], { baseType: `${G}.Dictionary` }),
        structured(`${G}.holder`, [ref('values', `${G}.Dictionary`)]),
        // The SDK's discriminator confirms its own spelling.
        structured(`${G}.Confirmed`, []),
      ],
      {
        operations: [
          {
            kind: 'function',
            name: 'lookup',
            namespace: G,
            fullName: `${G}.lookup`,
            isBound: true,
            bindingType: { name: `${G}.holder`, isCollection: false },
            parameters: [{ name: 'd', type: { name: `${G}.Dictionary`, isCollection: false }, nullable: true }],
            returnType: { name: `${G}.Dictionary`, isCollection: true },
            isComposable: false,
          },
        ],
        container: {
          entitySets: [{ name: 'dicts', entityType: `${G}.Dictionary` }],
          singletons: [],
          operationImports: [],
        },
      },
    );
    const merged = mergeSchemas(typings, csdl);
    expect(Object.keys(merged.types).sort()).toEqual(
      [`${G}.Dictionary`, `${G}.confirmed`, `${G}.holder`, `${G}.resultTemplateDictionary`].sort(),
    );
    expect(typeOf(merged, `${G}.Dictionary`)).toMatchObject({ name: 'Dictionary', isOpen: true });
    expect(typeOf(merged, `${G}.resultTemplateDictionary`).baseType).toBe(`${G}.Dictionary`);
    expect(typeOf(merged, `${G}.holder`).properties[0]?.type.name).toBe(`${G}.Dictionary`);
    expect(merged.operations[0]?.parameters[0]?.type.name).toBe(`${G}.Dictionary`);
    expect(merged.operations[0]?.returnType).toEqual({ name: `${G}.Dictionary`, isCollection: true });
    expect(merged.container?.entitySets[0]?.entityType).toBe(`${G}.Dictionary`);
    expect(merged.discriminators[`#${G}.confirmed`]).toBe(`${G}.confirmed`);
  });

  it('takes flags and member values from the CSDL, member names from the SDK', () => {
    const typings = schema('typings', [
      // The typings guessed "collection of enum"; the CSDL knows it is a flags enum.
      enumDef(`${G}.modes`, [
        ['password', 0],
        ['sms', 1],
        ['newInSdk', 2],
      ]),
      structured(`${G}.policy`, [ref('allowed', `${G}.modes`, true)]),
    ]);
    const csdl = schema('csdl', [
      enumDef(
        `${G}.modes`,
        [
          ['password', 1],
          ['sms', 2],
          ['voice', 4],
        ],
        true,
      ),
      structured(`${G}.policy`, [ref('allowed', `${G}.modes`, false)]),
    ]);
    const merged = mergeSchemas(typings, csdl);
    expect(enumOf(merged, `${G}.modes`)).toMatchObject({
      isFlags: true,
      members: [
        { name: 'password', value: 1 },
        { name: 'sms', value: 2 },
        { name: 'newInSdk', value: 8 },
      ],
    });
    expect(typeOf(merged, `${G}.policy`).properties[0]?.type).toEqual({ name: `${G}.modes`, isCollection: false });
  });

  it('keeps the SDK type when the named types differ', () => {
    const typings = schema('typings', [
      structured(`${G}.security`, [ref('alerts_v2', `${G}.alert`, true)]),
      structured(`${G}.alert`, []),
    ]);
    const csdl = schema('csdl', [
      structured(`${G}.security`, [], { navigationProperties: [nav('alerts_v2', `${G}.security.alert`, true, true)] }),
      structured(`${G}.alert`, []),
      structured(`${G}.security.alert`, []),
    ]);
    const merged = typeOf(mergeSchemas(typings, csdl), `${G}.security`);
    expect(merged.navigationProperties).toEqual([nav('alerts_v2', `${G}.alert`, true, true)]);
  });

  it('takes operations and the container from the CSDL and records both sources', () => {
    const typings = schema('typings', [structured(`${G}.user`, [])], {
      discriminators: { [`#${G}.user`]: `${G}.user` },
    });
    const csdl = schema('csdl', [structured(`${G}.user`, [])], {
      container: {
        entitySets: [{ name: 'users', entityType: `${G}.user` }],
        singletons: [{ name: 'me', type: `${G}.user` }],
        operationImports: [],
      },
    });
    const merged = mergeSchemas(typings, csdl);
    expect(merged.container?.singletons).toEqual([{ name: 'me', type: `${G}.user` }]);
    expect(merged.sources.map((s) => s.kind)).toEqual(['merged', 'typings', 'csdl']);
    expect(merged.sources[0]?.description).toBe('@microsoft/msgraph-sdk@1.0.0 + graph.xml');
    expect(merged.discriminators).toEqual({ [`#${G}.user`]: `${G}.user` });
  });
});

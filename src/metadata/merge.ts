/**
 * Merging the SDK-typings schema with a CSDL schema of the same API version.
 *
 * The typings describe what today's SDK can express; the CSDL describes the service, with
 * detail the typings lack. Snippets are SDK code, so the SDK wins wherever a snippet prints a
 * name; the CSDL supplies the rest. Rules (also in docs/metadata-merge.md):
 *
 * 1. No CSDL configured: the typings schema is returned unchanged.
 * 2. Types are matched by full name, case-insensitively.
 * 3. Type names: the typings spelling when the SDK's own `@odata.type` discriminators confirm
 *    it; otherwise the CSDL spelling (the typings name is then reconstructed from a PascalCase
 *    TS name and cannot know `Dictionary` from `dictionary`). Every type reference in the
 *    result is rewritten to the chosen spelling.
 * 4. Types in both:
 *    - kind: `entity` if either side says so (the typings miss entity types that have their
 *      own key instead of deriving from `entity`; an SDK class extending `Entity` is one);
 *    - baseType: the typings' (the SDK class hierarchy decides which members a class has);
 *    - isAbstract / isOpen / hasStream / keyProperties: the CSDL's (invisible in the typings);
 *    - members: the SDK's, in SDK order, with the SDK's (serializer) wire names. A member the
 *      CSDL declares as a navigation property becomes one, with its `containsTarget`.
 *      Member types: the CSDL's finer primitive kind when compatible (`number` → Int64,
 *      Double, ...; `binary` → Stream); the CSDL's collection-ness when both name the same
 *      type (this corrects the flags-enum guess of the typings); otherwise the SDK's type
 *      (it is what the generated property accepts).
 *    - CSDL-only members are dropped: the SDK class has no such property, and a snippet must
 *      put such a value in `additionalData`, which is what an unknown property leads to.
 *    - enums: flags and member values from the CSDL, member names and order from the SDK;
 *      members only the SDK has get the next free value, CSDL-only members are dropped.
 * 5. Types only in the typings (newer than the CSDL snapshot) are kept as they are.
 * 6. Types only in the CSDL (removed from, or not yet in, today's SDK) are kept, marked
 *    `sdkMissing: true`: a request can still be resolved and typed through them, but an
 *    emitter must not print their class name (it falls back to untyped data / a diagnostic).
 * 7. Operations and the entity container come from the CSDL (the typings have neither), with
 *    type references respelled per rule 3. Discriminators: the typings', respelled.
 */
import {
  type ApiSchema,
  type ContainerDef,
  type EnumMemberDef,
  type EnumTypeDef,
  type NavigationPropertyDef,
  type OperationDef,
  type PropertyDef,
  type SchemaTypeDef,
  type StructuredTypeDef,
  type TypeRef,
  isEnum,
  isStructured,
  typesByLowerName,
} from './schema.js';
import { primitivesCompatible } from './typings/agreement.js';
import { namespaceOf, shortNameOf } from './names.js';

export interface MergeStats {
  readonly typesInBoth: number;
  readonly typesOnlyInTypings: number;
  readonly sdkMissingTypes: number;
  readonly droppedCsdlMembers: number;
  readonly refinedPrimitives: number;
  readonly navigationProperties: number;
}

let lastStats: MergeStats | undefined;
/** Counters of the most recent merge in this process (diagnostics, tests). */
export function lastMergeStats(): MergeStats | undefined {
  return lastStats;
}

export function mergeSchemas(typings: ApiSchema, csdl: ApiSchema | null): ApiSchema {
  if (!csdl) return typings;

  const csdlByLower = typesByLowerName(csdl);
  const typingsByLower = typesByLowerName(typings);

  // Rule 3: one spelling per type, used for every reference.
  const confirmed = new Set(Object.values(typings.discriminators).map((n) => n.toLowerCase()));
  const spelling = new Map<string, string>();
  for (const [lower, t] of typingsByLower) {
    const c = csdlByLower.get(lower);
    spelling.set(lower, c && !confirmed.has(lower) ? c.fullName : t.fullName);
  }
  for (const [lower, c] of csdlByLower) if (!spelling.has(lower)) spelling.set(lower, c.fullName);
  const respell = (name: string): string => spelling.get(name.toLowerCase()) ?? name;
  const respellRef = (t: TypeRef): TypeRef => (t.name === undefined ? t : { ...t, name: respell(t.name) });
  const respellRefOrNull = (t: TypeRef | null): TypeRef | null => (t ? respellRef(t) : null);

  let droppedCsdlMembers = 0;
  let refinedPrimitives = 0;
  let navigationProperties = 0;
  let typesInBoth = 0;
  let sdkMissingTypes = 0;

  const mergeMemberType = (sdk: TypeRef, service: TypeRef): TypeRef => {
    if (sdk.primitive && service.primitive) {
      if (sdk.primitive !== service.primitive && primitivesCompatible(sdk.primitive, service.primitive)) {
        refinedPrimitives++;
        return { primitive: service.primitive, isCollection: sdk.isCollection };
      }
      return sdk;
    }
    if (sdk.name && service.name && sdk.name.toLowerCase() === service.name.toLowerCase()) {
      return { name: respell(sdk.name), isCollection: service.isCollection };
    }
    return respellRef(sdk);
  };

  const mergeStructured = (t: StructuredTypeDef, c: StructuredTypeDef, fullName: string): StructuredTypeDef => {
    const csdlProps = new Map(c.properties.map((p) => [p.name.toLowerCase(), p]));
    const csdlNavs = new Map(c.navigationProperties.map((n) => [n.name.toLowerCase(), n]));
    const properties: PropertyDef[] = [];
    const navs: NavigationPropertyDef[] = [];
    for (const p of t.properties) {
      const lower = p.name.toLowerCase();
      const nav = csdlNavs.get(lower);
      if (nav) {
        navs.push({ name: p.name, type: mergeMemberType(p.type, nav.type), containsTarget: nav.containsTarget });
        continue;
      }
      const cp = csdlProps.get(lower);
      properties.push({
        name: p.name,
        type: cp ? mergeMemberType(p.type, cp.type) : respellRef(p.type),
        ...(p.readOnly ? { readOnly: true } : {}),
      });
    }
    // Typings never have navigation properties of their own; kept generic for a future source.
    for (const n of t.navigationProperties) navs.push({ ...n, type: respellRef(n.type) });
    const sdkNames = new Set(t.properties.map((p) => p.name.toLowerCase()));
    for (const name of [...csdlProps.keys(), ...csdlNavs.keys()]) if (!sdkNames.has(name)) droppedCsdlMembers++;
    navigationProperties += navs.length;
    return {
      kind: t.kind === 'entity' || c.kind === 'entity' ? 'entity' : 'complex',
      fullName,
      namespace: namespaceOf(fullName),
      name: shortNameOf(fullName),
      baseType: t.baseType ? respell(t.baseType) : null,
      isAbstract: c.isAbstract,
      isOpen: c.isOpen,
      hasStream: c.hasStream,
      properties,
      navigationProperties: navs,
      // The key is the CSDL's (the typings do not show it).
      ...(c.keyProperties ? { keyProperties: c.keyProperties } : {}),
    };
  };

  const mergeEnum = (t: EnumTypeDef, c: EnumTypeDef, fullName: string): EnumTypeDef => {
    const csdlValues = new Map(c.members.map((m) => [m.name.toLowerCase(), m.value]));
    const used = new Set(c.members.map((m) => m.value));
    let next = Math.max(-1, ...c.members.map((m) => m.value)) + 1;
    if (c.isFlags) next = nextPowerOfTwo(next);
    const members: EnumMemberDef[] = t.members.map((m) => {
      const known = csdlValues.get(m.name.toLowerCase());
      if (known !== undefined) return { name: m.name, value: known };
      while (used.has(next)) next = c.isFlags ? next * 2 : next + 1;
      const value = next;
      used.add(value);
      next = c.isFlags ? value * 2 : value + 1;
      return { name: m.name, value };
    });
    droppedCsdlMembers += c.members.filter(
      (m) => !t.members.some((x) => x.name.toLowerCase() === m.name.toLowerCase()),
    ).length;
    return {
      kind: 'enum',
      fullName,
      namespace: namespaceOf(fullName),
      name: shortNameOf(fullName),
      isFlags: c.isFlags,
      members,
    };
  };

  const types: Record<string, SchemaTypeDef> = {};
  for (const [lower, t] of typingsByLower) {
    const fullName = spelling.get(lower)!;
    const c = csdlByLower.get(lower);
    if (c) typesInBoth++;
    if (isStructured(t) && isStructured(c)) types[fullName] = mergeStructured(t, c, fullName);
    else if (isEnum(t) && isEnum(c)) types[fullName] = mergeEnum(t, c, fullName);
    else types[fullName] = respellType(t, fullName, respell, respellRef);
  }
  for (const [lower, c] of csdlByLower) {
    if (typingsByLower.has(lower)) continue;
    sdkMissingTypes++;
    types[spelling.get(lower)!] = { ...respellType(c, spelling.get(lower)!, respell, respellRef), sdkMissing: true };
  }

  const operations: OperationDef[] = csdl.operations.map((op) => ({
    ...op,
    bindingType: respellRefOrNull(op.bindingType),
    returnType: respellRefOrNull(op.returnType),
    parameters: op.parameters.map((p) => ({ ...p, type: respellRef(p.type) })),
  }));
  const container: ContainerDef | null = csdl.container
    ? {
        entitySets: csdl.container.entitySets.map((s) => ({ ...s, entityType: respell(s.entityType) })),
        singletons: csdl.container.singletons.map((s) => ({ ...s, type: respell(s.type) })),
        operationImports: [...csdl.container.operationImports],
      }
    : null;
  const discriminators: Record<string, string> = {};
  for (const [d, full] of Object.entries(csdl.discriminators)) discriminators[d] = respell(full);
  for (const [d, full] of Object.entries(typings.discriminators)) discriminators[d] = respell(full);

  lastStats = {
    typesInBoth,
    typesOnlyInTypings: typingsByLower.size - typesInBoth,
    sdkMissingTypes,
    droppedCsdlMembers,
    refinedPrimitives,
    navigationProperties,
  };
  return {
    version: typings.version,
    sources: [
      {
        kind: 'merged',
        description: [...typings.sources, ...csdl.sources].map((s) => s.description).join(' + '),
        fingerprint: [...typings.sources, ...csdl.sources].map((s) => s.fingerprint).join('+'),
      },
      ...typings.sources,
      ...csdl.sources,
    ],
    types,
    operations,
    container,
    discriminators,
  };
}

function respellType(
  t: SchemaTypeDef,
  fullName: string,
  respell: (name: string) => string,
  respellRef: (t: TypeRef) => TypeRef,
): SchemaTypeDef {
  if (isEnum(t)) return { ...t, fullName, namespace: namespaceOf(fullName), name: shortNameOf(fullName) };
  return {
    ...t,
    fullName,
    namespace: namespaceOf(fullName),
    name: shortNameOf(fullName),
    baseType: t.baseType ? respell(t.baseType) : null,
    properties: t.properties.map((p) => ({ ...p, type: respellRef(p.type) })),
    navigationProperties: t.navigationProperties.map((n) => ({ ...n, type: respellRef(n.type) })),
  };
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

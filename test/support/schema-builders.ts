import type {
  ApiSchema,
  EnumTypeDef,
  OperationDef,
  PropertyDef,
  SchemaTypeDef,
  StructuredTypeDef,
  TypeRef,
} from '../../src/metadata/schema.js';

/**
 * Builders for small hand-made schemas (`ApiSchema` and its type definitions), shared by the
 * emitter fixtures of every language and the metadata tests.
 */

export const G = 'microsoft.graph';

/** `microsoft.graph.security.alert` → its namespace and simple name. */
function names(fullName: string): { fullName: string; namespace: string; name: string } {
  const dot = fullName.lastIndexOf('.');
  return { fullName, namespace: fullName.slice(0, dot), name: fullName.slice(dot + 1) };
}

/** A complex type with no base type and no navigation properties, unless `extra` says otherwise. */
export function structuredType(
  fullName: string,
  properties: PropertyDef[],
  extra: Partial<StructuredTypeDef> = {},
): StructuredTypeDef {
  return {
    kind: 'complex',
    ...names(fullName),
    baseType: null,
    isAbstract: false,
    isOpen: false,
    hasStream: false,
    properties,
    navigationProperties: [],
    ...extra,
  };
}

/** The short form: `[name, type]` properties and contained navigation properties. */
export function structured(
  fullName: string,
  properties: [string, TypeRef][],
  baseType: string | null = null,
  kind: 'entity' | 'complex' = 'complex',
  navigation: [string, TypeRef][] = [],
): StructuredTypeDef {
  return structuredType(
    fullName,
    properties.map(([name, type]) => ({ name, type })),
    {
      kind,
      baseType,
      navigationProperties: navigation.map(([name, type]) => ({ name, type, containsTarget: true })),
    },
  );
}

/**
 * An enum type. Members given by name are numbered in order (powers of two for flags); members
 * given as `[name, value]` keep their value.
 */
export function enumType(
  fullName: string,
  members: readonly string[] | readonly (readonly [string, number])[],
  isFlags = false,
): EnumTypeDef {
  return {
    kind: 'enum',
    ...names(fullName),
    isFlags,
    members: members.map((member, i) =>
      typeof member === 'string'
        ? { name: member, value: isFlags ? 1 << i : i }
        : { name: member[0], value: member[1] },
    ),
  };
}

/** A bound action of the `microsoft.graph` namespace; every parameter is nullable. */
export function boundAction(
  name: string,
  bindingType: TypeRef,
  parameters: [string, TypeRef][],
  returnType: TypeRef | null = null,
): OperationDef {
  return {
    kind: 'action',
    name,
    namespace: G,
    fullName: `${G}.${name}`,
    isBound: true,
    bindingType,
    parameters: parameters.map(([n, type]) => ({ name: n, type, nullable: true })),
    returnType,
    isComposable: false,
  };
}

/** A schema of `types`: no sources, operations or entity container unless `extra` gives them. */
export function apiSchema(version: string, types: SchemaTypeDef[], extra: Partial<ApiSchema> = {}): ApiSchema {
  return {
    version,
    sources: [],
    types: Object.fromEntries(types.map((t) => [t.fullName, t])),
    operations: [],
    container: null,
    discriminators: {},
    ...extra,
  };
}

/**
 * A CSDL document for inline test schemas: the `microsoft.graph` schema (alias `graph`) with
 * the abstract `entity` base type and `graphSchema` (types, operations, container), then
 * `otherSchemas` (whole `<Schema>` elements of other namespaces).
 */
export function graphCsdl(graphSchema: string, otherSchemas = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
${graphSchema}    </Schema>
${otherSchemas}  </edmx:DataServices>
</edmx:Edmx>`;
}

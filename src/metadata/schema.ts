/**
 * The internal, source-neutral schema of one API version.
 *
 * Both metadata sources (OData CSDL in `csdl.ts`, the Kiota TypeScript SDK typings in
 * `typings/`) produce exactly this shape, so everything downstream (path resolution, body
 * typing, emitters) is independent of where the metadata came from. It is plain JSON data so
 * that it can be cached on disk and loaded with one `JSON.parse`.
 *
 * Names are the wire (OData) names: `microsoft.graph.user`, `displayName`, `@odata.type`
 * values without `#`. Language-specific names are derived later by each emitter's naming
 * module, following the Kiota rules.
 */

/** Every primitive kind the snippets distinguish. `Edm.*` names map onto these one to one. */
export type PrimitiveKind =
  | 'string'
  | 'boolean'
  | 'byte'
  | 'sbyte'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'single'
  | 'double'
  | 'decimal'
  | 'dateTimeOffset'
  | 'date'
  | 'timeOfDay'
  | 'duration'
  | 'guid'
  | 'binary'
  | 'stream'
  | 'untyped';

/** The primitive kinds whose values are integers. */
export const INTEGER_KINDS: ReadonlySet<PrimitiveKind> = new Set(['int16', 'int32', 'int64', 'byte', 'sbyte']);

export const EDM_PRIMITIVES: Readonly<Record<string, PrimitiveKind>> = {
  'Edm.String': 'string',
  'Edm.Boolean': 'boolean',
  'Edm.Byte': 'byte',
  'Edm.SByte': 'sbyte',
  'Edm.Int16': 'int16',
  'Edm.Int32': 'int32',
  'Edm.Int64': 'int64',
  'Edm.Single': 'single',
  'Edm.Double': 'double',
  'Edm.Decimal': 'decimal',
  'Edm.DateTimeOffset': 'dateTimeOffset',
  'Edm.Date': 'date',
  'Edm.TimeOfDay': 'timeOfDay',
  'Edm.Duration': 'duration',
  'Edm.Guid': 'guid',
  'Edm.Binary': 'binary',
  'Edm.Stream': 'stream',
  'Edm.Untyped': 'untyped',
  // Abstract Edm types seen in Graph metadata; treated as untyped JSON.
  'Edm.PrimitiveType': 'untyped',
  'Edm.ComplexType': 'untyped',
  'Edm.EntityType': 'untyped',
};

/**
 * A reference to a type: either a primitive (`primitive` set) or a named schema type
 * (`name` = full name such as `microsoft.graph.user`), possibly a collection.
 */
export interface TypeRef {
  readonly primitive?: PrimitiveKind;
  readonly name?: string;
  readonly isCollection: boolean;
}

/** Single values of the primitive kinds literals are typed as, shared (a TypeRef is never changed). */
export const STRING_TYPE: TypeRef = { primitive: 'string', isCollection: false };
export const INT32_TYPE: TypeRef = { primitive: 'int32', isCollection: false };
export const BOOLEAN_TYPE: TypeRef = { primitive: 'boolean', isCollection: false };
/**
 * A single value of a type the metadata does not give (zero-config): neither a name nor a
 * primitive. What a read, or an action known to return something, returns without a CSDL.
 */
export const UNKNOWN_TYPE: TypeRef = { isCollection: false };

export interface PropertyDef {
  readonly name: string;
  readonly type: TypeRef;
  /** The SDK reads it but never sends it (read-only in the SDK's serializer). */
  readonly readOnly?: boolean;
}

export interface NavigationPropertyDef {
  readonly name: string;
  readonly type: TypeRef;
  readonly containsTarget: boolean;
}

export interface StructuredTypeDef {
  readonly kind: 'entity' | 'complex';
  /** `microsoft.graph.user` */
  readonly fullName: string;
  /** `microsoft.graph` */
  readonly namespace: string;
  /** `user` */
  readonly name: string;
  readonly baseType: string | null;
  readonly isAbstract: boolean;
  readonly isOpen: boolean;
  readonly hasStream: boolean;
  /** Declared properties (not inherited), in declaration order. */
  readonly properties: readonly PropertyDef[];
  readonly navigationProperties: readonly NavigationPropertyDef[];
  /**
   * The key properties an entity type declares (CSDL `<Key>`), only where they are not the
   * usual `id`: Kiota names the key parameter after them (`{cloudPcOverview-tenantId}`,
   * `by_cloud_pc_overview_tenant_id`). Absent means `id`, or inherited from the base type.
   */
  readonly keyProperties?: readonly string[];
  /**
   * Set by `mergeSchemas` on types only the CSDL knows: today's SDK has no class for them, so
   * a snippet may resolve through them but must not print their name.
   */
  readonly sdkMissing?: boolean;
}

export interface EnumMemberDef {
  readonly name: string;
  readonly value: number;
}

export interface EnumTypeDef {
  readonly kind: 'enum';
  readonly fullName: string;
  readonly namespace: string;
  readonly name: string;
  readonly isFlags: boolean;
  readonly members: readonly EnumMemberDef[];
  /** As {@link StructuredTypeDef.sdkMissing}: an enum only the CSDL knows. */
  readonly sdkMissing?: boolean;
}

export type SchemaTypeDef = StructuredTypeDef | EnumTypeDef;

export interface ParameterDef {
  readonly name: string;
  readonly type: TypeRef;
  readonly nullable: boolean;
}

export interface OperationDef {
  readonly kind: 'action' | 'function';
  readonly name: string;
  readonly namespace: string;
  readonly fullName: string;
  readonly isBound: boolean;
  /** Type of the binding parameter, for bound operations. */
  readonly bindingType: TypeRef | null;
  /** Parameters after the binding parameter, in declaration order. */
  readonly parameters: readonly ParameterDef[];
  readonly returnType: TypeRef | null;
  readonly isComposable: boolean;
}

export interface EntitySetDef {
  readonly name: string;
  readonly entityType: string;
}

export interface SingletonDef {
  readonly name: string;
  readonly type: string;
}

export interface ContainerDef {
  readonly entitySets: readonly EntitySetDef[];
  readonly singletons: readonly SingletonDef[];
  /** Unbound actions/functions reachable from the root (`/getSomething()`), by name. */
  readonly operationImports: readonly string[];
}

export type MetadataSourceKind = 'csdl' | 'typings' | 'merged';

export interface SchemaSource {
  readonly kind: MetadataSourceKind;
  /** Human-readable description: file path or `package@version`. */
  readonly description: string;
  /** Content hash or package version the schema was built from. */
  readonly fingerprint: string;
}

/**
 * The schema of one API version, as produced by a metadata source. Plain data.
 */
export interface ApiSchema {
  readonly version: string;
  readonly sources: readonly SchemaSource[];
  /** Types by full name. */
  readonly types: Readonly<Record<string, SchemaTypeDef>>;
  readonly operations: readonly OperationDef[];
  /** `null` when the source has no entity container (the typings): roots are then inferred. */
  readonly container: ContainerDef | null;
  /**
   * `@odata.type` discriminator → full type name, where the source knows discriminators
   * that differ from the full name (the typings). Otherwise `#<fullName>` is assumed.
   */
  readonly discriminators: Readonly<Record<string, string>>;
}

export function isStructured(t: SchemaTypeDef | undefined): t is StructuredTypeDef {
  return t !== undefined && (t.kind === 'entity' || t.kind === 'complex');
}

export function isEnum(t: SchemaTypeDef | undefined): t is EnumTypeDef {
  return t !== undefined && t.kind === 'enum';
}

/** Parses a CSDL type string such as `Collection(microsoft.graph.user)` or `Edm.String`. */
export function parseTypeString(text: string): TypeRef {
  const m = /^Collection\((.+)\)$/.exec(text.trim());
  const inner = m ? m[1]!.trim() : text.trim();
  const isCollection = m !== null;
  const primitive = EDM_PRIMITIVES[inner];
  return primitive ? { primitive, isCollection } : { name: inner, isCollection };
}

/** The schema's types by lower-cased full name (the last one wins should two names differ in case only). */
export function typesByLowerName(schema: ApiSchema): Map<string, SchemaTypeDef> {
  const m = new Map<string, SchemaTypeDef>();
  for (const t of Object.values(schema.types)) m.set(t.fullName.toLowerCase(), t);
  return m;
}

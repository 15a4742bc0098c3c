import { memoized } from '../memo.js';
import {
  type ApiSchema,
  type EntitySetDef,
  type EnumTypeDef,
  type NavigationPropertyDef,
  type OperationDef,
  type PropertyDef,
  type SchemaTypeDef,
  type SingletonDef,
  type StructuredTypeDef,
  type TypeRef,
  isEnum,
  isStructured,
} from './schema.js';
import { catalogTypes, forEachDiscriminator, type DiscriminatorVisitor, type TypeCatalog } from './packed.js';
import { GRAPH_NAMESPACE } from './names.js';

/**
 * Read-only lookups over an {@link ApiSchema}, built once per run and per version.
 *
 * All name lookups are case-insensitive because the docs are written by hand and do not
 * always respect OData's casing (`/Users`, `/me/MemberOf`); the metadata's own spelling is
 * what callers get back.
 */
export class SchemaIndex {
  readonly schema: ApiSchema;
  private readonly catalog: TypeCatalog;
  /**
   * The lookups over all type names, each built on first use (a run may need none of some):
   * lower-cased full name → full name; lower-cased short name → indexes in the catalog; base
   * type → direct derived types; namespaces in first-seen order.
   */
  private typesLowerMap: Map<string, string> | undefined;
  private typesByShortLowerMap: Map<string, number[]> | undefined;
  private derivedMap: Map<string, string[]> | undefined;
  private namespaceList: readonly string[] | undefined;
  private readonly entitySetsLower = new Map<string, EntitySetDef>();
  private readonly singletonsLower = new Map<string, SingletonDef>();
  private readonly operationsLower = new Map<string, OperationDef[]>();
  /** Lower-cased discriminator without `#` → full name, built on first use. */
  private discriminatorsLowerMap: Map<string, string> | undefined;
  private irregularDiscriminatorsLowerSet: Set<string> | undefined;
  private readonly forEachDiscriminator: (visit: DiscriminatorVisitor) => void;
  private readonly memberCache = new Map<string, TypeMembers>();
  private readonly boundOperationsCache = new Map<string, readonly OperationDef[]>();
  private readonly ancestryCache = new Map<string, StructuredTypeDef[]>();
  private readonly definition: (fullName: string) => SchemaTypeDef | undefined;

  /**
   * `packed`: the catalog of the types' names, and a lookup of their definitions, when the
   * caller has a packed schema (whose definitions are parsed on first lookup).
   */
  constructor(
    schema: ApiSchema,
    packed?: {
      readonly catalog: TypeCatalog;
      readonly types: { get(fullName: string): SchemaTypeDef | undefined };
      readonly forEachDiscriminator: (visit: DiscriminatorVisitor) => void;
    },
  ) {
    this.schema = schema;
    if (packed) {
      this.catalog = packed.catalog;
      const packedTypes = packed.types;
      this.definition = (fullName) => packedTypes.get(fullName);
      this.forEachDiscriminator = packed.forEachDiscriminator;
    } else {
      this.catalog = catalogTypes(schema);
      // Own properties only: `constructor` or `__proto__` in a page is not a type.
      const types = schema.types;
      this.definition = (fullName) => (Object.hasOwn(types, fullName) ? types[fullName] : undefined);
      this.forEachDiscriminator = (visit) => forEachDiscriminator(schema.discriminators, visit);
    }
    const container = schema.container;
    if (container) {
      for (let k = 0; k < container.entitySets.length; k++) {
        const set = container.entitySets[k]!;
        this.entitySetsLower.set(set.name.toLowerCase(), set);
      }
      for (let k = 0; k < container.singletons.length; k++) {
        const singleton = container.singletons[k]!;
        this.singletonsLower.set(singleton.name.toLowerCase(), singleton);
      }
    }
    for (let k = 0; k < schema.operations.length; k++) {
      const op = schema.operations[k]!;
      pushTo(this.operationsLower, op.name.toLowerCase(), op);
    }
  }

  /**
   * The discriminators that are not their own type's full name (`#x.y` → `x.y` is the rule in
   * Graph), lower-cased without `#`: a reference spelled as a type's full name stands for that
   * type unless it is one of these. Built on first use.
   */
  private get irregularDiscriminatorsLower(): Set<string> {
    if (this.irregularDiscriminatorsLowerSet === undefined) {
      const set = new Set<string>();
      this.forEachDiscriminator((reference, fullName) => {
        if (reference !== fullName) set.add(reference.toLowerCase());
      });
      this.irregularDiscriminatorsLowerSet = set;
    }
    return this.irregularDiscriminatorsLowerSet;
  }

  private get discriminatorsLower(): Map<string, string> {
    if (this.discriminatorsLowerMap === undefined) {
      const map = new Map<string, string>();
      this.forEachDiscriminator((reference, fullName) => map.set(reference.toLowerCase(), fullName));
      this.discriminatorsLowerMap = map;
    }
    return this.discriminatorsLowerMap;
  }

  private get typesLower(): Map<string, string> {
    if (this.typesLowerMap === undefined) {
      const map = new Map<string, string>();
      const fullNames = this.catalog.fullNames;
      for (let k = 0; k < fullNames.length; k++) map.set(fullNames[k]!.toLowerCase(), fullNames[k]!);
      this.typesLowerMap = map;
    }
    return this.typesLowerMap;
  }

  private get typesByShortLower(): Map<string, number[]> {
    if (this.typesByShortLowerMap === undefined) {
      const map = new Map<string, number[]>();
      const names = this.catalog.names;
      for (let k = 0; k < names.length; k++) pushTo(map, names[k]!.toLowerCase(), k);
      this.typesByShortLowerMap = map;
    }
    return this.typesByShortLowerMap;
  }

  private get derived(): Map<string, string[]> {
    if (this.derivedMap === undefined) {
      const map = new Map<string, string[]>();
      const { fullNames, baseTypes } = this.catalog;
      for (let k = 0; k < fullNames.length; k++) {
        const base = baseTypes[k];
        if (base) pushTo(map, base, fullNames[k]!);
      }
      this.derivedMap = map;
    }
    return this.derivedMap;
  }

  get version(): string {
    return this.schema.version;
  }

  /** Every namespace that has a type, in first-seen order. */
  namespaces(): readonly string[] {
    return (this.namespaceList ??= [...new Set(this.catalog.namespaces)]);
  }

  get hasContainer(): boolean {
    return this.schema.container !== null;
  }

  type(fullName: string | null | undefined): SchemaTypeDef | undefined {
    if (!fullName) return undefined;
    const exact = this.definition(fullName);
    if (exact) return exact;
    const spelled = this.typesLower.get(fullName.toLowerCase());
    return spelled === undefined ? undefined : this.definition(spelled);
  }

  structured(fullName: string | null | undefined): StructuredTypeDef | undefined {
    const t = this.type(fullName);
    return isStructured(t) ? t : undefined;
  }

  enumType(fullName: string | null | undefined): EnumTypeDef | undefined {
    const t = this.type(fullName);
    return isEnum(t) ? t : undefined;
  }

  /**
   * Finds a type from a cast segment or an `@odata.type` value: `#microsoft.graph.group`,
   * `microsoft.graph.group`, `graph.group` or plain `group`.
   */
  findTypeByReference(reference: string): SchemaTypeDef | undefined {
    const cleaned = reference.trim().replace(/^#/, '');
    const lower = cleaned.toLowerCase();
    // The usual reference is a type's full name as the metadata spells it: found without the
    // lower-cased maps of every type and discriminator (~7 ms to build for the two Graph versions).
    if (!this.irregularDiscriminatorsLower.has(lower)) {
      const exact = this.definition(cleaned);
      if (exact) return exact;
    }
    const viaDiscriminator = this.discriminatorsLower.get(lower);
    if (viaDiscriminator) return this.type(viaDiscriminator);
    const direct = this.type(lower);
    if (direct) return direct;
    if (lower.startsWith('graph.')) {
      const t = this.type(`microsoft.${lower}`);
      if (t) return t;
    }
    if (!lower.includes('.')) {
      const candidates = this.typesByShortLower.get(lower);
      return candidates === undefined ? undefined : this.type(this.catalog.fullNames[this.preferGraph(candidates)]);
    }
    return undefined;
  }

  /**
   * The enum types whose short name and `name` end one with the other (case-insensitive, at a
   * word start: `reason` → `rejectReason`; `acceptedModality` → `modality`), in catalog order.
   * For guessing a parameter's enum without a CSDL; computed once per name as written (the
   * word starts depend on its case).
   */
  readonly enumsNamedLike = memoized((name: string): readonly EnumTypeDef[] => {
    const lower = name.toLowerCase();
    const found: EnumTypeDef[] = [];
    const names = this.catalog.names;
    for (let k = 0; k < names.length; k++) {
      const short = names[k]!;
      const other = short.toLowerCase();
      const matches =
        other === lower ||
        (other.endsWith(lower) && isWordStart(short, short.length - lower.length)) ||
        (lower.endsWith(other) && isWordStart(name, name.length - other.length));
      if (!matches) continue;
      const t = this.enumType(this.catalog.fullNames[k]);
      if (t) found.push(t);
    }
    return found;
  });

  /** Of types with the same short name (catalog indexes), the one in `microsoft.graph`, else the first. */
  private preferGraph(candidates: readonly number[]): number {
    const namespaces = this.catalog.namespaces;
    for (let k = 0; k < candidates.length; k++) {
      if (namespaces[candidates[k]!] === GRAPH_NAMESPACE) return candidates[k]!;
    }
    return candidates[0]!;
  }

  /**
   * Base type chain, starting with the type itself. Computed once per name and shared: every
   * path step, cast and body object asks for it, most of them for the same few types.
   */
  ancestry(fullName: string): readonly StructuredTypeDef[] {
    let chain = this.ancestryCache.get(fullName);
    if (chain === undefined) {
      chain = this.baseTypeChain(fullName);
      this.ancestryCache.set(fullName, chain);
    }
    return chain;
  }

  private baseTypeChain(fullName: string): StructuredTypeDef[] {
    const chain: StructuredTypeDef[] = [];
    const seen = new Set<string>();
    let current = this.structured(fullName);
    while (current && !seen.has(current.fullName)) {
      seen.add(current.fullName);
      chain.push(current);
      current = this.structured(current.baseType);
    }
    return chain;
  }

  isSameOrDerived(candidate: string, base: string): boolean {
    const chain = this.ancestry(candidate);
    for (let k = 0; k < chain.length; k++) if (chain[k]!.fullName === base) return true;
    return false;
  }

  /** Direct and indirect derived types of `fullName`, in a stable order (breadth first). */
  derivedTypes(fullName: string): string[] {
    const out: string[] = [];
    const direct = this.derived.get(fullName);
    if (direct) out.push(...direct);
    // `out` is its own queue: each type's derived types go after those already found.
    for (let k = 0; k < out.length; k++) {
      const next = this.derived.get(out[k]!);
      if (next) out.push(...next);
    }
    return out;
  }

  /** A structural property declared on the type or one of its ancestors (case-insensitive). */
  property(typeName: string, propertyName: string): PropertyDef | undefined {
    return this.members(typeName).all.get(propertyName.toLowerCase());
  }

  navigation(typeName: string, name: string): NavigationPropertyDef | undefined {
    return this.members(typeName).navigations.get(name.toLowerCase());
  }

  /** A structural (non-navigation) property usable as a path segment (`/me/mailboxSettings`). */
  structuralProperty(typeName: string, name: string): PropertyDef | undefined {
    return this.members(typeName).structural.get(name.toLowerCase());
  }

  /** The members of a type and its ancestors by lower-cased name, built on first lookup. */
  private members(typeName: string): TypeMembers {
    let members = this.memberCache.get(typeName);
    if (!members) {
      members = collectMembers(this.ancestry(typeName));
      this.memberCache.set(typeName, members);
    }
    return members;
  }

  entitySet(name: string): EntitySetDef | undefined {
    return this.entitySetsLower.get(name.toLowerCase());
  }

  singleton(name: string): SingletonDef | undefined {
    return this.singletonsLower.get(name.toLowerCase());
  }

  /**
   * Every bound operation named `name` (with or without namespace) whose binding parameter
   * accepts `binding` (the same type or a base type, matching collection-ness), overloads
   * included, the most specific binding type first.
   */
  boundOperations(name: string, binding: TypeRef): readonly OperationDef[] {
    // Cached: the lookup filters and sorts the overloads by the depth of their binding types,
    // and the same (operation, binding type) pairs recur across the examples.
    const key = `${name}|${binding.isCollection ? '[]' : ''}${binding.primitive ?? ''}:${binding.name ?? ''}`;
    let found = this.boundOperationsCache.get(key);
    if (found === undefined) {
      found = this.findBoundOperations(name, binding);
      this.boundOperationsCache.set(key, found);
    }
    return found;
  }

  private findBoundOperations(name: string, binding: TypeRef): OperationDef[] {
    const candidates = this.operationsNamed(name).filter((op) => op.isBound && op.bindingType);
    const matches = (op: OperationDef): boolean => {
      const b = op.bindingType!;
      if (b.isCollection !== binding.isCollection) return false;
      if (b.primitive || binding.primitive) return b.primitive === binding.primitive;
      return binding.name !== undefined && b.name !== undefined && this.isSameOrDerived(binding.name, b.name);
    };
    const found = candidates.filter(matches);
    found.sort((a, b) => this.depth(b.bindingType!.name) - this.depth(a.bindingType!.name));
    return found;
  }

  /**
   * The operations of that name a path segment can call: bound ones bindable to `binding` (the
   * type of the segment before it), most specific first, or the unbound ones.
   */
  operationsAt(name: string, isBound: boolean, binding: TypeRef | null | undefined): readonly OperationDef[] {
    if (!isBound) return this.operationsNamed(name).filter((op) => !op.isBound);
    return binding ? this.boundOperations(name, binding) : [];
  }

  unboundOperation(name: string): OperationDef | undefined {
    return this.operationsNamed(name).find((op) => !op.isBound);
  }

  operationsNamed(name: string): OperationDef[] {
    const short = name.replace(/^(microsoft\.graph\.|graph\.)/i, '').toLowerCase();
    const direct = this.operationsLower.get(short);
    if (direct) return direct;
    const lastDot = short.lastIndexOf('.');
    return lastDot >= 0 ? (this.operationsLower.get(short.slice(lastDot + 1)) ?? []) : [];
  }

  private depth(typeName: string | undefined): number {
    return typeName ? this.ancestry(typeName).length : 0;
  }
}

function collectMembers(ancestry: readonly StructuredTypeDef[]): TypeMembers {
  const all = new Map<string, PropertyDef>();
  // Ancestors first so that a derived redeclaration wins.
  for (let k = ancestry.length - 1; k >= 0; k--) {
    const t = ancestry[k]!;
    for (let j = 0; j < t.properties.length; j++) all.set(t.properties[j]!.name.toLowerCase(), t.properties[j]!);
    for (let j = 0; j < t.navigationProperties.length; j++) {
      const n = t.navigationProperties[j]!;
      all.set(n.name.toLowerCase(), { name: n.name, type: n.type });
    }
  }
  // Per kind: the first declaration from the type up (the most derived one).
  const navigations = new Map<string, NavigationPropertyDef>();
  const structural = new Map<string, PropertyDef>();
  for (let k = 0; k < ancestry.length; k++) {
    const t = ancestry[k]!;
    for (let j = 0; j < t.navigationProperties.length; j++) {
      const n = t.navigationProperties[j]!;
      setIfAbsent(navigations, n.name.toLowerCase(), n);
    }
    for (let j = 0; j < t.properties.length; j++) {
      const p = t.properties[j]!;
      setIfAbsent(structural, p.name.toLowerCase(), p);
    }
  }
  return { all, navigations, structural };
}

interface TypeMembers {
  /** Structural and navigation properties (navigations as plain properties). */
  readonly all: Map<string, PropertyDef>;
  readonly navigations: Map<string, NavigationPropertyDef>;
  readonly structural: Map<string, PropertyDef>;
}

function setIfAbsent<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `name[at]` starts a word of a camelCase name: an upper-case letter, or the start. */
function isWordStart(name: string, at: number): boolean {
  if (at === 0) return true;
  const c = name.charCodeAt(at);
  return c >= 0x41 && c <= 0x5a;
}

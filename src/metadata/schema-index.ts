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
import { summarizeTypes, type TypeSummary } from './packed.js';

/**
 * Read-only lookups over an {@link ApiSchema}, built once per run and per version.
 *
 * All name lookups are case-insensitive because the docs are written by hand and do not
 * always respect OData's casing (`/Users`, `/me/MemberOf`); the metadata's own spelling is
 * what callers get back.
 */
export class SchemaIndex {
  readonly schema: ApiSchema;
  /** Lower-cased full name → full name. */
  private readonly typesLower = new Map<string, string>();
  private readonly typesByShortLower = new Map<string, TypeSummary[]>();
  private readonly namespaceList: readonly string[];
  private readonly derived = new Map<string, string[]>();
  private readonly entitySetsLower = new Map<string, EntitySetDef>();
  private readonly singletonsLower = new Map<string, SingletonDef>();
  private readonly operationsLower = new Map<string, OperationDef[]>();
  private readonly discriminatorsLower = new Map<string, string>();
  private readonly memberCache = new Map<string, TypeMembers>();
  private readonly definition: (fullName: string) => SchemaTypeDef | undefined;

  /**
   * `packed`: the types' names and base types, and a lookup of their definitions, when the
   * caller has a packed schema (whose definitions are parsed on first lookup).
   */
  constructor(
    schema: ApiSchema,
    packed?: {
      readonly summaries: readonly TypeSummary[];
      readonly types: { get(fullName: string): SchemaTypeDef | undefined };
    },
  ) {
    this.schema = schema;
    let summaries: readonly TypeSummary[];
    if (packed) {
      summaries = packed.summaries;
      this.definition = (fullName) => packed.types.get(fullName);
    } else {
      summaries = summarizeTypes(schema);
      // Own properties only: `constructor` or `__proto__` in a page is not a type.
      const types = schema.types;
      this.definition = (fullName) => (Object.hasOwn(types, fullName) ? types[fullName] : undefined);
    }
    const namespaces = new Set<string>();
    for (const t of summaries) {
      this.typesLower.set(t.fullName.toLowerCase(), t.fullName);
      pushTo(this.typesByShortLower, t.name.toLowerCase(), t);
      if (t.baseType) pushTo(this.derived, t.baseType, t.fullName);
      namespaces.add(t.namespace);
    }
    this.namespaceList = [...namespaces];
    for (const s of schema.container?.entitySets ?? []) this.entitySetsLower.set(s.name.toLowerCase(), s);
    for (const s of schema.container?.singletons ?? []) this.singletonsLower.set(s.name.toLowerCase(), s);
    for (const op of schema.operations) pushTo(this.operationsLower, op.name.toLowerCase(), op);
    for (const [disc, full] of Object.entries(schema.discriminators)) {
      this.discriminatorsLower.set(disc.replace(/^#/, '').toLowerCase(), full);
    }
  }

  get version(): string {
    return this.schema.version;
  }

  /** Every namespace that has a type, in first-seen order. */
  namespaces(): readonly string[] {
    return this.namespaceList;
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
    const viaDiscriminator = this.discriminatorsLower.get(lower);
    if (viaDiscriminator) return this.type(viaDiscriminator);
    const direct = this.type(lower);
    if (direct) return direct;
    if (lower.startsWith('graph.')) {
      const t = this.type(`microsoft.${lower}`);
      if (t) return t;
    }
    if (!lower.includes('.')) {
      const candidates = this.typesByShortLower.get(lower) ?? [];
      return this.type((candidates.find((c) => c.namespace === 'microsoft.graph') ?? candidates[0])?.fullName);
    }
    return undefined;
  }

  /** Base type chain, starting with the type itself. */
  ancestry(fullName: string): StructuredTypeDef[] {
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
    return this.ancestry(candidate).some((t) => t.fullName === base);
  }

  /** Direct and indirect derived types of `fullName`, in a stable order. */
  derivedTypes(fullName: string): string[] {
    const out: string[] = [];
    const queue = [...(this.derived.get(fullName) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      out.push(next);
      queue.push(...(this.derived.get(next) ?? []));
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
      const ancestry = this.ancestry(typeName);
      const all = new Map<string, PropertyDef>();
      // Ancestors first so that a derived redeclaration wins.
      for (const t of [...ancestry].reverse()) {
        for (const p of t.properties) all.set(p.name.toLowerCase(), p);
        for (const n of t.navigationProperties) all.set(n.name.toLowerCase(), { name: n.name, type: n.type });
      }
      // Per kind: the first declaration from the type up (the most derived one).
      const navigations = new Map<string, NavigationPropertyDef>();
      const structural = new Map<string, PropertyDef>();
      for (const t of ancestry) {
        for (const n of t.navigationProperties) setIfAbsent(navigations, n.name.toLowerCase(), n);
        for (const p of t.properties) setIfAbsent(structural, p.name.toLowerCase(), p);
      }
      members = { all, navigations, structural };
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
   * A bound operation named `name` (with or without namespace) whose binding parameter
   * accepts `binding`: the same type or a base type, matching collection-ness.
   */
  boundOperation(name: string, binding: TypeRef): OperationDef | undefined {
    return this.boundOperations(name, binding)[0];
  }

  /**
   * Every operation of that name bindable to `binding` (overloads included), the most specific
   * binding type first.
   */
  boundOperations(name: string, binding: TypeRef): OperationDef[] {
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
  operationsAt(name: string, isBound: boolean, binding: TypeRef | null | undefined): OperationDef[] {
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

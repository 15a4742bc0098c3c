import { cleanupSymbolName, upperFirst } from '../emit/common/naming.js';
import { castMemberName, operationBaseName, requestBuilderMemberName } from '../emit/common/request-builders.js';
import type { SchemaIndex } from '../metadata/schema-index.js';
import {
  isEnum,
  isStructured,
  type EnumTypeDef,
  type OperationDef,
  type StructuredTypeDef,
  type TypeRef,
} from '../metadata/schema.js';
import { byCodeUnits } from '../ordering.js';

/**
 * The C# names that exist in the Kiota-generated Graph .NET SDK for one schema, indexed for the
 * C# checker. Every name is produced by a {@link CsharpNaming} (the C# emitter's naming module
 * when wired, see `csharp.ts`), so the checker and the emitter agree on the *rules*; what the
 * check proves is that each name a snippet uses is one the schema has *at that place*: the
 * property on that class, the member on that enum, the request builder on that path.
 */
export interface CsharpNaming {
  /** Class or enum name of a schema type: `microsoft.graph.dayOfWeek` → `DayOfWeekObject`. */
  className(fullName: string, schema: SchemaIndex): string;
  /** Full namespace of a schema type: `Microsoft.Graph.Beta.Models.Security`. */
  modelNamespace(fullName: string, schema: SchemaIndex, version: string): string;
  /** Property of a model built as `typeFullName`, from its wire name: `@odata.type` → `OdataType`. */
  modelPropertyName(typeFullName: string, wire: string, schema: SchemaIndex): string;
  /** Property of an inline request body (action parameter), from its wire name. */
  propertyName(wire: string): string;
  /** Enum member from its wire name: `html` → `Html`. */
  enumMemberName(wire: string): string;
}

/** Request-builder member (sdk-conventions.md §1): cleaned, PascalCase, `Path` after an HTTP verb. */
export function builderMemberName(raw: string): string {
  return upperFirst(requestBuilderMemberName(raw));
}

/** Cast builder: `microsoft.graph.group` → `GraphGroup`. */
export function castBuilderName(fullName: string): string {
  return upperFirst(castMemberName(fullName));
}

/**
 * An operation's builder: `SendMail`; one of a sub-namespace is qualified with it,
 * `MicrosoftGraphEdiscoveryClose` (its body class is not: `ClosePostRequestBody`).
 */
export function operationBuilderName(op: OperationDef): string {
  const qualified = operationBaseName(op);
  return qualified !== null ? upperFirst(qualified) : builderMemberName(op.name);
}

/** Function with parameters → method `<Name>With<P1>With<P2>` (parameters in declaration order). */
function functionMethodName(op: OperationDef): string {
  return operationBuilderName(op) + op.parameters.map((p) => `With${upperFirst(cleanupSymbolName(p.name))}`).join('');
}

export interface CsharpClassInfo {
  readonly fullName: string;
  readonly namespace: string;
  readonly kind: 'class' | 'enum';
}

/** A place in the request-builder tree while walking a chain. */
export interface BuilderState {
  /** Full name of the addressed type, `null` when unknown (then nothing further is checked). */
  readonly type: string | null;
  readonly collection: boolean;
}

export type BuilderMember =
  | { readonly kind: 'navigation' | 'property' | 'cast'; readonly next: BuilderState }
  | { readonly kind: 'operation'; readonly op: OperationDef; readonly method: boolean }
  | { readonly kind: 'special'; readonly name: 'Count' | 'Ref' | 'Content' };

export class CsharpSchemaNames {
  readonly classes = new Map<string, CsharpClassInfo[]>();
  readonly namespaces = new Set<string>();
  private readonly propertyCache = new Map<string, { names: Set<string>; types: Map<string, TypeRef> }>();
  private readonly enumMemberCache = new Map<string, Set<string>>();
  private readonly castTargets = new Map<string, string>();
  private readonly opsByBinding = new Map<string, OperationDef[]>();
  private readonly opsByBuilderName = new Map<string, OperationDef[]>();
  private readonly roots = new Map<string, BuilderState>();

  constructor(
    readonly schema: SchemaIndex,
    readonly version: string,
    readonly naming: CsharpNaming,
  ) {
    for (const t of Object.values(schema.schema.types)) {
      const name = naming.className(t.fullName, schema);
      const ns = naming.modelNamespace(t.fullName, schema, version);
      this.namespaces.add(ns);
      pushTo(this.classes, name, { fullName: t.fullName, namespace: ns, kind: isEnum(t) ? 'enum' : 'class' });
      if (isStructured(t)) this.castTargets.set(castBuilderName(t.fullName), t.fullName);
    }
    for (const op of schema.schema.operations) {
      if (op.isBound && op.bindingType?.name) {
        pushTo(this.opsByBinding, bindingKey(op.bindingType), op);
      }
      pushTo(this.opsByBuilderName, builderMemberName(op.name), op);
    }
    for (const s of schema.schema.container?.entitySets ?? []) {
      this.roots.set(builderMemberName(s.name), { type: s.entityType, collection: true });
    }
    for (const s of schema.schema.container?.singletons ?? []) {
      this.roots.set(builderMemberName(s.name), { type: s.type, collection: false });
    }
  }

  /** Without an entity container (typings-only metadata) the chain's roots cannot be checked. */
  get canCheckChains(): boolean {
    return this.schema.hasContainer;
  }

  private readonly classSuggestions = new Map<string, string[]>();

  /** Closest class names, memoised: a wrong name tends to repeat across many snippets. */
  suggestClasses(name: string): string[] {
    let hint = this.classSuggestions.get(name);
    if (!hint) {
      hint = closest(name, this.classes.keys());
      this.classSuggestions.set(name, hint);
    }
    return hint;
  }

  root(name: string): BuilderState | undefined {
    return this.roots.get(name);
  }

  /** Alternate-key roots: `UsersWithUserPrincipalName(...)` → the `users` set's item. */
  alternateKeyRoot(name: string): BuilderState | undefined {
    const m = /^(.+?)With[A-Z]\w*$/.exec(name);
    const root = m ? this.roots.get(m[1]!) : undefined;
    return root?.collection ? { type: root.type, collection: false } : undefined;
  }

  /** Every wire property of a structured type (with ancestors and navigation properties), C#-named. */
  properties(fullName: string): Set<string> {
    return this.propertiesOf(fullName).names;
  }

  /** The type of each structural property of a structured type (with ancestors), by C# name. */
  propertyTypes(fullName: string): ReadonlyMap<string, TypeRef> {
    return this.propertiesOf(fullName).types;
  }

  private propertiesOf(fullName: string): { names: Set<string>; types: Map<string, TypeRef> } {
    let entry = this.propertyCache.get(fullName);
    if (!entry) {
      entry = { names: new Set(['AdditionalData', 'OdataType', 'BackingStore']), types: new Map() };
      for (const t of this.schema.ancestry(fullName)) {
        for (const p of t.properties) {
          const name = this.naming.modelPropertyName(fullName, p.name, this.schema);
          entry.names.add(name);
          entry.types.set(name, p.type);
        }
        for (const n of t.navigationProperties)
          entry.names.add(this.naming.modelPropertyName(fullName, n.name, this.schema));
      }
      this.propertyCache.set(fullName, entry);
    }
    return entry;
  }

  enumMembers(fullName: string): Set<string> {
    let set = this.enumMemberCache.get(fullName);
    if (!set) {
      const t = this.schema.enumType(fullName) as EnumTypeDef | undefined;
      set = new Set((t?.members ?? []).map((m) => this.naming.enumMemberName(m.name)));
      this.enumMemberCache.set(fullName, set);
    }
    return set;
  }

  /** Actions and functions with this C# builder name (`SendMail`), any binding. */
  operationsNamed(builderName: string): readonly OperationDef[] {
    return this.opsByBuilderName.get(builderName) ?? [];
  }

  /** What `.Name` on a builder at `state` is, or `undefined` when the SDK has no such member. */
  member(state: BuilderState, name: string): BuilderMember | undefined {
    if (!state.type) return undefined;
    if (name === 'Count' && state.collection) return { kind: 'special', name: 'Count' };
    if (name === 'Ref') return { kind: 'special', name: 'Ref' };
    if (name === 'Content' && !state.collection) return { kind: 'special', name: 'Content' };
    const ancestry = this.schema.ancestry(state.type);
    if (!state.collection) {
      for (const t of ancestry) {
        const nav = t.navigationProperties.find((n) => builderMemberName(n.name) === name);
        if (nav) return { kind: 'navigation', next: stateOf(nav.type) };
        const prop = t.properties.find((p) => builderMemberName(p.name) === name);
        if (prop) return { kind: 'property', next: stateOf(prop.type) };
      }
    }
    const castTarget = this.castTargets.get(name);
    if (
      castTarget &&
      (this.schema.isSameOrDerived(castTarget, state.type) || this.schema.isSameOrDerived(state.type, castTarget))
    ) {
      return { kind: 'cast', next: { type: castTarget, collection: state.collection } };
    }
    for (const t of ancestry) {
      for (const op of this.opsByBinding.get(bindingKey({ name: t.fullName, isCollection: state.collection })) ?? []) {
        if (operationBuilderName(op) === name) return { kind: 'operation', op, method: false };
        if (op.kind === 'function' && op.parameters.length > 0 && sameWithParts(functionMethodName(op), name)) {
          return { kind: 'operation', op, method: true };
        }
      }
    }
    return undefined;
  }

  /** Names of what a builder at `state` offers, for "did you mean" details. */
  memberNames(state: BuilderState): string[] {
    if (!state.type) return [];
    const out = new Set<string>();
    for (const t of this.schema.ancestry(state.type) as StructuredTypeDef[]) {
      if (!state.collection) {
        for (const n of t.navigationProperties) out.add(builderMemberName(n.name));
        for (const p of t.properties) out.add(builderMemberName(p.name));
      }
      for (const op of this.opsByBinding.get(bindingKey({ name: t.fullName, isCollection: state.collection })) ?? []) {
        out.add(operationBuilderName(op));
      }
    }
    return [...out].sort();
  }
}

/**
 * `FWithAWithB` equals `FWithBWithA`: Kiota orders the `With` parts as the URL template does,
 * which follows the docs' URL rather than the declaration, so any order is accepted.
 */
function sameWithParts(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const split = (s: string): [string, string] => {
    const i = s.search(/With[A-Z]/);
    return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i)];
  };
  const [eb, er] = split(expected);
  const [ab, ar] = split(actual);
  const parts = (rest: string): string =>
    rest
      .split(/(?=With[A-Z])/)
      .sort()
      .join('');
  return eb === ab && parts(er) === parts(ar);
}

function stateOf(t: TypeRef): BuilderState {
  return { type: t.name ?? null, collection: t.isCollection };
}

function bindingKey(t: TypeRef): string {
  return `${t.isCollection ? 'C:' : ''}${t.name ?? ''}`;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Closest names by edit distance, for a helpful detail. */
export function closest(name: string, candidates: Iterable<string>, max = 2): string[] {
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d <= Math.max(2, Math.floor(name.length / 4))) scored.push([d, c]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || byCodeUnits(a[1], b[1]))
    .slice(0, max)
    .map(([, c]) => c);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

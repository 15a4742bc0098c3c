import type { OperationArgument, PathSegment } from './types.js';
import type { SchemaIndex } from '../metadata/schema-index.js';
import {
  BOOLEAN_TYPE,
  INT32_TYPE,
  type OperationDef,
  STRING_TYPE,
  type TypeRef,
  UNKNOWN_TYPE,
} from '../metadata/schema.js';
import {
  boundToCollectionsOnly,
  collectionOperationName,
  ENTITY_KEYS,
  inferRoot,
  inlineResponseOperation,
  isEntityWithoutBaseType,
  knownFunction,
  otherBoundFunction,
} from './inference.js';
import { actionSpelling } from './action-parameters.js';
import { actionReturnsValue } from './action-results.js';
import { declaredArgument } from './operation-parameter-types.js';
import { overloadFor } from './operation-definition.js';
import { isPlaceholder, splitPath, type RawPathSegment } from './segments.js';
import { memoizedByObject, memoizedPer } from '../memo.js';
import { GRAPH_NAMESPACE, namespaceOf, shortNameOf } from '../metadata/names.js';

/**
 * Walks a URL path from the entity container, resolving each segment against the metadata:
 * entity set or singleton, navigation or structural property, key, type cast, bound action or
 * function, `$ref`, `$value`, `$count`. Each resolved segment knows the type it addresses.
 *
 * Without an entity container (SDK typings only) the root is inferred by documented
 * conventions (`inference.ts`) and unknown trailing names become actions or functions; the
 * result is then marked `inferred`.
 */
export type PathResolution =
  | {
      readonly ok: true;
      readonly segments: readonly PathSegment[];
      readonly inferred: boolean;
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly segments: readonly PathSegment[];
      /** The segment that did not resolve, and its offset in the path. */
      readonly failedAt: RawPathSegment;
      readonly message: string;
    };

export interface PathContext {
  readonly schema: SchemaIndex;
  readonly method: string;
}

const MICROSOFT_GRAPH = /^(microsoft\.graph\.|graph\.)/i;

export function resolvePath(path: string, ctx: PathContext): PathResolution {
  const raw = splitPath(path);
  const segments: PathSegment[] = [];
  const notes: string[] = [];
  let inferred = false;
  let current: TypeRef | null = null;
  if (raw.length === 0) {
    return {
      ok: false,
      segments,
      failedAt: { text: path, name: path, args: null, offset: 0 },
      message: 'the URL has no path',
    };
  }
  const cache = stepCacheOf(ctx.schema);
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i]!;
    const isLast = i === raw.length - 1;
    const resolved: Step | undefined = i === 0 ? cache.root(seg, ctx) : cache.next(seg, current!, ctx, isLast);
    if (!resolved) {
      return {
        ok: false,
        segments,
        failedAt: seg,
        message:
          i === 0
            ? `'${seg.name}' is not an entity set, singleton or operation of the ${ctx.schema.version} metadata`
            : current?.isCollection && collectionOperationName(seg.name) !== undefined
              ? `'${seg.text}' names an operation Graph binds to collections, but the ${ctx.schema.version} metadata binds none to ${describe(current)}`
              : current && !current.isCollection && boundToCollectionsOnly(seg.name)
                ? `'${seg.text}' names an operation Graph binds to collections alone, and ${describe(current)} is a single value (the operation goes after the collection)`
                : `'${seg.text}' is not a navigation property, property, key, cast or operation of ${describe(current)}`,
      };
    }
    if (resolved.inferred) {
      inferred = true;
      notes.push(resolved.inferred);
    }
    const stepSegments: readonly PathSegment[] = resolved.segments;
    for (let k = 0; k < stepSegments.length; k++) {
      const s = stepSegments[k]!;
      segments.push(s.kind === 'key' ? cache.numberedKey(s, segments) : s);
    }
    current = stepSegments[stepSegments.length - 1]!.target;
    if (!current && !isLast) {
      const nextSeg = raw[i + 1]!;
      return {
        ok: false,
        segments,
        failedAt: nextSeg,
        message: `'${seg.text}' addresses a value with no type, so '${nextSeg.text}' cannot follow it`,
      };
    }
  }
  return { ok: true, segments, inferred, notes };
}

/**
 * Resolved steps, per schema. A step is a pure function of the segment's text, the type the
 * path addresses before it and, for operations inferred without a container only, whether the
 * segment is the last one of a GET (a corpus run has ~16,000 segments and ~3,000 distinct such
 * keys). Cached steps are shared between ASTs, which are immutable; and since the targets of
 * cached steps are then the same objects every time, the next lookup keys on the identity of
 * the type before it rather than on a built string.
 */
class StepCache {
  private readonly roots = new Map<string, Step | null>();
  private readonly nexts = new Map<TypeRef, Map<string, Step | null>>();
  /** The same for the last segment of a GET without a container: it infers a function, not an action. */
  private readonly lastOfGet = new Map<TypeRef, Map<string, Step | null>>();
  /** Numbered copies of a key segment (`chatMessage-id1`, `chatMessage-id2`), by number. */
  private readonly numbered = new Map<PathSegment, PathSegment[]>();

  root(seg: RawPathSegment, ctx: PathContext): Step | undefined {
    let step = this.roots.get(seg.text);
    if (step === undefined) {
      step = resolveRoot(seg, ctx) ?? null;
      this.roots.set(seg.text, step);
    }
    return step ?? undefined;
  }

  next(seg: RawPathSegment, current: TypeRef, ctx: PathContext, isLast: boolean): Step | undefined {
    const byType = isLast && ctx.method === 'GET' && !ctx.schema.hasContainer ? this.lastOfGet : this.nexts;
    let byText = byType.get(current);
    if (byText === undefined) {
      byText = new Map();
      byType.set(current, byText);
    }
    let step = byText.get(seg.text);
    if (step === undefined) {
      step = resolveNext(seg, current, ctx, isLast) ?? null;
      byText.set(seg.text, step);
    }
    return step ?? undefined;
  }

  /**
   * Kiota names a key parameter after the entity type; when a path has two keys of the same
   * type (`/chats/{chat-id}/messages/{chatMessage-id}/replies/{chatMessage-id1}`), later ones
   * get a number so that the URI template's parameters stay distinct.
   */
  numberedKey(key: Extract<PathSegment, { kind: 'key' }>, before: readonly PathSegment[]): PathSegment {
    let same = 0;
    for (let k = 0; k < before.length; k++) {
      const s = before[k]!;
      if (s.kind === 'key' && withoutTrailingDigits(s.parameter) === key.parameter) same++;
    }
    if (same === 0) return key;
    let copies = this.numbered.get(key);
    if (copies === undefined) {
      copies = [];
      this.numbered.set(key, copies);
    }
    return (copies[same] ??= { ...key, parameter: `${key.parameter}${same}` });
  }
}

/** The step cache of a schema, made on first use and held weakly. */
const stepCacheOf = memoizedByObject((_schema: SchemaIndex) => new StepCache());

function withoutTrailingDigits(text: string): string {
  let end = text.length;
  while (end > 0 && isDigit(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

interface Step {
  readonly segments: PathSegment[];
  /** Set when a convention, not the metadata, decided this step. */
  readonly inferred?: string;
}

function describe(t: TypeRef | null): string {
  if (!t) return 'an untyped value';
  const inner = t.name ?? `Edm.${t.primitive}`;
  return t.isCollection ? `a collection of ${inner}` : inner;
}

function single(name: string): TypeRef {
  return { name, isCollection: false };
}

function resolveRoot(seg: RawPathSegment, ctx: PathContext): Step | undefined {
  const { schema } = ctx;
  const set = schema.entitySet(seg.name);
  if (set) {
    const target: TypeRef = { name: set.entityType, isCollection: true };
    const first: PathSegment = { kind: 'entitySet', raw: seg.name, name: set.name, target };
    return withParenthesisedKey(first, seg, ctx);
  }
  const singleton = schema.singleton(seg.name);
  if (singleton) {
    return { segments: [{ kind: 'singleton', raw: seg.text, name: singleton.name, target: single(singleton.type) }] };
  }
  const op = schema.unboundOperation(seg.name);
  if (op) return { segments: [operationSegment(seg, op)] };
  if (!schema.hasContainer) {
    const guess = inferRoot(seg.name, schema);
    if (guess) {
      const first: PathSegment =
        guess.kind === 'entitySet'
          ? { kind: 'entitySet', raw: seg.name, name: guess.name, target: { name: guess.typeName, isCollection: true } }
          : { kind: 'singleton', raw: seg.text, name: guess.name, target: single(guess.typeName) };
      const step = guess.kind === 'entitySet' ? withParenthesisedKey(first, seg, ctx) : { segments: [first] };
      // A root the SDKs spell otherwise (`/serviceprincipals`) is named as they spell it.
      const spelling = guess.name === seg.name ? '' : ` '${guess.name}'`;
      return (
        step && { ...step, inferred: `root '${seg.name}' inferred as ${guess.kind}${spelling} of ${guess.typeName}` }
      );
    }
  }
  return undefined;
}

/** `users('id')` is `users` followed by a key segment. */
function withParenthesisedKey(first: PathSegment, seg: RawPathSegment, ctx: PathContext): Step | undefined {
  if (seg.args === null) return { segments: [first] };
  const key = keySegment(
    seg.args.map((a) => (a.name ? `${a.name}='${a.value}'` : a.value)).join(','),
    first.target!,
    seg.text,
    ctx.schema,
  );
  return { segments: [first, key] };
}

function keySegment(value: string, collection: TypeRef, raw: string, schema: SchemaIndex): PathSegment {
  const elementType = collection.name!;
  const shortName = shortNameOf(elementType);
  return {
    kind: 'key',
    raw,
    parameter: `${shortName}-${keyPropertyOf(elementType, schema)}`,
    value,
    isPlaceholder: isPlaceholder(value),
    target: single(elementType),
  };
}

/**
 * The key property Kiota names the key parameter after: `id`, or the entity's own single key
 * (`cloudPcOverview` is keyed by `tenantId`: `{cloudPcOverview-tenantId}`, Python
 * `by_cloud_pc_overview_tenant_id`, class `CloudPcOverviewTenantItemRequestBuilder`).
 */
function keyPropertyOf(typeName: string, schema: SchemaIndex): string {
  for (const t of schema.ancestry(typeName)) {
    if (t.keyProperties) return t.keyProperties.length === 1 ? t.keyProperties[0]! : 'id';
    // The typings show no keys: the metadata's (inference.ts).
    if (!schema.hasContainer && ENTITY_KEYS[t.fullName]) return ENTITY_KEYS[t.fullName]!;
  }
  return 'id';
}

function resolveNext(seg: RawPathSegment, current: TypeRef, ctx: PathContext, isLast: boolean): Step | undefined {
  const { schema } = ctx;
  const lower = seg.name.toLowerCase();
  if (lower === '$ref') return { segments: [{ kind: 'ref', raw: seg.text, target: null }] };
  if (lower === '$count') return { segments: [{ kind: 'count', raw: seg.text, target: INT32_TYPE }] };
  if (lower === '$value') {
    return { segments: [{ kind: 'value', raw: seg.text, target: { primitive: 'stream', isCollection: false } }] };
  }
  if (current.primitive) return undefined;
  const typeName = current.name!;

  if (current.isCollection) {
    const cast = castSegment(seg, current, ctx);
    if (cast) return cast;
    const op = isPlaceholder(seg.name) ? undefined : boundOperationFor(seg, current, schema);
    if (op) return { segments: [operationSegment(seg, op)] };
    // A collection of complex values has no keys. The typings cannot tell entities whose base
    // types do not include `entity` (`conditionalAccessPolicy`) from complex types: without a
    // container, a type with an `id` property is keyed (`workbookSortField` is not).
    if (schema.structured(typeName)?.kind === 'complex') {
      if (schema.hasContainer || !schema.structuralProperty(typeName, 'id')) return undefined;
    }
    if (!isPlaceholder(seg.name)) {
      const operation = collectionOperationName(seg.name);
      if (!schema.hasContainer && (operation !== undefined || seg.args !== null)) {
        return inferredOperation(seg, current, ctx, isLast, operation);
      }
      // No Graph key is the name of an operation Graph binds to collections: read as a key, a
      // `/directoryObjects/delta` the 2021 beta metadata does not bind would become a request
      // for the object `{directoryObject-id}`, and the snippet would not say `delta` at all.
      if (operation !== undefined) return undefined;
    }
    return { segments: [keySegment(seg.text, current, seg.text, schema)] };
  }

  if (seg.args === null || seg.args.length === 0) {
    const nav = schema.navigation(typeName, seg.name);
    if (nav) {
      const step: PathSegment = {
        kind: 'navigation',
        raw: seg.text,
        name: nav.name,
        containsTarget: nav.containsTarget,
        target: nav.type,
      };
      return { segments: [step] };
    }
    // The SDKs have request builders for properties of entities (`/me/mailboxSettings`), not for
    // properties of complex values (`…/mailboxSettings/automaticRepliesSetting`) but their
    // navigations (`…/apiConnectorConfiguration/postFederationSignup`), which the typings show
    // as properties holding an entity.
    const prop = schema.structuralProperty(typeName, seg.name);
    const hasBuilder =
      prop !== undefined &&
      (isEntityType(schema, typeName) ||
        (!schema.hasContainer && prop.type.name !== undefined && isEntityType(schema, prop.type.name)));
    if (hasBuilder) return { segments: [{ kind: 'property', raw: seg.text, name: prop.name, target: prop.type }] };
    // Without a container a name that is no property is taken as an operation (below); a property
    // without a builder is none either, and the path cannot be resolved, as with a CSDL.
    if (prop !== undefined && !schema.hasContainer) return undefined;
  } else {
    // `messages('id')` on an entity: a navigation with a parenthesised key.
    const nav = schema.navigation(typeName, seg.name) ?? asNavigation(schema.structuralProperty(typeName, seg.name));
    if (nav && nav.type.isCollection && seg.args.every((a) => a.name === null)) {
      const step: PathSegment = {
        kind: 'navigation',
        raw: seg.name,
        name: nav.name,
        containsTarget: nav.containsTarget,
        target: nav.type,
      };
      return { segments: [step, keySegment(seg.args.map((a) => a.value).join(','), nav.type, seg.text, schema)] };
    }
  }
  const cast = castSegment(seg, current, ctx);
  if (cast) return cast;
  const op = boundOperationFor(seg, current, schema);
  if (op) return { segments: [operationSegment(seg, op)] };
  // Without a container another name is taken for an operation of the entity, unless Graph
  // binds it to collections alone (then the path cannot be resolved, as with a CSDL).
  if (!schema.hasContainer && !boundToCollectionsOnly(seg.name)) return inferredOperation(seg, current, ctx, isLast);
  return undefined;
}

/**
 * Whether `typeName` is an entity type of `schema`. The typings tell an entity by its `Entity`
 * base: without a container, the metadata's entity types without a base type (`admin`,
 * `policyRoot`) and the types derived from them are known from inference.ts. Once per type.
 */
const isEntityType = memoizedPer((schema: SchemaIndex, typeName: string): boolean => {
  if (schema.structured(typeName)?.kind === 'entity') return true;
  return !schema.hasContainer && schema.ancestry(typeName).some((t) => isEntityWithoutBaseType(t.fullName));
});

function asNavigation(p: { name: string; type: TypeRef } | undefined) {
  return p ? { name: p.name, type: p.type, containsTarget: true } : undefined;
}

function castSegment(seg: RawPathSegment, current: TypeRef, ctx: PathContext): Step | undefined {
  if (seg.args !== null || !seg.name.includes('.')) return undefined;
  const t = ctx.schema.findTypeByReference(seg.name);
  if (!t || t.kind === 'enum' || t.sdkMissing) return undefined;
  if (
    !ctx.schema.isSameOrDerived(t.fullName, current.name!) &&
    !ctx.schema.isSameOrDerived(current.name!, t.fullName)
  ) {
    return undefined;
  }
  return {
    segments: [
      {
        kind: 'cast',
        raw: seg.text,
        typeName: t.fullName,
        target: { name: t.fullName, isCollection: current.isCollection },
      },
    ],
  };
}

function operationSegment(seg: RawPathSegment, op: OperationDef): PathSegment {
  const args: OperationArgument[] = (seg.args ?? [])
    .filter((a) => a.name !== null)
    .map((a) => {
      const param = op.parameters.find((p) => p.name.toLowerCase() === a.name!.toLowerCase());
      return { name: param?.name ?? a.name!, value: a.value, type: param?.type ?? null };
    });
  // Kiota names `…With<P1>With<P2>` in the metadata's parameter order, whatever the URL's order.
  const position = (name: string): number => {
    const i = op.parameters.findIndex((p) => p.name.toLowerCase() === name.toLowerCase());
    return i < 0 ? op.parameters.length : i;
  };
  args.sort((a, b) => position(a.name) - position(b.name));
  return {
    kind: op.kind,
    raw: seg.text,
    name: op.name,
    fullName: op.fullName,
    arguments: args,
    isBound: op.isBound,
    target: op.returnType,
  };
}

/**
 * Without CSDL the typings know no operations. A name that is no property of the current
 * type is taken as an operation, and so is, after a collection, a name Graph binds to
 * collections (`collectionOperation`, from inference.ts): a function when it has parentheses,
 * is read with GET or is a function of the metadata, else an action, unless the metadata's
 * operations with inline responses say which (inference.ts). A listed action is spelled as the
 * metadata spells it (action-parameters.ts), and an operation bound to a type of a
 * sub-namespace is of that namespace ({@link operationFullName}). Its parameters are unknown
 * (its arguments are typed by their literals), and so is its return type, but for `delta`, the
 * known functions and the operations with inline responses.
 */
function inferredOperation(
  seg: RawPathSegment,
  binding: TypeRef,
  ctx: PathContext,
  isLast: boolean,
  /** The metadata's spelling, when the segment names an operation Graph binds to collections. */
  collectionOperation?: string,
): Step | undefined {
  if (!/^[A-Za-z_][\w.]*$/.test(seg.name)) return undefined;
  const plain = seg.name.replace(MICROSOFT_GRAPH, '');
  // The metadata's tables (inference.ts, action-parameters.ts): the function tables decide a
  // name's kind and need no guard (the other bound functions are never actions, and a function
  // again where listed by binding); the actions' lists are asked only for a segment taken as an
  // action, since a few names are both (`search`, `count`). The precedence below is the more
  // specific answer's: a known function is known by its return type also where it names an
  // operation Graph binds to collections (`charts/item(name='…')` → a workbookChart: the path
  // goes on after it).
  const fn = knownFunction(plain);
  const inline = inlineResponseOperation(plain, binding, ctx.schema);
  const other = otherBoundFunction(plain);
  const isFunction = inline
    ? inline.kind === 'function'
    : fn !== undefined || other !== undefined || seg.args !== null || (ctx.method === 'GET' && isLast);
  // Graph's change tracking; Excel's `delta` is an action with parameters.
  const isDelta = isFunction && plain.toLowerCase() === 'delta';
  const spelled = fn?.name ?? inline?.name ?? other ?? (isFunction ? undefined : actionSpelling(plain));
  const name = collectionOperation ?? (isDelta ? 'delta' : (spelled ?? plain));
  // `delta` (Graph's change tracking) returns a collection of its binding type, or of the
  // collection's type; a known function its one return type, and so does an operation known to
  // return an inline response; an action the metadata says returns a value returns one of a
  // type not known (the snippet keeps it, and the call is the same: action-results.ts); others
  // return nothing known.
  const target: TypeRef | null =
    isDelta && binding.name
      ? { name: binding.name, isCollection: true }
      : fn && ctx.schema.structured(fn.type)
        ? { name: fn.type, isCollection: false }
        : inline
          ? inline.returns
          : !isFunction && actionReturnsValue(name, binding, ctx.schema)
            ? UNKNOWN_TYPE
            : null;
  // A parameter the metadata types as no string is spelled and typed as it says
  // (operation-parameter-types.ts), when the schema has its type; other arguments are typed by
  // their literal: an unquoted integer is an Int32, a quoted literal a string
  // (`cell(row=5,column=6)`, `range(address='A1')`), as OData writes them.
  const args: OperationArgument[] = (seg.args ?? [])
    .filter((a) => a.name !== null)
    .map((a) => {
      const declared = isFunction ? declaredArgument(name, a.name!, ctx.schema) : undefined;
      return declared
        ? { name: declared.name, value: a.value, type: declared.type }
        : { name: a.name!, value: a.value, type: literalType(a.value, a.quoted) };
    });
  const segment: PathSegment = {
    kind: isFunction ? 'function' : 'action',
    raw: seg.text,
    name,
    fullName: operationFullName(name, binding),
    arguments: args,
    isBound: true,
    target,
  };
  return { segments: [segment], inferred: `'${seg.text}' inferred as a bound ${segment.kind}` };
}

/**
 * The full name of an inferred operation bound to `binding`. A name the URL qualifies
 * (`microsoft.graph.security.close`, read as `security.close`) says its namespace; else it is the
 * binding's when that is a namespace of its own (`microsoft.graph.ediscovery`), as for every bound
 * operation on such a type in the v1.0 and 2021 beta metadata, or `microsoft.graph`. Kiota names
 * those operations' builders with the namespace (`MicrosoftGraphEdiscoveryClose`,
 * `microsoft_graph_windows_updates_enroll_assets`).
 */
function operationFullName(name: string, binding: TypeRef): string {
  if (name.includes('.')) return `${GRAPH_NAMESPACE}.${name}`;
  const namespace = binding.name ? namespaceOf(binding.name) : GRAPH_NAMESPACE;
  return `${namespace.startsWith(`${GRAPH_NAMESPACE}.`) ? namespace : GRAPH_NAMESPACE}.${name}`;
}

/**
 * The type an inferred operation's argument has by its OData literal: `5` Int32, `'x'` String,
 * `true` Boolean (as the same values are typed in a JSON body); else unknown.
 */
export function literalType(value: string, quoted: boolean): TypeRef | null {
  if (quoted) return STRING_TYPE;
  if (/^-?\d{1,9}$/.test(value)) return INT32_TYPE;
  if (value === 'true' || value === 'false') return BOOLEAN_TYPE;
  return null;
}

/**
 * The operation a segment calls on `binding`: for a function, the overload its arguments name
 * (`columnsAfter(count=2)`, not `columnsAfter()`); else the most specific binding.
 */
function boundOperationFor(seg: RawPathSegment, binding: TypeRef, schema: SchemaIndex): OperationDef | undefined {
  const ops = schema.boundOperations(seg.name, binding);
  if (ops.length <= 1 || ops[0]!.kind !== 'function') return ops[0];
  return overloadFor(
    ops.filter((op) => op.kind === 'function'),
    (seg.args ?? []).map((a) => a.name),
  );
}

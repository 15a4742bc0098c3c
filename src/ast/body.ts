import { isActionParameter } from './operation-parameter-names.js';
import { memoizedByObject, memoizedPer } from '../memo.js';
import type { AdditionalDataEntry, ObjectNode, PropertyNode, UntypedNode, ValueNode } from './types.js';
import type { Diagnostic, DiagnosticCode, SourceLocation } from '../diagnostics/diagnostic.js';
import type { JsonNode } from '../http/types.js';
import type { SchemaIndex } from '../metadata/schema-index.js';
import {
  type EnumTypeDef,
  type ParameterDef,
  type PrimitiveKind,
  BOOLEAN_TYPE,
  INT32_TYPE,
  isStructured,
  STRING_TYPE,
  type TypeRef,
} from '../metadata/schema.js';
import { isValidPrimitiveText } from './literal-validation.js';
import { declaredParameterType } from './operation-parameter-types.js';
import { GRAPH_NAMESPACE, namespaceOf } from '../metadata/names.js';

/**
 * Types a JSON body against the metadata. Every JSON property reaches the tree: a property
 * the type declares is typed; one it does not declare, or whose value does not fit its
 * declared type, goes to additional data exactly as written, with a warning that names the
 * place. Nothing is dropped.
 */
export interface BodyContext {
  readonly schema: SchemaIndex;
  /** Body text, for number tokens exactly as written. */
  readonly text: string;
  readonly locate: (offset: number) => SourceLocation;
  readonly warnings: Diagnostic[];
}

const ODATA_TYPE = '@odata.type';
const ENTITY = `${GRAPH_NAMESPACE}.entity`;

type Typed =
  | { readonly ok: true; readonly value: ValueNode }
  | { readonly ok: false; readonly code: DiagnosticCode; readonly message: string; readonly at: JsonNode };

/** The body of a POST/PATCH/PUT to an entity path: an object of `typeName` (or a derived type). */
export function typeEntityBody(root: JsonNode, typeName: string, ctx: BodyContext): ValueNode {
  if (root.type !== 'object') {
    warn(
      ctx,
      'W_VALUE_TYPE_MISMATCH',
      `the body is a JSON ${root.type}, but ${typeName} is an object; it is kept as untyped JSON`,
      root,
    );
    return toUntyped(root, ctx);
  }
  return typeObject(root, typeName, ctx);
}

/** What is known of an operation whose parameters are guessed (see {@link inferParameterType}). */
export interface GuessedOperation {
  /** Its name, for enums named after it (see {@link enumHolding}). */
  readonly name: string;
  /**
   * The type it is bound to (a collection or one value), when known: which parameters it has,
   * and its namespace may hold their types.
   */
  readonly binding: TypeRef | null;
}

/**
 * How an action body's keys are typed: by the operation's parameters, or (the typings know no
 * action parameters) guessed for the operation (see {@link inferParameterType}).
 */
export type ParameterTyping = { readonly parameters: readonly ParameterDef[] } | { readonly guess: GuessedOperation };

/** The body of an action: an object whose properties are the action's parameters. */
export function typeParameterBody(root: JsonNode, typing: ParameterTyping, ctx: BodyContext, what: string): ValueNode {
  if (root.type !== 'object') {
    warn(
      ctx,
      'W_VALUE_TYPE_MISMATCH',
      `the body of ${what} is a JSON ${root.type}, not an object; it is kept as untyped JSON`,
      root,
    );
    return toUntyped(root, ctx);
  }
  if ('guess' in typing) {
    const { guess } = typing;
    const inferred = new Map((root.children ?? []).map((m) => [memberKey(m), inferParameterType(m, guess, ctx)]));
    return buildObject(root, null, null, { typeOf: (name) => inferred.get(name) ?? undefined }, ctx, what, false);
  }
  return buildObject(root, null, null, parameterTypingOf(typing.parameters), ctx, what, true);
}

/**
 * The keys of an action body, typed by the operation's parameters (case-insensitive; the first
 * of a spelling wins). Made once per operation: the same actions recur across the examples.
 */
const parameterTypingOf = memoizedByObject((parameters: readonly ParameterDef[]): KeyTyping => {
  const byLowerName = new Map<string, TypeRef>();
  for (let k = 0; k < parameters.length; k++) {
    const lower = parameters[k]!.name.toLowerCase();
    if (!byLowerName.has(lower)) byLowerName.set(lower, parameters[k]!.type);
  }
  return { typeOf: (name) => byLowerName.get(name.toLowerCase()) };
});

/**
 * Without a CSDL the typings know no action parameters. By the convention Graph follows, a
 * parameter holding an object is named after its type (`message`, `passwordCredential`), a
 * list of objects after the plural (`attendees`); scalars take the kind their JSON shows.
 * Anything else stays untyped (additional data). Such examples are marked `inferred`.
 *
 * A name gives a type only in `microsoft.graph` or the namespace of the type the operation is
 * bound to (`templateParameters` are no `managedTenants.templateParameter`s of a Teams
 * action), and only when some key of the objects is a property of that type (`recipients`
 * holding `{ "email": … }` are no `recipient`s, whose address is `emailAddress`): a wrong
 * class does not compile, while untyped objects do and send what the docs wrote.
 *
 * Where the objects say their type (`@odata.type`), that is better evidence than the name:
 * `invite`'s `participants` hold `invitationParticipantInfo`s, not `participant`s. The name's
 * type is kept when it is a base of what the objects say. Otherwise the parameter takes the
 * root of the objects' type's hierarchy (below `entity`), and the objects are built as what
 * they say, derived from it: a parameter is usually declared as the root (`add`'s `values`
 * are `conversationMember`s, the docs send `aadUserConversationMember`s; `recipient` is a
 * `teamworkNotificationRecipient`), and a derived object in a property of its base compiles
 * in every language (a cast in TypeScript, where an object literal of the derived type in a
 * property declared as the base would not), while a list of a derived type would not convert
 * to a list of its base in C#.
 */
function inferParameterType(member: JsonNode, operation: GuessedOperation, ctx: BodyContext): TypeRef | null {
  const key = memberKey(member);
  const value = member.children![1];
  if (!value || isAnnotation(key)) return null;
  // A key no definition of the action has is a docs mistake: additional data, as with a CSDL.
  if (isActionParameter(operation.name, operation.binding, key, ctx.schema) === false) {
    warn(
      ctx,
      'W_PROPERTY_UNKNOWN',
      `'${key}' is not a parameter of ${operation.name} in the Graph metadata; it is sent as additional data`,
      member.children![0]!,
    );
    return null;
  }
  // What the metadata says of the parameter, when it is no string (operation-parameter-types.ts).
  const declared = declaredParameterType(operation.name, key, operation.binding?.name ?? null, ctx.schema);
  if (declared) return declared;
  switch (value.type) {
    case 'object': {
      const objects = [value];
      const name = saidOrNamed(objects, namedType(key, plainKeys(objects), operation, ctx), ctx);
      return name ? { name, isCollection: false } : null;
    }
    case 'array': {
      const items = value.children ?? [];
      const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
      if (items.length > 0 && items.every((i) => i.type === 'object')) {
        const keys = plainKeys(items);
        const fromName = namedType(singular, keys, operation, ctx);
        const name = saidOrNamed(items, fromName === null ? null : mostGeneralFitting(fromName, keys, ctx), ctx);
        return name ? { name, isCollection: true } : null;
      }
      if (items.length > 0 && items.every((i) => i.type === 'string')) {
        const values = items.map((i) => String(i.value));
        const e = enumHolding(singular, values, ctx, operation.name);
        return e ? { name: e, isCollection: true } : { primitive: 'string', isCollection: true };
      }
      return null;
    }
    case 'string': {
      const e = enumHolding(key, [String(value.value)], ctx, operation.name);
      return e ? { name: e, isCollection: false } : STRING_TYPE;
    }
    case 'boolean':
      return BOOLEAN_TYPE;
    case 'number':
      return INTEGER.test(numberText(value, ctx)) ? INT32_TYPE : { primitive: 'double', isCollection: false };
    default:
      return null;
  }
}

/**
 * The enum a string parameter holds, by Graph's naming, when the names leave no doubt: the
 * enum is named as the parameter (`updateCategory`), as its last words (`acceptedModalities`:
 * `modality`), or as the operation and the parameter (`reject` + `reason`: `rejectReason`;
 * `changeScreenSharingRole` + `role`: `screenSharingRole`); and every value is a member
 * (`"busy"`; a flags value lists several: `"apps,tabs"`). Typed as a string instead, the value
 * would not compile in C# and would be dropped by the Python serializer. An enum that merely
 * ends with the parameter's name is not enough: `createLink`'s `scope` is a string, not a
 * `lobbyBypassScope`. Of several that fit, the one in `microsoft.graph`; else `null`.
 */
function enumHolding(key: string, values: readonly string[], ctx: BodyContext, operationName: string): string | null {
  const keyLower = key.toLowerCase();
  const operation = operationName.toLowerCase();
  let fits = ctx.schema.enumsNamedLike(key).filter((e) => {
    const name = e.name.toLowerCase();
    const named =
      keyLower.endsWith(name) || name === operation + keyLower || (operation !== '' && operation.includes(name));
    // Members match in any case, as a declared enum's value does (see typeValue).
    return named && values.every((v) => isEnumValue(e, v));
  });
  const graph = fits.filter((e) => e.namespace === GRAPH_NAMESPACE);
  if (fits.length > 1 && graph.length > 0) fits = graph;
  return fits.length === 1 ? fits[0]!.fullName : null;
}

/** A property the SDK declares but never serializes. */
const READ_ONLY = Symbol('readOnly');

/** How the keys of one JSON object are typed: `undefined` for a key with no declared type. */
interface KeyTyping {
  typeOf(key: string): TypeRef | typeof READ_ONLY | undefined;
}

/**
 * The keys of objects of one schema type, each typed once per run: the same types and keys
 * recur across the examples, and this is every JSON property's first lookup.
 */
class DeclaredProperties implements KeyTyping {
  private readonly typed = new Map<string, TypeRef | typeof READ_ONLY | null>();

  constructor(
    private readonly schema: SchemaIndex,
    private readonly typeName: string,
  ) {}

  typeOf(key: string): TypeRef | typeof READ_ONLY | undefined {
    let type = this.typed.get(key);
    if (type === undefined) {
      type = this.declared(key) ?? null;
      this.typed.set(key, type);
    }
    return type ?? undefined;
  }

  private declared(key: string): TypeRef | typeof READ_ONLY | undefined {
    if (key === ODATA_TYPE) return STRING_TYPE;
    if (isAnnotation(key)) return undefined;
    const property = this.schema.property(this.typeName, key);
    // The SDK's serializer never writes a read-only property: set on the model, the docs'
    // value would silently not be sent. As additional data it is sent as written.
    return property?.readOnly ? READ_ONLY : property?.type;
  }
}

const declaredPropertiesOf = memoizedPer(
  (schema: SchemaIndex, typeName: string) => new DeclaredProperties(schema, typeName),
);

function typeObject(node: JsonNode, declaredTypeName: string, ctx: BodyContext): ObjectNode {
  const typeName = resolveDerivedType(node, declaredTypeName, ctx);
  const typing = declaredPropertiesOf(ctx.schema, typeName);
  return buildObject(node, typeName, declaredTypeName, typing, ctx, typeName, true);
}

function buildObject(
  node: JsonNode,
  typeName: string | null,
  declaredTypeName: string | null,
  typing: KeyTyping,
  ctx: BodyContext,
  owner: string,
  warnUnknown: boolean,
): ObjectNode {
  const properties: PropertyNode[] = [];
  const additionalData: AdditionalDataEntry[] = [];
  const members = lastOccurrences(node);
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    const keyNode = member.children![0]!;
    const valueNode = member.children![1];
    const key = String(keyNode.value);
    if (!valueNode) continue;
    // Annotations are additional data unless the lookup declares them (`@odata.id` of a `$ref`).
    const type = typing.typeOf(key);
    if (type === READ_ONLY) {
      warn(
        ctx,
        'W_PROPERTY_READ_ONLY',
        `'${key}' is read-only in the SDK's ${owner} (its serializer never sends it); it is sent as additional data`,
        keyNode,
      );
      additionalData.push({ key, value: toUntyped(valueNode, ctx) });
      continue;
    }
    if (!type) {
      if (warnUnknown && !isAnnotation(key)) {
        warn(
          ctx,
          'W_PROPERTY_UNKNOWN',
          `'${key}' is not a property of ${owner}; it is sent as additional data`,
          keyNode,
        );
      }
      additionalData.push({ key, value: toUntyped(valueNode, ctx) });
      continue;
    }
    const typed = typeValue(valueNode, type, ctx);
    if (typed.ok) {
      properties.push({ name: key, type, value: typed.value });
    } else {
      warn(ctx, typed.code, `${typed.message}; '${key}' is sent as additional data, as written`, typed.at);
      additionalData.push({ key, value: toUntyped(valueNode, ctx) });
    }
  }
  return { kind: 'object', typeName, declaredTypeName, properties, additionalData };
}

const NO_MEMBERS: readonly JsonNode[] = [];

/** JSON semantics: when a key repeats, the last value wins (the parser already warned). */
function lastOccurrences(node: JsonNode): readonly JsonNode[] {
  const members = node.children ?? NO_MEMBERS;
  if (members.length < 2) return members;
  // Keys rarely repeat: check first, and copy only when one does.
  return hasRepeatedKey(members) ? withoutEarlierOccurrences(members) : members;
}

/** Below this many members, comparing each pair is cheaper than hashing every key into a set. */
const FEW_MEMBERS = 8;

function hasRepeatedKey(members: readonly JsonNode[]): boolean {
  if (members.length < FEW_MEMBERS) {
    for (let i = 1; i < members.length; i++) {
      const key = memberKey(members[i]!);
      for (let j = 0; j < i; j++) if (memberKey(members[j]!) === key) return true;
    }
    return false;
  }
  const seen = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    const key = memberKey(members[i]!);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function withoutEarlierOccurrences(members: readonly JsonNode[]): JsonNode[] {
  const seen = new Set<string>();
  const out: JsonNode[] = [];
  for (let i = members.length - 1; i >= 0; i--) {
    const key = memberKey(members[i]!);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(members[i]!);
  }
  return out.reverse();
}

function memberKey(member: JsonNode): string {
  return String(member.children?.[0]?.value);
}

/** `@odata.type`, `@odata.id`, `members@odata.bind`, `@microsoft.graph.conflictBehavior`. */
function isAnnotation(key: string): boolean {
  return key.includes('@');
}

/**
 * The most general of a type and its bases (below `entity`) that has every property in `keys`;
 * with no keys, the root of the type's hierarchy below `entity`. For a list named after a type,
 * the keys its objects set: `findMeetingTimes`'s `attendees` are `attendeeBase`s, the base of
 * `attendee`, and the docs' objects set only its properties; in C# a list of the derived type
 * would not convert to one of the base. An object that sets a property only the named type has
 * keeps that type.
 */
function mostGeneralFitting(typeName: string, keys: ReadonlySet<string>, ctx: BodyContext): string {
  const chain = ctx.schema.ancestry(typeName);
  let fitting = typeName;
  for (let k = 1; k < chain.length; k++) {
    const base = chain[k]!.fullName;
    if (base === ENTITY || !hasEvery(base, keys, ctx)) break;
    fitting = base;
  }
  return fitting;
}

function hasEvery(typeName: string, keys: ReadonlySet<string>, ctx: BodyContext): boolean {
  for (const key of keys) if (ctx.schema.property(typeName, key) === undefined) return false;
  return true;
}

function hasSome(typeName: string, keys: ReadonlySet<string>, ctx: BodyContext): boolean {
  for (const key of keys) if (ctx.schema.property(typeName, key) !== undefined) return true;
  return false;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** The keys the objects set, annotations left out. */
function plainKeys(objects: readonly JsonNode[]): Set<string> {
  const keys = new Set<string>();
  for (const o of objects) {
    for (const m of o.children ?? NO_MEMBERS) {
      const key = memberKey(m);
      if (!isAnnotation(key)) keys.add(key);
    }
  }
  return keys;
}

/** A structured type of today's SDK that `reference` names (a name or an `@odata.type`). */
function sdkStructuredType(reference: string, ctx: BodyContext): string | null {
  const t = ctx.schema.findTypeByReference(reference);
  return isStructured(t) && !t.sdkMissing ? t.fullName : null;
}

/**
 * The type a parameter's name gives to objects setting `keys`: one in `microsoft.graph` or the
 * namespace of the type the operation is bound to, that has one of those keys (or any, when
 * they set none).
 */
function namedType(
  name: string,
  keys: ReadonlySet<string>,
  operation: GuessedOperation,
  ctx: BodyContext,
): string | null {
  const type = sdkStructuredType(name, ctx);
  if (type === null) return null;
  const namespace = namespaceOf(type);
  const binding = operation.binding?.name;
  if (namespace !== GRAPH_NAMESPACE && (binding === undefined || namespace !== namespaceOf(binding))) return null;
  return keys.size === 0 || hasSome(type, keys, ctx) ? type : null;
}

/**
 * The root of the type all `objects` say they are (`@odata.type`), unless `fromName` (the type
 * the name gives, or null) is a base of that type.
 */
function saidOrNamed(objects: readonly JsonNode[], fromName: string | null, ctx: BodyContext): string | null {
  const first = odataTypeOf(objects[0]!);
  if (!first || !objects.every((o) => odataTypeOf(o) === first)) return fromName;
  const type = sdkStructuredType(first, ctx);
  if (!type || (fromName !== null && ctx.schema.isSameOrDerived(type, fromName))) return fromName;
  return mostGeneralFitting(type, NO_KEYS, ctx);
}

/** The value node of an object's `@odata.type` member (its last, when the key repeats). */
function odataTypeNode(node: JsonNode): JsonNode | undefined {
  const members = node.children ?? NO_MEMBERS;
  for (let m = members.length - 1; m >= 0; m--) {
    const pair = members[m]!.children;
    if (pair?.[0]?.value === ODATA_TYPE) return pair[1];
  }
  return undefined;
}

/** An object's `@odata.type` as written, when it is a string. */
function odataTypeOf(node: JsonNode): string | null {
  const valueNode = odataTypeNode(node);
  return valueNode?.type === 'string' ? String(valueNode.value) : null;
}

function resolveDerivedType(node: JsonNode, declared: string, ctx: BodyContext): string {
  const valueNode = odataTypeNode(node);
  if (!valueNode || valueNode.type !== 'string') return declared;
  const reference = String(valueNode.value);
  const found = ctx.schema.findTypeByReference(reference);
  if (!found || found.kind === 'enum') {
    warn(
      ctx,
      'W_TYPE_UNKNOWN',
      `@odata.type '${reference}' is not a type of the metadata; the object is built as ${declared}`,
      valueNode,
    );
    return declared;
  }
  if (found.sdkMissing) {
    warn(
      ctx,
      'W_TYPE_UNKNOWN',
      `@odata.type '${reference}' is not a type of today's SDK; the object is built as ${declared}`,
      valueNode,
    );
    return declared;
  }
  if (!ctx.schema.isSameOrDerived(found.fullName, declared)) {
    warn(
      ctx,
      'W_TYPE_UNKNOWN',
      `@odata.type '${reference}' does not derive from ${declared}; the object is built as ${declared}`,
      valueNode,
    );
    return declared;
  }
  return found.fullName;
}

const INTEGER_RANGES: Partial<Record<PrimitiveKind, readonly [bigint, bigint]>> = {
  byte: [0n, 255n],
  sbyte: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-2147483648n, 2147483647n],
  int64: [-9223372036854775808n, 9223372036854775807n],
};

function typeValue(node: JsonNode, type: TypeRef, ctx: BodyContext): Typed {
  if (node.type === 'null') return { ok: true, value: { kind: 'null' } };
  if (type.isCollection) {
    if (node.type !== 'array') return mismatch(node, `a JSON ${node.type} where a collection is expected`);
    const element = elementTypeOf(type);
    const items: ValueNode[] = [];
    const children = node.children ?? NO_MEMBERS;
    for (let c = 0; c < children.length; c++) {
      const typed = typeValue(children[c]!, element, ctx);
      if (!typed.ok) return typed;
      items.push(typed.value);
    }
    return { ok: true, value: { kind: 'array', elementType: element, items } };
  }
  if (type.primitive) return typePrimitive(node, type.primitive, ctx);
  const def = ctx.schema.type(type.name);
  if (!def) {
    // A type the metadata names but does not define: keep the JSON as it is.
    return { ok: true, value: toUntyped(node, ctx) };
  }
  if (def.sdkMissing) {
    // Known to the CSDL only: today's SDK has no such class, so no snippet may name it.
    return { ok: false, code: 'W_TYPE_UNKNOWN', message: `${def.name} is not a type of today's SDK`, at: node };
  }
  if (def.kind === 'enum') {
    if (node.type !== 'string')
      return mismatch(node, `a JSON ${node.type} where the enum ${def.name} expects a string`);
    const found = enumMembersIn(def, String(node.value));
    if (!('members' in found)) {
      return {
        ok: false,
        code: 'W_ENUM_MEMBER_UNKNOWN',
        message: `'${found.unknown}' is not a member of the enum ${def.name}`,
        at: node,
      };
    }
    const { members } = found;
    if (members.length === 0)
      return { ok: false, code: 'W_ENUM_MEMBER_UNKNOWN', message: `an empty value for the enum ${def.name}`, at: node };
    return { ok: true, value: { kind: 'enum', enumTypeName: def.fullName, isFlags: def.isFlags, members } };
  }
  if (node.type !== 'object') return mismatch(node, `a JSON ${node.type} where ${def.name} expects an object`);
  return { ok: true, value: typeObject(node, def.fullName, ctx) };
}

/**
 * The type of a collection's elements, one object per collection type: the ASTs that hold it
 * are immutable, and the same collection properties recur across the examples.
 */
const elementTypeOf = memoizedByObject((collection: TypeRef): TypeRef => ({ ...collection, isCollection: false }));

/** An enum's member names by their lower-cased spelling (the first of a spelling wins). */
const enumMembersOf = memoizedByObject((def: EnumTypeDef): Map<string, string> => {
  const byLowerName = new Map<string, string>();
  for (const m of def.members) {
    const lower = m.name.toLowerCase();
    if (!byLowerName.has(lower)) byLowerName.set(lower, m.name);
  }
  return byLowerName;
});

/**
 * The members a value of the enum `def` names, in the SDK's spelling (matched in any case; none
 * for an empty value), or the first of its parts that is no member.
 */
function enumMembersIn(def: EnumTypeDef, text: string): { readonly members: string[] } | { readonly unknown: string } {
  const members: string[] = [];
  const byLowerName = enumMembersOf(def);
  for (const part of enumParts(def, text)) {
    const member = byLowerName.get(part.toLowerCase());
    if (member === undefined) return { unknown: part };
    members.push(member);
  }
  return { members };
}

/**
 * Whether a string value names members of the enum `def` only: {@link enumMembersIn}'s question
 * without building its list (asked of every candidate enum when guessing parameter types).
 */
function isEnumValue(def: EnumTypeDef, text: string): boolean {
  const byLowerName = enumMembersOf(def);
  return enumParts(def, text).every((part) => byLowerName.has(part.toLowerCase()));
}

/** The member names a string value of an enum lists: one, or for a flags enum `a,b` several. */
function enumParts(def: EnumTypeDef, text: string): string[] {
  if (!def.isFlags) return [text];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const INTEGER = /^-?\d+$/;

/**
 * Whether an integer token is within `range`. Below 16 digits a `Number` holds it exactly (and
 * compares exactly with a `bigint`), which saves parsing a `BigInt` for every integer.
 */
function inRange(integer: string, range: readonly [bigint, bigint]): boolean {
  const n = integer.length < 16 ? Number(integer) : BigInt(integer);
  return n >= range[0] && n <= range[1];
}

function typePrimitive(node: JsonNode, kind: PrimitiveKind, ctx: BodyContext): Typed {
  switch (kind) {
    case 'untyped':
    case 'stream':
      return { ok: true, value: toUntyped(node, ctx) };
    case 'boolean':
      return node.type === 'boolean'
        ? { ok: true, value: { kind: 'primitive', primitive: 'boolean', value: String(node.value) } }
        : mismatch(node, `a JSON ${node.type} where a boolean is expected`);
    case 'byte':
    case 'sbyte':
    case 'int16':
    case 'int32':
    case 'int64': {
      if (node.type !== 'number') return mismatch(node, `a JSON ${node.type} where an ${kind} number is expected`);
      const raw = numberText(node, ctx);
      const range = INTEGER_RANGES[kind]!;
      const isInteger = INTEGER.test(raw);
      if (!isInteger || !inRange(raw, range)) {
        // The SDK typings say only `number`, read as int32: without a CSDL a fraction means a
        // double and a larger integer an int64, not a mistake in the docs.
        if (!ctx.schema.hasContainer && kind === 'int32') {
          const widened = isInteger ? (inRange(raw, INTEGER_RANGES.int64!) ? 'int64' : null) : 'double';
          if (widened) return { ok: true, value: { kind: 'primitive', primitive: widened, value: raw } };
        }
        return mismatch(node, `${raw} is not a valid ${kind}`);
      }
      return { ok: true, value: { kind: 'primitive', primitive: kind, value: raw } };
    }
    case 'single':
    case 'double':
    case 'decimal':
      return node.type === 'number'
        ? { ok: true, value: { kind: 'primitive', primitive: kind, value: numberText(node, ctx) } }
        : mismatch(node, `a JSON ${node.type} where a ${kind} number is expected`);
    case 'string':
      return node.type === 'string'
        ? { ok: true, value: { kind: 'primitive', primitive: 'string', value: String(node.value) } }
        : mismatch(node, `a JSON ${node.type} where a string is expected`);
    default: {
      if (node.type !== 'string') return mismatch(node, `a JSON ${node.type} where a ${kind} string is expected`);
      const text = String(node.value);
      if (!isValidPrimitiveText(kind, text)) {
        return {
          ok: false,
          code: INVALID_CODES[kind] ?? 'W_VALUE_TYPE_MISMATCH',
          message: `'${text}' is not a valid ${kind}`,
          at: node,
        };
      }
      return { ok: true, value: { kind: 'primitive', primitive: kind, value: text } };
    }
  }
}

const INVALID_CODES: Partial<Record<PrimitiveKind, DiagnosticCode>> = {
  dateTimeOffset: 'W_INVALID_DATE_TIME',
  date: 'W_INVALID_DATE_TIME',
  timeOfDay: 'W_INVALID_DATE_TIME',
  duration: 'W_INVALID_DURATION',
  guid: 'W_INVALID_GUID',
  binary: 'W_INVALID_BINARY',
};

function mismatch(at: JsonNode, message: string): Typed {
  return { ok: false, code: 'W_VALUE_TYPE_MISMATCH', message, at };
}

function numberText(node: JsonNode, ctx: Pick<BodyContext, 'text'>): string {
  return ctx.text.slice(node.offset, node.offset + node.length);
}

export function toUntyped(node: JsonNode, ctx: Pick<BodyContext, 'text'>): UntypedNode {
  switch (node.type) {
    case 'object':
      return { kind: 'untypedObject', entries: untypedEntries(lastOccurrences(node), ctx) };
    case 'array':
      return { kind: 'untypedArray', items: untypedItems(node.children ?? NO_MEMBERS, ctx) };
    case 'string':
      return { kind: 'untypedString', value: String(node.value) };
    case 'number':
      return { kind: 'untypedNumber', value: numberText(node, ctx) };
    case 'boolean':
      return { kind: 'untypedBoolean', value: node.value === true };
    default:
      return { kind: 'untypedNull' };
  }
}

function untypedEntries(
  members: readonly JsonNode[],
  ctx: Pick<BodyContext, 'text'>,
): { key: string; value: UntypedNode }[] {
  const entries = new Array<{ key: string; value: UntypedNode }>(members.length);
  for (let m = 0; m < members.length; m++) {
    const pair = members[m]!.children!;
    entries[m] = { key: String(pair[0]!.value), value: pair[1] ? toUntyped(pair[1], ctx) : { kind: 'untypedNull' } };
  }
  return entries;
}

function untypedItems(children: readonly JsonNode[], ctx: Pick<BodyContext, 'text'>): UntypedNode[] {
  const items = new Array<UntypedNode>(children.length);
  for (let c = 0; c < children.length; c++) items[c] = toUntyped(children[c]!, ctx);
  return items;
}

function warn(ctx: BodyContext, code: DiagnosticCode, message: string, at: JsonNode): void {
  ctx.warnings.push({ severity: 'warning', code, message, location: ctx.locate(at.offset) });
}

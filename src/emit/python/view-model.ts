import { operationTakesBody } from '../../ast/operation-definition.js';
import { uploadContentTypeArgument } from '../../ast/stream-uploads.js';
import { memoized, memoizedByObject, memoizedPer } from '../../memo.js';
import type {
  AstBody,
  AstQueryOption,
  EnumNode,
  ObjectNode,
  PrimitiveNode,
  PropertyNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../ast/types.js';
import { queryValueText } from '../../http/query.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import { STRING_TYPE } from '../../metadata/schema.js';
import { tabs } from '../common/indent.js';
import { namespaceOf, upperFirst } from '../common/naming.js';
import {
  type BuilderStep,
  isMeSegment,
  requestBodyClassBase,
  requestBuilderSteps,
} from '../common/request-builders.js';
import { queryNeedsFullUrl, withUrlTarget } from '../common/with-url.js';
import { EmitError } from '../types.js';
import { PythonImports, pythonSymbol, type PythonSymbol } from './imports.js';
import {
  PY_NONE,
  paddedBase64,
  pyBoolean,
  pyBooleanToken,
  pyFloat,
  pyInteger,
  pyNumber,
  pyString,
} from './literals.js';
import {
  builderMemberName,
  className,
  enumMemberName,
  isIdentifier,
  modelModule,
  modelNamespaceModules,
  moduleName,
  packageName,
  propertyName,
  queryParameterName,
} from './naming.js';

/**
 * The plain view model `templates/python/snippet.hbs` prints. Every identifier, literal and
 * indentation string is final here; the templates only concatenate.
 *
 * Values are a two-kind tree: `inline` (printed as `text`) and `block` (`text` opens it —
 * `Class(`, `[` or `{` —, then one entry per line at `indent` with its `prefix` (`name = `,
 * `"key" : ` or nothing) and a trailing comma, then `closeIndent` + `close`). Model
 * constructors, lists and dictionaries are all blocks, so one recursive partial prints them.
 */
export interface SnippetView {
  readonly imports: readonly string[];
  readonly body: ValueView | null;
  readonly queryParameters: QueryParametersView | null;
  readonly requestConfiguration: RequestConfigurationView | null;
  readonly call: CallView;
}

export interface ValueView {
  readonly kind: 'inline' | 'block';
  readonly text: string;
  readonly entries: readonly EntryView[];
  readonly closeIndent: string;
  readonly close: string;
}

export interface EntryView {
  readonly indent: string;
  readonly prefix: string;
  readonly value: ValueView;
}

export interface QueryParametersView {
  /** `UsersRequestBuilder.UsersRequestBuilderGetQueryParameters` */
  readonly className: string;
  readonly entries: readonly { readonly indent: string; readonly name: string; readonly value: string }[];
}

export interface RequestConfigurationView {
  readonly withQueryParameters: boolean;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
}

export interface CallView {
  readonly assignsResult: boolean;
  /** `.users.by_user_id('user-id').send_mail` (with a final `.with_url("…")` when needed). */
  readonly chain: string;
  readonly method: string;
  /** `request_body, request_configuration = request_configuration` */
  readonly arguments: string;
}

// ---------------------------------------------------------------------------------------------
// Small constructors

function inline(text: string): ValueView {
  return { kind: 'inline', text, entries: [], closeIndent: '', close: '' };
}

function block(open: string, entries: EntryView[], depth: number, close: string): ValueView {
  return { kind: 'block', text: open, entries, closeIndent: tabs(depth), close };
}

const NONE = inline(PY_NONE);

// ---------------------------------------------------------------------------------------------
// Request-builder chain

/** One request-builder step in Python terms. */
interface PyStep {
  /** Text after the `.`: `users`, `by_user_id('user-id')`, `get_email_activity_counts_with_period("{period}")`. */
  readonly member: string;
  /** Module path this step adds below `<pkg>.generated`: `users`, `item`, `users.item`. */
  readonly modulePath: string;
  /** Builder class without the `RequestBuilder` suffix. */
  readonly builderClass: string;
  readonly step: BuilderStep;
}

function checkedIdentifier(name: string, what: string): string {
  if (!isIdentifier(name)) throw new EmitError(`cannot write ${what} "${name}" as a Python identifier`);
  return name;
}

/**
 * msgraph-beta-sdk 1.66.0 (the pinned beta SDK) declares `GraphServiceClient.me` as a plain
 * method, without the `@property` the v1.0 SDK has: `graph_client.me.messages` is an
 * AttributeError there, `graph_client.me().messages` works. Set to `false` when a beta SDK
 * restores the property.
 */
const BETA_ME_IS_METHOD = true;

function pythonSteps(ast: SnippetAst): PyStep[] {
  const steps = requestBuilderSteps(ast.path);
  const out: PyStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    out.push(i === 0 && isMeSegment(step.segment) ? meStep(step, ast.version) : pyStep(step));
  }
  return out;
}

/** `graph_client.me` is the users item builder: its modules live under `users/item`. */
function meStep(step: BuilderStep, version: string): PyStep {
  const member = BETA_ME_IS_METHOD && version === 'beta' ? 'me()' : 'me';
  return { member, modulePath: 'users.item', builderClass: 'UserItem', step };
}

/** Python steps are a function of the step alone: made once per step (steps are shared by the examples). */
const pyStep = memoizedByObject((step: BuilderStep) => newPyStep(step));

function newPyStep(step: BuilderStep): PyStep {
  switch (step.kind) {
    case 'property':
      return {
        member: checkedIdentifier(builderMemberName(step.name), 'path segment'),
        modulePath: moduleName(step.namespacePart),
        builderClass: step.className,
        step,
      };
    case 'indexer':
      return {
        member: `${checkedIdentifier(builderMemberName(step.methodName), 'key segment')}(${pyString(step.parameter, "'")})`,
        modulePath: 'item',
        builderClass: step.className,
        step,
      };
    case 'method': {
      const args = step.args.map((a) => (a.isInteger ? '1' : pyString(a.placeholder))).join(', ');
      return {
        member: `${checkedIdentifier(builderMemberName(step.name), 'function')}(${args})`,
        modulePath: moduleName(step.namespacePart),
        builderClass: step.className,
        step,
      };
    }
  }
}

function builderModule(pkg: string, steps: readonly PyStep[], file: string): string {
  let module = `${pkg}.generated`;
  for (const s of steps) module += `.${s.modulePath}`;
  return `${module}.${moduleName(file)}`;
}

// ---------------------------------------------------------------------------------------------
// Values

interface ValueContext {
  readonly ast: SnippetAst;
  readonly schema: SchemaIndex;
  readonly version: string;
  readonly imports: PythonImports;
  readonly models: ModelClasses;
}

/** The local name of a model or enum class, imported on first use. */
function modelClass(ctx: ValueContext, typeName: string): string {
  return ctx.imports.symbol(ctx.models.get(typeName));
}

/** The model and enum classes of one schema in one SDK version, each worked out once per run. */
class ModelClasses {
  constructor(
    private readonly schema: SchemaIndex,
    private readonly version: string,
  ) {}

  readonly get = memoized((typeName: string): PythonSymbol => {
    const def = this.schema.type(typeName);
    const fullName = def ? def.fullName : typeName;
    const cls = checkedIdentifier(className(fullName), 'class');
    // Only used when two classes of one name meet: `SecurityAlert` for `security.alert`.
    const nsModules = modelNamespaceModules(def ? def.namespace : namespaceOf(fullName));
    const aliasHint =
      nsModules.map((m) => upperFirst(m.replace(SNAKE_JOINT, (_, c: string) => c.toUpperCase()))).join('') + cls;
    return pythonSymbol(modelModule(fullName, this.version), cls, aliasHint);
  });

  /** See {@link hasSdkClass}. */
  readonly hasClass = memoized((typeName: string): boolean => this.schema.type(typeName)?.sdkMissing !== true);
}

const modelClassesOf = memoizedPer((schema: SchemaIndex, version: string) => new ModelClasses(schema, version));

const SNAKE_JOINT = /_([a-z0-9])/g;

/**
 * Whether the SDK has a class for a type: types only the CSDL knows (`sdkMissing`) must not be
 * named; their values go out as plain data instead.
 */
function hasSdkClass(ctx: ValueContext, typeName: string): boolean {
  return ctx.models.hasClass(typeName);
}

function isUntyped(node: ValueNode): node is UntypedNode {
  return node.kind.startsWith('untyped');
}

/**
 * A declared property whose value Kiota's Python models cannot hold: `Edm.Untyped` properties
 * are removed from the generated models (conventions §6), and an object of no known type has
 * no class. Both go to `additional_data` under the wire name.
 */
function belongsInAdditionalData(ctx: ValueContext, p: PropertyNode): boolean {
  return (
    p.type?.primitive === 'untyped' ||
    isUntyped(p.value) ||
    (p.value.kind === 'object' && p.value.typeName === null) ||
    (p.value.kind === 'object' &&
      p.value.typeName !== null &&
      p.value.typeName !== undefined &&
      !hasSdkClass(ctx, p.value.typeName)) ||
    (p.value.kind === 'enum' && (p.value.members.length > 1 || !hasSdkClass(ctx, p.value.enumTypeName)))
  );
}

/** Field names a model already has besides its properties; a property may not take them. */
const HOLDER_FIELDS: ReadonlySet<string> = new Set(['additional_data', 'backing_store']);

interface ModelField {
  readonly name: string;
  /** `name = `, what the field's line starts with. */
  readonly prefix: string;
}

/**
 * The dataclass field of a wire property, or `null` when its name is no Python identifier or one
 * of the {@link HOLDER_FIELDS} (worked out once per name).
 */
const modelField = memoized((wire: string): ModelField | null => {
  const name = propertyName(wire);
  return isIdentifier(name) && !HOLDER_FIELDS.has(name) ? { name, prefix: `${name} = ` } : null;
});

interface ExtraEntry {
  readonly key: string;
  readonly value: ValueNode;
}

function objectView(ctx: ValueContext, node: ObjectNode, depth: number, classLocal: string | null): ValueView {
  const callee =
    classLocal ?? (node.typeName !== null && hasSdkClass(ctx, node.typeName) ? modelClass(ctx, node.typeName) : null);
  if (callee === null) return untypedObjectView(ctx, node, depth);
  const inner = tabs(depth + 1);
  const entries: EntryView[] = [];
  const extra: ExtraEntry[] = [];
  const used = new Set<string>();
  const properties = node.properties;
  for (let i = 0; i < properties.length; i++) {
    const p = properties[i]!;
    const field = modelField(p.name);
    if (belongsInAdditionalData(ctx, p) || field === null || used.has(field.name)) {
      extra.push({ key: p.name, value: p.value });
      continue;
    }
    used.add(field.name);
    entries.push({ indent: inner, prefix: field.prefix, value: valueView(ctx, p.value, depth + 1) });
  }
  pushAdditionalData(extra, node);
  if (extra.length > 0) {
    entries.push({ indent: inner, prefix: 'additional_data = ', value: dictView(ctx, extra, depth + 1) });
  }
  return block(`${callee}(`, entries, depth, ')');
}

function dictView(ctx: ValueContext, items: readonly ExtraEntry[], depth: number): ValueView {
  const inner = tabs(depth + 1);
  return block(
    '{',
    items.map((e) => ({ indent: inner, prefix: `${pyString(e.key)} : `, value: valueView(ctx, e.value, depth + 1) })),
    depth,
    '}',
  );
}

/** Appends an object's additional data to `out` (its entries are already wire key and value). */
function pushAdditionalData(out: ExtraEntry[], node: ObjectNode): void {
  const additionalData = node.additionalData;
  for (let i = 0; i < additionalData.length; i++) out.push(additionalData[i]!);
}

/** An object of no known type: a plain dictionary with its wire keys. */
function untypedObjectView(ctx: ValueContext, node: ObjectNode, depth: number): ValueView {
  const items: ExtraEntry[] = [];
  const properties = node.properties;
  for (let i = 0; i < properties.length; i++) items.push({ key: properties[i]!.name, value: properties[i]!.value });
  pushAdditionalData(items, node);
  return dictView(ctx, items, depth);
}

function listView(ctx: ValueContext, items: readonly ValueNode[], depth: number): ValueView {
  const inner = tabs(depth + 1);
  return block(
    '[',
    items.map((item) => ({ indent: inner, prefix: '', value: valueView(ctx, item, depth + 1) })),
    depth,
    ']',
  );
}

function enumView(ctx: ValueContext, node: EnumNode): ValueView {
  if (node.members.length === 0) return NONE;
  // Kiota's Python models hold one enum member; several flags have no typed spelling (`A | B`
  // is a TypeError on `str` enums), so they are sent as the wire text `a,b`.
  if (node.members.length > 1 || !hasSdkClass(ctx, node.enumTypeName)) return inline(pyString(node.members.join(',')));
  const cls = modelClass(ctx, node.enumTypeName);
  return inline(`${cls}.${checkedIdentifier(enumMemberName(node.members[0]!), 'enum member')}`);
}

function primitiveText(ctx: ValueContext, node: PrimitiveNode): string {
  const v = node.value;
  switch (node.primitive) {
    case 'string':
      return pyString(v);
    case 'boolean':
      return pyBooleanToken(v) ?? pyString(v);
    case 'byte':
    case 'sbyte':
    case 'int16':
    case 'int32':
    case 'int64':
      return pyInteger(v) ?? pyString(v);
    case 'single':
    case 'double':
    case 'decimal':
      return pyFloat(v) ?? pyString(v);
    case 'dateTimeOffset':
      ctx.imports.useStdlib('datetime');
      return `datetime.fromisoformat(${pyString(v)})`;
    case 'date':
      ctx.imports.useStdlib('date');
      return `date.fromisoformat(${pyString(v)})`;
    case 'timeOfDay':
      ctx.imports.useStdlib('time');
      return `time.fromisoformat(${pyString(v)})`;
    case 'duration':
      // Kept as the ISO 8601 text: kiota-serialization-json writes a `timedelta` as
      // `str(td)` ("14 days, 0:00:00"), which Graph rejects, while it passes a valid ISO
      // duration string through unchanged.
      return pyString(v);
    case 'guid':
      ctx.imports.useStdlib('UUID');
      return `UUID(${pyString(v)})`;
    case 'binary':
      ctx.imports.useStdlib('base64');
      return `base64.urlsafe_b64decode(${pyString(paddedBase64(v))})`;
  }
}

function untypedView(ctx: ValueContext, node: UntypedNode, depth: number): ValueView {
  switch (node.kind) {
    case 'untypedObject':
      return dictView(ctx, node.entries, depth);
    case 'untypedArray':
      return listView(ctx, node.items, depth);
    case 'untypedString':
      return inline(pyString(node.value));
    case 'untypedNumber':
      return inline(pyNumber(node.value) ?? pyString(node.value));
    case 'untypedBoolean':
      return inline(pyBoolean(node.value));
    case 'untypedNull':
      return NONE;
  }
}

function valueView(ctx: ValueContext, node: ValueNode, depth: number): ValueView {
  switch (node.kind) {
    case 'object':
      return objectView(ctx, node, depth, null);
    case 'array':
      // The reference imports a typed list's element class where the list is, even when the
      // list is empty or holds derived classes only (seed 002: `UserSet`); keep its order.
      if (
        node.elementType?.name !== undefined &&
        ctx.schema.type(node.elementType.name) &&
        hasSdkClass(ctx, node.elementType.name)
      ) {
        modelClass(ctx, node.elementType.name);
      }
      return listView(ctx, node.items, depth);
    case 'primitive':
      return inline(primitiveText(ctx, node));
    case 'enum':
      return enumView(ctx, node);
    case 'null':
      return NONE;
    default:
      return untypedView(ctx, node, depth);
  }
}

// ---------------------------------------------------------------------------------------------
// Request body

/**
 * An empty `<Action>PostRequestBody` for an example that posts nothing to an action the
 * metadata gives parameters: its `post` requires a body (`post()` is a TypeError, `post(None)`
 * raises "body cannot be null"), and an empty one sends `{}`.
 */
function emptyActionBody(ast: SnippetAst, schema: SchemaIndex): AstBody | null {
  const last = ast.path[ast.path.length - 1];
  if (ast.method !== 'POST' || last?.kind !== 'action') return null;
  if (!operationTakesBody(ast.path, schema, false)) return null;
  return {
    kind: 'json',
    bodyType: { kind: 'actionParameters', operation: last.fullName, segmentName: last.name },
    value: { kind: 'object', typeName: null, declaredTypeName: null, properties: [], additionalData: [] },
  };
}

/**
 * The body for a POST/PATCH/PUT whose example sends none, where the SDK method requires one
 * (`post(body)` raises "body cannot be null" on `None`): what sends nothing, or `{}`, as the docs
 * do. An action with parameters gets its empty `<Action>PostRequestBody` (`emptyActionBody`), an
 * entity or collection path an empty model of its type (`ConversationMember()` serializes to
 * `{}`), a `$ref` an empty `ReferenceCreate`/`ReferenceUpdate`, a `$value` zero bytes. Paths with
 * no SDK class, functions and `$count` get none (the caller then passes `None` where the method
 * has a body parameter, as the reference does).
 */
function emptyBody(ast: SnippetAst, schema: SchemaIndex): AstBody | null {
  const last = ast.path[ast.path.length - 1];
  if (!last) return null;
  const emptyObject = (typeName: string | null): ObjectNode => ({
    kind: 'object',
    typeName,
    declaredTypeName: typeName,
    properties: [],
    additionalData: [],
  });
  switch (last.kind) {
    case 'action':
      return emptyActionBody(ast, schema);
    case 'ref':
      if (ast.method === 'PATCH') return null;
      return {
        kind: 'json',
        bodyType: { kind: 'reference', method: ast.method === 'PUT' ? 'PUT' : 'POST' },
        value: emptyObject(null),
      };
    case 'value':
      return { kind: 'stream', contentType: null, contentTypeArgument: null, length: 0 };
    case 'function':
    case 'count':
    case 'raw':
      return null;
    default: {
      const name = last.target?.name;
      const def = name ? schema.structured(name) : undefined;
      if (!def || def.sdkMissing) return null;
      return { kind: 'json', bodyType: { kind: 'type', typeName: def.fullName }, value: emptyObject(def.fullName) };
    }
  }
}

/** The request body, or `null` when the SDK method takes none. */
function bodyView(ctx: ValueContext, body: AstBody, steps: readonly PyStep[], pkg: string): ValueView | null {
  if (body.kind === 'stream') {
    // The SDK's stream methods take `bytes`; the example's content is not in the AST, so the
    // body is that many zero bytes (as TypeScript's `new ArrayBuffer(n)`).
    return inline(`bytes(${body.length})`);
  }
  const { bodyType, value } = body;
  if (value.kind !== 'object') return valueView(ctx, value, 0);
  switch (bodyType.kind) {
    case 'actionParameters': {
      // Kiota generates no `<Operation>PostRequestBody` for an operation without parameters (the
      // AST sends no body to such an action; a function POSTed `{}` gets here); an unknown
      // operation is assumed to take one.
      if (!operationTakesBody(ctx.ast.path, ctx.schema, true)) return null;
      const index = actionStepIndex(steps, bodyType.segmentName);
      const owner = steps.slice(0, index + 1);
      const ownerStep = owner[owner.length - 1]?.step;
      const cls = `${checkedIdentifier(ownerStep ? requestBodyClassBase(ownerStep) : upperFirst(bodyType.segmentName), 'action')}PostRequestBody`;
      const local = ctx.imports.symbol(pythonSymbol(builderModule(pkg, owner, cls), cls));
      return objectView(ctx, value, 0, local);
    }
    case 'reference': {
      const cls = bodyType.method === 'PUT' ? 'ReferenceUpdate' : 'ReferenceCreate';
      const local = ctx.imports.symbol(pythonSymbol(`${pkg}.generated.models.${moduleName(cls)}`, cls));
      return objectView(ctx, referenceObject(value), 0, local);
    }
    case 'type':
      return objectView(ctx, value, 0, value.typeName === null ? modelClass(ctx, bodyType.typeName) : null);
    case 'unknown':
      return objectView(ctx, value, 0, null);
  }
}

/** Index of the step that names the action (normally the last one). */
function actionStepIndex(steps: readonly PyStep[], segmentName: string): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    const segment = steps[i]!.step.segment;
    if ((segment.kind === 'action' || segment.kind === 'function') && segment.name === segmentName) return i;
  }
  return steps.length - 1;
}

/**
 * `ReferenceCreate`/`ReferenceUpdate` declare `@odata.id`; when the AST left it in additional
 * data (no schema for the body), it is moved to the declared `odata_id`.
 */
function referenceObject(node: ObjectNode): ObjectNode {
  const hasDeclared = node.properties.some((p) => p.name === '@odata.id');
  const entry = node.additionalData.find((e) => e.key === '@odata.id' && e.value.kind === 'untypedString');
  if (hasDeclared || !entry || entry.value.kind !== 'untypedString') return node;
  const id: PropertyNode = {
    name: '@odata.id',
    type: STRING_TYPE,
    value: { kind: 'primitive', primitive: 'string', value: entry.value.value },
  };
  return {
    ...node,
    properties: [id, ...node.properties],
    additionalData: node.additionalData.filter((e) => e !== entry),
  };
}

// ---------------------------------------------------------------------------------------------
// Query parameters, headers, call

/** The literal for one query option, typed as the SDK's query-parameter dataclasses type it. */
function queryLiteral(option: AstQueryOption): string {
  const value = option.value;
  const text = queryValueText(value);
  switch (option.system) {
    case 'select':
    case 'expand':
    case 'orderby': {
      const items = value.kind === 'list' ? value.items : [text];
      return `[${items.map((i) => pyString(i)).join(',')}]`;
    }
    case 'top':
    case 'skip':
      if (value.kind === 'integer') return String(value.value);
      return pyInteger(text) ?? pyString(text);
    case 'count':
      if (value.kind === 'boolean') return pyBoolean(value.value);
      return pyBooleanToken(text.toLowerCase()) ?? pyString(text);
    default:
      // `$filter`, `$search` and custom parameters are `str` fields in the SDK.
      return pyString(text);
  }
}

/** Headers that are not request-configuration headers (conventions §5). */
const DROPPED_HEADERS = new Set(['host', 'content-type']);

const METHOD_NAMES = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'delete' } as const;

/** The query options as fields of the query-parameter dataclass, or `null` when the request goes through `with_url`. */
function queryParameterEntries(ast: SnippetAst, schema: SchemaIndex): QueryParametersView['entries'] | null {
  if (queryNeedsFullUrl(ast, schema, queryFieldName)) return null;
  const entries: { indent: string; name: string; value: string }[] = [];
  const seen = new Map<string, number>();
  for (const option of ast.query) {
    const name = queryParameterName(option.name, option.system);
    // A repeated option would be a repeated keyword argument (a SyntaxError): the last wins.
    const entry = { indent: '\t\t', name, value: queryLiteral(option) };
    const at = seen.get(name);
    if (at === undefined) {
      seen.set(name, entries.length);
      entries.push(entry);
    } else {
      entries[at] = entry;
    }
  }
  return entries;
}

/** The field of the query-parameter dataclass an option is, `null` when no identifier can name it. */
function queryFieldName(option: AstQueryOption): string | null {
  const name = queryParameterName(option.name, option.system);
  return isIdentifier(name) ? name : null;
}

export function buildView(ast: SnippetAst, schema: SchemaIndex): SnippetView {
  const pkg = packageName(ast.version);
  const imports = new PythonImports(pkg);
  const ctx: ValueContext = {
    ast,
    schema,
    version: ast.version,
    imports,
    models: modelClassesOf(schema, ast.version),
  };
  const steps = pythonSteps(ast);
  const last = steps[steps.length - 1];

  // Query parameters: one dataclass field per option, unless one cannot be a field.
  let queryEntries: QueryParametersView['entries'] = [];
  let useWithUrl = false;
  if (ast.query.length > 0) {
    const entries = last === undefined ? null : queryParameterEntries(ast, schema);
    if (entries === null) useWithUrl = true;
    else queryEntries = entries;
  }

  const headers: { name: string; value: string }[] = [];
  for (let i = 0; i < ast.headers.length; i++) {
    const h = ast.headers[i]!;
    if (!DROPPED_HEADERS.has(h.name.toLowerCase())) headers.push({ name: pyString(h.name), value: pyString(h.value) });
  }

  // The builder and RequestConfiguration imports come right after GraphServiceClient, as in
  // the reference snippets; model imports follow in first-use order.
  let queryParameters: QueryParametersView | null = null;
  if (queryEntries.length > 0 && last !== undefined) {
    const builder = `${last.builderClass}RequestBuilder`;
    const local = imports.symbol(pythonSymbol(builderModule(pkg, steps, builder), builder));
    queryParameters = {
      className: `${local}.${builder}${upperFirst(METHOD_NAMES[ast.method])}QueryParameters`,
      entries: queryEntries,
    };
  }
  let requestConfiguration: RequestConfigurationView | null = null;
  if (queryParameters !== null || headers.length > 0) {
    imports.requestConfiguration();
    requestConfiguration = { withQueryParameters: queryParameters !== null, headers };
  }

  // `get()` and `delete()` take no body: one in a GET/DELETE example is not sent.
  const sendsBody = ast.method !== 'GET' && ast.method !== 'DELETE';
  const astBody = sendsBody ? (ast.body ?? emptyBody(ast, schema)) : null;
  const body = astBody ? bodyView(ctx, astBody, steps, pkg) : null;

  const args: string[] = [];
  if (body !== null) args.push('request_body');
  // As the reference: a body-taking method called without an example body, and for which
  // emptyBody has nothing better, gets `None`. An action's `post` has no body parameter when the
  // action has no parameters, so none there.
  else if (sendsBody && !endsWithAction(ast)) args.push(PY_NONE);
  // An upload that takes its content type (stream-uploads.ts): `put(request_body, "image/jpeg")`.
  const contentType = body === null ? null : uploadContentTypeArgument(ast);
  if (contentType !== null) args.push(pyString(contentType));
  if (requestConfiguration !== null) args.push('request_configuration = request_configuration');

  let chain = '';
  for (let i = 0; i < steps.length; i++) chain += `.${steps[i]!.member}`;
  if (useWithUrl) chain += `.with_url(${pyString(withUrlTarget(ast))})`;

  return {
    imports: imports.render(),
    body,
    queryParameters,
    requestConfiguration,
    call: {
      assignsResult: ast.responseType !== null,
      chain,
      method: METHOD_NAMES[ast.method],
      arguments: args.join(', '),
    },
  };
}

function endsWithAction(ast: SnippetAst): boolean {
  return ast.path[ast.path.length - 1]?.kind === 'action';
}

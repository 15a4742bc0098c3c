import { operationTakesBody } from '../../ast/operation-definition.js';
import { uploadContentTypeArgument } from '../../ast/stream-uploads.js';
import { memoized, memoizedByObject, memoizedPer } from '../../memo.js';
import type {
  AstBody,
  AstHeader,
  AstQueryOption,
  EnumNode,
  ObjectNode,
  PrimitiveNode,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../ast/types.js';
import { queryValueText } from '../../http/query.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import { tabs } from '../common/indent.js';
import { cleanupSymbolName, namespaceOf, upperFirst } from '../common/naming.js';
import {
  type BuilderStep,
  isMeSegment,
  requestBodyClassBase,
  requestBuilderSteps,
} from '../common/request-builders.js';
import { isPagingToken, withUrlTarget } from '../common/with-url.js';
import { ImportSet } from './imports.js';
import { tsBinary, tsBoolean, tsNumber, tsQuotedKey, tsString } from './literals.js';
import {
  enumConstName,
  enumMemberName,
  isPlainIdentifier,
  modelsSubpath,
  propertyName,
  queryParameterName,
  typeName,
} from './naming.js';

/**
 * The plain view model `templates/typescript/snippet.hbs` prints. Every identifier, literal and
 * indentation string is final here; the templates only concatenate.
 *
 * Values are a two-kind tree: `scalar` (printed inline) and `block` (an opening text, then one
 * entry per line, each starting with its pre-computed `lead` — tabs, then `key : ` — and
 * ending with `,`, then `closeIndent` + `close`). Objects, arrays, `createUntypedObject({…})`,
 * `additionalData`, headers and query parameters are all blocks, so one recursive partial
 * (`partials/value.hbs`) prints them all. Every field is present on every node (`''`, `[]`,
 * `null`), as the strict Handlebars environment requires.
 */
export interface SnippetView {
  readonly header: string;
  readonly imports: readonly string[];
  readonly clientFactory: string;
  readonly body: BodyView | null;
  readonly configuration: ValueView | null;
  /** Comment line before a `withUrl` call, or `null`. */
  readonly note: string | null;
  readonly call: CallView;
}

export interface BodyView {
  /** ` : Type` or `''`. */
  readonly annotation: string;
  readonly value: ValueView;
}

export interface CallView {
  readonly assignsResult: boolean;
  /** `.users`, `.byUserId("user-id")`, `.withUrl("…")`, … */
  readonly chain: readonly string[];
  readonly method: string;
  readonly args: string;
}

export interface ValueView {
  readonly kind: 'scalar' | 'block';
  /** `kind === 'scalar'`, as a field: the template tests it without a helper call. */
  readonly isScalar: boolean;
  /** Scalar text; `''` for blocks. */
  readonly text: string;
  readonly open: string;
  readonly entries: readonly EntryView[];
  readonly closeIndent: string;
  readonly close: string;
}

export interface EntryView {
  /** Final key text (`displayName`, `"@odata.id"`), or `null` for array items. */
  readonly key: string | null;
  /** What the line starts with: the indentation, then `key : ` when there is a key. */
  readonly lead: string;
  readonly value: ValueView;
}

const SNIPPET_HEADER = '//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY';
const WITH_URL_NOTE =
  '// Note: The URI string parameter used with withUrl() can be retrieved using the odataNextLink or odataDeltaLink property from a response object';
const KIOTA_ABSTRACTIONS = '@microsoft/kiota-abstractions';

/** Identifiers the snippet declares itself; an imported name equal to one gets an alias. */
const SNIPPET_LOCALS: ReadonlySet<string> = new Set([
  'graphServiceClient',
  'requestBody',
  'configuration',
  'result',
  'requestAdapter',
]);

function scalar(text: string): ValueView {
  return { kind: 'scalar', isScalar: true, text, open: '', entries: [], closeIndent: '', close: '' };
}

function block(open: string, entries: EntryView[], depth: number, close: string): ValueView {
  return { kind: 'block', isScalar: false, text: '', open, entries, closeIndent: tabs(depth), close };
}

/** An entry of a block whose entries are at `depth`. */
function entry(depth: number, key: string | null, value: ValueView): EntryView {
  return { key, lead: key === null ? tabs(depth) : `${tabs(depth)}${key} : `, value };
}

/**
 * Keeps the last entry for each key: TypeScript rejects duplicate keys in an object literal
 * (TS1117) and JSON readers keep the last value.
 */
function dedupeByKey(entries: EntryView[]): EntryView[] {
  if (entries.length < 2) return entries;
  const seen = new Set<string>();
  let duplicates = false;
  for (let i = 0; i < entries.length; i++) {
    const key = entries[i]!.key;
    if (key === null) continue;
    if (seen.has(key)) duplicates = true;
    seen.add(key);
  }
  if (!duplicates) return entries;
  const lastIndex = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.key !== null) lastIndex.set(e.key, i);
  });
  return entries.filter((e, i) => e.key === null || lastIndex.get(e.key) === i);
}

const ARRAY_QUERY_OPTIONS = new Set(['select', 'expand', 'orderby']);
const NUMBER_QUERY_OPTIONS = new Set(['top', 'skip']);
const SDK_TYPED_QUERY_OPTIONS = new Set(['select', 'expand', 'orderby', 'top', 'skip', 'count', 'filter', 'search']);
const DIGITS = /^\d+$/;
/** Methods whose Kiota TypeScript signature takes a request body. */
const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT']);

/** An imported name: the module and the name it exports. */
interface ModelImport {
  readonly module: string;
  readonly name: string;
}

/**
 * The imports of the model interfaces and enum consts of one schema from one SDK package, each
 * worked out once per run (the same types recur across the examples).
 */
class ModelImports {
  constructor(
    private readonly schema: SchemaIndex,
    private readonly sdkPackage: string,
  ) {}

  /** The interface of a model type: `User` from `@microsoft/msgraph-sdk/models`. */
  readonly modelInterface = memoized((fullName: string): ModelImport => {
    const def = this.schema.type(fullName);
    const full = def?.fullName ?? fullName;
    return { module: this.modelsModule(def?.namespace ?? namespaceOf(full)), name: typeName(full) };
  });

  /** The const holding an enum's members: `BodyTypeObject`. */
  readonly enumConst = memoized((fullName: string): ModelImport => {
    const def = this.schema.enumType(fullName);
    const full = def?.fullName ?? fullName;
    return { module: this.modelsModule(def?.namespace ?? namespaceOf(full)), name: enumConstName(full) };
  });

  private modelsModule(namespace: string): string {
    return `${this.sdkPackage}/${modelsSubpath(namespace)}`;
  }
}

const modelImportsOf = memoizedPer((schema: SchemaIndex, sdkPackage: string) => new ModelImports(schema, sdkPackage));

class ViewBuilder {
  readonly imports = new ImportSet(SNIPPET_LOCALS);
  readonly sdkPackage: string;
  private readonly models: ModelImports;

  constructor(
    private readonly ast: SnippetAst,
    private readonly schema: SchemaIndex,
  ) {
    this.sdkPackage = ast.version === 'beta' ? '@microsoft/msgraph-beta-sdk' : '@microsoft/msgraph-sdk';
    this.models = modelImportsOf(schema, this.sdkPackage);
  }

  // ---- names and imports ----

  /** Imports a model type (interface) and returns its local identifier. */
  modelType(fullName: string): string {
    const model = this.models.modelInterface(fullName);
    return this.imports.use(model.module, model.name);
  }

  enumConst(fullName: string): string {
    const model = this.models.enumConst(fullName);
    return this.imports.use(model.module, model.name);
  }

  kiota(name: string): string {
    return this.imports.use(KIOTA_ABSTRACTIONS, name);
  }

  // ---- typed values ----

  /** A value in a typed place (a model property, an array of the body, the body itself). */
  value(node: ValueNode, depth: number, inArray: boolean): ValueView {
    switch (node.kind) {
      case 'object':
        return this.object(node, depth, false);
      case 'array':
        return block(
          '[',
          node.items.map((item) => entry(depth + 1, null, this.value(item, depth + 1, true))),
          depth,
          ']',
        );
      case 'primitive':
        return scalar(this.primitive(node, inArray));
      case 'enum':
        return scalar(this.enumValue(node));
      case 'null':
        return scalar('null');
      default:
        return this.untyped(node, depth);
    }
  }

  /**
   * An object literal. A derived type in a base-typed place gets `as Derived`: TypeScript
   * rejects derived-only properties in a base-typed literal (sdk-conventions.md §6).
   * The body (`isRoot`) is annotated with its type instead of cast.
   */
  object(node: ObjectNode, depth: number, isRoot: boolean, promoteOdataId = false): ValueView {
    const entries: EntryView[] = [];
    const properties = node.properties;
    for (let i = 0; i < properties.length; i++) {
      const p = properties[i]!;
      entries.push(entry(depth + 1, propertyKey(p.name), this.value(p.value, depth + 1, false)));
    }
    const additional: EntryView[] = [];
    const additionalData = node.additionalData;
    for (let i = 0; i < additionalData.length; i++) {
      const a = additionalData[i]!;
      if (promoteOdataId && a.key === '@odata.id' && a.value.kind === 'untypedString') {
        // `ReferenceCreate`/`ReferenceUpdate` declare `odataId`; use it rather than the map.
        entries.push(entry(depth + 1, 'odataId', scalar(tsString(a.value.value))));
        continue;
      }
      additional.push(entry(depth + 2, tsQuotedKey(a.key), this.plain(a.value, depth + 2)));
    }
    if (additional.length > 0) {
      entries.push(entry(depth + 1, 'additionalData', block('{', dedupeByKey(additional), depth + 1, '}')));
    }
    let close = '}';
    if (
      !isRoot &&
      node.typeName !== null &&
      node.declaredTypeName !== null &&
      node.typeName !== node.declaredTypeName
    ) {
      close = `} as ${this.modelType(node.typeName)}`;
    }
    return block('{', dedupeByKey(entries), depth, close);
  }

  primitive(node: PrimitiveNode, inArray: boolean): string {
    // `DateOnly.parse` and friends return `T | undefined`; array items must be `T`.
    const bang = inArray ? '!' : '';
    switch (node.primitive) {
      case 'string':
      case 'guid':
        return tsString(node.value);
      case 'boolean':
        return tsBoolean(node.value);
      case 'byte':
      case 'sbyte':
      case 'int16':
      case 'int32':
      case 'int64':
      case 'single':
      case 'double':
      case 'decimal':
        return tsNumber(node.value);
      case 'dateTimeOffset':
        return `new Date(${tsString(node.value)})`;
      case 'date':
        return `${this.kiota('DateOnly')}.parse(${tsString(node.value)})${bang}`;
      case 'timeOfDay':
        return `${this.kiota('TimeOnly')}.parse(${tsString(node.value)})${bang}`;
      case 'duration':
        return `${this.kiota('Duration')}.parse(${tsString(node.value)})${bang}`;
      case 'binary':
        return tsBinary(node.value);
    }
  }

  /** `BodyTypeObject.Html`; flag enums are arrays in the SDK (`[XObject.A, XObject.B]`). */
  enumValue(node: EnumNode): string {
    const holder = this.enumConst(node.enumTypeName);
    const members = node.members.map((m) => `${holder}.${enumMemberName(m)}`);
    if (node.isFlags) return `[${members.join(', ')}]`;
    return members[0] ?? 'null';
  }

  /** Untyped JSON at a declared `Edm.Untyped` place: the SDK's `UntypedNode` factories. */
  untyped(node: UntypedNode, depth: number): ValueView {
    switch (node.kind) {
      case 'untypedObject':
        return block(
          `${this.kiota('createUntypedObject')}({`,
          dedupeByKey(node.entries.map((e) => entry(depth + 1, tsQuotedKey(e.key), this.untyped(e.value, depth + 1)))),
          depth,
          '})',
        );
      case 'untypedArray':
        return block(
          `${this.kiota('createUntypedArray')}([`,
          node.items.map((item) => entry(depth + 1, null, this.untyped(item, depth + 1))),
          depth,
          '])',
        );
      case 'untypedString':
        return scalar(`${this.kiota('createUntypedString')}(${tsString(node.value)})`);
      case 'untypedNumber':
        return scalar(`${this.kiota('createUntypedNumber')}(${tsNumber(node.value)})`);
      case 'untypedBoolean':
        return scalar(`${this.kiota('createUntypedBoolean')}(${node.value ? 'true' : 'false'})`);
      case 'untypedNull':
        return scalar(`${this.kiota('createUntypedNull')}()`);
    }
  }

  /**
   * Plain JSON for `additionalData` (`Record<string, unknown>`): the JSON serialization writer
   * writes nested plain objects and arrays as they are, whereas `UntypedNode` instances there
   * would be serialized as their internal fields.
   */
  plain(node: UntypedNode, depth: number): ValueView {
    switch (node.kind) {
      case 'untypedObject':
        return block(
          '{',
          dedupeByKey(node.entries.map((e) => entry(depth + 1, tsQuotedKey(e.key), this.plain(e.value, depth + 1)))),
          depth,
          '}',
        );
      case 'untypedArray':
        return block(
          '[',
          node.items.map((item) => entry(depth + 1, null, this.plain(item, depth + 1))),
          depth,
          ']',
        );
      case 'untypedString':
        return scalar(tsString(node.value));
      case 'untypedNumber':
        return scalar(tsNumber(node.value));
      case 'untypedBoolean':
        return scalar(node.value ? 'true' : 'false');
      case 'untypedNull':
        return scalar('null');
    }
  }

  // ---- body ----

  body(body: AstBody, steps: readonly BuilderStep[]): BodyView {
    if (body.kind === 'stream') {
      return { annotation: '', value: scalar(`new ArrayBuffer(${body.length})`) };
    }
    const value = body.value;
    if (value.kind !== 'object') return { annotation: '', value: this.value(value, 0, false) };
    const info = body.bodyType;
    let type: string | null = null;
    let promoteOdataId = false;
    switch (info.kind) {
      case 'actionParameters':
        type = this.actionBodyType(info.segmentName, steps);
        break;
      case 'reference':
        type = this.imports.use(
          `${this.sdkPackage}/models`,
          info.method === 'PUT' ? 'ReferenceUpdate' : 'ReferenceCreate',
        );
        promoteOdataId = true;
        break;
      case 'type':
        type = this.modelType(value.typeName ?? info.typeName);
        break;
      case 'unknown':
        type = value.typeName !== null ? this.modelType(value.typeName) : null;
        break;
    }
    return { annotation: type === null ? '' : ` : ${type}`, value: this.object(value, 0, true, promoteOdataId) };
  }

  /**
   * An empty body for a POST/PATCH/PUT whose example has none but whose SDK method requires
   * one (`patch(body: Channel)`, `createForward.post(body: CreateForwardPostRequestBody)`):
   * the call does not compile without it. Actions whose metadata declares no parameters
   * (`post(requestConfiguration?)`) and paths the schema does not describe get none.
   */
  emptyBody(steps: readonly BuilderStep[]): BodyView | null {
    const last = this.ast.path[this.ast.path.length - 1];
    if (!last || !BODY_METHODS.has(this.ast.method)) return null;
    const empty = (annotation: string): BodyView => ({ annotation, value: block('{', [], 0, '}') });
    switch (last.kind) {
      case 'action':
        if (!operationTakesBody(this.ast.path, this.schema, false)) return null;
        return empty(` : ${this.actionBodyType(last.name, steps)}`);
      case 'ref':
        return empty(
          ` : ${this.imports.use(`${this.sdkPackage}/models`, this.ast.method === 'PUT' ? 'ReferenceUpdate' : 'ReferenceCreate')}`,
        );
      case 'value':
        return { annotation: '', value: scalar('new ArrayBuffer(0)') };
      case 'function':
      case 'count':
      case 'raw':
        return null;
      default: {
        const target = last.target?.name;
        if (!target || !this.schema.structured(target)) return null;
        return empty(` : ${this.modelType(target)}`);
      }
    }
  }

  /**
   * `<Action>PostRequestBody`, from the request builder's folder in the service package:
   * `@microsoft/msgraph-sdk-users/users/item/sendMail` (`me` is `users/item` in TypeScript).
   */
  actionBodyType(segmentName: string, steps: readonly BuilderStep[]): string {
    const lower = segmentName.toLowerCase();
    let end = steps.length - 1;
    for (let i = steps.length - 1; i >= 0; i--) {
      const s = steps[i]!.segment;
      if (s.kind === 'action' && s.name.toLowerCase() === lower) {
        end = i;
        break;
      }
    }
    const actionStep = steps[end];
    const className = actionStep ? requestBodyClassBase(actionStep) : upperFirst(cleanupSymbolName(segmentName));
    let module = servicePackage(this.sdkPackage, steps);
    for (let i = 0; i <= end; i++) {
      const s = steps[i]!;
      module += i === 0 && isMeSegment(s.segment) ? '/users/item' : `/${s.namespacePart}`;
    }
    return this.imports.use(module, `${className}${upperFirst(this.ast.method.toLowerCase())}RequestBody`);
  }

  // ---- request configuration ----

  configuration(headers: readonly AstHeader[], query: readonly AstQueryOption[] | null): ValueView | null {
    const hasQuery = query !== null && query.length > 0;
    if (headers.length === 0 && !hasQuery) return null;
    const entries: EntryView[] = [];
    if (headers.length > 0) entries.push(entry(1, 'headers', block('{', this.headers(headers), 1, '}')));
    if (hasQuery) entries.push(entry(1, 'queryParameters', block('{', this.queryParameters(query), 1, '}')));
    return block('{', entries, 0, '}');
  }

  /**
   * Header entries (the AST already left out the ones the SDK sets itself, such as
   * `Content-Type`). A repeated header becomes one `string[]` entry: duplicate keys do not
   * compile.
   */
  headers(headers: readonly AstHeader[]): EntryView[] {
    const groups = new Map<string, { name: string; values: string[] }>();
    for (const h of headers) {
      const lower = h.name.toLowerCase();
      const g = groups.get(lower);
      if (g) g.values.push(h.value);
      else groups.set(lower, { name: h.name, values: [h.value] });
    }
    return [...groups.values()].map((g) =>
      entry(
        2,
        tsQuotedKey(g.name),
        scalar(g.values.length === 1 ? tsString(g.values[0]!) : `[${g.values.map(tsString).join(', ')}]`),
      ),
    );
  }

  queryParameters(query: readonly AstQueryOption[]): EntryView[] {
    const entries = query.map((q) => {
      const name = queryParameterName(q.name);
      return entry(2, objectKey(name), scalar(queryValue(q)));
    });
    return dedupeByKey(entries);
  }
}

/** `{ … }` keys: Kiota names are identifiers; anything else is quoted. */
function objectKey(name: string): string {
  return isPlainIdentifier(name) ? name : tsQuotedKey(name);
}

/** The key of a model property, from its wire name (memoized: the names recur a lot). */
const propertyKey = memoized((wire: string) => objectKey(propertyName(wire)));

function queryValue(option: AstQueryOption): string {
  // The SDK types select/expand/orderby as string[], top/skip as number, count as boolean,
  // and (almost) every other parameter as a string (`includeHiddenFolders?: string`).
  const { system, value } = option;
  if (system === null || !SDK_TYPED_QUERY_OPTIONS.has(system)) return tsString(queryValueText(value));
  switch (value.kind) {
    case 'list':
      return `[${value.items.map(tsString).join(',')}]`;
    case 'integer':
      return String(value.value);
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'string':
      if (ARRAY_QUERY_OPTIONS.has(system)) return `[${tsString(value.value)}]`;
      if (NUMBER_QUERY_OPTIONS.has(system) && DIGITS.test(value.value)) return value.value;
      if (system === 'count' && (value.value === 'true' || value.value === 'false')) return value.value;
      return tsString(value.value);
  }
}

/**
 * The service package whose side-effect import adds the first path segment to the client:
 * `@microsoft/msgraph-sdk-users` (also for `me`), `@microsoft/msgraph-beta-sdk-identitygovernance`.
 */
function servicePackage(sdkPackage: string, steps: readonly BuilderStep[]): string {
  const first = steps[0];
  if (!first) return sdkPackage;
  const segment = isMeSegment(first.segment) ? 'users' : first.namespacePart.toLowerCase();
  return `${sdkPackage}-${segment}`;
}

/**
 * `.name`, or `["name"]` when a segment the metadata does not know (a raw segment) does not
 * clean up to an identifier: the snippet then still parses, and the type check names the cause.
 */
function member(name: string): string {
  return isPlainIdentifier(name) ? `.${name}` : `[${tsString(name)}]`;
}

/** Step texts are a function of the step alone: computed once per step (steps are shared by the examples). */
const stepText = memoizedByObject((step: BuilderStep) => newStepText(step));

function newStepText(step: BuilderStep): string {
  switch (step.kind) {
    case 'property':
      return member(step.name);
    case 'indexer':
      return `${member(step.methodName)}(${tsString(step.parameter)})`;
    case 'method': {
      const args = step.args.map((a) => {
        // The SDK types path-function parameters as string, number or boolean.
        if (a.isInteger) return '1';
        if (a.source.type?.primitive === 'boolean') return 'true';
        return tsString(a.placeholder);
      });
      return `${member(step.name)}(${args.join(', ')})`;
    }
  }
}

/**
 * Skip and delta tokens are not query parameters of any TypeScript request builder; like the
 * reference does for C#, such a request is made on the full URL with `withUrl(…)`.
 */
function tokenUrl(ast: SnippetAst): string | null {
  return ast.query.some(isPagingToken) ? withUrlTarget(ast) : null;
}

export function buildSnippetView(ast: SnippetAst, schema: SchemaIndex): SnippetView {
  const b = new ViewBuilder(ast, schema);
  const steps = requestBuilderSteps(ast.path);
  const clientFactory = ast.version === 'beta' ? 'createGraphBetaServiceClient' : 'createGraphServiceClient';
  b.imports.use(b.sdkPackage, clientFactory);

  // GET and DELETE take no body in the SDK (`get(requestConfiguration?)`): a docs example's
  // body there cannot be sent, so it is left out rather than passed as the configuration.
  const body = !BODY_METHODS.has(ast.method) ? null : ast.body === null ? b.emptyBody(steps) : b.body(ast.body, steps);
  const url = tokenUrl(ast);
  const configuration = b.configuration(ast.headers, url === null ? ast.query : null);
  const chain: string[] = [];
  for (let i = 0; i < steps.length; i++) chain.push(stepText(steps[i]!));
  if (url !== null) chain.push(`.withUrl(${tsString(url)})`);
  const args: string[] = [];
  if (body !== null) args.push('requestBody');
  // An upload that takes its content type (stream-uploads.ts): `put(requestBody, "image/jpeg")`.
  const contentType = body === null ? null : uploadContentTypeArgument(ast);
  if (contentType !== null) args.push(tsString(contentType));
  if (configuration !== null) args.push('configuration');

  const sideEffect = steps.length > 0 ? servicePackage(b.sdkPackage, steps) : null;
  return {
    header: SNIPPET_HEADER,
    imports: b.imports.lines(sideEffect, b.sdkPackage),
    clientFactory,
    body,
    configuration,
    note: url === null ? null : WITH_URL_NOTE,
    call: {
      assignsResult: ast.responseType !== null,
      chain,
      method: ast.method.toLowerCase(),
      args: args.join(', '),
    },
  };
}

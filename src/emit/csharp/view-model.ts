import { memoizedByObject } from '../../memo.js';
import { uploadContentTypeArgument } from '../../ast/stream-uploads.js';
import { isValidPrimitiveText } from '../../ast/literal-validation.js';
import { operationTakesBody } from '../../ast/operation-definition.js';
import type {
  AdditionalDataEntry,
  ArrayNode,
  AstQueryOption,
  EnumNode,
  ObjectNode,
  PathSegment,
  SnippetAst,
  UntypedNode,
  ValueNode,
} from '../../ast/types.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import type { PrimitiveKind, TypeRef } from '../../metadata/schema.js';
import { queryValueText } from '../../http/query.js';
import { closeBrace, openBrace, tabs } from '../common/indent.js';
import { upperFirst } from '../common/naming.js';
import {
  requestBodyClassBase,
  requestBuilderSteps,
  type BuilderStep,
  type MethodArgument,
} from '../common/request-builders.js';
import { isPagingToken, queryNeedsFullUrl, withUrlTarget } from '../common/with-url.js';
import { EmitError } from '../types.js';
import { csNumber, csPrimitive, csString, csStringArray, untypedNumber } from './literals.js';
import { builderNamespace, enumMemberName, modelPropertyNames, propertyName, queryParameterName } from './naming.js';
import { KIOTA_ABSTRACTIONS, KIOTA_SERIALIZATION, TypeTable } from './type-table.js';

/**
 * The C# view model: plain data with every decision taken (names, escaping, indentation,
 * usings), which `templates/csharp/*.hbs` only print. Every field is an own property and
 * present in every object (null or [] when empty), as Handlebars' strict mode requires.
 *
 * Layout follows the seed (000_*): tabs; a block value is `new X` on the current line, then
 * `{` and `}` on their own lines at the current indentation, members one tab deeper, each
 * followed by `,`. `open` / `close` are that indentation plus the brace (a template cannot
 * print `{{indent}}}`: Handlebars reads `}}}` as the end of a triple-stash).
 */
export interface CsSnippetView {
  /** Namespaces for `using` lines, sorted ordinally. */
  readonly usings: readonly string[];
  readonly body: CsBodyView | null;
  /** A `$skiptoken`/`$deltatoken` URL: the call goes through `WithUrl`, with the reference's note. */
  readonly withUrlNote: boolean;
  readonly call: CsCallView;
}

export type CsBodyView =
  { readonly kind: 'object'; readonly value: CsValueView } | { readonly kind: 'stream'; readonly value: null };

export interface CsCallView {
  /** `var result = ` when the call returns a body, else empty. */
  readonly resultPrefix: string;
  /** `graphClient.Users["{user-id}"].SendMail` */
  readonly chain: string;
  /** `PostAsync`, `GetAsDeltaGetResponseAsync` */
  readonly method: string;
  /** `requestBody`, or null when the method takes no body. */
  readonly bodyArgument: string | null;
  readonly hasConfiguration: boolean;
  readonly queryParameters: readonly { readonly name: string; readonly value: string }[];
  readonly headers: readonly { readonly name: string; readonly value: string }[];
}

export type CsValueView =
  CsInlineView | CsObjectView | CsListView | CsUntypedObjectView | CsUntypedArrayView | CsDictionaryView;

export interface CsInlineView {
  readonly kind: 'inline';
  /** A complete expression: literal, enum member, `new UntypedString("x")`, `null`. */
  text: string;
}

export interface CsObjectView {
  readonly kind: 'object';
  className: string;
  readonly open: string;
  readonly close: string;
  readonly properties: readonly CsMemberView[];
  /** Indentation of the `AdditionalData = ...` line. */
  readonly additionalDataIndent: string;
  readonly additionalData: CsDictionaryView | null;
}

export interface CsMemberView {
  readonly indent: string;
  readonly name: string;
  readonly value: CsValueView;
}

/** `new List<T>` with one item per line. */
export interface CsListView {
  readonly kind: 'list';
  elementType: string;
  readonly open: string;
  readonly close: string;
  readonly items: readonly CsItemView[];
}

export interface CsItemView {
  readonly indent: string;
  readonly value: CsValueView;
}

/** `new UntypedObject(new Dictionary<string, UntypedNode> { { "k", v }, })` */
export interface CsUntypedObjectView {
  readonly kind: 'untypedObject';
  readonly open: string;
  readonly close: string;
  readonly entries: readonly CsEntryView[];
}

/** `new UntypedArray(new List<UntypedNode> { v, })` */
export interface CsUntypedArrayView {
  readonly kind: 'untypedArray';
  readonly open: string;
  readonly close: string;
  readonly items: readonly CsItemView[];
}

/** `new Dictionary<string, object> { { "k" , v }, }`: additional data, spaced as the seed. */
export interface CsDictionaryView {
  readonly kind: 'dictionary';
  readonly open: string;
  readonly close: string;
  readonly entries: readonly CsEntryView[];
}

/** One `{ "key", value }` pair, on three lines. */
export interface CsEntryView {
  readonly open: string;
  readonly close: string;
  readonly indent: string;
  /** The key as a C# string literal. */
  readonly key: string;
  readonly value: CsValueView;
}

/** C# element types of `List<T>` for primitives; value types are nullable, as Kiota declares them. */
const PRIMITIVE_TYPES: Readonly<Record<PrimitiveKind, string>> = {
  string: 'string',
  boolean: 'bool?',
  byte: 'byte?',
  sbyte: 'sbyte?',
  int16: 'short?',
  int32: 'int?',
  int64: 'long?',
  single: 'float?',
  double: 'double?',
  decimal: 'decimal?',
  dateTimeOffset: 'DateTimeOffset?',
  date: 'Date?',
  timeOfDay: 'Time?',
  duration: 'TimeSpan?',
  guid: 'Guid?',
  binary: 'byte[]',
  stream: 'Stream',
  untyped: 'UntypedNode',
};

const VERBS = { GET: 'Get', POST: 'Post', PATCH: 'Patch', PUT: 'Put', DELETE: 'Delete' } as const;

const INTEGER = /^-?\d+$/;

export function buildCsharpView(ast: SnippetAst, schema: SchemaIndex): CsSnippetView {
  return new ViewBuilder(ast, schema).build();
}

class ViewBuilder {
  private readonly types: TypeTable;
  private readonly steps: readonly BuilderStep[];
  /**
   * The call goes through `WithUrl`: a query option the SDK's query-parameter class lacks
   * (with-url.ts), such as a `$skiptoken`/`$deltatoken` or an option of a POST.
   */
  private readonly withUrl: boolean;

  constructor(
    private readonly ast: SnippetAst,
    private readonly schema: SchemaIndex,
  ) {
    this.types = new TypeTable(schema, ast.version);
    this.steps = requestBuilderSteps(ast.path);
    this.withUrl = queryNeedsFullUrl(ast, schema, queryFieldName);
  }

  build(): CsSnippetView {
    const body = this.body();
    const call = this.call(body !== null);
    const usings = this.types.finish();
    // The reference's note says where a delta or skip-token URL comes from: for those alone.
    return { usings, body, withUrlNote: this.ast.query.some(isPagingToken), call };
  }

  // ---- request body -------------------------------------------------------------------

  private body(): CsBodyView | null {
    const body = this.ast.body;
    if (body === null) return this.missingBody();
    if (body.kind === 'stream') return { kind: 'stream', value: null };
    const root = body.value;
    if (root.kind !== 'object') {
      throw new EmitError(`the request body is a JSON ${describe(root)}; the C# SDK takes a model object here`);
    }
    switch (body.bodyType.kind) {
      case 'type':
        return { kind: 'object', value: this.objectValue(root, 0, root.typeName ?? body.bodyType.typeName) };
      case 'actionParameters': {
        // A body sent to a composable function (PATCH `range(address='A1')`) that holds none of
        // its parameters is an update of the function's return type, not an inline request
        // body (functions have none).
        const last = this.ast.path[this.ast.path.length - 1];
        const returned = last?.kind === 'function' && root.properties.length === 0 ? last.target?.name : undefined;
        const cls: ClassRef =
          returned && this.schema.structured(returned)
            ? { kind: 'model', fullName: returned }
            : this.requestBodyClass(body.bodyType.segmentName);
        return { kind: 'object', value: this.objectValue(root, 0, null, cls) };
      }
      case 'reference':
        return { kind: 'object', value: this.objectValue(root, 0, null, this.referenceClass(body.bodyType.method)) };
      case 'unknown':
        throw new EmitError('the type of the request body is unknown, and the C# SDK only takes typed bodies');
    }
  }

  /**
   * A POST/PATCH/PUT that the SDK declares with a body, written without one in the example:
   * an empty object of the body class, so that the snippet compiles and runs (the reference
   * passes `null`, which the SDK rejects at run time with an ArgumentNullException).
   */
  private missingBody(): CsBodyView | null {
    const method = this.ast.method;
    if (method === 'GET' || method === 'DELETE') return null;
    const last = this.ast.path[this.ast.path.length - 1];
    if (!last) return null;
    const empty = (className: ClassRef): CsBodyView => ({ kind: 'object', value: this.emptyObject(className) });
    switch (last.kind) {
      case 'action':
        return operationTakesBody(this.ast.path, this.schema, false) ? empty(this.requestBodyClass(last.name)) : null;
      case 'ref':
        return method === 'PATCH' ? null : empty(this.referenceClass(method === 'PUT' ? 'PUT' : 'POST'));
      case 'value':
        return { kind: 'stream', value: null };
      case 'function':
      case 'count':
        return null;
      default: {
        const name = last.target?.name;
        return name && this.schema.structured(name) ? empty({ kind: 'model', fullName: name }) : null;
      }
    }
  }

  /** `<Action>PostRequestBody` (`<Node><Method>RequestBody`), in the namespace of the action's request builder. */
  private requestBodyClass(segmentName: string): ClassRef {
    let end = this.steps.length;
    while (end > 0 && !isOperation(this.steps[end - 1]!.segment)) end--;
    const step = end > 0 ? this.steps[end - 1]! : undefined;
    const base = step ? requestBodyClassBase(step) : upperFirst(segmentName);
    return {
      kind: 'builder',
      name: `${base}${VERBS[this.ast.method]}RequestBody`,
      namespace: builderNamespace(end > 0 ? this.steps.slice(0, end) : this.steps, this.ast.version),
    };
  }

  /** Kiota's `$ref` models: `ReferenceCreate` (POST) and `ReferenceUpdate` (PUT), in Models. */
  private referenceClass(method: 'POST' | 'PUT'): ClassRef {
    return {
      kind: 'model',
      fullName: method === 'PUT' ? 'microsoft.graph.referenceUpdate' : 'microsoft.graph.referenceCreate',
    };
  }

  private emptyObject(className: ClassRef): CsObjectView {
    const view: CsObjectView = {
      kind: 'object',
      className: '',
      open: openBrace(0),
      close: closeBrace(0),
      properties: [],
      additionalDataIndent: tabs(1),
      additionalData: null,
    };
    this.useClass(className, (t) => (view.className = t));
    return view;
  }

  private useClass(ref: ClassRef, apply: (text: string) => void): void {
    if (ref.kind === 'model') this.types.model(ref.fullName, apply);
    else this.types.builderType(ref.name, ref.namespace, apply);
  }

  // ---- values ---------------------------------------------------------------------------

  /**
   * An object at `depth` (the indentation of the line it starts on). `typeName` is the class
   * to build; `explicitClass` names a class the schema does not know (request bodies, `$ref`).
   */
  private objectValue(
    node: ObjectNode,
    depth: number,
    typeName: string | null,
    explicitClass?: ClassRef,
  ): CsObjectView {
    const inner = depth + 1;
    const cls = typeName ?? node.typeName;
    if (!explicitClass && !cls) throw new EmitError('an object of unknown type cannot be built in C#');
    const indent = tabs(inner);
    const modelNames = cls && !explicitClass ? modelPropertyNames(cls, this.schema) : null;
    const properties: CsMemberView[] = [];
    const nodeProperties = node.properties;
    for (let i = 0; i < nodeProperties.length; i++) {
      const p = nodeProperties[i]!;
      properties.push({
        indent,
        name: modelNames !== null ? modelNames.of(p.name) : propertyName(p.name),
        value: this.value(p.value, inner),
      });
    }
    const view: CsObjectView = {
      kind: 'object',
      className: '',
      open: openBrace(depth),
      close: closeBrace(depth),
      properties,
      additionalDataIndent: indent,
      additionalData: node.additionalData.length > 0 ? this.dictionary(node.additionalData, inner) : null,
    };
    const apply = (t: string): void => {
      view.className = t;
    };
    if (explicitClass) this.useClass(explicitClass, apply);
    else this.types.model(cls!, apply);
    return view;
  }

  private value(node: ValueNode, depth: number): CsValueView {
    switch (node.kind) {
      case 'object':
        return this.objectValue(node, depth, node.typeName);
      case 'array':
        return this.listValue(node, depth);
      case 'primitive':
        if (node.primitive === 'date' || node.primitive === 'timeOfDay') this.types.importNamespace(KIOTA_ABSTRACTIONS);
        return { kind: 'inline', text: csPrimitive(node) };
      case 'enum':
        return this.enumValue(node);
      case 'null':
        return { kind: 'inline', text: 'null' };
      default:
        return this.untyped(node, depth);
    }
  }

  private listValue(node: ArrayNode, depth: number): CsListView {
    const view: CsListView = {
      kind: 'list',
      elementType: '',
      open: openBrace(depth),
      close: closeBrace(depth),
      items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.value(item, depth + 1) })),
    };
    this.elementType(node.elementType, (t) => (view.elementType = t));
    return view;
  }

  private elementType(t: TypeRef | null, apply: (text: string) => void): void {
    if (!t) return apply('object');
    if (t.primitive) {
      if (t.primitive === 'date' || t.primitive === 'timeOfDay') this.types.importNamespace(KIOTA_ABSTRACTIONS);
      if (t.primitive === 'untyped') this.types.importNamespace(KIOTA_SERIALIZATION);
      return apply(PRIMITIVE_TYPES[t.primitive]);
    }
    if (!t.name) return apply('object');
    this.types.model(t.name, this.types.isEnum(t.name) ? (text) => apply(`${text}?`) : apply);
  }

  /** `BodyType.Html`; flags `DaysOfWeek.Monday | DaysOfWeek.Friday`. */
  private enumValue(node: EnumNode): CsInlineView {
    const view: CsInlineView = { kind: 'inline', text: '' };
    const members = node.members.map(enumMemberName);
    this.types.model(node.enumTypeName, (t) => (view.text = members.map((m) => `${t}.${m}`).join(' | ')));
    return view;
  }

  /** JSON without a schema at a declared `UntypedNode` property (sdk-conventions.md §6). */
  private untyped(node: UntypedNode, depth: number): CsValueView {
    this.types.importNamespace(KIOTA_SERIALIZATION);
    switch (node.kind) {
      case 'untypedString':
        return { kind: 'inline', text: `new UntypedString(${csString(node.value)})` };
      case 'untypedNumber': {
        const n = untypedNumber(node.value);
        return { kind: 'inline', text: `new ${n.className}(${n.literal})` };
      }
      case 'untypedBoolean':
        return { kind: 'inline', text: `new UntypedBoolean(${node.value ? 'true' : 'false'})` };
      case 'untypedNull':
        return { kind: 'inline', text: 'new UntypedNull()' };
      case 'untypedArray':
        return {
          kind: 'untypedArray',
          open: openBrace(depth),
          close: closeBrace(depth),
          items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.untyped(item, depth + 1) })),
        };
      case 'untypedObject':
        return {
          kind: 'untypedObject',
          open: openBrace(depth),
          close: closeBrace(depth),
          entries: node.entries.map((e) => this.entry(e.key, depth, (d) => this.untyped(e.value, d))),
        };
    }
  }

  /** `AdditionalData = new Dictionary<string, object> { ... }`, keys exactly as on the wire. */
  private dictionary(entries: readonly AdditionalDataEntry[], depth: number): CsDictionaryView {
    return {
      kind: 'dictionary',
      open: openBrace(depth),
      close: closeBrace(depth),
      entries: entries.map((e) => this.entry(e.key, depth, (d) => this.additionalValue(e.value, d))),
    };
  }

  private entry(key: string, depth: number, value: (depth: number) => CsValueView): CsEntryView {
    return {
      open: openBrace(depth + 1),
      close: closeBrace(depth + 1),
      indent: tabs(depth + 2),
      key: csString(key),
      value: value(depth + 2),
    };
  }

  /**
   * A value in additional data (`object`): scalars as plain CLR values, which Kiota's JSON
   * writer writes as they are; string arrays as `List<string>` (the reference's shape for
   * `members@odata.bind`); other arrays as `List<object>`; objects as `UntypedObject`.
   */
  private additionalValue(node: UntypedNode, depth: number): CsValueView {
    switch (node.kind) {
      case 'untypedString':
        return { kind: 'inline', text: csString(node.value) };
      case 'untypedNumber':
        return { kind: 'inline', text: csNumber(node.value) };
      case 'untypedBoolean':
        return { kind: 'inline', text: node.value ? 'true' : 'false' };
      case 'untypedNull':
        return { kind: 'inline', text: 'null' };
      case 'untypedObject':
        return this.untyped(node, depth);
      case 'untypedArray': {
        const strings = node.items.length > 0 && node.items.every((i) => i.kind === 'untypedString');
        return {
          kind: 'list',
          elementType: strings ? 'string' : 'object',
          open: openBrace(depth),
          close: closeBrace(depth),
          items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.additionalValue(item, depth + 1) })),
        };
      }
    }
  }

  // ---- the call -------------------------------------------------------------------------

  private call(hasBody: boolean): CsCallView {
    const withUrl = this.withUrl;
    const steps = this.steps;
    let chain = 'graphClient';
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      chain += step.kind === 'method' ? this.methodStepText(step) : stepText(step);
    }
    if (withUrl) chain += `.WithUrl(${csString(withUrlTarget(this.ast))})`;
    const { query, headers: astHeaders } = this.ast;
    const queryParameters: { name: string; value: string }[] = [];
    if (!withUrl) for (let i = 0; i < query.length; i++) queryParameters.push(this.queryParameter(query[i]!));
    const headers: { name: string; value: string }[] = [];
    for (let i = 0; i < astHeaders.length; i++) {
      headers.push({ name: csString(astHeaders[i]!.name), value: csString(astHeaders[i]!.value) });
    }
    return {
      resultPrefix: this.ast.responseType ? 'var result = ' : '',
      chain,
      method: this.methodName(),
      bodyArgument: hasBody ? this.bodyArgument() : null,
      hasConfiguration: queryParameters.length > 0 || headers.length > 0,
      queryParameters,
      headers,
    };
  }

  /** `requestBody`; for an upload that takes its content type (stream-uploads.ts), that too. */
  private bodyArgument(): string {
    const contentType = uploadContentTypeArgument(this.ast);
    return contentType === null ? 'requestBody' : `requestBody, ${csString(contentType)}`;
  }

  /** A function call with arguments: its literals may import Kiota's `Date`/`Time`. */
  private methodStepText(step: Extract<BuilderStep, { kind: 'method' }>): string {
    const args = step.args.map((a) => functionArgument(a, this.types));
    return `.${upperFirst(step.name)}(${args.join(', ')})`;
  }

  /**
   * `GetAsync`, or `<Method>As<Builder><Method>ResponseAsync` when the operation's response is
   * an inline Kiota type: an action or function returning a collection, a primitive or an enum
   * (`PostAsGetMemberGroupsPostResponseAsync`, `GetAsDeltaGetResponseAsync`).
   */
  private methodName(): string {
    const verb = VERBS[this.ast.method];
    const last = this.steps[this.steps.length - 1];
    const response = this.ast.responseType;
    if (last && response && isOperation(last.segment) && this.isInlineResponse(response)) {
      return `${verb}As${last.className}${verb}ResponseAsync`;
    }
    return `${verb}Async`;
  }

  private isInlineResponse(t: TypeRef): boolean {
    if (t.isCollection) return true;
    if (t.primitive) return t.primitive !== 'stream';
    return t.name !== undefined && this.schema.enumType(t.name) !== undefined;
  }

  /**
   * `requestConfiguration.QueryParameters.<Name> = <value>;`: select/expand/orderby are
   * `string[]`, top/skip `int?`, count `bool?`, everything else a string (a custom `true`/`false`
   * a bool), as the reference types them without a parameter schema (sdk-conventions.md §5).
   */
  private queryParameter(q: AstQueryOption): { name: string; value: string } {
    // System options by their canonical name: the docs also write `$OrderBy`, `$Top`.
    const name = queryParameterName(q.system ? `$${q.system}` : q.name);
    const v = q.value;
    const text = queryValueText(v);
    switch (q.system) {
      case 'select':
      case 'expand':
      case 'orderby':
        return { name, value: csStringArray(v.kind === 'list' ? v.items : [text]) };
      case 'top':
      case 'skip': {
        const integer = text.trim();
        if (!INTEGER.test(integer))
          throw new EmitError(`$${q.system}=${integer} is not an integer, which the C# SDK requires`);
        return { name, value: integer };
      }
      case 'count': {
        const boolean = text.trim().toLowerCase();
        if (boolean !== 'true' && boolean !== 'false')
          throw new EmitError(`$count=${text} is not a boolean, which the C# SDK requires`);
        return { name, value: boolean };
      }
      default:
        if (q.system === null && v.kind === 'boolean') return { name, value: v.value ? 'true' : 'false' };
        return { name, value: csString(text) };
    }
  }
}

/** The property of `QueryParameters` an option is (`Select`, `StartDateTime`), `null` when no identifier can name it. */
function queryFieldName(q: AstQueryOption): string | null {
  const name = queryParameterName(q.system ? `$${q.system}` : q.name);
  return CS_IDENTIFIER.test(name) ? name : null;
}

const CS_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `.Users`, `["{user-id}"]`: the C# text of a property or indexer step, a function of the step
 * alone, so computed once per step (steps are shared by the examples of a run).
 */
const stepText = memoizedByObject((step: Exclude<BuilderStep, { kind: 'method' }>): string =>
  step.kind === 'property' ? `.${upperFirst(step.name)}` : `[${csString(`{${step.parameter}}`)}]`,
);

type ClassRef =
  | { readonly kind: 'model'; readonly fullName: string }
  | { readonly kind: 'builder'; readonly name: string; readonly namespace: string };

function isOperation(segment: PathSegment): boolean {
  return segment.kind === 'action' || segment.kind === 'function';
}

function describe(node: ValueNode): string {
  switch (node.kind) {
    case 'array':
    case 'untypedArray':
      return 'array';
    case 'null':
    case 'untypedNull':
      return 'null';
    case 'untypedObject':
      return 'object of unknown type';
    default:
      return 'scalar';
  }
}

/**
 * A function-parameter argument. Placeholders as the reference writes them (sdk-conventions.md
 * §0): strings `"{period}"`, integers `1`. Typed values that C# parses (`Date`, `DateTimeOffset`,
 * `Guid`, ...) use the URL's value when it is valid, so the snippet does not throw before
 * sending; else the placeholder, which compiles.
 */
function functionArgument(arg: MethodArgument, types: TypeTable): string {
  if (arg.isInteger) return '1';
  const kind = arg.source.type?.primitive;
  const value = arg.source.value;
  switch (kind) {
    case 'boolean':
      return value.toLowerCase() === 'false' ? 'false' : 'true';
    case 'single':
    case 'double':
    case 'decimal':
      return csPrimitive({
        kind: 'primitive',
        primitive: kind,
        value: /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? value : '0',
      });
    case 'date':
    case 'timeOfDay':
      types.importNamespace(KIOTA_ABSTRACTIONS);
      return csPrimitive({
        kind: 'primitive',
        primitive: kind,
        value: isValidPrimitiveText(kind, value) ? value : arg.placeholder,
      });
    case 'dateTimeOffset':
    case 'duration':
    case 'guid':
      return csPrimitive({
        kind: 'primitive',
        primitive: kind,
        value: isValidPrimitiveText(kind, value) ? value : arg.placeholder,
      });
    default:
      return csString(arg.placeholder);
  }
}

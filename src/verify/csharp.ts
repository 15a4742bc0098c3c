import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Node as SyntaxNode, Parser as ParserType } from 'web-tree-sitter';
import { rootNamespace } from '../emit/csharp/naming.js';
import { byKiotaParameterOrder } from '../emit/common/request-builders.js';
import { projectRoot } from '../paths.js';
import {
  builderMemberName,
  closest,
  operationBuilderName,
  type BuilderState,
  type CsharpClassInfo,
  type CsharpSchemaNames,
} from './csharp-names.js';
import { INTEGER_KINDS, type OperationDef, type TypeRef } from '../metadata/schema.js';
import type { CheckResult, VerifyFailure, VerifyNote, VerifySnippet } from './types.js';

/**
 * Checks the C# snippets without a .NET SDK: each one is parsed with the real C# grammar
 * (tree-sitter-c-sharp, as WebAssembly) and must parse completely (no ERROR or MISSING node);
 * then every name that depends on the Graph schema is looked up where it is used:
 *  - `new X` / `List<X>`: X is a model class or enum (or a request body of an action on the
 *    snippet's path, or a known System/Kiota type), and its namespace is among the usings;
 *  - `new X { P = ... }`: P is a property of X (or of its base types), or a parameter of the
 *    action whose request body X is;
 *  - `E.M`: M is a member of enum E;
 *  - `graphClient.A.B["..."].C.GetAsync()`: each builder member exists at that point of the
 *    path (entity set/singleton, navigation, property, cast, bound operation, Count/Ref/Content;
 *    a composable function continues with its return type);
 *  - `requestConfiguration.QueryParameters.X`: OData options have the SDK's spelling (`Orderby`),
 *    and the request's configuration has query parameters at all (GET; a `$ref`'s DELETE: `Id`;
 *    a single entity's GET: `Select` and `Expand` only);
 *  - `….FWithAWithB(x, y)`: a literal argument has the kind of its parameter (Kiota orders the
 *    parameters by name): no `"{count}"` where the function takes an Int32;
 *  - `new X { P = literal }`: the literal has the kind of P's type (no `"busy"` for an enum).
 * Not checked: method overloads, values that are not literals, the custom query parameters
 * of a collection's or a function's GET, header values. That is what a compiler would add.
 */

export interface CsharpIssue {
  readonly cause:
    | 'syntax'
    | 'unknown-class'
    | 'missing-using'
    | 'unknown-namespace'
    | 'unknown-property'
    | 'unknown-enum-member'
    | 'unknown-request-builder'
    | 'unknown-query-parameter'
    | 'argument-type'
    | 'literal-type';
  readonly detail: string;
  readonly line: number;
  readonly column: number;
}

export interface CsharpSnippetResult {
  readonly ok: boolean;
  /** False when no schema was available: only the syntax was checked. */
  readonly namesChecked: boolean;
  /** False when the schema has no entity container (typings-only): the chain was not walked. */
  readonly chainChecked: boolean;
  readonly issues: readonly CsharpIssue[];
}

let parserPromise: Promise<ParserType> | undefined;

/** One parser per process: loading the grammar's WebAssembly takes tens of milliseconds. */
export function csharpParser(root = projectRoot()): Promise<ParserType> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    // The grammar ships its own .wasm build; resolved from the project so the bundle (which keeps
    // the package external) and the tests find the same file.
    const require = createRequire(join(root, 'package.json'));
    const language = await Language.load(require.resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

/** Types a snippet may use that are not in the schema: System, Kiota, and SDK-only models. */
const KNOWN_TYPES = new Set([
  'GraphServiceClient',
  'List',
  'Dictionary',
  'IDictionary',
  'IList',
  'IEnumerable',
  'UntypedNode',
  'UntypedObject',
  'UntypedArray',
  'UntypedString',
  'UntypedBoolean',
  'UntypedNull',
  'UntypedDouble',
  'UntypedFloat',
  'UntypedDecimal',
  'UntypedInteger',
  'UntypedLong',
  'MemoryStream',
  'Stream',
  'Date',
  'Time',
  'DateTime',
  'DateTimeOffset',
  'TimeSpan',
  'Guid',
  'Uri',
  'String',
  'Object',
  // Kiota models of `$ref` bodies (POST/PUT .../$ref); not CSDL types.
  'ReferenceCreate',
  'ReferenceUpdate',
]);

/** Static receivers (`DateTimeOffset.Parse`) and namespace roots that are not schema names. */
const KNOWN_STATICS = new Set([
  'DateTimeOffset',
  'DateTime',
  'TimeSpan',
  'Guid',
  'Convert',
  'Encoding',
  'XmlConvert',
  'Date',
  'Time',
  'Math',
  'String',
  'Console',
  'Task',
  'Enumerable',
  'Array',
  'Uri',
  'Int32',
  'Int64',
  'Decimal',
  'Double',
  'Single',
  'Boolean',
  'Byte',
  'System',
  'Microsoft',
]);

const SYSTEM_QUERY_OPTIONS = ['Select', 'Expand', 'Filter', 'Orderby', 'Search', 'Top', 'Skip', 'Count'];
const SINGLE_ENTITY_QUERY_OPTIONS: ReadonlySet<string> = new Set(['Select', 'Expand']);
const REF_DELETE_QUERY_OPTIONS: ReadonlySet<string> = new Set(['Id']);
const NO_QUERY_OPTIONS: ReadonlySet<string> = new Set();

/**
 * What a chain addresses when it reaches its request method: an entity or a collection of
 * them, an operation, a `$ref` or another special builder (`$count`, `$value`), or a `WithUrl`
 * (whose query is in the URL).
 */
type Addressed = 'entity' | 'collection' | 'operation' | 'ref' | 'other' | 'url';
const TERMINAL_METHOD = /^(Get|Post|Patch|Put|Delete)(As\w+Response)?Async$/;

export function checkCsharpCode(
  parser: ParserType,
  code: string,
  names: CsharpSchemaNames | null,
): CsharpSnippetResult {
  const tree = parser.parse(code);
  if (!tree)
    return {
      ok: false,
      namesChecked: false,
      chainChecked: false,
      issues: [issueAt('syntax', 'the parser returned no tree', null)],
    };
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstErrorNode(root);
      const what = bad?.isMissing
        ? `missing ${bad.type}`
        : `unexpected ${JSON.stringify(bad?.text.slice(0, 40) ?? '')}`;
      return { ok: false, namesChecked: false, chainChecked: false, issues: [issueAt('syntax', what, bad)] };
    }
    if (!names) return { ok: true, namesChecked: false, chainChecked: false, issues: [] };
    const checker = new NameChecker(names);
    checker.run(root);
    return {
      ok: checker.issues.length === 0,
      namesChecked: true,
      chainChecked: checker.chainChecked,
      issues: checker.issues,
    };
  } finally {
    // web-tree-sitter trees live in WebAssembly memory: free them explicitly.
    tree.delete();
  }
}

function firstErrorNode(node: SyntaxNode): SyntaxNode | null {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing || child.isError)) {
      const found = firstErrorNode(child);
      if (found) return found;
    }
  }
  return node.hasError ? node : null;
}

function issueAt(cause: CsharpIssue['cause'], detail: string, node: SyntaxNode | null): CsharpIssue {
  return { cause, detail, line: (node?.startPosition.row ?? 0) + 1, column: (node?.startPosition.column ?? 0) + 1 };
}

type ChainStep =
  | { kind: 'root'; name: string; node: SyntaxNode }
  | { kind: 'member'; name: string; node: SyntaxNode }
  | { kind: 'index'; node: SyntaxNode }
  | { kind: 'call'; node: SyntaxNode }
  | { kind: 'other'; node: SyntaxNode };

function flattenChain(node: SyntaxNode): ChainStep[] {
  switch (node.type) {
    case 'identifier':
      return [{ kind: 'root', name: node.text, node }];
    case 'member_access_expression': {
      const expr = node.childForFieldName('expression');
      const name = node.childForFieldName('name');
      return [...(expr ? flattenChain(expr) : []), { kind: 'member', name: name?.text ?? '', node: name ?? node }];
    }
    case 'element_access_expression': {
      const expr = node.childForFieldName('expression');
      return [...(expr ? flattenChain(expr) : []), { kind: 'index', node }];
    }
    case 'invocation_expression': {
      const fn = node.childForFieldName('function');
      return [...(fn ? flattenChain(fn) : []), { kind: 'call', node }];
    }
    default:
      return [{ kind: 'other', node }];
  }
}

class NameChecker {
  readonly issues: CsharpIssue[] = [];
  chainChecked = true;
  private readonly usings = new Set<string>();
  private readonly locals = new Set<string>(['graphClient', 'requestConfiguration', 'requestAdapter']);
  /** Actions and functions on the snippet's request path (their request bodies are valid classes). */
  private readonly pathOperations: OperationDef[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly names: CsharpSchemaNames) {}

  run(root: SyntaxNode): void {
    const all: SyntaxNode[] = [];
    const collect = (n: SyntaxNode): void => {
      all.push(n);
      for (const c of n.namedChildren) if (c) collect(c);
    };
    collect(root);
    for (const n of all) {
      if (n.type === 'using_directive') {
        const name = n.namedChildren.find((c) => c && c.type !== 'identifier') ?? n.namedChildren[0];
        if (name) this.usings.add(name.text.replace(/\s+/g, ''));
      } else if (n.type === 'variable_declarator') {
        const id = n.childForFieldName('name');
        if (id) this.locals.add(id.text);
      } else if (n.type === 'parameter') {
        const id = n.childForFieldName('name');
        if (id) this.locals.add(id.text);
      }
    }
    // Chains first: the actions they reach decide which request-body classes exist.
    for (const n of all) if (n.type === 'invocation_expression') this.checkChainCall(n);
    this.checkUsings(all.find((n) => n.type === 'using_directive') ?? root);
    for (const n of all) {
      if (n.type === 'object_creation_expression') this.checkCreation(n);
      else if (n.type === 'member_access_expression') this.checkStaticAccess(n);
      else if (n.type === 'generic_name' && n.parent?.type !== 'object_creation_expression') this.checkTypeNode(n);
    }
  }

  private report(cause: CsharpIssue['cause'], detail: string, node: SyntaxNode | null): void {
    const key = `${cause}|${detail}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issueAt(cause, detail, node));
  }

  private checkUsings(node: SyntaxNode): void {
    const root = rootNamespace(this.names.version);
    const modelsRoot = `${root}.Models`;
    const otherRoot = root === 'Microsoft.Graph.Beta' ? 'Microsoft.Graph.Models' : 'Microsoft.Graph.Beta.';
    for (const u of this.usings) {
      if (u.startsWith(otherRoot)) {
        this.report('unknown-namespace', `using ${u}: wrong SDK for ${this.names.version}`, node);
      } else if (u === modelsRoot || u.startsWith(`${modelsRoot}.`)) {
        if (!this.names.namespaces.has(u))
          this.report('unknown-namespace', `using ${u}: no such model namespace`, node);
      }
    }
  }

  private checkChainCall(call: SyntaxNode): void {
    const parentIsChain =
      call.parent?.type === 'member_access_expression' || call.parent?.type === 'element_access_expression';
    if (parentIsChain) return; // only whole chains
    const steps = flattenChain(call);
    if (steps[0]?.kind !== 'root' || steps[0].name !== 'graphClient') return;
    if (!this.names.canCheckChains) {
      this.chainChecked = false;
      return;
    }
    const addressed = this.walkChain(steps);
    const terminal = steps.at(-2);
    const verb = terminal?.kind === 'member' ? TERMINAL_METHOD.exec(terminal.name)?.[1] : undefined;
    if (verb && addressed) this.checkQueryParameters(call, verb, addressed);
  }

  /**
   * Walks the request builders of a chain, reporting the first member that does not exist;
   * returns what the chain addresses when it reaches its request method, or `null` when it
   * stops before (reported, or not a request).
   */
  private walkChain(steps: readonly ChainStep[]): Addressed | null {
    const rootStep = steps[1];
    if (rootStep?.kind !== 'member') return null;
    let i = 2;
    let state: BuilderState | undefined = this.names.root(rootStep.name);
    if (!state && steps[2]?.kind === 'call') {
      state = this.names.alternateKeyRoot(rootStep.name);
      i = 3;
    }
    if (!state) {
      const hint = closest(rootStep.name, this.rootNames());
      this.report(
        'unknown-request-builder',
        `graphClient.${rootStep.name}: no such entity set or singleton${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`,
        rootStep.node,
      );
      return null;
    }
    let path = `graphClient.${rootStep.name}`;
    for (; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === 'index') {
        if (!state.collection) {
          this.report('unknown-request-builder', `${path}[...]: not a collection`, step.node);
          return null;
        }
        state = { type: state.type, collection: false };
        path += '[...]';
        continue;
      }
      if (step.kind !== 'member') return null;
      if (step.name === 'WithUrl') return 'url';
      if (TERMINAL_METHOD.test(step.name)) return state.collection ? 'collection' : 'entity';
      const member = this.names.member(state, step.name);
      if (!member) {
        const hint = closest(step.name, this.names.memberNames(state));
        this.report(
          'unknown-request-builder',
          `${path}.${step.name}: no such member on ${state.collection ? 'a collection of ' : ''}${state.type}${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`,
          step.node,
        );
        return null;
      }
      path += `.${step.name}`;
      if (member.kind === 'operation') {
        this.pathOperations.push(member.op);
        const call = steps[i + 1];
        const called = member.method && call?.kind === 'call';
        if (called) this.checkArguments(member.op, call.node, `${path}(…)`);
        // A composable function (`range()` of a workbook item) goes on like a navigation to its
        // return type; anything else ends the path.
        const returns = member.op.returnType;
        if (!member.op.isComposable || !returns?.name) return 'operation';
        if (called) i++;
        state = { type: returns.name, collection: returns.isCollection };
        continue;
      }
      if (member.kind === 'special') return step.name === 'Ref' ? 'ref' : 'other';
      state = member.next;
      if (!state.type) return null;
    }
    return null;
  }

  /**
   * The members of `requestConfiguration.QueryParameters` a request sets, against the class
   * Kiota generates for it: query parameters are declared on GET (a single entity's: `$select`
   * and `$expand` only) and on a `$ref`'s DELETE (`@id`); any other request's configuration has
   * `DefaultQueryParameters`, with no members, and such a line does not compile. What a
   * collection's or a function's GET declares besides the OData options is not known here.
   */
  private checkQueryParameters(call: SyntaxNode, verb: string, addressed: Addressed): void {
    let allowed: ReadonlySet<string> | null;
    let why: string;
    if (verb === 'Get') {
      allowed = addressed === 'entity' ? SINGLE_ENTITY_QUERY_OPTIONS : null;
      why = "a single entity's GET has only Select and Expand";
    } else if (verb === 'Delete' && addressed === 'ref') {
      allowed = REF_DELETE_QUERY_OPTIONS;
      why = "a $ref's DELETE has only Id";
    } else {
      allowed = NO_QUERY_OPTIONS;
      why = `a ${verb.toUpperCase()} has no query parameters in the SDK (its configuration's are DefaultQueryParameters)`;
    }
    if (allowed === null) return;
    const args = call.childForFieldName('arguments');
    if (!args) return;
    const visit = (n: SyntaxNode): void => {
      if (n.type === 'member_access_expression') {
        const expr = n.childForFieldName('expression');
        const name = n.childForFieldName('name');
        if (expr && name && expr.text.replace(/\s+/g, '') === 'requestConfiguration.QueryParameters') {
          if (!allowed.has(name.text))
            this.report('unknown-query-parameter', `QueryParameters.${name.text}: ${why}`, name);
          return;
        }
      }
      for (const c of n.namedChildren) if (c) visit(c);
    };
    visit(args);
  }

  /**
   * The literal arguments of a function's builder method against its parameters, which Kiota
   * orders by name (`CellWithRowWithColumn(column, row)`): a string where the parameter is a
   * number or a Boolean, or a number or Boolean where it is a string, does not compile.
   */
  private checkArguments(op: OperationDef, call: SyntaxNode, where: string): void {
    const list = call.childForFieldName('arguments');
    const args = list ? list.namedChildren.filter((n): n is SyntaxNode => n !== null && n.type === 'argument') : [];
    const params = [...op.parameters].sort(byKiotaParameterOrder);
    for (let k = 0; k < Math.min(args.length, params.length); k++) {
      const literal = args[k]!.namedChildren[0];
      const expected = literalKindOf(params[k]!.type);
      const actual = literal ? ARGUMENT_LITERALS[literal.type] : undefined;
      if (expected && actual && !literalFits(expected, actual)) {
        this.report(
          'argument-type',
          `${where}: argument ${k + 1} is ${withArticle(actual)} literal, but the parameter ${params[k]!.name} is ${withArticle(expected)}`,
          args[k]!,
        );
      }
    }
  }

  private rootNames(): string[] {
    const out: string[] = [];
    for (const s of this.names.schema.schema.container?.entitySets ?? []) out.push(builderMemberName(s.name));
    for (const s of this.names.schema.schema.container?.singletons ?? []) out.push(builderMemberName(s.name));
    return out;
  }

  /** Resolves a class name; reports what is wrong; returns what it found. */
  private resolveClass(
    name: string,
    node: SyntaxNode,
  ):
    | { kind: 'known' }
    | { kind: 'schema'; info: CsharpClassInfo }
    | { kind: 'body'; ops: OperationDef[] }
    | { kind: 'unknown' } {
    if (KNOWN_TYPES.has(name)) return { kind: 'known' };
    const infos = this.names.classes.get(name);
    if (infos && infos.length > 0) {
      const visible = infos.find((i) => this.usings.has(i.namespace));
      if (!visible) {
        this.report(
          'missing-using',
          `${name} is in ${[...new Set(infos.map((i) => i.namespace))].join(' or ')}, which is not imported`,
          node,
        );
        return { kind: 'schema', info: infos[0]! };
      }
      return { kind: 'schema', info: visible };
    }
    const body = /^(\w+?)(Post|Put|Patch)RequestBody$/.exec(name);
    if (body) {
      const base = body[1]!;
      // The body class is named after the operation without the builder's `Path` suffix
      // (`DeletePostRequestBody` for the `DeletePath` builder of a `delete` action).
      const named = (op: OperationDef): boolean =>
        builderMemberName(op.name) === base || builderMemberName(op.name) === `${base}Path`;
      const onPath = this.pathOperations.filter(named);
      const ops =
        onPath.length > 0
          ? onPath
          : this.chainChecked
            ? []
            : [...this.names.operationsNamed(base), ...this.names.operationsNamed(`${base}Path`)];
      // Typings-only metadata knows no operations: the body class cannot be checked.
      if (ops.length === 0 && !this.names.canCheckChains) return { kind: 'unknown' };
      if (ops.length === 0) {
        this.report('unknown-class', `${name}: no action '${base}' on the request path`, node);
        return { kind: 'unknown' };
      }
      if (ops.every((op) => op.parameters.length === 0)) {
        // Kiota generates a request body class only for an action with parameters.
        this.report(
          'unknown-class',
          `${name}: the action '${base}' takes no parameters, so it has no body class`,
          node,
        );
        return { kind: 'unknown' };
      }
      // The namespace is the builder's: `…EnrollAssets`, or `…MicrosoftGraphWindowsUpdatesEnrollAssets`
      // for an action of a sub-namespace.
      const builders = new Set([base, ...ops.map(operationBuilderName)]);
      if (![...this.usings].some((u) => builders.has(u.slice(u.lastIndexOf('.') + 1)))) {
        this.report('missing-using', `${name} needs the using of its request builder's namespace (…${base})`, node);
      }
      return { kind: 'body', ops };
    }
    const hint = this.names.suggestClasses(name);
    this.report(
      'unknown-class',
      `${name}: no such class${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`,
      node,
    );
    return { kind: 'unknown' };
  }

  private checkTypeNode(node: SyntaxNode): void {
    switch (node.type) {
      case 'identifier':
        this.resolveClass(node.text, node);
        return;
      case 'nullable_type': {
        const inner = node.childForFieldName('type') ?? node.namedChildren[0];
        if (inner) this.checkTypeNode(inner);
        return;
      }
      case 'generic_name': {
        const [id, args] = node.namedChildren;
        if (id) this.resolveClass(id.text, id);
        for (const a of args?.namedChildren ?? []) if (a) this.checkTypeNode(a);
        return;
      }
      case 'array_type': {
        const inner = node.childForFieldName('type') ?? node.namedChildren[0];
        if (inner) this.checkTypeNode(inner);
        return;
      }
      default:
        return; // predefined types, qualified names
    }
  }

  private checkCreation(node: SyntaxNode): void {
    const type = node.childForFieldName('type');
    if (!type) return;
    if (type.type !== 'identifier') {
      this.checkTypeNode(type);
      return;
    }
    const resolved = this.resolveClass(type.text, type);
    const initializer = node.childForFieldName('initializer');
    if (!initializer) return;
    let allowed: Set<string> | undefined;
    let types: ReadonlyMap<string, TypeRef> | undefined;
    let owner = type.text;
    if (resolved.kind === 'schema' && resolved.info.kind === 'class') {
      allowed = this.names.properties(resolved.info.fullName);
      types = this.names.propertyTypes(resolved.info.fullName);
    } else if (resolved.kind === 'body') {
      allowed = new Set(['AdditionalData']);
      // Several overloads may type a parameter differently: checked only for a single one.
      const single = resolved.ops.length === 1 ? new Map<string, TypeRef>() : undefined;
      for (const op of resolved.ops) {
        for (const p of op.parameters) {
          const name = this.names.naming.propertyName(p.name);
          allowed.add(name);
          single?.set(name, p.type);
        }
      }
      types = single;
      owner = `${type.text} (parameters of ${resolved.ops[0]!.name})`;
    }
    if (!allowed) return;
    for (const child of initializer.namedChildren) {
      if (child?.type !== 'assignment_expression') continue;
      const left = child.childForFieldName('left');
      if (!left || left.type !== 'identifier') continue;
      if (!allowed.has(left.text)) {
        const hint = closest(left.text, allowed);
        this.report(
          'unknown-property',
          `${owner} has no property ${left.text}${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`,
          left,
        );
        continue;
      }
      const declared = types?.get(left.text);
      const right = child.childForFieldName('right');
      if (declared && right) this.checkLiteralValue(`${owner}.${left.text}`, declared, right);
    }
  }

  /**
   * A literal assigned to a property of known type: a string for a number, Boolean or enum
   * (`Reason = "busy"` for a `RejectReason?`), or a number or Boolean for a string, does not
   * compile. (An integer converts to a floating-point property.)
   */
  private checkLiteralValue(where: string, declared: TypeRef, value: SyntaxNode): void {
    const actual = ARGUMENT_LITERALS[value.type];
    if (!actual || declared.isCollection) return;
    let expected: ExpectedKind | undefined = declared.primitive
      ? literalKindOf(declared)
      : this.names.schema.enumType(declared.name)
        ? 'enum'
        : undefined;
    // The typings say `number` for every numeric kind (read as Int32): any number fits there.
    if (expected === 'integer' && !this.names.schema.hasContainer) expected = 'number';
    if (!expected || literalFits(expected, actual)) return;
    this.report(
      'literal-type',
      `${where}: ${withArticle(actual)} literal where the property is ${expected === 'enum' ? `the enum ${declared.name}` : withArticle(expected)}`,
      value,
    );
  }

  private checkStaticAccess(node: SyntaxNode): void {
    const expr = node.childForFieldName('expression');
    const name = node.childForFieldName('name');
    if (!expr || !name) return;
    if (
      expr.type === 'member_access_expression' &&
      expr.text.replace(/\s+/g, '') === 'requestConfiguration.QueryParameters'
    ) {
      const wrong = SYSTEM_QUERY_OPTIONS.find((o) => o.toLowerCase() === name.text.toLowerCase() && o !== name.text);
      if (wrong)
        this.report('unknown-query-parameter', `QueryParameters.${name.text}: the SDK spells it ${wrong}`, name);
      return;
    }
    if (expr.type !== 'identifier') return;
    const receiver = expr.text;
    if (this.locals.has(receiver) || KNOWN_STATICS.has(receiver) || !/^[A-Z]/.test(receiver)) return;
    const infos = this.names.classes.get(receiver);
    if (!infos) {
      this.resolveClass(receiver, expr); // reports unknown-class with suggestions
      return;
    }
    const visible = infos.find((i) => this.usings.has(i.namespace)) ?? infos[0]!;
    if (!infos.some((i) => this.usings.has(i.namespace))) {
      this.report('missing-using', `${receiver} is in ${visible.namespace}, which is not imported`, expr);
    }
    if (visible.kind !== 'enum') return;
    const members = this.names.enumMembers(visible.fullName);
    if (!members.has(name.text)) {
      const hint = closest(name.text, members);
      this.report(
        'unknown-enum-member',
        `${receiver}.${name.text}: no such member${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`,
        name,
      );
    }
  }
}

/** Per-version name indexes, built on first use: building one walks every type of the schema. */
export type CsharpNamesProvider = (version: string) => CsharpSchemaNames | null;

export async function verifyCsharp(
  snippets: readonly VerifySnippet[],
  namesFor: CsharpNamesProvider,
): Promise<CheckResult> {
  const started = performance.now();
  const parser = await csharpParser();
  const parserMs = performance.now() - started;
  const failures: VerifyFailure[] = [];
  const notes: VerifyNote[] = [];
  let passed = 0;
  let namesChecked = 0;
  let chainChecked = 0;
  let checkMs = 0;
  for (const s of snippets) {
    const names = namesFor(s.version);
    const t = performance.now();
    const result = checkCsharpCode(parser, s.code, names);
    checkMs += performance.now() - t;
    if (result.namesChecked) namesChecked++;
    if (result.chainChecked) chainChecked++;
    if (!result.namesChecked && result.ok)
      notes.push({ example: s.example, language: 'csharp', note: `names not checked (no schema for ${s.version})` });
    else if (result.namesChecked && !result.chainChecked)
      notes.push({
        example: s.example,
        language: 'csharp',
        note: 'chain not checked (schema has no entity container)',
      });
    if (result.ok) {
      passed++;
      continue;
    }
    const first = result.issues[0]!;
    const more = result.issues.length > 1 ? ` (+${result.issues.length - 1} more)` : '';
    failures.push({
      example: s.example,
      language: 'csharp',
      cause: first.cause,
      detail: `${first.line}:${first.column} ${first.detail}${more}`,
    });
  }
  return {
    language: 'csharp',
    total: snippets.length,
    passed,
    failures,
    notes,
    stats: {
      namesChecked,
      chainChecked,
      parserInitMs: Math.round(parserMs),
      checkMs: Math.round(checkMs),
      totalMs: Math.round(performance.now() - started),
    },
  };
}

type LiteralKind = 'string' | 'integer' | 'number' | 'boolean';
/** What a literal is checked against: a literal kind, or an enum (which no literal fits). */
type ExpectedKind = LiteralKind | 'enum';

/** The literal kinds of C# argument expressions (tree-sitter node types). */
const ARGUMENT_LITERALS: Readonly<Record<string, LiteralKind>> = {
  string_literal: 'string',
  verbatim_string_literal: 'string',
  integer_literal: 'integer',
  real_literal: 'number',
  boolean_literal: 'boolean',
};

/** The literal kind a parameter of this type takes; `undefined` when no literal kind is wrong for it (a model, a date…). */
function literalKindOf(type: TypeRef): LiteralKind | undefined {
  if (type.isCollection || !type.primitive) return undefined;
  if (INTEGER_KINDS.has(type.primitive)) return 'integer';
  switch (type.primitive) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'double':
    case 'single':
    case 'decimal':
      return 'number';
    default:
      return undefined;
  }
}

/** Whether a literal of kind `actual` goes where `expected` is wanted: an integer converts to a floating-point number. */
function literalFits(expected: ExpectedKind, actual: LiteralKind): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

function withArticle(kind: string): string {
  return `${kind === 'integer' ? 'an' : 'a'} ${kind}`;
}

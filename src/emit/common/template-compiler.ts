import Handlebars from 'handlebars';

/**
 * Compiles a language's Handlebars templates ahead of time into one plain JavaScript function.
 *
 * Why not Handlebars' own precompiler: its output calls back into the Handlebars runtime for
 * every lookup, block and partial (`lookupProperty`, `invokePartial`, a closure per `#each`
 * iteration, a context object per partial call). `gen` renders ~11,500 snippets per corpus
 * run, nearly all of it cold code, and that runtime was a quarter of the whole run. Here each
 * template becomes straight-line string concatenation, each partial a function of its hash
 * arguments.
 *
 * The semantics are Handlebars' with {@link HANDLEBARS_OPTIONS}, for the subset of the language
 * the templates use; test/emit/template-compiler.test.ts renders with both and compares. The
 * subset, checked at compile time (anything else is a {@link TemplateCompileError} naming the
 * file, line and column):
 * - content, comments and whitespace control (`~`, standalone lines), from Handlebars' parser;
 * - `{{path}}`: a field of the context or of a block parameter; a missing context field throws
 *   (`strict`), null and undefined print nothing, nothing is escaped (`noEscape`);
 * - `{{#if x}}…{{else if y}}…{{else}}…{{/if}}`, `{{#unless x}}`, and `{{#each list as |item i|}}`
 *   over arrays (or null) with an optional `{{else}}`;
 * - the one helper, `(eq a b)`: strict equality;
 * - `{{> partial name=value …}}`: a partial reads only its hash arguments and its own block
 *   parameters, so it compiles to a function of those arguments; a standalone partial's
 *   indentation is printed before it, not applied to its lines (`preventIndent`).
 * Template data (`@index`), parent scopes (`../`), dynamic partials, decorators and
 * Object.prototype names are not in the subset. View values are plain data: functions in a
 * view are not called as Handlebars lambdas would be.
 */
export const HANDLEBARS_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  preventIndent: true,
  knownHelpers: { eq: true },
  data: false,
} as const;

export interface TemplateFile {
  /** Shown in errors, e.g. `templates/csharp/partials/value.hbs`. */
  readonly file: string;
  readonly source: string;
}

export interface LanguageTemplates {
  readonly root: TemplateFile;
  /** By partial name (the file name without `.hbs`). */
  readonly partials: Readonly<Record<string, TemplateFile>>;
}

export class TemplateCompileError extends Error {
  constructor(file: string, loc: Loc | undefined, message: string) {
    super(`${file}${loc ? `:${loc.start.line}:${loc.start.column + 1}` : ''}: ${message}`);
    this.name = 'TemplateCompileError';
  }
}

/**
 * JavaScript source of an expression whose value is `render(view): string` for the root
 * template. Deterministic: the same templates give the same text.
 */
export function compileTemplatesToJs(templates: LanguageTemplates): string {
  const partialNames = Object.keys(templates.partials).sort();
  const partials = new Map<string, PartialInfo>();
  partialNames.forEach((name, i) => {
    const file = templates.partials[name]!;
    const program = parse(file);
    partials.set(name, { file: file.file, program, fn: `partial${i}_${identifierPart(name)}`, params: [] });
  });
  // A partial's parameters are the context names it reads; they must come from the caller's hash.
  for (const info of partials.values()) info.params = [...freeContextNames(info.program, info.file)].sort();

  const out: string[] = ['(function () {', '"use strict";', RUNTIME];
  for (const info of partials.values()) {
    const writer = new FunctionWriter(info.file, partials);
    const scope = Scope.forPartial(info.params);
    writer.program(info.program, scope);
    out.push(
      `function ${info.fn}(${info.params.map(paramVar).join(', ')}) {`,
      'let out = "";',
      ...writer.finish(),
      'return out;',
      '}',
    );
  }
  const root = new FunctionWriter(templates.root.file, partials);
  root.program(parse(templates.root), Scope.forRoot('view'));
  out.push('return function render(view) {', 'let out = "";', ...root.finish(), 'return out;', '};', '})()');
  return out.join('\n');
}

/** Turns {@link compileTemplatesToJs}'s source into the function, for runs from source. */
export function instantiateTemplates(js: string): (view: object) => string {
  return new Function(`return ${js};`)() as (view: object) => string;
}

// --- the emitted code's runtime ------------------------------------------------------------

/**
 * Defined once in each compiled module. `missing` is strict mode's error for an absent field
 * (the message Handlebars gives, with the template location); `notAList` rejects an `#each`
 * over something other than an array, which Handlebars would iterate in ways the templates
 * never need.
 */
const RUNTIME = [
  'function missing(name, obj, where) {',
  '  throw new Error(where + ": \\"" + name + "\\" not defined in " + obj);',
  '}',
  'function notAList(value, where) {',
  '  throw new Error(where + ": #each needs an array, not " + Object.prototype.toString.call(value));',
  '}',
].join('\n');

// --- Handlebars AST, as much of it as the subset needs ----------------------------------------

interface Loc {
  readonly start: { readonly line: number; readonly column: number };
}
interface Node {
  readonly type: string;
  readonly loc?: Loc;
}
interface Program extends Node {
  readonly body: readonly Node[];
  readonly blockParams?: readonly string[];
}
interface PathExpression extends Node {
  readonly data: boolean;
  readonly depth: number;
  readonly parts: readonly string[];
  readonly original: string;
}
interface HashNode extends Node {
  readonly pairs: readonly { readonly key: string; readonly value: Node }[];
}
interface CallNode extends Node {
  readonly path: Node;
  readonly params: readonly Node[];
  readonly hash?: HashNode;
}
interface BlockStatement extends CallNode {
  readonly program: Program;
  readonly inverse?: Program;
}
interface PartialStatement extends Node {
  readonly name: Node;
  readonly params: readonly Node[];
  readonly hash?: HashNode;
  readonly indent?: string;
}

interface PartialInfo {
  readonly file: string;
  readonly program: Program;
  readonly fn: string;
  params: string[];
}

function parse(template: TemplateFile): Program {
  try {
    return Handlebars.parse(template.source) as unknown as Program;
  } catch (e) {
    throw new TemplateCompileError(template.file, undefined, (e as Error).message);
  }
}

/** Names Handlebars' prototype-access rules would hide, but a plain JavaScript lookup would find. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Handlebars' built-in helpers and ours: a lone `{{name}}` of one of these is a helper call. */
const KNOWN_HELPERS = new Set([
  'eq',
  'if',
  'unless',
  'each',
  'with',
  'lookup',
  'log',
  'helperMissing',
  'blockHelperMissing',
]);

function identifierPart(name: string): string {
  return name.replace(/[^\w$]/g, '_');
}

/** `this.x`, `./x`: a context lookup even when `x` is a block parameter (Handlebars' `scopedId`). */
function isScoped(path: PathExpression): boolean {
  return /^\.|this\b/.test(path.original);
}

function paramVar(name: string): string {
  return `p_${identifierPart(name)}`;
}

function member(object: string, name: string): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

/**
 * Lexical scope while compiling: what the context is (a JavaScript variable, or a partial's
 * hash, whose names are the partial function's parameters) and the block parameters in reach.
 */
class Scope {
  private constructor(
    private readonly contextVar: string | null,
    private readonly hashParams: ReadonlyMap<string, string>,
    private readonly blockParams: ReadonlyMap<string, string>,
  ) {}

  static forRoot(contextVar: string): Scope {
    return new Scope(contextVar, new Map(), new Map());
  }

  static forPartial(params: readonly string[]): Scope {
    return new Scope(null, new Map(params.map((p) => [p, paramVar(p)])), new Map());
  }

  /** Inside `#each`: the item is the context, and the block parameters are bound. */
  withItem(contextVar: string, bindings: ReadonlyMap<string, string>): Scope {
    return new Scope(contextVar, new Map(), new Map([...this.blockParams, ...bindings]));
  }

  blockParam(name: string): string | undefined {
    return this.blockParams.get(name);
  }

  /** The context as a variable, or null inside a partial (outside its `#each` blocks). */
  get context(): string | null {
    return this.contextVar;
  }

  hashParam(name: string): string | undefined {
    return this.hashParams.get(name);
  }
}

class FunctionWriter {
  private readonly lines: string[] = [];
  private pending: string[] = [];
  private depth = 1;
  private tempCount = 0;

  constructor(
    private readonly file: string,
    private readonly partials: ReadonlyMap<string, PartialInfo>,
  ) {}

  program(program: Program, scope: Scope): void {
    for (const node of program.body) this.statement(node, scope);
  }

  /**
   * Appends to the output: consecutive appends become one `out += a + b + …;` statement (fewer
   * statements per render). `isString`: the expression is a string, so a run may start with it
   * (`1 + 2` would add numbers; the run then starts with `""`).
   */
  private append(expression: string, isString: boolean): void {
    if (this.pending.length === 0 && !isString) this.pending.push('""');
    this.pending.push(expression);
  }

  /** The function body: every statement, the last appends included. */
  finish(): string[] {
    this.flush();
    return this.lines;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    // A lone non-string value needs no leading "": `out += value` converts it the same way.
    const pieces = this.pending.length === 2 && this.pending[0] === '""' ? this.pending.slice(1) : this.pending;
    this.lines.push(`${'  '.repeat(this.depth)}out += ${pieces.join(' + ')};`);
    this.pending = [];
  }

  private emit(line: string): void {
    this.flush();
    this.lines.push('  '.repeat(this.depth) + line);
  }

  private temp(prefix: string): string {
    return `${prefix}${this.tempCount++}`;
  }

  private fail(node: Node, message: string): never {
    throw new TemplateCompileError(this.file, node.loc, message);
  }

  private where(node: Node): string {
    const loc = node.loc?.start;
    return JSON.stringify(loc ? `${this.file}:${loc.line}:${loc.column + 1}` : this.file);
  }

  private statement(node: Node, scope: Scope): void {
    switch (node.type) {
      case 'ContentStatement': {
        const value = (node as unknown as { value: string }).value;
        if (value !== '') this.append(JSON.stringify(value), true);
        return;
      }
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(node as CallNode, scope);
      case 'BlockStatement':
        return this.block(node as BlockStatement, scope);
      case 'PartialStatement':
        return this.partial(node as PartialStatement, scope);
      default:
        this.fail(node, `${node.type} is not supported by the template compiler`);
    }
  }

  private mustache(node: CallNode, scope: Scope): void {
    if (node.params.length > 0 || (node.hash && node.hash.pairs.length > 0)) {
      this.append(this.helperCall(node, scope), false);
      return;
    }
    const path = this.pathNode(node.path);
    const head = path.parts[0]!;
    // Handlebars calls a known helper named by a lone identifier (not a block parameter).
    if (path.parts.length === 1 && KNOWN_HELPERS.has(head) && !isScoped(path) && !scope.blockParam(head)) {
      this.fail(node, `helper "${head}" needs arguments`);
    }
    // Null and undefined print nothing: Handlebars appends `value != null ? value : ""`.
    this.append(`(${this.path(path, scope, true)} ?? "")`, false);
  }

  private block(node: BlockStatement, scope: Scope): void {
    const name = this.pathNode(node.path).original;
    if (node.hash && node.hash.pairs.length > 0) this.fail(node, `#${name} takes no hash arguments here`);
    if (node.params.length !== 1) this.fail(node, `#${name} needs exactly one argument`);
    const value = this.expression(node.params[0]!, scope);
    switch (name) {
      case 'if':
      case 'unless': {
        if (node.program.blockParams?.length) this.fail(node, `#${name} has no block parameters`);
        let empty: string;
        if (node.params[0]!.type === 'SubExpression') {
          empty = `!${value}`; // (eq a b) is a boolean
        } else {
          // Handlebars' `if`: falsy values (0 included) and empty arrays take the inverse branch.
          const c = this.temp('c');
          this.emit(`const ${c} = ${value};`);
          empty = `!${c} || (Array.isArray(${c}) && ${c}.length === 0)`;
        }
        this.emit(`if (${name === 'if' ? `!(${empty})` : empty}) {`);
        this.nested(() => this.program(node.program, scope));
        if (node.inverse) {
          this.emit('} else {');
          this.nested(() => this.program(node.inverse!, scope));
        }
        this.emit('}');
        return;
      }
      case 'each':
        return this.each(node, value, scope);
      default:
        this.fail(node, `block helper #${name} is not supported (only #if, #unless and #each)`);
    }
  }

  private each(node: BlockStatement, value: string, scope: Scope): void {
    const params = node.program.blockParams ?? [];
    if (params.length > 2) this.fail(node, '#each takes at most two block parameters (item, index)');
    const list = this.temp('list');
    const i = this.temp('i');
    const item = this.temp('item');
    const bindings = new Map<string, string>();
    if (params[0] !== undefined) bindings.set(params[0], item);
    if (params[1] !== undefined) bindings.set(params[1], i);
    this.emit(`const ${list} = ${value};`);
    // Handlebars iterates arrays (skipping holes) and runs `{{else}}` when there are none.
    this.emit(`if (${list} && typeof ${list} === "object") {`);
    this.nested(() => {
      this.emit(`if (!Array.isArray(${list})) notAList(${list}, ${this.where(node)});`);
      this.emit(`for (let ${i} = 0; ${i} < ${list}.length; ${i}++) {`);
      this.nested(() => {
        this.emit(`if (!(${i} in ${list})) continue;`);
        this.emit(`const ${item} = ${list}[${i}];`);
        this.program(node.program, scope.withItem(item, bindings));
      });
      this.emit('}');
    });
    this.emit('}');
    if (node.inverse) {
      this.emit(`if (!${list} || typeof ${list} !== "object" || ${list}.length === 0) {`);
      this.nested(() => this.program(node.inverse!, scope));
      this.emit('}');
    }
  }

  private partial(node: PartialStatement, scope: Scope): void {
    if (node.name.type !== 'PathExpression') this.fail(node, 'dynamic partials are not supported');
    const name = (node.name as PathExpression).original;
    const info = this.partials.get(name);
    if (!info) this.fail(node, `there is no partial "${name}"`);
    if (node.params.length > 0) this.fail(node, `pass partial "${name}" its values as hash arguments (name=value)`);
    const hash = new Map((node.hash?.pairs ?? []).map((p) => [p.key, p.value]));
    const args = info.params.map((param) => {
      const value = hash.get(param);
      if (!value) this.fail(node, `partial "${name}" reads "${param}": pass it as ${param}=…`);
      return this.expression(value, scope);
    });
    // preventIndent: a standalone partial's indentation is printed once, before it.
    if (node.indent) this.append(JSON.stringify(node.indent), true);
    this.append(`${info.fn}(${args.join(', ')})`, true);
  }

  private nested(body: () => void): void {
    this.depth++;
    body();
    this.flush();
    this.depth--;
  }

  /** A parameter: a path (no strictness), a literal or `(eq a b)`. */
  private expression(node: Node, scope: Scope): string {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node as PathExpression, scope, false);
      case 'SubExpression':
        return this.helperCall(node as CallNode, scope);
      case 'StringLiteral':
        return JSON.stringify((node as unknown as { value: string }).value);
      case 'NumberLiteral':
        return String((node as unknown as { value: number }).value);
      case 'BooleanLiteral':
        return String((node as unknown as { value: boolean }).value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      default:
        this.fail(node, `${node.type} is not supported by the template compiler`);
    }
  }

  private helperCall(node: CallNode, scope: Scope): string {
    const name = this.pathNode(node.path).original;
    if (name !== 'eq') this.fail(node, `unknown helper "${name}" (the templates have one helper: eq)`);
    if (node.hash && node.hash.pairs.length > 0) this.fail(node, 'eq takes no hash arguments');
    if (node.params.length !== 2) this.fail(node, 'eq needs exactly two arguments');
    return `(${this.expression(node.params[0]!, scope)} === ${this.expression(node.params[1]!, scope)})`;
  }

  private pathNode(node: Node): PathExpression {
    if (node.type !== 'PathExpression') this.fail(node, `expected a name, found ${node.type}`);
    return node as PathExpression;
  }

  /**
   * A path's value. `strict` (a mustache's own path): the last field of a context path must
   * exist, as Handlebars' strict mode requires; block-parameter paths and helper arguments are
   * plain lookups, as in Handlebars.
   */
  private path(path: PathExpression, scope: Scope, strict: boolean): string {
    if (path.data) this.fail(path, `@data variables are not supported (${path.original})`);
    if (path.depth > 0) this.fail(path, `parent scopes (../) are not supported (${path.original})`);
    for (const part of path.parts) {
      if (PROTOTYPE_NAMES.has(part)) this.fail(path, `"${part}" is an Object.prototype name, hidden by Handlebars`);
    }
    const scoped = isScoped(path);
    const head = path.parts[0];
    const blockParam = !scoped && head !== undefined ? scope.blockParam(head) : undefined;
    if (blockParam !== undefined) return path.parts.slice(1).reduce(member, blockParam);
    const context = scope.context;
    if (context !== null) return this.strictTail(context, path.parts, strict, path);
    // In a partial the context is its hash: the first name is a parameter of its function.
    const param = head === undefined ? undefined : scope.hashParam(head);
    if (param === undefined) this.fail(path, `a partial reads only its hash arguments (${path.original})`);
    return this.strictTail(param, path.parts.slice(1), strict, path);
  }

  private strictTail(base: string, parts: readonly string[], strict: boolean, node: Node): string {
    if (!strict || parts.length === 0) return parts.reduce(member, base);
    const parent = parts.slice(0, -1).reduce(member, base);
    const last = parts[parts.length - 1]!;
    const t = this.temp('t');
    this.emit(`const ${t} = ${parent};`);
    this.emit(
      `if (!${t} || !(${JSON.stringify(last)} in ${t})) missing(${JSON.stringify(last)}, ${t}, ${this.where(node)});`,
    );
    return member(t, last);
  }
}

/**
 * The context names a partial reads (first segments of paths that are not its block
 * parameters). Each becomes a parameter of the partial's function.
 */
function freeContextNames(program: Program, file: string): Set<string> {
  const names = new Set<string>();
  // `inItem`: inside an `#each` the context is the item, so its names are not the partial's.
  const visit = (node: Node | undefined, bound: ReadonlySet<string>, inItem = false): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program': {
        const p = node as Program;
        const inner = p.blockParams?.length ? new Set([...bound, ...p.blockParams]) : bound;
        for (const n of p.body) visit(n, inner, inItem);
        return;
      }
      case 'PathExpression': {
        const path = node as PathExpression;
        const head = path.parts[0];
        const scoped = isScoped(path);
        if (inItem || (!scoped && head !== undefined && bound.has(head))) return;
        if (head === undefined)
          throw new TemplateCompileError(file, node.loc, 'a partial cannot use its whole context (this)');
        names.add(head);
        return;
      }
      case 'MustacheStatement':
      case 'SubExpression': {
        const call = node as CallNode;
        const isCall = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
        if (!isCall) visit(call.path, bound, inItem);
        for (const p of call.params) visit(p, bound, inItem);
        for (const p of call.hash?.pairs ?? []) visit(p.value, bound, inItem);
        return;
      }
      case 'BlockStatement': {
        const block = node as BlockStatement;
        for (const p of block.params) visit(p, bound, inItem);
        for (const p of block.hash?.pairs ?? []) visit(p.value, bound, inItem);
        const isEach = block.path.type === 'PathExpression' && (block.path as PathExpression).original === 'each';
        visit(block.program, bound, inItem || isEach);
        visit(block.inverse, bound, inItem);
        return;
      }
      case 'PartialStatement': {
        const partial = node as PartialStatement;
        for (const p of partial.params) visit(p, bound, inItem);
        for (const p of partial.hash?.pairs ?? []) visit(p.value, bound, inItem);
        return;
      }
      default:
        return;
    }
  };
  visit(program, new Set());
  return names;
}

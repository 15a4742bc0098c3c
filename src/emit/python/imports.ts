/**
 * The import block of a Python snippet: `from <pkg> import GraphServiceClient` first, then one
 * `from <module> import <Class>` line per class in first-use order (as the reference snippets
 * do), then the standard-library imports the literals need, in a fixed order.
 */

export type StdlibName = 'datetime' | 'date' | 'time' | 'timedelta' | 'UUID' | 'base64';

/** Fixed order of the names on the one `from datetime import …` line. */
const DATETIME_NAMES: readonly StdlibName[] = ['datetime', 'date', 'time', 'timedelta'];

/**
 * Names the snippet already binds, which an imported class must never shadow (a model class
 * is PascalCase, so in practice only the first three could ever collide).
 */
const TAKEN_NAMES: ReadonlySet<string> = new Set([
  'GraphServiceClient',
  'RequestConfiguration',
  'UUID',
  'datetime',
  'date',
  'time',
  'timedelta',
  'base64',
  'graph_client',
  'request_body',
  'query_params',
  'request_configuration',
  'result',
  'credentials',
  'scopes',
]);

/** A class to import: `from <module> import <symbol>`. */
export interface PythonSymbol {
  readonly module: string;
  readonly symbol: string;
  /** `module:symbol`, what a local name is bound to. */
  readonly key: string;
  /** The alias when another class of the same name is imported first: `SecurityAlert` for `security.alert`. */
  readonly aliasHint: string;
}

export function pythonSymbol(module: string, symbol: string, aliasHint: string = symbol): PythonSymbol {
  return { module, symbol, key: `${module}:${symbol}`, aliasHint };
}

export class PythonImports {
  private readonly lines: string[];
  /** Local name → `module:symbol` it is bound to (besides the {@link TAKEN_NAMES}). */
  private readonly bound = new Map<string, string>();
  private readonly stdlib = new Set<StdlibName>();

  constructor(packageName: string) {
    this.lines = [`from ${packageName} import GraphServiceClient`];
  }

  private isTaken(local: string): boolean {
    return this.bound.has(local) || TAKEN_NAMES.has(local);
  }

  /**
   * Imports a class and returns the local name to use. When another class of the same name is
   * already imported from a different module (`microsoft.graph.alert` and
   * `microsoft.graph.security.alert`), the later one is aliased: `import Alert as SecurityAlert`.
   */
  symbol({ module, symbol, key, aliasHint }: PythonSymbol): string {
    const existing = this.bound.get(symbol);
    if (existing === key) return symbol;
    if (existing === undefined && !TAKEN_NAMES.has(symbol)) {
      this.bound.set(symbol, key);
      this.lines.push(`from ${module} import ${symbol}`);
      return symbol;
    }
    // Same name from elsewhere: reuse an alias made before, or make one.
    for (const [local, boundKey] of this.bound) {
      if (boundKey === key) return local;
    }
    let alias = aliasHint !== symbol ? aliasHint : `${symbol}1`;
    for (let n = 2; this.isTaken(alias); n++) alias = `${aliasHint}${n}`;
    this.bound.set(alias, key);
    this.lines.push(`from ${module} import ${symbol} as ${alias}`);
    return alias;
  }

  /** `RequestConfiguration`, imported from kiota-abstractions. */
  requestConfiguration(): string {
    const line = 'from kiota_abstractions.base_request_configuration import RequestConfiguration';
    if (!this.lines.includes(line)) this.lines.push(line);
    return 'RequestConfiguration';
  }

  useStdlib(name: StdlibName): void {
    this.stdlib.add(name);
  }

  render(): string[] {
    const out = [...this.lines];
    if (this.stdlib.has('base64')) out.push('import base64');
    const fromDatetime = DATETIME_NAMES.filter((n) => this.stdlib.has(n));
    if (fromDatetime.length > 0) out.push(`from datetime import ${fromDatetime.join(', ')}`);
    if (this.stdlib.has('UUID')) out.push('from uuid import UUID');
    return out;
  }
}

import { upperFirst } from '../common/naming.js';
import { tsString } from './literals.js';

/**
 * The import block of one snippet: `import "<service package>";` first (it augments
 * `GraphServiceClient` with the fluent API), then the client factory's module, then every
 * other module sorted by specifier (UTF-16 code units); names sorted within a line. A name imported from two
 * modules (`Alert` from `models` and from `models/security`) is aliased at its second use
 * (`Alert as SecurityAlert`), so every local identifier is unique.
 */
export class ImportSet {
  /** module → imported name → local identifier */
  private readonly modules = new Map<string, Map<string, string>>();
  /** Local identifiers taken by imports. */
  private readonly locals = new Set<string>();

  /** `reservedLocals`: identifiers the snippet declares itself (the same set for every snippet). */
  constructor(private readonly reservedLocals: ReadonlySet<string>) {}

  private isTaken(local: string): boolean {
    return this.locals.has(local) || this.reservedLocals.has(local);
  }

  /** Registers `name` from `module` and returns the identifier to write in the code. */
  use(module: string, name: string): string {
    let names = this.modules.get(module);
    if (!names) {
      names = new Map();
      this.modules.set(module, names);
    }
    const existing = names.get(name);
    if (existing !== undefined) return existing;
    let local = name;
    if (this.isTaken(local)) {
      const base = `${aliasPrefix(module)}${name}`;
      local = base;
      for (let n = 2; this.isTaken(local); n++) local = `${base}${n}`;
    }
    this.locals.add(local);
    names.set(name, local);
    return local;
  }

  /** The import lines; `first` is the module written right after the side-effect import. */
  lines(sideEffectModule: string | null, first: string): string[] {
    const out: string[] = [];
    if (sideEffectModule !== null) out.push(`import ${tsString(sideEffectModule)};`);
    const firstNames = this.modules.get(first);
    if (firstNames !== undefined) out.push(importLine(first, firstNames));
    // The default order compares UTF-16 code units, as `byCodeUnits` does, without a call per comparison.
    const others = [...this.modules.keys()].filter((m) => m !== first).sort();
    for (const module of others) out.push(importLine(module, this.modules.get(module)!));
    return out;
  }
}

/** `import { A, B as SecurityB, C } from "module";`, names sorted. */
function importLine(module: string, names: ReadonlyMap<string, string>): string {
  let specifiers = '';
  for (const name of names.size === 1 ? names.keys() : [...names.keys()].sort()) {
    const local = names.get(name)!;
    specifiers += `${specifiers === '' ? '' : ', '}${name === local ? name : `${name} as ${local}`}`;
  }
  return `import { ${specifiers} } from ${tsString(module)};`;
}

/** `@microsoft/msgraph-sdk/models/security` → `Security`; `@microsoft/kiota-abstractions` → `KiotaAbstractions`. */
function aliasPrefix(module: string): string {
  const last = module.slice(module.lastIndexOf('/') + 1);
  return last
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map(upperFirst)
    .join('');
}

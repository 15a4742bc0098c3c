import { upperFirst } from '../common/naming.js';
import { tsString } from './literals.js';
import { byCodeUnits } from '../../ordering.js';

/**
 * The import block of one snippet: `import "<service package>";` first (it augments
 * `GraphServiceClient` with the fluent API), then the client factory's module, then every
 * other module sorted by specifier; names sorted within a line. A name imported from two
 * modules (`Alert` from `models` and from `models/security`) is aliased at its second use
 * (`Alert as SecurityAlert`), so every local identifier is unique.
 */
export class ImportSet {
  /** module → imported name → local identifier */
  private readonly modules = new Map<string, Map<string, string>>();
  private readonly locals = new Set<string>();

  constructor(reservedLocals: readonly string[]) {
    for (const name of reservedLocals) this.locals.add(name);
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
    if (this.locals.has(local)) {
      const base = `${aliasPrefix(module)}${name}`;
      local = base;
      for (let n = 2; this.locals.has(local); n++) local = `${base}${n}`;
    }
    this.locals.add(local);
    names.set(name, local);
    return local;
  }

  /** The import lines; `first` is the module written right after the side-effect import. */
  lines(sideEffectModule: string | null, first: string): string[] {
    const out: string[] = [];
    if (sideEffectModule !== null) out.push(`import ${tsString(sideEffectModule)};`);
    const ordered = [...this.modules.keys()].sort((a, b) => (a === first ? -1 : b === first ? 1 : byCodeUnits(a, b)));
    for (const module of ordered) {
      const names = this.modules.get(module)!;
      const specifiers = [...names.entries()]
        .sort((a, b) => byCodeUnits(a[0], b[0]))
        .map(([name, local]) => (name === local ? name : `${name} as ${local}`));
      out.push(`import { ${specifiers.join(', ')} } from ${tsString(module)};`);
    }
    return out;
  }
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

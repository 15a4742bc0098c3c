import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { MetadataConfigError } from '../errors.js';
import type {
  ApiSchema,
  EnumMemberDef,
  EnumTypeDef,
  PrimitiveKind,
  PropertyDef,
  SchemaTypeDef,
  StructuredTypeDef,
  TypeRef,
} from '../schema.js';
import { type RawInterface, type RawModelFile, type RawType, type Ts, readModelTypings } from './dts-reader.js';
import { type JsOracle, type WireProperty, readJsOracle } from './js-oracle.js';
import { type ModelFile, type SdkPackage, type TypingsVersion, inspectSdkPackage } from './package.js';
import { namespaceOf, shortNameOf } from '../names.js';
import { numberKindOf } from './numeric-kinds.js';
import { isMetadataFlagsEnum, isMetadataFlagsEnumList } from './flags-enums.js';

/**
 * Kiota TypeScript SDK typings → {@link ApiSchema}: the zero-configuration metadata source.
 *
 * What the typings can and cannot tell (every limit here is one the merge with a CSDL fixes):
 * - Type names: `models/<dir>/index.d.ts` declares the namespace `microsoft.graph.<dir>`; the
 *   OData name is the TS name with a lower-case first letter (Kiota's PascalCase is the only
 *   transformation; `XEscaped` is a reserved-word escape), spelled exactly as the
 *   `@odata.type` discriminators of the serialization code spell it where the type has one
 *   (every derived type does). The few CSDL types whose names start upper-case (`Dictionary`, `Json`) come out
 *   lower-cased; lookups are case-insensitive anyway.
 * - Kinds: `number` cannot say Int32/Int64/Double/Decimal, so it becomes `int32` (the most
 *   common Graph number). Navigation and structural properties look the same, so all are
 *   `properties` and `navigationProperties` is empty. Entity types are `Entity` and its
 *   descendants; the ~30 Graph entity types with no base type (`admin`, ...) look complex.
 *   `isAbstract`, `isOpen` and `hasStream` are not visible and are `false`.
 * - Enums: member names are the wire strings; numeric values are not in the typings, so they
 *   are positional (0, 1, 2, ... or 0/1, 2, 4, ... for flags). Flags enums are typed as arrays,
 *   like real collections of enums; see {@link isFlagsCandidate} for the rule.
 * - Operations and the entity container do not exist in the models (`container: null`).
 * - Skipped: Kiota's synthesized paging wrappers (`XCollectionResponse`,
 *   `BaseCollectionPaginationCountResponse`, `BaseDeltaFunctionResponse`), which are not OData
 *   types, and the `additionalData` / `backingStoreEnabled` / `odataType` bookkeeping members
 *   (`@odata.type` is a control annotation; CSDL does not declare it either).
 */

export interface BuildTypingsOptions {
  /** Package root to read instead of the resolved one (tests). */
  readonly packageRoot?: string;
  /** An already inspected package (avoids a second layout check). */
  readonly sdkPackage?: SdkPackage;
}

/** Minimum sizes of a sane result: a layout change must fail loudly, not yield an empty schema. */
const MINIMUM = { structured: 1000, entities: 300, enums: 100, properties: 8000 } as const;

const BOOKKEEPING = new Set(['additionalData', 'backingStoreEnabled', 'odataType']);
const KIOTA_WRAPPERS = new Set(['BaseCollectionPaginationCountResponse', 'BaseDeltaFunctionResponse']);
const KIOTA_ABSTRACTIONS = '@microsoft/kiota-abstractions';
const PRIMITIVE_REFS: Readonly<Record<string, PrimitiveKind>> = {
  Date: 'dateTimeOffset',
  DateOnly: 'date',
  TimeOnly: 'timeOfDay',
  Duration: 'duration',
  Guid: 'guid',
  ArrayBuffer: 'binary',
  UntypedNode: 'untyped',
};

export interface TypingsBuildStats {
  readonly files: number;
  readonly structured: number;
  readonly entities: number;
  readonly enums: number;
  readonly flagsEnums: number;
  readonly properties: number;
  readonly discriminators: number;
  /** Properties whose wire name could not be read from the serializer (name used as is). */
  readonly wireNameFallbacks: number;
  /** Property types that could not be mapped (kept as `untyped`). */
  readonly unmappedTypes: number;
  readonly skippedWrappers: number;
  /** TS declarations that mapped to an already used full name (kept: the first). */
  readonly nameCollisions: number;
}

let lastStats: TypingsBuildStats | undefined;
/** Counters of the most recent build in this process (for the measurement script). */
export function lastTypingsBuildStats(): TypingsBuildStats | undefined {
  return lastStats;
}

interface Decl {
  readonly file: ModelFile;
  readonly raw: RawInterface;
  readonly key: string;
}

interface EnumDecl {
  readonly file: ModelFile;
  readonly name: string;
  readonly members: readonly (readonly [string, string])[];
  readonly key: string;
}

type Resolved =
  | { readonly kind: 'interface'; readonly key: string }
  | { readonly kind: 'enum'; readonly key: string }
  | { readonly kind: 'primitive'; readonly primitive: PrimitiveKind }
  | { readonly kind: 'external'; readonly name: string }
  | { readonly kind: 'unknown'; readonly name: string };

export function buildSchemaFromTypings(version: TypingsVersion, options: BuildTypingsOptions = {}): ApiSchema {
  const pkg = options.sdkPackage ?? inspectSdkPackage(version, options.packageRoot);
  const ts = loadTs();
  const describe = `${pkg.name}@${pkg.version}`;

  // 1. Read every model file: typings (syntax) and serialization code (text).
  const files: { file: ModelFile; raw: RawModelFile; oracle: JsOracle | null }[] = [];
  for (const file of pkg.modelFiles) {
    const raw = readModelTypings(ts, file.dts, readFileSync(file.dts, 'utf8'));
    const oracle = file.js ? readJsOracle(readFileSync(file.js, 'utf8'), file.dir) : null;
    files.push({ file, raw, oracle });
  }

  const interfaces = new Map<string, Decl>();
  const enums = new Map<string, EnumDecl>();
  const keyOf = (dir: string, name: string): string => `${dir}|${name}`;
  for (const { file, raw } of files) {
    for (const i of raw.interfaces)
      interfaces.set(keyOf(file.dir, i.name), { file, raw: i, key: keyOf(file.dir, i.name) });
    for (const e of raw.enums) {
      const members = raw.enumObjects.get(e.objectName);
      if (members) enums.set(keyOf(file.dir, e.name), { file, name: e.name, members, key: keyOf(file.dir, e.name) });
    }
  }
  if (interfaces.size === 0) {
    throw new MetadataConfigError(
      `${describe} at ${pkg.root}: no model interfaces found in models/**/index.d.ts (unexpected layout)`,
    );
  }

  // 2. Name resolution within a file: local declarations, then relative imports.
  const byDir = new Map(files.map((f) => [f.file.dir, f]));
  const resolveName = (dir: string, name: string): Resolved => {
    const local = keyOf(dir, name);
    if (interfaces.has(local)) return { kind: 'interface', key: local };
    if (enums.has(local)) return { kind: 'enum', key: local };
    const imp = byDir.get(dir)?.raw.imports.get(name);
    if (imp) {
      if (imp.module.startsWith('.')) {
        const target = posix.normalize(posix.join(dir, posix.dirname(imp.module)));
        return resolveName(target === '.' ? '' : target, imp.exported);
      }
      if (imp.module === KIOTA_ABSTRACTIONS && PRIMITIVE_REFS[imp.exported]) {
        return { kind: 'primitive', primitive: PRIMITIVE_REFS[imp.exported]! };
      }
      return { kind: 'external', name: imp.exported };
    }
    if (name === 'Date' || name === 'ArrayBuffer') return { kind: 'primitive', primitive: PRIMITIVE_REFS[name]! };
    return { kind: 'unknown', name };
  };

  // 3. Full names: Kiota's naming rule reversed, with the exact spelling taken from the
  // discriminators. A discriminator names its target only when namespace and name agree with
  // the declaration: the generated switches are not always right (v1.0's `Identity` switch maps
  // `#microsoft.graph.callRecords.userIdentity` to the main file's `UserIdentity`).
  const fullNames = new Map<string, string>();
  const declared = (dir: string, tsName: string): string | undefined =>
    interfaces.get(keyOf(dir, tsName))?.file.namespace ?? enums.get(keyOf(dir, tsName))?.file.namespace;
  for (const { oracle } of files) {
    for (const d of oracle?.discriminators ?? []) {
      const key = keyOf(d.target.dir, d.target.name);
      const full = d.value.slice(1);
      const dot = full.lastIndexOf('.');
      const short = full.slice(dot + 1).toLowerCase();
      const tsLower = d.target.name.toLowerCase();
      if (
        !fullNames.has(key) &&
        declared(d.target.dir, d.target.name) === full.slice(0, dot) &&
        (short === tsLower || `${short}escaped` === tsLower)
      ) {
        fullNames.set(key, full);
      }
    }
  }
  const fullNameOf = (key: string, file: ModelFile, tsName: string): string => {
    let full = fullNames.get(key);
    if (!full) {
      const bare = tsName.endsWith('Escaped') && tsName.length > 7 ? tsName.slice(0, -7) : tsName;
      full = `${file.namespace}.${bare.charAt(0).toLowerCase()}${bare.slice(1)}`;
      fullNames.set(key, full);
    }
    return full;
  };
  for (const d of interfaces.values()) fullNameOf(d.key, d.file, d.raw.name);
  for (const e of enums.values()) fullNameOf(e.key, e.file, e.name);
  const byFullNameLower = new Map([...fullNames.values()].map((f) => [f.toLowerCase(), f]));
  const discriminators: Record<string, string> = {};
  for (const { oracle } of files) {
    for (const d of oracle?.discriminators ?? []) {
      const key = keyOf(d.target.dir, d.target.name);
      if (!interfaces.has(key) || discriminators[d.value]) continue;
      // The value itself when it names a known type, else the type the switch deserializes.
      discriminators[d.value] = byFullNameLower.get(d.value.slice(1).toLowerCase()) ?? fullNames.get(key)!;
    }
  }

  // 4. Base types, and what to skip.
  const baseOf = new Map<string, string | null>();
  for (const d of interfaces.values()) {
    const bases = d.raw.heritage.map((h) => resolveName(d.file.dir, h)).filter((r) => r.kind === 'interface');
    baseOf.set(d.key, bases[0]?.kind === 'interface' ? bases[0].key : null);
  }
  const chainHas = (key: string, predicate: (k: string) => boolean): boolean => {
    const seen = new Set<string>();
    for (let k: string | null | undefined = key; k && !seen.has(k); k = baseOf.get(k)) {
      seen.add(k);
      if (predicate(k)) return true;
    }
    return false;
  };
  const discriminated = new Set(Object.values(discriminators));
  const isWrapper = (key: string): boolean =>
    !discriminated.has(fullNames.get(key)!) &&
    chainHas(key, (k) => interfaces.get(k)!.file.dir === '' && KIOTA_WRAPPERS.has(interfaces.get(k)!.raw.name));
  const entityKey = keyOf('', 'Entity');

  // 5. Property types. Enum usage is recorded to recognise flags enums afterwards.
  let unmappedTypes = 0;
  let wireNameFallbacks = 0;
  const enumUse = new Map<string, EnumUse>();
  // A property of `owner`. The typings write every number as `number`: it is an Int32, or Single
  // or Decimal where the metadata says so (numeric-kinds.ts).
  const toTypeRef = (dir: string, t: RawType, owner: string, property: string, inArray = false): TypeRef => {
    switch (t.kind) {
      case 'keyword':
        if (t.keyword === 'unknown') return { primitive: 'untyped', isCollection: inArray };
        if (t.keyword === 'number') return { primitive: numberKindOf(owner, property), isCollection: inArray };
        return { primitive: t.keyword, isCollection: inArray };
      case 'array':
        if (inArray) break;
        return toTypeRef(dir, t.element, owner, property, true);
      case 'ref': {
        const r = resolveName(dir, t.name);
        if (r.kind === 'primitive') return { primitive: r.primitive, isCollection: inArray };
        if (r.kind === 'interface') return { name: fullNames.get(r.key)!, isCollection: inArray };
        if (r.kind === 'enum') {
          const full = fullNames.get(r.key)!;
          const use = enumUse.get(full) ?? { scalar: 0, arrayProperties: [] };
          if (inArray) use.arrayProperties.push(property);
          else use.scalar++;
          enumUse.set(full, use);
          return { name: full, isCollection: inArray };
        }
        break;
      }
      case 'other':
        break;
    }
    unmappedTypes++;
    return { primitive: 'untyped', isCollection: inArray };
  };

  const types: Record<string, SchemaTypeDef> = {};
  let skippedWrappers = 0;
  let nameCollisions = 0;
  let propertyCount = 0;
  // Kept mutable until the flags decision below, which can only be made after every use is seen.
  const propertyLists: { readonly owner: string; readonly properties: PropertyDef[] }[] = [];
  for (const { file, oracle } of files) {
    for (const raw of byDir.get(file.dir)!.raw.interfaces) {
      const key = keyOf(file.dir, raw.name);
      if (isWrapper(key)) {
        skippedWrappers++;
        continue;
      }
      const fullName = fullNames.get(key)!;
      if (types[fullName]) {
        nameCollisions++;
        continue;
      }
      const wire = wireNames(oracle?.properties.get(raw.name));
      const written = oracle?.written.get(raw.name);
      const properties: PropertyDef[] = [];
      for (const p of raw.properties) {
        if (BOOKKEEPING.has(p.name)) continue;
        let name = wire.get(p.name);
        if (name === undefined) {
          wireNameFallbacks++;
          name = p.name.endsWith('Escaped') && p.name.length > 7 ? p.name.slice(0, -7) : p.name;
        }
        const readOnly = written !== undefined && wire.has(p.name) && !written.has(name);
        properties.push({ name, type: toTypeRef(file.dir, p.type, fullName, name), ...(readOnly ? { readOnly } : {}) });
      }
      propertyCount += properties.length;
      propertyLists.push({ owner: fullName, properties });
      const base = baseOf.get(key) ?? null;
      const def: StructuredTypeDef = {
        kind: chainHas(key, (k) => k === entityKey) ? 'entity' : 'complex',
        fullName,
        namespace: namespaceOf(fullName),
        name: shortNameOf(fullName),
        baseType: base ? fullNames.get(base)! : null,
        isAbstract: false,
        isOpen: false,
        hasStream: false,
        properties,
        navigationProperties: [],
      };
      types[fullName] = def;
    }
  }

  // 6. Enums, with the flags decision made from how properties use them.
  let flagsEnums = 0;
  for (const e of enums.values()) {
    const fullName = fullNames.get(e.key)!;
    if (types[fullName]) {
      nameCollisions++;
      continue;
    }
    // The metadata's flags enums are flags (flags-enums.ts); for the others, how properties use
    // an enum tells.
    const use = enumUse.get(fullName);
    const isFlags =
      isMetadataFlagsEnum(fullName) ||
      isFlagsCandidate(
        fullName,
        e.members.map(([, v]) => v),
        use,
      );
    if (isFlags) flagsEnums++;
    const def: EnumTypeDef = {
      kind: 'enum',
      fullName,
      namespace: namespaceOf(fullName),
      name: shortNameOf(fullName),
      isFlags,
      members: positionalMembers(
        e.members.map(([, v]) => v),
        isFlags,
      ),
    };
    types[fullName] = def;
  }
  // A flags enum is one value on the wire (`"a,b"`), so its properties are single-valued, as
  // in CSDL; the typings' array is the SDK's representation of the combined value. But for the
  // metadata's few lists of flags values (flags-enums.ts).
  if (flagsEnums > 0) {
    for (const { owner, properties } of propertyLists) {
      properties.forEach((p, i) => {
        const target = p.type.name ? types[p.type.name] : undefined;
        if (
          target?.kind === 'enum' &&
          target.isFlags &&
          p.type.isCollection &&
          !isMetadataFlagsEnumList(owner, p.name)
        ) {
          properties[i] = { ...p, type: { name: p.type.name!, isCollection: false } };
        }
      });
    }
  }

  const structured = Object.values(types).filter((t) => t.kind !== 'enum');
  const stats: TypingsBuildStats = {
    files: files.length,
    structured: structured.length,
    entities: structured.filter((t) => t.kind === 'entity').length,
    enums: enums.size,
    flagsEnums,
    properties: propertyCount,
    discriminators: Object.keys(discriminators).length,
    wireNameFallbacks,
    unmappedTypes,
    skippedWrappers,
    nameCollisions,
  };
  lastStats = stats;
  assertSane(stats, describe, pkg.root, types);

  return {
    version,
    sources: [{ kind: 'typings', description: describe, fingerprint: pkg.version }],
    types,
    operations: [],
    container: null,
    discriminators,
  };
}

/** How the properties of the typings use an enum type. */
export interface EnumUse {
  /** Properties typed with the enum as a single value. */
  scalar: number;
  /** Wire names of the properties typed with an array of the enum. */
  readonly arrayProperties: string[];
}

/**
 * Flags enums cannot be told from collections of enums in the typings: both are `X[]`, both go
 * through `writeCollectionOfEnumValues`, and the docs comments do not say. The rule, measured
 * against the CSDL (docs/metadata-merge.md): an enum is flags when
 * - it is used by at least one property and only ever as an array (no CSDL flags enum is used
 *   by a single-valued property: recall ~100% on its own, but precision ~75%), and
 * - its first member is `none` (the zero "no flag" member most flags enums carry), or its
 *   name is a plural (`chatMessageActions`, `passkeyTypes`: flags enums name a set), or every
 *   property using it has a singular name (`managedBrowser`, `responseType`), whereas
 *   collections are nearly always named in the plural (`daysOfWeek`, `finishings`).
 * On v1.0 this finds 56 of 59 flags enums with 5 false positives out of 77 candidates.
 */
export function isFlagsCandidate(fullName: string, members: readonly string[], use: EnumUse | undefined): boolean {
  if (!use || use.arrayProperties.length === 0 || use.scalar > 0) return false;
  if (/^none$/i.test(members[0] ?? '')) return true;
  if (isPlural(fullName.slice(fullName.lastIndexOf('.') + 1))) return true;
  return use.arrayProperties.every((p) => !isPlural(p));
}

/** English plural, roughly: `modes`, `policies` but not `status`, `access`, `bus`. */
function isPlural(name: string): boolean {
  return /[^su]s$/.test(name);
}

function positionalMembers(values: readonly string[], isFlags: boolean): EnumMemberDef[] {
  if (!isFlags) return values.map((name, i) => ({ name, value: i }));
  let bit = 1;
  return values.map((name, i) => {
    if (i === 0 && /^none$/i.test(name)) return { name, value: 0 };
    const value = bit;
    bit *= 2;
    return { name, value };
  });
}

function wireNames(list: readonly WireProperty[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const w of list ?? []) if (w.reader !== null) map.set(w.prop, w.wire);
  return map;
}

function assertSane(
  stats: TypingsBuildStats,
  describe: string,
  root: string,
  types: Record<string, SchemaTypeDef>,
): void {
  const problems: string[] = [];
  if (stats.structured < MINIMUM.structured)
    problems.push(`${stats.structured} structured types (< ${MINIMUM.structured})`);
  if (stats.entities < MINIMUM.entities) problems.push(`${stats.entities} entity types (< ${MINIMUM.entities})`);
  if (stats.enums < MINIMUM.enums) problems.push(`${stats.enums} enum types (< ${MINIMUM.enums})`);
  if (stats.properties < MINIMUM.properties) problems.push(`${stats.properties} properties (< ${MINIMUM.properties})`);
  if (!types['microsoft.graph.entity']) problems.push('no microsoft.graph.entity');
  // A few unmapped property types are tolerable; many mean the typings changed shape.
  if (stats.unmappedTypes > stats.properties * 0.01) problems.push(`${stats.unmappedTypes} unmapped property types`);
  if (stats.nameCollisions > 10) problems.push(`${stats.nameCollisions} declarations mapped to the same full names`);
  if (problems.length > 0) {
    throw new MetadataConfigError(
      `${describe} at ${root} has an unexpected layout: ${problems.join(', ')}; ` +
        `expected Kiota model interfaces and enum objects in models/**/index.d.ts`,
    );
  }
}

/**
 * ts-morph (and the TypeScript compiler it bundles) is loaded only here, on a cache miss: it
 * costs ~300 ms to load, which start-up must not pay. With `require`, not `import()`: gen's
 * bundle runs from V8's code cache as a script (src/cli/code-cache.ts), and Node 20 gives a
 * script compiled from a cache no dynamic import.
 */
function loadTs(): Ts {
  const mod = createRequire(import.meta.url)('ts-morph') as { ts?: Ts };
  if (!mod.ts) throw new Error('ts-morph does not export the TypeScript compiler API (`ts`)');
  return mod.ts;
}

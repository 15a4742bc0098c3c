import { isAscii } from 'node:buffer';
import type { ApiSchema, SchemaTypeDef } from './schema.js';
import { namespaceOf, shortNameOf } from './names.js';
import { HASH, LF } from '../char-codes.js';
import { asciiStringify } from './cache.js';

/*
 * The on-disk form of a loaded schema that costs almost nothing to open: one header line (every
 * part of the schema except the type definitions, plus a catalog of the types' names), then
 * one JSON line per type, parsed only when a lookup first asks for that type.
 *
 * Why: a run touches a small share of the ~11,600 types of the two Graph versions, and parsing
 * all of them (9 MB of JSON, ~1M objects) took ~70 ms of every run, plus the garbage
 * collector's time to promote them all.
 */
/**
 * The names and base type of every type, as parallel columns in the schema's type order: what a
 * {@link SchemaIndex} needs of each type before any lookup. Columns, not an object per type, so
 * that reading them from the header makes a few arrays rather than ~11,600 small ones.
 */
export interface TypeCatalog {
  readonly fullNames: readonly string[];
  readonly names: readonly string[];
  readonly namespaces: readonly string[];
  /** `null` for a type without one, and for enums. */
  readonly baseTypes: readonly (string | null)[];
}

/** Bump whenever the layout changes: a cache file of another format is rebuilt, never misread. */
export const PACKED_FORMAT = 'packed-schema-3';

/**
 * What the header stores of the catalog. Names and namespaces follow from the full names
 * (`namespace.name`) in every Graph schema, so they are stored only when some type's do not:
 * that is a fifth of the header less to parse on every run.
 */
interface PackedCatalog {
  readonly fullNames: readonly string[];
  readonly baseTypes: readonly (string | null)[];
  /** The length of each type's JSON line. */
  readonly lengths: readonly number[];
  readonly names?: readonly string[];
  readonly namespaces?: readonly string[];
}

/**
 * The discriminators in their order: a number `k` stands for `#<fullNames[k]>` →
 * `fullNames[k]` (every one of the Graph schemas), a pair for any other.
 */
type PackedDiscriminators = readonly (number | readonly [string, string])[];

interface PackedHeader {
  readonly format: typeof PACKED_FORMAT;
  readonly fingerprint: string;
  readonly schema: Omit<ApiSchema, 'types' | 'discriminators'>;
  readonly discriminators: PackedDiscriminators;
  readonly types: PackedCatalog;
}

export function catalogTypes(schema: ApiSchema): TypeCatalog {
  const fullNames: string[] = [];
  const names: string[] = [];
  const namespaces: string[] = [];
  const baseTypes: (string | null)[] = [];
  for (const t of Object.values(schema.types)) {
    fullNames.push(t.fullName);
    names.push(t.name);
    namespaces.push(t.namespace);
    baseTypes.push(t.kind === 'enum' ? null : t.baseType);
  }
  return { fullNames, names, namespaces, baseTypes };
}

export function packSchema(schema: ApiSchema, fingerprint: string): string {
  const { types, discriminators, ...rest } = schema;
  // ASCII, so that byte offsets in the file are character offsets: it is read as bytes
  // (readCacheBytes) and only the lines a run looks up are decoded (see unpackSchema).
  const lines = Object.values(types).map((t) => asciiStringify(t));
  const catalog = catalogTypes(schema);
  const header: PackedHeader = {
    format: PACKED_FORMAT,
    fingerprint,
    schema: rest,
    discriminators: packDiscriminators(discriminators, catalog.fullNames),
    types: packCatalog(catalog, lines),
  };
  // Every line ends with a newline, the last one too: a whole file ends with one.
  return [asciiStringify(header), ...lines].map((line) => `${line}\n`).join('');
}

function packCatalog(catalog: TypeCatalog, lines: readonly string[]): PackedCatalog {
  const { fullNames, names, namespaces, baseTypes } = catalog;
  const lengths = lines.map((line) => line.length);
  const derivable = fullNames.every((f, k) => shortNameOf(f) === names[k] && namespaceOf(f) === namespaces[k]);
  return derivable ? { fullNames, baseTypes, lengths } : { fullNames, baseTypes, lengths, names, namespaces };
}

function packDiscriminators(
  discriminators: Readonly<Record<string, string>>,
  fullNames: readonly string[],
): PackedDiscriminators {
  const position = new Map<string, number>();
  for (let k = 0; k < fullNames.length; k++) position.set(fullNames[k]!, k);
  return Object.entries(discriminators).map(([value, fullName]) => {
    const k = position.get(fullName);
    return k !== undefined && value === `#${fullName}` ? k : [value, fullName];
  });
}

/** The catalog of a header, its names and namespaces derived from the full names on first use. */
function unpackCatalog(packed: PackedCatalog): TypeCatalog {
  const { fullNames, baseTypes } = packed;
  let names = packed.names;
  let namespaces = packed.namespaces;
  return {
    fullNames,
    baseTypes,
    get names() {
      return (names ??= fullNames.map(shortNameOf));
    },
    get namespaces() {
      return (namespaces ??= fullNames.map(namespaceOf));
    },
  };
}

/** Whether every entry is a position in the catalog or a pair of strings. */
function isDiscriminatorList(packed: PackedDiscriminators, typeCount: number): boolean {
  for (let k = 0; k < packed.length; k++) {
    const entry = packed[k]!;
    if (typeof entry === 'number') {
      if (!Number.isInteger(entry) || entry < 0 || entry >= typeCount) return false;
    } else if (!Array.isArray(entry) || entry.length !== 2 || !entry.every((part) => typeof part === 'string')) {
      return false;
    }
  }
  return true;
}

/** The discriminators record, in the order it was packed. */
function discriminatorRecord(packed: PackedDiscriminators, fullNames: readonly string[]): Record<string, string> {
  const discriminators: Record<string, string> = {};
  for (let k = 0; k < packed.length; k++) {
    const entry = packed[k]!;
    if (typeof entry === 'number') {
      discriminators[`#${fullNames[entry]!}`] = fullNames[entry]!;
    } else {
      // As JSON.parse would: an own property even for `__proto__`.
      Object.defineProperty(discriminators, entry[0], {
        value: entry[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return discriminators;
}

/** Receives each discriminator value without its leading `#`, and the full name of its type. */
export type DiscriminatorVisitor = (reference: string, fullName: string) => void;

/** Visits the discriminators of a schema's record, in order. */
export function forEachDiscriminator(
  discriminators: Readonly<Record<string, string>>,
  visit: DiscriminatorVisitor,
): void {
  for (const value in discriminators) {
    if (Object.hasOwn(discriminators, value)) visit(withoutHash(value), discriminators[value]!);
  }
}

/** The same over the packed list, without making the record (or a `#…` string per type). */
function forEachPackedDiscriminator(
  packed: PackedDiscriminators,
  fullNames: readonly string[],
  visit: DiscriminatorVisitor,
): void {
  for (let k = 0; k < packed.length; k++) {
    const entry = packed[k]!;
    if (typeof entry === 'number') visit(fullNames[entry]!, fullNames[entry]!);
    else visit(withoutHash(entry[0]), entry[1]);
  }
}

function withoutHash(value: string): string {
  return value.charCodeAt(0) === HASH ? value.slice(1) : value;
}

/**
 * The type definitions of a packed schema: each is parsed from its line on first lookup and
 * kept. (Parsing all ~11,600 of the two versions would cost most of what the packing saves.)
 */
export class PackedTypes {
  private readonly positions = new Map<string, number>();
  private readonly definitions: (SchemaTypeDef | undefined)[];

  constructor(
    /** The packed file's bytes (ASCII): each line is decoded when its type is first looked up. */
    private readonly bytes: Buffer,
    private readonly fullNames: readonly string[],
    /** Start and end offsets of each definition's line in `bytes`, two numbers per type. */
    private readonly bounds: Int32Array,
  ) {
    for (let k = 0; k < fullNames.length; k++) this.positions.set(fullNames[k]!, k);
    this.definitions = new Array<SchemaTypeDef | undefined>(fullNames.length);
  }

  /** The definition of the type with exactly this full name; `undefined` when there is none. */
  get(fullName: string): SchemaTypeDef | undefined {
    const k = this.positions.get(fullName);
    if (k === undefined) return undefined;
    return (this.definitions[k] ??= JSON.parse(latin1(this.bytes, this.bounds[2 * k]!, this.bounds[2 * k + 1]!)));
  }

  /** Whether the definition has been parsed (for tests of the laziness). */
  isParsed(fullName: string): boolean {
    const k = this.positions.get(fullName);
    return k !== undefined && this.definitions[k] !== undefined;
  }

  /** Every definition, by full name in file order (parses those not parsed yet). */
  record(): Record<string, SchemaTypeDef> {
    const types: Record<string, SchemaTypeDef> = {};
    for (const name of this.fullNames) types[name] = this.get(name)!;
    return types;
  }
}

export interface UnpackedSchema {
  /**
   * The schema. Its `types` record parses every definition when first read: it serves the
   * tools that go through all types (packing again, verification); lookups use `types`.
   */
  readonly schema: ApiSchema;
  readonly catalog: TypeCatalog;
  readonly types: PackedTypes;
  /** Visits the schema's discriminators in order, without making its `discriminators` record. */
  readonly forEachDiscriminator: (visit: DiscriminatorVisitor) => void;
}

/**
 * Opens a packed schema from its file's bytes. Returns `null` when they are for another
 * fingerprint, another format, not whole (a truncated file), or not ASCII (not written by
 * {@link packSchema}): the caller rebuilds it. Throws nothing.
 *
 * Bytes, not a string: the header and the type lines a run looks up are decoded, not the
 * whole file (for the two Graph versions, 9 MB copied once more on every run).
 */
export function unpackSchema(bytes: Buffer, fingerprint: string): UnpackedSchema | null {
  // ASCII: a byte is a character, so offsets in the bytes are offsets in the text.
  if (!isAscii(bytes)) return null;
  const headerEnd = bytes.indexOf(LF);
  if (headerEnd < 0) return null;
  let header: PackedHeader;
  try {
    header = JSON.parse(latin1(bytes, 0, headerEnd)) as PackedHeader;
  } catch {
    return null;
  }
  if (!isHeader(header) || header.format !== PACKED_FORMAT || header.fingerprint !== fingerprint) return null;

  const lengths = header.types.lengths;
  const count = lengths.length;
  const size = bytes.length;
  const bounds = new Int32Array(2 * count);
  let offset = headerEnd + 1;
  for (let k = 0; k < count; k++) {
    const length = lengths[k];
    if (typeof length !== 'number') return null;
    const end = offset + length;
    // Each definition is one whole line: a damaged file fails here, not at a later lookup.
    if (end >= size || bytes[end] !== LF) return null;
    bounds[2 * k] = offset;
    bounds[2 * k + 1] = end;
    offset = end + 1;
  }
  if (offset !== size) return null;
  const catalog = unpackCatalog(header.types);
  const packedDiscriminators = header.discriminators;
  if (!isDiscriminatorList(packedDiscriminators, count)) return null;
  const types = new PackedTypes(bytes, catalog.fullNames, bounds);
  // Both records are made when first read: lookups go through `types` and the index reads the
  // discriminators with `forEachDiscriminator`.
  let all: Record<string, SchemaTypeDef> | undefined;
  let discriminators: Record<string, string> | undefined;
  const schema = Object.defineProperties({ ...header.schema } as ApiSchema, {
    types: { enumerable: true, get: () => (all ??= types.record()) },
    discriminators: {
      enumerable: true,
      get: () => (discriminators ??= discriminatorRecord(packedDiscriminators, catalog.fullNames)),
    },
  });
  return {
    schema,
    catalog,
    types,
    forEachDiscriminator: (visit) => forEachPackedDiscriminator(packedDiscriminators, catalog.fullNames, visit),
  };
}

/** The text of `bytes[start, end)`, one character per byte. */
function latin1(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', start, end);
}

function isHeader(value: unknown): value is PackedHeader {
  const h = value as Partial<PackedHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.schema === 'object' &&
    h.schema !== null &&
    Array.isArray(h.discriminators) &&
    typeof h.types === 'object' &&
    h.types !== null &&
    isCatalog(h.types)
  );
}

/** Every column an array, all of the same length; names and namespaces both or neither. */
function isCatalog(columns: Partial<PackedCatalog>): boolean {
  const { fullNames, baseTypes, lengths, names, namespaces } = columns;
  const count = lengths?.length;
  const isColumn = (c: unknown): boolean => Array.isArray(c) && c.length === count;
  if (!Array.isArray(lengths) || !isColumn(fullNames) || !isColumn(baseTypes)) return false;
  return names === undefined && namespaces === undefined ? true : isColumn(names) && isColumn(namespaces);
}

import type { ApiSchema, SchemaTypeDef } from './schema.js';

/**
 * The on-disk form of a loaded schema that costs almost nothing to open: one header line (every
 * part of the schema except the type definitions, plus a one-line summary of each type), then
 * one JSON line per type, parsed only when a lookup first asks for that type.
 *
 * Why: a run touches a small share of the ~11,600 types of the two Graph versions, and parsing
 * all of them (9 MB of JSON, ~1M objects) took ~70 ms of every run, plus the garbage
 * collector's time to promote them all.
 */
export interface TypeSummary {
  readonly fullName: string;
  readonly name: string;
  readonly namespace: string;
  readonly baseType: string | null;
}

export const PACKED_FORMAT = 'packed-schema-1';

interface PackedHeader {
  readonly format: typeof PACKED_FORMAT;
  readonly fingerprint: string;
  readonly schema: Omit<ApiSchema, 'types'>;
  /** Per type: full name, name, namespace, base type, and the length of its JSON line. */
  readonly types: readonly [string, string, string, string | null, number][];
}

export function summarizeTypes(schema: ApiSchema): TypeSummary[] {
  return Object.values(schema.types).map((t) => ({
    fullName: t.fullName,
    name: t.name,
    namespace: t.namespace,
    baseType: t.kind === 'enum' ? null : t.baseType,
  }));
}

export function packSchema(schema: ApiSchema, fingerprint: string): string {
  const { types, ...rest } = schema;
  const lines = Object.values(types).map((t) => JSON.stringify(t));
  const header: PackedHeader = {
    format: PACKED_FORMAT,
    fingerprint,
    schema: rest,
    types: summarizeTypes(schema).map((s, k) => [s.fullName, s.name, s.namespace, s.baseType, lines[k]!.length]),
  };
  // Every line ends with a newline, the last one too: a whole file ends with one.
  return [JSON.stringify(header), ...lines].map((line) => `${line}\n`).join('');
}

/**
 * The type definitions of a packed schema: each is parsed from its line on first lookup and
 * kept. (Parsing all ~11,600 of the two versions would cost most of what the packing saves.)
 */
export class PackedTypes {
  private readonly positions = new Map<string, number>();
  private readonly definitions: (SchemaTypeDef | undefined)[];

  constructor(
    private readonly text: string,
    private readonly fullNames: readonly string[],
    /** Start and end offsets of each definition's line in `text`, two numbers per type. */
    private readonly bounds: readonly number[],
  ) {
    for (let k = 0; k < fullNames.length; k++) this.positions.set(fullNames[k]!, k);
    this.definitions = new Array<SchemaTypeDef | undefined>(fullNames.length);
  }

  /** The definition of the type with exactly this full name; `undefined` when there is none. */
  get(fullName: string): SchemaTypeDef | undefined {
    const k = this.positions.get(fullName);
    if (k === undefined) return undefined;
    return (this.definitions[k] ??= JSON.parse(this.text.slice(this.bounds[2 * k], this.bounds[2 * k + 1])));
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
  readonly summaries: TypeSummary[];
  readonly types: PackedTypes;
}

/**
 * Opens a packed schema. Returns `null` when the text is for another fingerprint, another
 * format, or not whole (a truncated file): the caller rebuilds it. Throws nothing.
 */
export function unpackSchema(text: string, fingerprint: string): UnpackedSchema | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 0) return null;
  let header: PackedHeader;
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as PackedHeader;
  } catch {
    return null;
  }
  if (!isHeader(header) || header.format !== PACKED_FORMAT || header.fingerprint !== fingerprint) return null;

  const count = header.types.length;
  const summaries: TypeSummary[] = new Array<TypeSummary>(count);
  const fullNames: string[] = new Array<string>(count);
  const bounds: number[] = new Array<number>(2 * count);
  let offset = headerEnd + 1;
  for (let k = 0; k < count; k++) {
    const entry = header.types[k];
    if (!Array.isArray(entry) || entry.length !== 5) return null;
    const [fullName, name, namespace, baseType, length] = entry;
    const end = offset + length;
    // Each definition is one whole line: a damaged file fails here, not at a later lookup.
    if (end >= text.length || text.charCodeAt(end) !== NEWLINE) return null;
    summaries[k] = { fullName, name, namespace, baseType };
    fullNames[k] = fullName;
    bounds[2 * k] = offset;
    bounds[2 * k + 1] = end;
    offset = end + 1;
  }
  if (offset !== text.length) return null;
  const types = new PackedTypes(text, fullNames, bounds);
  let all: Record<string, SchemaTypeDef> | undefined;
  const schema = Object.defineProperty({ ...header.schema } as ApiSchema, 'types', {
    enumerable: true,
    get: () => (all ??= types.record()),
  });
  return { schema, summaries, types };
}
const NEWLINE = 10;

function isHeader(value: unknown): value is PackedHeader {
  const h = value as Partial<PackedHeader> | null;
  return (
    typeof h === 'object' && h !== null && typeof h.schema === 'object' && h.schema !== null && Array.isArray(h.types)
  );
}

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
 * Opens a packed schema. Returns `null` when the text is for another fingerprint, another
 * format, or not whole (a truncated file): the caller rebuilds it. Throws nothing.
 */
export function unpackSchema(
  text: string,
  fingerprint: string,
): { schema: ApiSchema; summaries: TypeSummary[] } | null {
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 0) return null;
  let header: PackedHeader;
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as PackedHeader;
  } catch {
    return null;
  }
  if (!isHeader(header) || header.format !== PACKED_FORMAT || header.fingerprint !== fingerprint) return null;

  const types: Record<string, SchemaTypeDef> = {};
  const summaries: TypeSummary[] = [];
  let offset = headerEnd + 1;
  for (const entry of header.types) {
    if (!Array.isArray(entry) || entry.length !== 5) return null;
    const [fullName, name, namespace, baseType, length] = entry;
    const start = offset;
    offset += length + 1;
    // Each definition is one whole line: a damaged file fails here, not at a later lookup.
    const end = start + length;
    if (end >= text.length || text.charCodeAt(end) !== NEWLINE) return null;
    summaries.push({ fullName, name, namespace, baseType });
    Object.defineProperty(types, fullName, {
      enumerable: true,
      configurable: true,
      get(): SchemaTypeDef {
        const value = JSON.parse(text.slice(start, end)) as SchemaTypeDef;
        Object.defineProperty(types, fullName, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  if (offset !== text.length) return null;
  return { schema: { ...header.schema, types }, summaries };
}

const NEWLINE = 10;

function isHeader(value: unknown): value is PackedHeader {
  const h = value as Partial<PackedHeader> | null;
  return (
    typeof h === 'object' && h !== null && typeof h.schema === 'object' && h.schema !== null && Array.isArray(h.types)
  );
}

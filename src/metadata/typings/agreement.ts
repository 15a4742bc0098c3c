import {
  type ApiSchema,
  type PrimitiveKind,
  type SchemaTypeDef,
  type StructuredTypeDef,
  type TypeRef,
  isEnum,
  isStructured,
  typesByLowerName,
} from '../schema.js';

/**
 * How far the typings-derived schema agrees with a CSDL-derived one: the measure behind the
 * agreement test and the merge rules (docs/metadata-merge.md).
 *
 * Compared: every (type, declared property) pair present in both schemas, types matched by
 * full name and properties by name, both case-insensitively (lookups downstream are
 * case-insensitive). A pair agrees when
 * - the property name is spelled identically, and
 * - the types are compatible: the same primitive kind, or typings `int32` (TS `number`)
 *   against any CSDL number kind (byte/sbyte/int16/int32/int64/single/double/decimal), or
 *   `binary` against `stream`, or `untyped` against the CSDL's `microsoft.graph.Json` (Kiota
 *   maps that type to `UntypedNode`); or the same named type (case-insensitive, the SDK names
 *   types in PascalCase anyway), with the same collection-ness.
 * A CSDL navigation property against a typings property agrees on the same rule: the typings
 * cannot tell them apart, so only the target type is compared.
 */

export type DisagreementCategory =
  | 'property-name-spelling'
  | 'flags-enum-as-collection'
  | 'collection-of-enum-as-flags'
  | 'collection-of-flags-enum'
  | 'collection-mismatch'
  | 'primitive-kind'
  | 'primitive-vs-named'
  | 'named-type';

export interface Disagreement {
  readonly type: string;
  readonly property: string;
  readonly category: DisagreementCategory;
  readonly typings: string;
  readonly csdl: string;
}

export interface AgreementReport {
  readonly pairs: number;
  readonly agreed: number;
  readonly rate: number;
  readonly disagreements: readonly Disagreement[];
  readonly byCategory: Readonly<Partial<Record<DisagreementCategory, number>>>;
  /** Coverage, for context: version skew between the CSDL snapshot and the SDK release. */
  readonly typesInBoth: number;
  readonly typesOnlyInTypings: number;
  readonly typesOnlyInCsdl: number;
  readonly propertiesOnlyInTypings: number;
  readonly propertiesOnlyInCsdl: number;
  /** Types in both whose full name differs in case (`Dictionary` vs `dictionary`). */
  readonly typeNameCasing: readonly string[];
  readonly entityComplexMismatches: readonly string[];
  readonly baseTypeMismatches: readonly string[];
  readonly enumMemberMismatches: readonly string[];
  readonly flags: { readonly truePositive: number; readonly falsePositive: number; readonly falseNegative: number };
}

const NUMBERS: ReadonlySet<PrimitiveKind> = new Set([
  'byte',
  'sbyte',
  'int16',
  'int32',
  'int64',
  'single',
  'double',
  'decimal',
]);

export function primitivesCompatible(typings: PrimitiveKind, csdl: PrimitiveKind): boolean {
  if (typings === csdl) return true;
  if (typings === 'int32' && NUMBERS.has(csdl)) return true;
  if (typings === 'binary' && csdl === 'stream') return true;
  return false;
}

function show(t: TypeRef): string {
  const inner = t.primitive ?? t.name ?? '?';
  return t.isCollection ? `Collection(${inner})` : inner;
}

export function compareSchemas(typings: ApiSchema, csdl: ApiSchema): AgreementReport {
  const tIndex = typesByLowerName(typings);
  const cIndex = typesByLowerName(csdl);
  const disagreements: Disagreement[] = [];
  const byCategory: Partial<Record<DisagreementCategory, number>> = {};
  let pairs = 0;
  let propertiesOnlyInTypings = 0;
  let propertiesOnlyInCsdl = 0;
  let typesInBoth = 0;
  const typeNameCasing: string[] = [];
  const entityComplexMismatches: string[] = [];
  const baseTypeMismatches: string[] = [];
  const enumMemberMismatches: string[] = [];
  const flags = { truePositive: 0, falsePositive: 0, falseNegative: 0 };

  const isFlagsEnum = (index: Map<string, SchemaTypeDef>, name: string | undefined): boolean => {
    const t = name ? index.get(name.toLowerCase()) : undefined;
    return isEnum(t) && t.isFlags;
  };

  const classify = (tp: TypeRef, cp: TypeRef): DisagreementCategory | null => {
    if (tp.primitive && cp.primitive) {
      if (!primitivesCompatible(tp.primitive, cp.primitive)) return 'primitive-kind';
      return tp.isCollection === cp.isCollection ? null : 'collection-mismatch';
    }
    if (tp.primitive === 'untyped' && cp.name?.toLowerCase() === 'microsoft.graph.json') {
      return tp.isCollection === cp.isCollection ? null : 'collection-mismatch';
    }
    if (tp.primitive || cp.primitive) return 'primitive-vs-named';
    if (tp.name!.toLowerCase() !== cp.name!.toLowerCase()) return 'named-type';
    if (tp.isCollection === cp.isCollection) return null;
    if (tp.isCollection && isFlagsEnum(cIndex, cp.name)) return 'flags-enum-as-collection';
    if (!tp.isCollection && isFlagsEnum(cIndex, cp.name)) return 'collection-of-flags-enum';
    if (!tp.isCollection && isFlagsEnum(tIndex, tp.name)) return 'collection-of-enum-as-flags';
    return 'collection-mismatch';
  };

  for (const [lower, c] of cIndex) {
    const t = tIndex.get(lower);
    if (!t) continue;
    typesInBoth++;
    if (t.fullName !== c.fullName) typeNameCasing.push(`${c.fullName} (typings: ${t.fullName})`);
    if (isEnum(c) && isEnum(t)) {
      if (c.isFlags && t.isFlags) flags.truePositive++;
      else if (t.isFlags) flags.falsePositive++;
      else if (c.isFlags) flags.falseNegative++;
      const cm = c.members.map((m) => m.name).join(',');
      const tm = t.members.map((m) => m.name).join(',');
      if (cm !== tm) enumMemberMismatches.push(c.fullName);
      continue;
    }
    if (!isStructured(c) || !isStructured(t)) continue;
    if (c.kind !== t.kind) entityComplexMismatches.push(`${c.fullName}: csdl ${c.kind}, typings ${t.kind}`);
    if ((c.baseType ?? '').toLowerCase() !== (t.baseType ?? '').toLowerCase()) {
      baseTypeMismatches.push(`${c.fullName}: csdl ${c.baseType ?? '-'}, typings ${t.baseType ?? '-'}`);
    }
    const tProps = new Map(t.properties.map((p) => [p.name.toLowerCase(), p]));
    const seen = new Set<string>();
    for (const cp of csdlMembers(c)) {
      const key = cp.name.toLowerCase();
      const tp = tProps.get(key);
      if (!tp) {
        propertiesOnlyInCsdl++;
        continue;
      }
      seen.add(key);
      pairs++;
      const category = tp.name !== cp.name ? 'property-name-spelling' : classify(tp.type, cp.type);
      if (category) {
        byCategory[category] = (byCategory[category] ?? 0) + 1;
        disagreements.push({
          type: c.fullName,
          property: cp.name,
          category,
          typings: show(tp.type),
          csdl: show(cp.type),
        });
      }
    }
    propertiesOnlyInTypings += t.properties.filter((p) => !seen.has(p.name.toLowerCase())).length;
  }
  const agreed = pairs - disagreements.length;
  return {
    pairs,
    agreed,
    rate: pairs === 0 ? 0 : agreed / pairs,
    disagreements,
    byCategory,
    typesInBoth,
    typesOnlyInTypings: [...tIndex.keys()].filter((k) => !cIndex.has(k)).length,
    typesOnlyInCsdl: [...cIndex.keys()].filter((k) => !tIndex.has(k)).length,
    propertiesOnlyInTypings,
    propertiesOnlyInCsdl,
    typeNameCasing,
    entityComplexMismatches,
    baseTypeMismatches,
    enumMemberMismatches,
    flags,
  };
}

function csdlMembers(t: StructuredTypeDef): { name: string; type: TypeRef }[] {
  return [...t.properties, ...t.navigationProperties];
}

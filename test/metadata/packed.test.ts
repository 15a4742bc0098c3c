import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/metadata/cache.js';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { PACKED_FORMAT, catalogTypes, packSchema, unpackSchema } from '../../src/metadata/packed.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import type { ApiSchema } from '../../src/metadata/schema.js';
import { apiSchema, boundAction, enumType, structured } from '../support/schema-builders.js';

/**
 * The packed schema cache: one header line, then one JSON line per type, each parsed on first
 * access. Round trip, laziness, rejection of anything not whole, and the index built on it.
 */

const MINI = fileURLToPath(new URL('../fixtures/csdl/mini.csdl.xml', import.meta.url));
const FP = 'fingerprint-1';

function parseMini(): ApiSchema {
  return parseCsdl(readFileSync(MINI, 'utf8'), 'v1.0', { kind: 'csdl', description: 'mini', fingerprint: 'test' });
}

/** A schema with non-ASCII names and strings: BMP letters, CJK, and an astral emoji (2 UTF-16 units). */
function unicodeSchema(): ApiSchema {
  return apiSchema(
    'v1.0',
    [
      structured('microsoft.graph.entity', [['id', { primitive: 'string', isCollection: false }]], null, 'entity'),
      structured(
        'microsoft.graph.über',
        [
          ['grüße', { primitive: 'string', isCollection: false }],
          ['日本', { name: 'microsoft.graph.日本', isCollection: true }],
        ],
        'microsoft.graph.entity',
        'entity',
      ),
      structured('microsoft.graph.日本', [['名前', { primitive: 'string', isCollection: false }]]),
      enumType('microsoft.graph.mood😀', ['happy😀', 'sad😢', 'n\u00e4ive\u2028line']),
      structured('ns.ü.zwölf', [['"quoted"\\back\nslash', { primitive: 'int32', isCollection: false }]]),
    ],
    {
      sources: [{ kind: 'csdl', description: 'Grüße aus 日本 🚀', fingerprint: 'ü' }],
      operations: [
        boundAction('sendÜber', { name: 'microsoft.graph.über', isCollection: false }, [
          ['nachricht😀', { primitive: 'string', isCollection: false }],
        ]),
      ],
      discriminators: { '#microsoft.graph.über': 'microsoft.graph.über' },
    },
  );
}

/** Every non-type part of a schema. */
function rest(schema: ApiSchema): Omit<ApiSchema, 'types'> {
  const { types: _types, ...others } = schema;
  return others;
}

/** Opens a packed text as gen opens the file: its UTF-8 bytes. */
function unpack(text: string, fingerprint: string): ReturnType<typeof unpackSchema> {
  return unpackSchema(Buffer.from(text, 'utf8'), fingerprint);
}

function unpackOrFail(text: string, fingerprint = FP): NonNullable<ReturnType<typeof unpackSchema>> {
  const unpacked = unpack(text, fingerprint);
  if (!unpacked) throw new Error('unpackSchema returned null');
  return unpacked;
}

describe.each([
  ['mini CSDL', parseMini],
  ['unicode builder schema', unicodeSchema],
])('packSchema / unpackSchema round trip (%s)', (_label, make) => {
  const original = make();
  const text = packSchema(original, FP);

  it('has a header line and one line per type', () => {
    // Every line ends with a newline, the last one too.
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1 + Object.keys(original.types).length);
    const header = JSON.parse(lines[0]!) as {
      format: string;
      fingerprint: string;
      types: Record<string, unknown[]>;
    };
    expect(header.format).toBe(PACKED_FORMAT);
    expect(header.fingerprint).toBe(FP);
    // Full names, base types and line lengths, a value per type; names and namespaces follow
    // from the full names in these schemas, so they are not stored.
    expect(Object.keys(header.types).sort()).toEqual(['baseTypes', 'fullNames', 'lengths']);
    for (const column of Object.values(header.types)) expect(column).toHaveLength(Object.keys(original.types).length);
  });

  it('gives every type back deep-equal, in the same order', () => {
    const { schema } = unpackOrFail(text);
    expect(Object.keys(schema.types)).toEqual(Object.keys(original.types));
    for (const [name, def] of Object.entries(original.types)) expect(schema.types[name], name).toEqual(def);
    // The whole object compares equal too (enumerable accessors are read by toEqual).
    expect(unpackOrFail(text).schema).toEqual(original);
  });

  it('gives the non-type parts back equal', () => {
    const { schema } = unpackOrFail(text);
    expect(rest(schema)).toEqual(rest(original));
    expect(Object.keys(rest(schema)).sort()).toEqual(Object.keys(rest(original)).sort());
  });

  it('returns the catalog catalogTypes gives for the original', () => {
    const { catalog } = unpackOrFail(text);
    expect({
      fullNames: catalog.fullNames,
      names: catalog.names,
      namespaces: catalog.namespaces,
      baseTypes: catalog.baseTypes,
    }).toEqual(catalogTypes(original));
    expect(catalog.fullNames).toEqual(Object.keys(original.types));
  });

  it('is deterministic: packing the unpacked schema gives the same text', () => {
    expect(packSchema(unpackOrFail(text).schema, FP)).toBe(text);
  });
});

describe('names, namespaces and discriminators that do not follow from the full names', () => {
  const odd = (): ApiSchema => {
    const base = unicodeSchema();
    const entity = base.types['microsoft.graph.entity']!;
    return {
      ...base,
      types: { ...base.types, 'microsoft.graph.entity': { ...entity, name: 'Entity', namespace: 'graph' } },
      discriminators: {
        '#microsoft.graph.über': 'microsoft.graph.über',
        '#Microsoft.Graph.Entity': 'microsoft.graph.entity',
        // A computed key: an own property, not the prototype.
        ['__proto__']: 'microsoft.graph.日本',
        '#microsoft.graph.unknown': 'microsoft.graph.unknown',
      },
    };
  };

  it('stores and gives them back as they were, in order', () => {
    const original = odd();
    expect(Object.keys(original.discriminators)).toContain('__proto__');
    const text = packSchema(original, FP);
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { types: Record<string, unknown> };
    expect(Object.keys(header.types).sort()).toEqual(['baseTypes', 'fullNames', 'lengths', 'names', 'namespaces']);
    const { schema, catalog } = unpackOrFail(text);
    expect(schema).toEqual(original);
    expect(Object.entries(schema.discriminators)).toEqual(Object.entries(original.discriminators));
    expect(catalog.names[0]).toBe('Entity');
    expect(catalog.namespaces[0]).toBe('graph');
    expect(packSchema(schema, FP)).toBe(text);
  });

  it('an index on it finds types by discriminator as one on the original schema does', () => {
    const original = odd();
    const unpacked = unpackOrFail(packSchema(original, FP));
    const packedIndex = new SchemaIndex(unpacked.schema, unpacked);
    const plainIndex = new SchemaIndex(original);
    const references = [...Object.keys(original.discriminators), 'microsoft.graph.ENTITY', '#MICROSOFT.GRAPH.über'];
    for (const reference of references) {
      expect(packedIndex.findTypeByReference(reference), reference).toEqual(plainIndex.findTypeByReference(reference));
    }
    expect(packedIndex.findTypeByReference('#Microsoft.Graph.Entity')?.fullName).toBe('microsoft.graph.entity');
  });

  it('returns null for a discriminator that names no type of the catalog, or a damaged one', () => {
    const text = packSchema(odd(), FP);
    const headerEnd = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, headerEnd)) as { discriminators: unknown[] };
    const withDiscriminators = (discriminators: unknown): string =>
      `${asciiJson(JSON.stringify({ ...header, discriminators }))}${text.slice(headerEnd)}`;
    expect(unpack(withDiscriminators(header.discriminators), FP)).not.toBeNull();
    for (const damaged of [[99], [-1], [0.5], [['#a']], [['#a', 1]], ['#a'], null, {}]) {
      expect(unpack(withDiscriminators(damaged), FP), JSON.stringify(damaged)).toBeNull();
    }
  });
});

describe('catalogTypes', () => {
  it('gives full name, name, namespace and base type in columns; enums have no base type', () => {
    expect(catalogTypes(unicodeSchema())).toEqual({
      fullNames: [
        'microsoft.graph.entity',
        'microsoft.graph.über',
        'microsoft.graph.日本',
        'microsoft.graph.mood😀',
        'ns.ü.zwölf',
      ],
      names: ['entity', 'über', '日本', 'mood😀', 'zwölf'],
      namespaces: ['microsoft.graph', 'microsoft.graph', 'microsoft.graph', 'microsoft.graph', 'ns.ü'],
      baseTypes: [null, 'microsoft.graph.entity', null, null, null],
    });
  });
});

describe('lazy parsing', () => {
  const original = parseMini();
  const text = packSchema(original, FP);

  it('parses a type only when it is first looked up, and leaves the others alone', () => {
    const { types } = unpackOrFail(text);
    const names = Object.keys(original.types);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(types.isParsed(name), name).toBe(false);

    const user = types.get('microsoft.graph.user');
    expect(user).toEqual(original.types['microsoft.graph.user']);
    expect(types.isParsed('microsoft.graph.user')).toBe(true);
    // Parsed once: the same object on every later lookup.
    expect(types.get('microsoft.graph.user')).toBe(user);

    types.get('microsoft.graph.security.alert');
    expect(names.filter((n) => types.isParsed(n)).sort()).toEqual([
      'microsoft.graph.security.alert',
      'microsoft.graph.user',
    ]);
  });

  it('knows only its own full names, exactly spelled (no Object.prototype names)', () => {
    const { types } = unpackOrFail(text);
    for (const name of ['MICROSOFT.GRAPH.USER', 'constructor', '__proto__', 'toString', '']) {
      expect(types.get(name), name).toBeUndefined();
      expect(types.isParsed(name), name).toBe(false);
    }
  });

  it('does not parse type lines that are never looked up (a broken one only fails when read)', () => {
    // Same length, so the framing check passes: only reading that type can notice.
    const lines = text.split('\n');
    const k = Object.keys(original.types).indexOf('microsoft.graph.group') + 1;
    lines[k] = '#'.repeat(lines[k]!.length);
    const { types } = unpackOrFail(lines.join('\n'));
    expect(types.get('microsoft.graph.user')).toEqual(original.types['microsoft.graph.user']);
    expect(types.isParsed('microsoft.graph.group')).toBe(false);
    expect(() => types.get('microsoft.graph.group')).toThrow(SyntaxError);
  });

  it("the schema's types record parses every definition, once, when first read", () => {
    const { schema, types } = unpackOrFail(text);
    expect(Object.keys(original.types).some((n) => types.isParsed(n))).toBe(false);
    const record = schema.types;
    expect(record).toEqual(original.types);
    expect(Object.keys(original.types).every((n) => types.isParsed(n))).toBe(true);
    expect(schema.types).toBe(record);
    expect(record['microsoft.graph.user']).toBe(types.get('microsoft.graph.user'));
  });

  it('building a SchemaIndex on it parses no type', () => {
    const unpacked = unpackOrFail(text);
    const { types } = unpacked;
    const index = new SchemaIndex(unpacked.schema, unpacked);
    expect(index.namespaces()).toEqual(['microsoft.graph', 'microsoft.graph.security']);
    expect(index.derivedTypes('microsoft.graph.entity').length).toBeGreaterThan(0);
    for (const name of Object.keys(original.types)) expect(types.isParsed(name), name).toBe(false);
    expect(index.type('MICROSOFT.GRAPH.MESSAGE')?.fullName).toBe('microsoft.graph.message');
    expect(types.isParsed('microsoft.graph.message')).toBe(true);
    expect(types.isParsed('microsoft.graph.user')).toBe(false);
  });
});

describe('unpackSchema rejects what is not a whole packed schema of that fingerprint', () => {
  const original = parseMini();
  const text = packSchema(original, FP);
  const headerEnd = text.indexOf('\n');
  // The text ends with a newline: the last line starts after the one before it.
  const lastLineStart = text.lastIndexOf('\n', text.length - 2) + 1;

  it('accepts the text it was given (control)', () => {
    expect(unpack(text, FP)).not.toBeNull();
  });

  it('returns null for another fingerprint', () => {
    expect(unpack(text, 'fingerprint-2')).toBeNull();
    expect(unpack(text, '')).toBeNull();
    expect(unpack(packSchema(original, 'fingerprint-2'), 'fingerprint-2')).not.toBeNull();
  });

  it('returns null for another format', () => {
    const other = text.replace(`"format":"${PACKED_FORMAT}"`, '"format":"packed-schema-0"');
    expect(other).not.toBe(text);
    expect(other).toHaveLength(text.length);
    expect(unpack(other, FP)).toBeNull();
  });

  it.each([
    ['empty', 0],
    ['one character', 1],
    ['inside the header', Math.floor(headerEnd / 3)],
    ['inside the header, late', headerEnd - 1],
    ['at the end of the header, without its newline', headerEnd],
    ['just after the header newline', headerEnd + 1],
    ['inside the first type line', headerEnd + 5],
    ['before the last newline', lastLineStart - 1],
    ['at the start of the last line', lastLineStart],
    ['inside the last line', lastLineStart + Math.floor((text.length - lastLineStart) / 2)],
    ['one character short', text.length - 1],
  ])('returns null for a text truncated %s', (_label, cut) => {
    expect(cut).toBeLessThan(text.length);
    expect(unpack(text.slice(0, cut), FP)).toBeNull();
  });

  it.each([
    ['a newline', '\n'],
    ['a space', ' '],
    ['a letter', 'x'],
    ['a NUL', '\u0000'],
  ])('returns null for an extra trailing %s', (_label, extra) => {
    expect(unpack(text + extra, FP)).toBeNull();
  });

  it('returns null when a type line is longer or shorter than the header says', () => {
    const lines = text.split('\n');
    const longer = [...lines];
    longer[1] = `${longer[1]} `;
    expect(unpack(longer.join('\n'), FP)).toBeNull();
    const shorter = [...lines];
    shorter[1] = shorter[1]!.slice(0, -1);
    expect(unpack(shorter.join('\n'), FP)).toBeNull();
  });

  it('returns null for a header that is JSON but not an object with types (null, no types, bad entries)', () => {
    const rest = text.slice(headerEnd);
    const header = JSON.parse(text.slice(0, headerEnd)) as Record<string, unknown>;
    expect(unpack(`null${rest}`, FP)).toBeNull();
    expect(unpack(`${JSON.stringify({ ...header, types: undefined })}${rest}`, FP)).toBeNull();
    expect(unpack(`${JSON.stringify({ ...header, schema: null })}${rest}`, FP)).toBeNull();
    expect(unpack(`${JSON.stringify({ ...header, types: [1, 2] })}${rest}`, FP)).toBeNull();
  });

  it('returns null for a catalog with a missing, short or mistyped column', () => {
    const rest = text.slice(headerEnd);
    const header = JSON.parse(text.slice(0, headerEnd)) as { types: Record<string, unknown[]> };
    const withTypes = (types: Record<string, unknown>): string => `${JSON.stringify({ ...header, types })}${rest}`;
    expect(unpack(withTypes(header.types), FP)).not.toBeNull();
    for (const column of ['fullNames', 'baseTypes', 'lengths']) {
      expect(unpack(withTypes({ ...header.types, [column]: undefined }), FP), column).toBeNull();
      expect(unpack(withTypes({ ...header.types, [column]: header.types[column]!.slice(1) }), FP), column).toBeNull();
    }
    const lengths = header.types.lengths!.map((n) => String(n));
    expect(unpack(withTypes({ ...header.types, lengths }), FP)).toBeNull();
  });

  it('returns null for a file of the previous format (one array per type): it is rebuilt', () => {
    const header = JSON.parse(text.slice(0, headerEnd)) as {
      types: { fullNames: string[]; baseTypes: string[]; lengths: number[] };
    };
    const { fullNames, baseTypes, lengths } = header.types;
    const rows = fullNames.map((f, k) => [f, f.slice(f.lastIndexOf('.') + 1), 'ns', baseTypes[k], lengths[k]]);
    const previous = `${JSON.stringify({ ...header, format: 'packed-schema-1', types: rows })}${text.slice(headerEnd)}`;
    expect(unpack(previous, FP)).toBeNull();
    // Even when it claims the current format, the rows are not read as columns.
    expect(unpack(previous.replace('"packed-schema-1"', `"${PACKED_FORMAT}"`), FP)).toBeNull();
  });

  it('returns null when a character moved from one type line to the next (same total length)', () => {
    const lines = text.slice(0, -1).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    const moved = [...lines];
    moved[1] = `${moved[1]} `;
    moved[2] = moved[2]!.slice(1);
    const shifted = `${moved.join('\n')}\n`;
    expect(shifted.length).toBe(text.length);
    expect(unpack(shifted, FP)).toBeNull();
  });

  it.each(['not json', '{', '{"format":', 'packed-schema-1', '\n\n', '{}', '[]', '42', '"text"'])(
    'returns null for non-JSON or non-header text %j',
    (bad) => {
      expect(unpack(bad, FP)).toBeNull();
      expect(unpack(`${bad}\n${text.slice(headerEnd + 1)}`, FP)).toBeNull();
    },
  );
});

describe('unicode', () => {
  const original = unicodeSchema();
  const text = packSchema(original, FP);

  it("is ASCII: other characters are escaped (an emoji as its two UTF-16 units), lengths are the lines'", () => {
    expect(isAscii(Buffer.from(text, 'utf8'))).toBe(true);
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as {
      types: { fullNames: string[]; lengths: number[] };
    };
    const lines = text.split('\n').slice(1);
    const mood = header.types.fullNames.indexOf('microsoft.graph.mood😀');
    expect(mood).toBeGreaterThanOrEqual(0);
    expect(header.types.lengths[mood]).toBe(lines[mood]!.length);
    expect(lines[mood]).toContain('mood\\ud83d\\ude00');
    expect(text).not.toContain('😀');
  });

  it('survives a trip through UTF-8 bytes (as on disk)', () => {
    const fromDisk = Buffer.from(text, 'utf8').toString('utf8');
    const { schema, catalog } = unpackOrFail(fromDisk);
    expect(schema).toEqual(original);
    expect(catalog.names).toEqual(['entity', 'über', '日本', 'mood😀', 'zwölf']);
    const mood = schema.types['microsoft.graph.mood😀'];
    expect(mood?.kind === 'enum' ? mood.members.map((m) => m.name) : null).toEqual([
      'happy😀',
      'sad😢',
      'n\u00e4ive\u2028line',
    ]);
    expect(schema.sources[0]?.description).toBe('Grüße aus 日本 🚀');
    expect(schema.operations[0]?.parameters[0]?.name).toBe('nachricht😀');
  });

  it('refuses a file that is not ASCII (one an earlier version wrote in UTF-8): it is rebuilt', () => {
    const unescaped = text.replace('mood\\ud83d\\ude00', 'mood😀');
    expect(unescaped).not.toBe(text);
    expect(unpack(text, FP)).not.toBeNull();
    expect(unpack(unescaped, FP)).toBeNull();
  });
});

describe('SchemaIndex over an unpacked schema answers like one over the original', () => {
  const cases: [string, ApiSchema][] = [
    ['mini CSDL', parseMini()],
    ['unicode', unicodeSchema()],
  ];

  describe.each(cases)('%s', (_label, original) => {
    const unpacked = unpackOrFail(packSchema(original, FP));
    const packedIndex = new SchemaIndex(unpacked.schema, unpacked);
    const plainIndex = new SchemaIndex(original);
    const fullNames = Object.keys(original.types);

    it('type(): every full name, upper- and lower-cased, and unknown names', () => {
      for (const name of [...fullNames, 'microsoft.graph.nothing', '', 'Microsoft.Graph']) {
        for (const spelled of [name, name.toUpperCase(), name.toLowerCase()]) {
          const expected = plainIndex.type(spelled);
          expect(packedIndex.type(spelled), spelled).toEqual(expected);
        }
      }
      expect(packedIndex.type(fullNames[0]!.toUpperCase())?.fullName).toBe(fullNames[0]);
    });

    it('findTypeByReference(): #full names, graph. aliases, short names, any case', () => {
      const refs = new Set<string>();
      for (const name of fullNames) {
        const short = name.slice(name.lastIndexOf('.') + 1);
        for (const ref of [
          name,
          `#${name}`,
          ` #${name.toUpperCase()} `,
          short,
          short.toUpperCase(),
          name.replace(/^microsoft\./, ''),
          `#${name.replace(/^microsoft\./, '').toUpperCase()}`,
        ]) {
          refs.add(ref);
        }
      }
      for (const ref of ['nothing', 'graph.nothing', '#microsoft.graph.nothing']) refs.add(ref);
      let found = 0;
      for (const ref of refs) {
        const expected = plainIndex.findTypeByReference(ref);
        if (expected) found++;
        expect(packedIndex.findTypeByReference(ref), ref).toEqual(expected);
        expect(packedIndex.findTypeByReference(ref)?.fullName, ref).toBe(expected?.fullName);
      }
      expect(found).toBeGreaterThan(fullNames.length);
    });

    it('derivedTypes() and namespaces()', () => {
      expect(packedIndex.namespaces()).toEqual(plainIndex.namespaces());
      for (const name of fullNames) expect(packedIndex.derivedTypes(name), name).toEqual(plainIndex.derivedTypes(name));
      expect(fullNames.some((n) => plainIndex.derivedTypes(n).length > 0)).toBe(true);
    });
  });

  it('mini CSDL: known answers', () => {
    const unpacked = unpackOrFail(packSchema(parseMini(), FP));
    const index = new SchemaIndex(unpacked.schema, unpacked);
    expect(index.findTypeByReference('#microsoft.graph.user')?.fullName).toBe('microsoft.graph.user');
    expect(index.findTypeByReference('USER')?.fullName).toBe('microsoft.graph.user');
    expect(index.findTypeByReference(' #Graph.User ')?.fullName).toBe('microsoft.graph.user');
    expect(index.findTypeByReference('alert')?.fullName).toBe('microsoft.graph.security.alert');
    expect(index.findTypeByReference('#microsoft.graph.security.user')?.fullName).toBe('microsoft.graph.security.user');
    expect(index.derivedTypes('microsoft.graph.directoryObject')).toEqual([
      'microsoft.graph.user',
      'microsoft.graph.group',
    ]);
    expect(index.derivedTypes('microsoft.graph.security.alertEvidence')).toEqual([
      'microsoft.graph.security.fileEvidence',
    ]);
    expect(index.namespaces()).toEqual(['microsoft.graph', 'microsoft.graph.security']);
  });

  it('unicode: known answers', () => {
    const unpacked = unpackOrFail(packSchema(unicodeSchema(), FP));
    const index = new SchemaIndex(unpacked.schema, unpacked);
    expect(index.findTypeByReference('#microsoft.graph.ÜBER')?.fullName).toBe('microsoft.graph.über');
    expect(index.findTypeByReference('日本')?.fullName).toBe('microsoft.graph.日本');
    expect(index.findTypeByReference('graph.mood😀')?.fullName).toBe('microsoft.graph.mood😀');
    expect(index.derivedTypes('microsoft.graph.entity')).toEqual(['microsoft.graph.über']);
    expect(index.namespaces()).toEqual(['microsoft.graph', 'ns.ü']);
  });
});

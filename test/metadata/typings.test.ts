import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataConfigError } from '../../src/metadata/errors.js';
import {
  type ApiSchema,
  type EnumTypeDef,
  type StructuredTypeDef,
  isEnum,
  isStructured,
} from '../../src/metadata/schema.js';
import { loadTypingsSchema } from '../../src/metadata/typings/load.js';
import { projectRoot } from '../../src/paths.js';

// Built from the real SDK packages (always installed): one cold build per version in
// beforeAll, into a private cache directory so that the cache-hit test is meaningful.
let cacheDir: string;
let v1: ApiSchema;
let beta: ApiSchema;
let coldHits: boolean[];

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'typings-cache-'));
  const a = await loadTypingsSchema('v1.0', { dir: cacheDir });
  const b = await loadTypingsSchema('beta', { dir: cacheDir });
  v1 = a.schema;
  beta = b.schema;
  coldHits = [a.cacheHit, b.cacheHit];
});

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

function structured(schema: ApiSchema, name: string): StructuredTypeDef {
  const t = schema.types[name];
  if (!isStructured(t)) throw new Error(`${name} is not a structured type`);
  return t;
}

function enumType(schema: ApiSchema, name: string): EnumTypeDef {
  const t = schema.types[name];
  if (!isEnum(t)) throw new Error(`${name} is not an enum type`);
  return t;
}

function prop(schema: ApiSchema, type: string, name: string) {
  return structured(schema, type).properties.find((p) => p.name === name);
}

describe('typings schema (v1.0)', () => {
  it('is a fresh build, then a cache hit with the same content', async () => {
    expect(coldHits).toEqual([false, false]);
    const again = await loadTypingsSchema('v1.0', { dir: cacheDir });
    expect(again.cacheHit).toBe(true);
    expect(again.schema).toEqual(v1);
  });

  it('describes its source and has no container or operations', () => {
    expect(v1.version).toBe('v1.0');
    expect(v1.sources).toEqual([
      { kind: 'typings', description: '@microsoft/msgraph-sdk@1.0.0-preview.90', fingerprint: '1.0.0-preview.90' },
    ]);
    expect(v1.container).toBeNull();
    expect(v1.operations).toEqual([]);
  });

  it('reads user with primitive, complex and collection properties', () => {
    const user = structured(v1, 'microsoft.graph.user');
    expect(user).toMatchObject({
      kind: 'entity',
      namespace: 'microsoft.graph',
      name: 'user',
      baseType: 'microsoft.graph.directoryObject',
      navigationProperties: [],
    });
    expect(prop(v1, 'microsoft.graph.user', 'displayName')?.type).toEqual({ primitive: 'string', isCollection: false });
    expect(prop(v1, 'microsoft.graph.user', 'accountEnabled')?.type).toEqual({
      primitive: 'boolean',
      isCollection: false,
    });
    expect(prop(v1, 'microsoft.graph.user', 'passwordProfile')?.type).toEqual({
      name: 'microsoft.graph.passwordProfile',
      isCollection: false,
    });
    expect(prop(v1, 'microsoft.graph.user', 'businessPhones')?.type).toEqual({
      primitive: 'string',
      isCollection: true,
    });
    expect(prop(v1, 'microsoft.graph.user', 'memberOf')?.type).toEqual({
      name: 'microsoft.graph.directoryObject',
      isCollection: true,
    });
    // TS `number` cannot say Int32/Int64/Double: always int32.
    expect(prop(v1, 'microsoft.graph.user', 'deviceEnrollmentLimit')?.type.primitive).toBe('int32');
    expect(prop(v1, 'microsoft.graph.user', 'createdDateTime')?.type.primitive).toBe('dateTimeOffset');
    // Bookkeeping members are not properties.
    const names = user.properties.map((p) => p.name);
    expect(names).not.toContain('odataType');
    expect(names).not.toContain('@odata.type');
    expect(names).not.toContain('backingStoreEnabled');
    expect(names).not.toContain('additionalData');
    expect(structured(v1, 'microsoft.graph.entity').properties.map((p) => p.name)).toEqual(['id']);
  });

  it('maps the Kiota primitive wrappers', () => {
    expect(prop(v1, 'microsoft.graph.educationTerm', 'startDate')?.type.primitive).toBe('date');
    expect(prop(v1, 'microsoft.graph.workingHours', 'startTime')?.type.primitive).toBe('timeOfDay');
    expect(prop(v1, 'microsoft.graph.expirationPattern', 'duration')?.type.primitive).toBe('duration');
    expect(prop(v1, 'microsoft.graph.assignedLicense', 'skuId')?.type.primitive).toBe('guid');
    expect(prop(v1, 'microsoft.graph.fileAttachment', 'contentBytes')?.type.primitive).toBe('binary');
    expect(prop(v1, 'microsoft.graph.driftedProperty', 'currentValue')?.type.primitive).toBe('untyped');
  });

  it('types the `number` properties the metadata says are Single or Decimal so, others Int32', () => {
    expect(prop(v1, 'microsoft.graph.rubricQuality', 'weight')?.type).toEqual({
      primitive: 'single',
      isCollection: false,
    });
    expect(prop(v1, 'microsoft.graph.educationAssignmentPointsGrade', 'points')?.type.primitive).toBe('single');
    expect(prop(v1, 'microsoft.graph.printDocument', 'size')?.type.primitive).toBe('int32');
  });

  it("takes the metadata's flags enums that no property holds a list of as flags (action parameters use them)", () => {
    expect(enumType(v1, 'microsoft.graph.clonableTeamParts').isFlags).toBe(true);
    expect(enumType(v1, 'microsoft.graph.mailTipsType').isFlags).toBe(true);
  });

  it('tells entity from complex types', () => {
    expect(structured(v1, 'microsoft.graph.passwordProfile').kind).toBe('complex');
    expect(structured(v1, 'microsoft.graph.passwordProfile').baseType).toBeNull();
    expect(structured(v1, 'microsoft.graph.message').kind).toBe('entity');
    expect(structured(v1, 'microsoft.graph.fileAttachment')).toMatchObject({
      kind: 'entity',
      baseType: 'microsoft.graph.attachment',
    });
    expect(structured(v1, 'microsoft.graph.groupMembers')).toMatchObject({
      kind: 'complex',
      baseType: 'microsoft.graph.subjectSet',
    });
  });

  it('records discriminators from the serialization code', () => {
    expect(v1.discriminators['#microsoft.graph.fileAttachment']).toBe('microsoft.graph.fileAttachment');
    expect(v1.discriminators['#microsoft.graph.groupMembers']).toBe('microsoft.graph.groupMembers');
    expect(Object.keys(v1.discriminators).length).toBeGreaterThan(1500);
    // The v1.0 `Identity` switch maps this value to the wrong TS interface; the value still
    // names the callRecords type, and the main namespace keeps its own userIdentity.
    expect(v1.discriminators['#microsoft.graph.callRecords.userIdentity']).toBe(
      'microsoft.graph.callRecords.userIdentity',
    );
    expect(structured(v1, 'microsoft.graph.userIdentity').namespace).toBe('microsoft.graph');
    expect(structured(v1, 'microsoft.graph.callRecords.userIdentity').namespace).toBe('microsoft.graph.callRecords');
  });

  it('reads enums with their wire values', () => {
    const bodyType = enumType(v1, 'microsoft.graph.bodyType');
    expect(bodyType.isFlags).toBe(false);
    expect(bodyType.members.map((m) => m.name)).toEqual(['text', 'html']);
    expect(prop(v1, 'microsoft.graph.itemBody', 'contentType')?.type).toEqual({
      name: 'microsoft.graph.bodyType',
      isCollection: false,
    });
  });

  it('recognises flags enums and keeps real collections of enums', () => {
    const flags = enumType(v1, 'microsoft.graph.applicationDataType');
    expect(flags.isFlags).toBe(true);
    expect(flags.members.slice(0, 4)).toEqual([
      { name: 'none', value: 0 },
      { name: 'codingFiles', value: 1 },
      { name: 'creditCards', value: 2 },
      { name: 'databaseFiles', value: 4 },
    ]);
    // A flags value is one value on the wire, as in CSDL.
    expect(prop(v1, 'microsoft.graph.applicationRiskFactorGeneralInfo', 'processedDataTypes')?.type).toEqual({
      name: 'microsoft.graph.applicationDataType',
      isCollection: false,
    });
    expect(enumType(v1, 'microsoft.graph.chatMessageActions').isFlags).toBe(true);
    expect(enumType(v1, 'microsoft.graph.dayOfWeek').isFlags).toBe(false);
    expect(prop(v1, 'microsoft.graph.recurrencePattern', 'daysOfWeek')?.type).toEqual({
      name: 'microsoft.graph.dayOfWeek',
      isCollection: true,
    });
  });

  it('reads the sub-namespaces and wire names that differ from TS names', () => {
    expect(structured(v1, 'microsoft.graph.security.alert')).toMatchObject({
      kind: 'entity',
      namespace: 'microsoft.graph.security',
      baseType: 'microsoft.graph.entity',
    });
    // `CaseEscaped` in TS (reserved word), `case` on the wire.
    expect(structured(v1, 'microsoft.graph.security.ediscoveryCase').baseType).toBe('microsoft.graph.security.case');
    expect(structured(v1, 'microsoft.graph.security.case').name).toBe('case');
    expect(structured(v1, 'microsoft.graph.partners.billing.billing').namespace).toBe(
      'microsoft.graph.partners.billing',
    );
    // `alertsV2` in TS, `alerts_v2` on the wire.
    expect(prop(v1, 'microsoft.graph.security', 'alerts_v2')).toBeDefined();
    // `errorEscaped` in TS, `error` on the wire; ODataError extends ApiError (not a model).
    expect(structured(v1, 'microsoft.graph.oDataErrors.oDataError')).toMatchObject({
      kind: 'complex',
      baseType: null,
      properties: [{ name: 'error', type: { name: 'microsoft.graph.oDataErrors.mainError', isCollection: false } }],
    });
  });

  it('skips the Kiota paging wrappers but keeps real types with similar names', () => {
    expect(v1.types['microsoft.graph.userCollectionResponse']).toBeUndefined();
    expect(v1.types['microsoft.graph.baseCollectionPaginationCountResponse']).toBeUndefined();
    expect(structured(v1, 'microsoft.graph.deviceLogCollectionResponse').kind).toBe('entity');
  });

  it('marks the properties the SDK reads but never sends as read-only', () => {
    const readOnly = (type: string) =>
      structured(v1, `microsoft.graph.${type}`)
        .properties.filter((p) => p.readOnly)
        .map((p) => p.name);
    // schedulingGroup.isActive and shift's audit fields are server-set: deserialized, never serialized.
    expect(readOnly('schedulingGroup')).toContain('isActive');
    expect(readOnly('changeTrackedEntity')).toEqual(expect.arrayContaining(['createdDateTime', 'lastModifiedBy']));
    expect(readOnly('user')).not.toContain('displayName');
    expect(readOnly('user')).not.toContain('accountEnabled');
  });

  it('has sane sizes', () => {
    const all = Object.values(v1.types);
    expect(all.filter(isStructured).length).toBeGreaterThan(2500);
    expect(all.filter(isEnum).length).toBeGreaterThan(700);
  });
});

describe('typings schema (beta)', () => {
  it('is built from the beta package', () => {
    expect(beta.sources[0]?.description).toBe('@microsoft/msgraph-beta-sdk@1.0.0-preview.81');
    expect(Object.values(beta.types).filter(isStructured).length).toBeGreaterThan(5000);
  });

  it('has beta-only types and deeper sub-namespaces', () => {
    expect(structured(beta, 'microsoft.graph.accessPackageAssignmentPolicy').kind).toBe('entity');
    expect(structured(beta, 'microsoft.graph.security.caseManagement.case').namespace).toBe(
      'microsoft.graph.security.caseManagement',
    );
    expect(structured(beta, 'microsoft.graph.networkaccess.forwardingProfile').kind).toBe('entity');
    expect(beta.discriminators['#microsoft.graph.fileAttachment']).toBe('microsoft.graph.fileAttachment');
  });
});

describe('loadTypingsSchema errors', () => {
  let fakeRoot: string;
  beforeAll(() => {
    fakeRoot = mkdtempSync(join(tmpdir(), 'typings-fake-'));
  });
  afterAll(() => rmSync(fakeRoot, { recursive: true, force: true }));

  const fakePackage = (name: string, files: Record<string, string>): string => {
    const root = join(fakeRoot, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  };

  it('rejects a package without the Kiota model files, naming what was expected', async () => {
    const root = fakePackage('no-models', {
      'package.json': JSON.stringify({ name: '@microsoft/msgraph-sdk', version: '1.0.0-preview.90' }),
      'index.d.ts': 'export {};',
    });
    const error = await loadTypingsSchema('v1.0', { dir: cacheDir, packageRoot: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetadataConfigError);
    expect((error as Error).message).toContain('@microsoft/msgraph-sdk');
    expect((error as Error).message).toContain('models/index.d.ts');
  });

  it('rejects a package whose models are not Kiota models instead of returning an empty schema', async () => {
    const root = fakePackage('empty-models', {
      'package.json': JSON.stringify({ name: '@microsoft/msgraph-beta-sdk', version: '0.0.1-fake' }),
      'models/index.d.ts': 'export interface Foo { bar?: string | null; }\n',
      'models/index.js': 'export {};\n',
    });
    const error = await loadTypingsSchema('beta', { dir: cacheDir, packageRoot: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetadataConfigError);
    expect((error as Error).message).toMatch(/@microsoft\/msgraph-beta-sdk@0\.0\.1-fake .*unexpected layout/);
  });

  it('rejects a directory without package.json', async () => {
    const root = fakePackage('no-manifest', { 'README.md': '' });
    await expect(loadTypingsSchema('v1.0', { dir: cacheDir, packageRoot: root })).rejects.toThrow(MetadataConfigError);
  });

  it('checks the layout even when the cache has an entry for the same package version', async () => {
    // Same name and version as the real package, so the cache key matches the entry built above.
    const root = fakePackage('same-version', {
      'package.json': JSON.stringify({ name: '@microsoft/msgraph-sdk', version: '1.0.0-preview.90' }),
    });
    await expect(loadTypingsSchema('v1.0', { dir: cacheDir, packageRoot: root })).rejects.toThrow(MetadataConfigError);
  });
});

describe('start-up cost', () => {
  it('never imports ts-morph at module level (only type imports or the lazy loaders)', () => {
    const dir = join(projectRoot(), 'src', 'metadata', 'typings');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const valueImports = text.match(/^import\s+(?!type\b)[^;]*from\s+'ts-morph'/gm) ?? [];
      expect(valueImports, file).toEqual([]);
    }
  });
});

import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { loadCsdlSchema } from '../../src/metadata/load-csdl.js';
import {
  type ApiSchema,
  EDM_PRIMITIVES,
  type SchemaSource,
  type StructuredTypeDef,
  isEnum,
  isStructured,
} from '../../src/metadata/schema.js';

const MINI = fileURLToPath(new URL('../fixtures/csdl/mini.csdl.xml', import.meta.url));
const SOURCE: SchemaSource = { kind: 'csdl', description: 'mini', fingerprint: 'test' };

function parseMini(): ApiSchema {
  return parseCsdl(readFileSync(MINI, 'utf8'), 'v1.0', SOURCE);
}

function structured(schema: ApiSchema, fullName: string): StructuredTypeDef {
  const t = schema.types[fullName];
  if (!isStructured(t)) throw new Error(`${fullName} is not a structured type`);
  return t;
}

describe('parseCsdl', () => {
  const schema = parseMini();

  it('fills the top-level fields', () => {
    expect(schema.version).toBe('v1.0');
    expect(schema.sources).toEqual([SOURCE]);
    expect(schema.discriminators).toEqual({});
  });

  it('maps every Edm primitive, strips the BOM and treats unknown Edm types as untyped', () => {
    const t = structured(schema, 'microsoft.graph.allPrimitives');
    const byName = new Map(t.properties.map((p) => [p.name, p.type]));
    for (const [edm, kind] of Object.entries(EDM_PRIMITIVES)) {
      expect(byName.get(`p${edm.slice('Edm.'.length)}`), edm).toEqual({ primitive: kind, isCollection: false });
    }
    expect(byName.get('pCollectionInt64')).toEqual({ primitive: 'int64', isCollection: true });
    expect(byName.get('pGeography')).toEqual({ primitive: 'untyped', isCollection: false });
  });

  it('reads entity types with base type, flags and declared properties in order', () => {
    const entity = structured(schema, 'microsoft.graph.entity');
    expect(entity).toMatchObject({
      kind: 'entity',
      isAbstract: true,
      baseType: null,
      namespace: 'microsoft.graph',
      name: 'entity',
    });
    const user = structured(schema, 'microsoft.graph.user');
    expect(user).toMatchObject({
      kind: 'entity',
      fullName: 'microsoft.graph.user',
      baseType: 'microsoft.graph.directoryObject',
      isAbstract: false,
      isOpen: true,
      hasStream: false,
    });
    expect(user.properties.map((p) => p.name)).toEqual([
      'displayName',
      'businessPhones',
      'mailboxSettings',
      'permissions',
    ]);
    expect(user.properties[1]!.type).toEqual({ primitive: 'string', isCollection: true });
    expect(user.properties[2]!.type).toEqual({ name: 'microsoft.graph.mailboxSettings', isCollection: false });
    expect(structured(schema, 'microsoft.graph.profilePhoto').hasStream).toBe(true);
    expect(structured(schema, 'microsoft.graph.group').baseType).toBe('microsoft.graph.directoryObject');
  });

  it('reads complex types and collections of complex types', () => {
    expect(structured(schema, 'microsoft.graph.mailboxSettings')).toMatchObject({ kind: 'complex', isOpen: true });
    const message = structured(schema, 'microsoft.graph.message');
    expect(message.properties.find((p) => p.name === 'toRecipients')!.type).toEqual({
      name: 'microsoft.graph.recipient',
      isCollection: true,
    });
  });

  it('reads navigation properties with ContainsTarget', () => {
    const user = structured(schema, 'microsoft.graph.user');
    expect(user.navigationProperties).toEqual([
      { name: 'messages', type: { name: 'microsoft.graph.message', isCollection: true }, containsTarget: true },
      {
        name: 'manager',
        type: { name: 'microsoft.graph.directoryObject', isCollection: false },
        containsTarget: false,
      },
      { name: 'photo', type: { name: 'microsoft.graph.profilePhoto', isCollection: false }, containsTarget: true },
    ]);
  });

  it('reads enums: ordinal values when Value is missing, flags', () => {
    const body = schema.types['microsoft.graph.bodyType'];
    expect(isEnum(body) && body).toMatchObject({
      isFlags: false,
      members: [
        { name: 'text', value: 0 },
        { name: 'html', value: 1 },
      ],
    });
    const flags = schema.types['microsoft.graph.permissionFlags'];
    expect(isEnum(flags) && flags.isFlags).toBe(true);
    expect(isEnum(flags) && flags.members.map((m) => m.value)).toEqual([0, 1, 2, 4]);
    const severity = schema.types['microsoft.graph.security.alertSeverity'];
    expect(isEnum(severity) && severity.members.at(-1)).toEqual({ name: 'unknownFutureValue', value: 99 });
  });

  it('resolves aliases (graph., self.) to full names, across schemas', () => {
    const alert = structured(schema, 'microsoft.graph.security.alert');
    expect(alert.namespace).toBe('microsoft.graph.security');
    expect(alert.baseType).toBe('microsoft.graph.entity');
    expect(alert.properties.map((p) => p.type)).toEqual([
      { name: 'microsoft.graph.security.alertSeverity', isCollection: false },
      { name: 'microsoft.graph.security.alertEvidence', isCollection: true },
    ]);
    expect(structured(schema, 'microsoft.graph.security.fileEvidence').baseType).toBe(
      'microsoft.graph.security.alertEvidence',
    );
    const hunting = schema.operations.find((o) => o.name === 'runHuntingQuery')!;
    expect(hunting.bindingType).toEqual({ name: 'microsoft.graph.security', isCollection: false });
    expect(hunting.returnType).toEqual({ name: 'microsoft.graph.security.huntingQueryResults', isCollection: false });
    // No alias-qualified name survives anywhere.
    expect(JSON.stringify(schema)).not.toMatch(/"(graph|self)\./);
  });

  it('reads bound and unbound actions and functions in document order', () => {
    expect(schema.operations.map((o) => `${o.kind}:${o.name}`)).toEqual([
      'action:sendMail',
      'function:delta',
      'action:getMemberGroups',
      'function:delta',
      'action:restore',
      'action:restore',
      'function:getSomething',
      'action:doThing',
      'action:runHuntingQuery',
    ]);
    const sendMail = schema.operations[0]!;
    expect(sendMail).toEqual({
      kind: 'action',
      name: 'sendMail',
      namespace: 'microsoft.graph',
      fullName: 'microsoft.graph.sendMail',
      isBound: true,
      bindingType: { name: 'microsoft.graph.user', isCollection: false },
      parameters: [
        { name: 'Message', type: { name: 'microsoft.graph.message', isCollection: false }, nullable: false },
        { name: 'SaveToSentItems', type: { primitive: 'boolean', isCollection: false }, nullable: true },
      ],
      returnType: null,
      isComposable: false,
    });
    const delta = schema.operations[1]!;
    expect(delta).toMatchObject({
      kind: 'function',
      isComposable: true,
      bindingType: { name: 'microsoft.graph.user', isCollection: true },
      parameters: [],
      returnType: { name: 'microsoft.graph.user', isCollection: true },
    });
    expect(schema.operations[2]!.returnType).toEqual({ primitive: 'string', isCollection: true });
    const getSomething = schema.operations[6]!;
    expect(getSomething).toMatchObject({ isBound: false, bindingType: null, fullName: 'microsoft.graph.getSomething' });
    expect(getSomething.parameters.map((p) => p.name)).toEqual(['name']);
    expect(schema.operations[7]).toMatchObject({ isBound: false, bindingType: null, parameters: [{ name: 'count' }] });
  });

  it('reads the entity container and ignores terms, annotations and bindings', () => {
    expect(schema.container).toEqual({
      entitySets: [
        { name: 'users', entityType: 'microsoft.graph.user' },
        { name: 'groups', entityType: 'microsoft.graph.group' },
      ],
      singletons: [
        { name: 'me', type: 'microsoft.graph.user' },
        { name: 'security', type: 'microsoft.graph.security' },
      ],
      operationImports: ['getSomething', 'doThing'],
    });
    expect(Object.keys(schema.types)).not.toContain('microsoft.graph.changed');
  });

  it('is deterministic plain JSON data', () => {
    const again = parseMini();
    expect(JSON.stringify(again)).toBe(JSON.stringify(schema));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(Object.keys(schema.types).slice(0, 3)).toEqual([
      'microsoft.graph.bodyType',
      'microsoft.graph.permissionFlags',
      'microsoft.graph.entity',
    ]);
  });

  it('returns a null container when the document has none', () => {
    const xml = `<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
      <Schema Namespace="ns" xmlns="http://docs.oasis-open.org/odata/ns/edm"><ComplexType Name="a" /></Schema>
    </edmx:DataServices></edmx:Edmx>`;
    const s = parseCsdl(xml, 'beta', SOURCE);
    expect(s.container).toBeNull();
    expect(Object.keys(s.types)).toEqual(['ns.a']);
  });

  it('rejects malformed XML and documents without a Schema, naming the problem', () => {
    expect(() => parseCsdl('<edmx:Edmx><edmx:DataServices><Schema Namespace="x">', 'v1.0', SOURCE)).toThrow(
      /malformed XML at line 1/,
    );
    expect(() => parseCsdl('<a><b>', 'v1.0', SOURCE)).toThrow(/malformed XML/);
    expect(() => parseCsdl('', 'v1.0', SOURCE)).toThrow(/no <Schema>/);
    expect(() => parseCsdl('<edmx:Edmx><edmx:DataServices /></edmx:Edmx>', 'v1.0', SOURCE)).toThrow(
      /no <Schema> element/,
    );
    expect(() => parseCsdl('<Schema><EntityType Name="a" /></Schema>', 'v1.0', SOURCE)).toThrow(
      /<Schema> without Namespace/,
    );
    expect(() =>
      parseCsdl('<Schema Namespace="n"><Action Name="go" IsBound="true" /></Schema>', 'v1.0', SOURCE),
    ).toThrow(/bound action n\.go has no binding parameter/);
    expect(() =>
      parseCsdl(
        '<Schema Namespace="n"><EnumType Name="e"><Member Name="a" Value="x" /></EnumType></Schema>',
        'v1.0',
        SOURCE,
      ),
    ).toThrow(/non-numeric Value/);
  });
});

describe('loadCsdlSchema', () => {
  let work: string;
  let cacheDir: string;
  let file: string;
  let notices: string[];
  const options = () => ({ dir: cacheDir, notice: (m: string) => notices.push(m) });

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'csdl-test-'));
    cacheDir = join(work, 'cache');
    file = join(work, 'mini.csdl.xml');
    copyFileSync(MINI, file);
    notices = [];
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('parses on the first load and serves the cache on the second', () => {
    const first = loadCsdlSchema(file, 'v1.0', options());
    expect(first.cacheHit).toBe(false);
    expect(first.schema.sources[0]).toMatchObject({ kind: 'csdl', description: file });
    expect(first.schema.sources[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const second = loadCsdlSchema(file, 'v1.0', options());
    expect(second.cacheHit).toBe(true);
    expect(second.schema).toEqual(first.schema);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('csdl-'))).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it('keys the cache by version too', () => {
    loadCsdlSchema(file, 'v1.0', options());
    const beta = loadCsdlSchema(file, 'beta', options());
    expect(beta.cacheHit).toBe(false);
    expect(beta.schema.version).toBe('beta');
  });

  it('rebuilds a corrupt cache entry with a notice', () => {
    loadCsdlSchema(file, 'v1.0', options());
    const [entry] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, entry!), '{"fingerprint": tru');
    const again = loadCsdlSchema(file, 'v1.0', options());
    expect(again.cacheHit).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/corrupt; rebuilding/);
    expect(again.schema.types['microsoft.graph.user']).toBeDefined();
    expect(loadCsdlSchema(file, 'v1.0', options()).cacheHit).toBe(true);
  });

  it('rebuilds when the file content changes', () => {
    const first = loadCsdlSchema(file, 'v1.0', options());
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '<ComplexType Name="itemBody">',
        '<ComplexType Name="addedType" />\n<ComplexType Name="itemBody">',
      ),
    );
    const changed = loadCsdlSchema(file, 'v1.0', options());
    expect(changed.cacheHit).toBe(false);
    expect(changed.schema.types['microsoft.graph.addedType']).toBeDefined();
    expect(changed.schema.sources[0]!.fingerprint).not.toBe(first.schema.sources[0]!.fingerprint);
    expect(loadCsdlSchema(file, 'v1.0', options()).cacheHit).toBe(true);
  });

  it('reports the path actually read when the same content was cached from another path', () => {
    loadCsdlSchema(file, 'v1.0', options());
    const copy = join(work, 'copy.csdl.xml');
    copyFileSync(file, copy);
    const other = loadCsdlSchema(copy, 'v1.0', options());
    expect(other.cacheHit).toBe(true);
    expect(other.schema.sources[0]!.description).toBe(copy);
  });

  it('names the file when it is missing or not valid CSDL, and caches nothing', () => {
    const missing = join(work, 'nope.xml');
    expect(() => loadCsdlSchema(missing, 'v1.0', options())).toThrow(
      new RegExp(`cannot read CSDL file ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    appendFileSync(file, '<unclosed>');
    expect(() => loadCsdlSchema(file, 'v1.0', options())).toThrow(/invalid CSDL file .*mini\.csdl\.xml: malformed XML/);
    writeFileSync(file, '<root />');
    expect(() => loadCsdlSchema(file, 'v1.0', options())).toThrow(/mini\.csdl\.xml: no <Schema>/);
    expect(readdirSync(work)).not.toContain('cache');
  });
});

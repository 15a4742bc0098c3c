import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AstBody, ObjectNode, PropertyNode, ValueNode } from '../../src/ast/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { TypeRef } from '../../src/metadata/schema.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { apiSchema, structuredType } from '../support/schema-builders.js';
import { astOf, buildFrom, codes, fixtureIndex, jsonRequest } from './helpers.js';

const schema = fixtureIndex('ast');

const G = 'microsoft.graph.';
const prim = (primitive: TypeRef['primitive'], isCollection = false): TypeRef => ({ primitive, isCollection });
const named = (name: string, isCollection = false): TypeRef => ({ name: G + name, isCollection });
const p = (primitive: Extract<ValueNode, { kind: 'primitive' }>['primitive'], value: string): ValueNode => ({
  kind: 'primitive',
  primitive,
  value,
});
const str = (value: string): ValueNode => p('string', value);

/** The body of a JSON request (body line k is page line k + 6), with the warnings. */
function bodyOf(
  method: string,
  url: string,
  body: string | readonly string[],
): { body: AstBody | null; warnings: readonly Diagnostic[] } {
  const { ast, warnings } = astOf(jsonRequest(method, url, body), schema);
  return { body: ast.body, warnings };
}

/** The typed root object of a JSON body. */
function objectOf(
  method: string,
  url: string,
  body: string | readonly string[],
): { object: ObjectNode; warnings: readonly Diagnostic[] } {
  const { body: b, warnings } = bodyOf(method, url, body);
  if (b?.kind !== 'json' || b.value.kind !== 'object')
    throw new Error(`expected a JSON object body, got ${JSON.stringify(b)}`);
  return { object: b.value, warnings };
}

function prop(object: ObjectNode, name: string): PropertyNode {
  const found = object.properties.find((x) => x.name === name);
  if (!found) throw new Error(`no property ${name} in ${JSON.stringify(object)}`);
  return found;
}

/** `PATCH /me` with `{ "primitives": { <members> } }`: the typed allPrimitives object. */
function primitivesOf(members: readonly string[]): { object: ObjectNode; warnings: readonly Diagnostic[] } {
  const { object, warnings } = objectOf('PATCH', '/me', [
    '{',
    '  "primitives": {',
    ...members.map((m, i) => `    ${m}${i < members.length - 1 ? ',' : ''}`),
    '  }',
    '}',
  ]);
  const value = prop(object, 'primitives').value;
  if (value.kind !== 'object') throw new Error(`primitives is a ${value.kind}`);
  return { object: value, warnings };
}

describe('primitive kinds', () => {
  it('types every primitive kind, numbers exactly as written', () => {
    const { object, warnings } = primitivesOf([
      '"pString": "a \\"quoted\\" \\u00e9"',
      '"pBoolean": false',
      '"pByte": 255',
      '"pSByte": -128',
      '"pInt16": -32768',
      '"pInt32": 2147483647',
      '"pInt64": 9007199254740993',
      '"pSingle": 1.5e3',
      '"pDouble": -0.10',
      '"pDecimal": 12345678901234567890.123456789',
      '"pDateTimeOffset": "2021-03-04T05:06:07.1234567Z"',
      '"pDate": "2024-02-29"',
      '"pTimeOfDay": "08:30:00"',
      '"pDuration": "PT1H30M"',
      '"pGuid": "48d31887-5fad-4d73-a9f5-3c356e68a038"',
      '"pBinary": "SGVsbG8="',
    ]);
    expect(warnings).toEqual([]);
    expect(object).toEqual({
      kind: 'object',
      typeName: `${G}allPrimitives`,
      declaredTypeName: `${G}allPrimitives`,
      properties: [
        { name: 'pString', type: prim('string'), value: str('a "quoted" é') },
        { name: 'pBoolean', type: prim('boolean'), value: p('boolean', 'false') },
        { name: 'pByte', type: prim('byte'), value: p('byte', '255') },
        { name: 'pSByte', type: prim('sbyte'), value: p('sbyte', '-128') },
        { name: 'pInt16', type: prim('int16'), value: p('int16', '-32768') },
        { name: 'pInt32', type: prim('int32'), value: p('int32', '2147483647') },
        { name: 'pInt64', type: prim('int64'), value: p('int64', '9007199254740993') },
        { name: 'pSingle', type: prim('single'), value: p('single', '1.5e3') },
        { name: 'pDouble', type: prim('double'), value: p('double', '-0.10') },
        { name: 'pDecimal', type: prim('decimal'), value: p('decimal', '12345678901234567890.123456789') },
        {
          name: 'pDateTimeOffset',
          type: prim('dateTimeOffset'),
          value: p('dateTimeOffset', '2021-03-04T05:06:07.1234567Z'),
        },
        { name: 'pDate', type: prim('date'), value: p('date', '2024-02-29') },
        { name: 'pTimeOfDay', type: prim('timeOfDay'), value: p('timeOfDay', '08:30:00') },
        { name: 'pDuration', type: prim('duration'), value: p('duration', 'PT1H30M') },
        { name: 'pGuid', type: prim('guid'), value: p('guid', '48d31887-5fad-4d73-a9f5-3c356e68a038') },
        { name: 'pBinary', type: prim('binary'), value: p('binary', 'SGVsbG8=') },
      ],
      additionalData: [],
    });
  });

  it('keeps an int64 above 2^53 exactly (no float rounding)', () => {
    const { object } = primitivesOf(['"pInt64": 9223372036854775807']);
    expect(prop(object, 'pInt64').value).toEqual(p('int64', '9223372036854775807'));
    expect(Number('9223372036854775807').toString()).not.toBe('9223372036854775807');
  });

  it('accepts date-time offsets with and without a zone or seconds', () => {
    for (const text of [
      '2021-03-04T05:06:07Z',
      '2021-03-04T05:06:07+01:00',
      '2021-03-04T05:06',
      '2021-03-04T05:06:07.5-0800',
    ]) {
      const { object, warnings } = primitivesOf([`"pDateTimeOffset": "${text}"`]);
      expect(warnings, text).toEqual([]);
      expect(prop(object, 'pDateTimeOffset').value).toEqual(p('dateTimeOffset', text));
    }
  });

  it('types Edm.Untyped as untyped JSON, keeping number tokens', () => {
    const { object, warnings } = primitivesOf(['"pUntyped": { "a": [1.50, "x", true, null], "b": { } }']);
    expect(warnings).toEqual([]);
    expect(prop(object, 'pUntyped')).toEqual({
      name: 'pUntyped',
      type: prim('untyped'),
      value: {
        kind: 'untypedObject',
        entries: [
          {
            key: 'a',
            value: {
              kind: 'untypedArray',
              items: [
                { kind: 'untypedNumber', value: '1.50' },
                { kind: 'untypedString', value: 'x' },
                { kind: 'untypedBoolean', value: true },
                { kind: 'untypedNull' },
              ],
            },
          },
          { key: 'b', value: { kind: 'untypedObject', entries: [] } },
        ],
      },
    });
    // Untyped at the entity level too, whatever the JSON kind.
    const top = objectOf('PATCH', '/me', '{ "extensionData": "plain" }').object;
    expect(top.properties).toEqual([
      { name: 'extensionData', type: prim('untyped'), value: { kind: 'untypedString', value: 'plain' } },
    ]);
  });

  it('types a single enum member, case-insensitively, in the metadata spelling', () => {
    const { object, warnings } = primitivesOf(['"pEnum": "High"']);
    expect(warnings).toEqual([]);
    expect(prop(object, 'pEnum')).toEqual({
      name: 'pEnum',
      type: named('importance'),
      value: { kind: 'enum', enumTypeName: `${G}importance`, isFlags: false, members: ['high'] },
    });
  });

  it('types a flags enum with several members', () => {
    const { object, warnings } = primitivesOf(['"pFlags": "read, Write,admin"']);
    expect(warnings).toEqual([]);
    expect(prop(object, 'pFlags').value).toEqual({
      kind: 'enum',
      enumTypeName: `${G}permissionFlags`,
      isFlags: true,
      members: ['read', 'write', 'admin'],
    });
    expect(prop(objectOf('PATCH', '/me', '{ "permissions": "read" }').object, 'permissions').value).toEqual({
      kind: 'enum',
      enumTypeName: `${G}permissionFlags`,
      isFlags: true,
      members: ['read'],
    });
  });

  it('types null for any declared type', () => {
    const { object, warnings } = primitivesOf([
      '"pString": null',
      '"pInt64": null',
      '"pEnum": null',
      '"pComplex": null',
      '"pStrings": null',
    ]);
    expect(warnings).toEqual([]);
    expect(object.properties.map((x) => [x.name, x.value])).toEqual([
      ['pString', { kind: 'null' }],
      ['pInt64', { kind: 'null' }],
      ['pEnum', { kind: 'null' }],
      ['pComplex', { kind: 'null' }],
      ['pStrings', { kind: 'null' }],
    ]);
  });
});

describe('collections and nested objects', () => {
  it('types collections of primitives, enums and complex values', () => {
    const { object, warnings } = primitivesOf([
      '"pStrings": ["a", "b"]',
      '"pInt64s": [1, 9223372036854775807, null]',
      '"pEnums": ["low", "HIGH"]',
      '"pComplexes": [{ "address": "a@b.c" }, { "name": "N" }]',
      '"pStrings": []',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['W_DUPLICATE_KEY']);
    expect(object.properties).toEqual([
      {
        name: 'pInt64s',
        type: prim('int64', true),
        value: {
          kind: 'array',
          elementType: prim('int64'),
          items: [p('int64', '1'), p('int64', '9223372036854775807'), { kind: 'null' }],
        },
      },
      {
        name: 'pEnums',
        type: named('importance', true),
        value: {
          kind: 'array',
          elementType: named('importance'),
          items: [
            { kind: 'enum', enumTypeName: `${G}importance`, isFlags: false, members: ['low'] },
            { kind: 'enum', enumTypeName: `${G}importance`, isFlags: false, members: ['high'] },
          ],
        },
      },
      {
        name: 'pComplexes',
        type: named('emailAddress', true),
        value: {
          kind: 'array',
          elementType: named('emailAddress'),
          items: [
            {
              kind: 'object',
              typeName: `${G}emailAddress`,
              declaredTypeName: `${G}emailAddress`,
              properties: [{ name: 'address', type: prim('string'), value: str('a@b.c') }],
              additionalData: [],
            },
            {
              kind: 'object',
              typeName: `${G}emailAddress`,
              declaredTypeName: `${G}emailAddress`,
              properties: [{ name: 'name', type: prim('string'), value: str('N') }],
              additionalData: [],
            },
          ],
        },
      },
      // The duplicate `pStrings` is the last one (JSON semantics), at its last position.
      {
        name: 'pStrings',
        type: prim('string', true),
        value: { kind: 'array', elementType: prim('string'), items: [] },
      },
    ]);
  });

  it('types nested complex values (message → body → contentType, toRecipients → emailAddress)', () => {
    const { object, warnings } = objectOf('POST', '/me/messages', [
      '{',
      '  "subject": "Hi",',
      '  "importance": "low",',
      '  "body": { "contentType": "HTML", "content": "<p>x</p>" },',
      '  "toRecipients": [{ "emailAddress": { "address": "a@b.c" } }]',
      '}',
    ]);
    expect(warnings).toEqual([]);
    expect(object).toEqual({
      kind: 'object',
      typeName: `${G}message`,
      declaredTypeName: `${G}message`,
      properties: [
        { name: 'subject', type: prim('string'), value: str('Hi') },
        {
          name: 'importance',
          type: named('importance'),
          value: { kind: 'enum', enumTypeName: `${G}importance`, isFlags: false, members: ['low'] },
        },
        {
          name: 'body',
          type: named('itemBody'),
          value: {
            kind: 'object',
            typeName: `${G}itemBody`,
            declaredTypeName: `${G}itemBody`,
            properties: [
              {
                name: 'contentType',
                type: named('bodyType'),
                value: { kind: 'enum', enumTypeName: `${G}bodyType`, isFlags: false, members: ['html'] },
              },
              { name: 'content', type: prim('string'), value: str('<p>x</p>') },
            ],
            additionalData: [],
          },
        },
        {
          name: 'toRecipients',
          type: named('recipient', true),
          value: {
            kind: 'array',
            elementType: named('recipient'),
            items: [
              {
                kind: 'object',
                typeName: `${G}recipient`,
                declaredTypeName: `${G}recipient`,
                properties: [
                  {
                    name: 'emailAddress',
                    type: named('emailAddress'),
                    value: {
                      kind: 'object',
                      typeName: `${G}emailAddress`,
                      declaredTypeName: `${G}emailAddress`,
                      properties: [{ name: 'address', type: prim('string'), value: str('a@b.c') }],
                      additionalData: [],
                    },
                  },
                ],
                additionalData: [],
              },
            ],
          },
        },
      ],
      additionalData: [],
    });
  });

  it('types properties inherited from base types, case-insensitively, keeping the JSON name', () => {
    const { object, warnings } = objectOf('PATCH', '/me', '{ "ID": "x", "deletedDateTime": null, "DisplayName": "A" }');
    expect(warnings).toEqual([]);
    expect(object.properties).toEqual([
      { name: 'ID', type: prim('string'), value: str('x') },
      { name: 'deletedDateTime', type: prim('dateTimeOffset'), value: { kind: 'null' } },
      { name: 'DisplayName', type: prim('string'), value: str('A') },
    ]);
  });
});

describe('derived types via @odata.type', () => {
  it('builds the derived class down a chain, keeping the declared type', () => {
    const { body, warnings } = bodyOf('POST', '/me/messages/{id}/attachments', [
      '{',
      '  "@odata.type": "#microsoft.graph.largeFileAttachment",',
      '  "name": "a.txt",',
      '  "contentBytes": "SGVsbG8=",',
      '  "chunkSize": 4294967296',
      '}',
    ]);
    expect(warnings).toEqual([]);
    expect(body).toEqual({
      kind: 'json',
      bodyType: { kind: 'type', typeName: `${G}attachment` },
      value: {
        kind: 'object',
        typeName: `${G}largeFileAttachment`,
        declaredTypeName: `${G}attachment`,
        properties: [
          { name: '@odata.type', type: prim('string'), value: str('#microsoft.graph.largeFileAttachment') },
          { name: 'name', type: prim('string'), value: str('a.txt') },
          { name: 'contentBytes', type: prim('binary'), value: p('binary', 'SGVsbG8=') },
          { name: 'chunkSize', type: prim('int64'), value: p('int64', '4294967296') },
        ],
        additionalData: [],
      },
    });
  });

  it('accepts graph. and unprefixed references, and @odata.type after the properties', () => {
    for (const ref of ['graph.fileAttachment', 'fileAttachment', '#Microsoft.Graph.FileAttachment']) {
      const { object, warnings } = objectOf(
        'POST',
        '/me/messages/{id}/attachments',
        `{ "contentBytes": "AA==", "@odata.type": "${ref}" }`,
      );
      expect(warnings, ref).toEqual([]);
      expect(object.typeName).toBe(`${G}fileAttachment`);
      expect(object.properties.map((x) => x.name)).toEqual(['contentBytes', '@odata.type']);
    }
  });

  it('types an object by its last @odata.type when the key repeats, as its properties keep the last value', () => {
    const { object, warnings } = objectOf('POST', '/me/messages/{id}/attachments', [
      '{',
      '  "@odata.type": "#microsoft.graph.itemAttachment",',
      '  "contentBytes": "AA==",',
      '  "@odata.type": "#microsoft.graph.fileAttachment"',
      '}',
    ]);
    expect(object.typeName).toBe(`${G}fileAttachment`);
    expect(object.properties).toEqual([
      { name: 'contentBytes', type: prim('binary'), value: p('binary', 'AA==') },
      { name: '@odata.type', type: prim('string'), value: str('#microsoft.graph.fileAttachment') },
    ]);
    expect(codes(warnings)).toEqual(['W_DUPLICATE_KEY']);
  });

  it('keeps the declared (abstract) type when there is no @odata.type', () => {
    const { object } = objectOf('POST', '/me/messages/{id}/attachments', '{ "name": "a", "contentBytes": "AA==" }');
    expect(object.typeName).toBe(`${G}attachment`);
    expect(object.additionalData).toEqual([{ key: 'contentBytes', value: { kind: 'untypedString', value: 'AA==' } }]);
  });

  it('warns and keeps the declared type when @odata.type does not derive from it', () => {
    const { object, warnings } = objectOf('POST', '/me/messages', [
      '{',
      '  "@odata.type": "#microsoft.graph.user",',
      '  "subject": "s"',
      '}',
    ]);
    expect(object.typeName).toBe(`${G}message`);
    expect(object.declaredTypeName).toBe(`${G}message`);
    expect(object.properties).toEqual([
      { name: '@odata.type', type: prim('string'), value: str('#microsoft.graph.user') },
      { name: 'subject', type: prim('string'), value: str('s') },
    ]);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_TYPE_UNKNOWN',
        message:
          "@odata.type '#microsoft.graph.user' does not derive from microsoft.graph.message; the object is built as microsoft.graph.message",
        location: { file: 'page.md', line: 7, column: 18 },
      },
    ]);
  });

  it('warns and keeps the declared type when @odata.type names no type (or an enum)', () => {
    for (const ref of ['#microsoft.graph.nothing', '#microsoft.graph.importance']) {
      const { object, warnings } = objectOf('POST', '/me/messages', `{ "@odata.type": "${ref}" }`);
      expect(object.typeName).toBe(`${G}message`);
      expect(codes(warnings)).toEqual(['W_TYPE_UNKNOWN']);
    }
  });

  it('types nested objects by their own @odata.type', () => {
    const { object, warnings } = objectOf(
      'PATCH',
      '/me',
      '{ "manager": { "@odata.type": "#microsoft.graph.group", "groupTypes": ["Unified"] } }',
    );
    expect(warnings).toEqual([]);
    expect(prop(object, 'manager').value).toMatchObject({
      kind: 'object',
      typeName: `${G}group`,
      declaredTypeName: `${G}directoryObject`,
      properties: [{ name: '@odata.type' }, { name: 'groupTypes', type: prim('string', true) }],
    });
  });
});

describe('additional data', () => {
  it('sends an unknown property as additional data with W_PROPERTY_UNKNOWN at its key', () => {
    const { object, warnings } = objectOf('PATCH', '/me', [
      '{',
      '  "displayName": "A",',
      '  "fooBar": { "x": [1] }',
      '}',
    ]);
    expect(object.properties).toEqual([{ name: 'displayName', type: prim('string'), value: str('A') }]);
    expect(object.additionalData).toEqual([
      {
        key: 'fooBar',
        value: {
          kind: 'untypedObject',
          entries: [{ key: 'x', value: { kind: 'untypedArray', items: [{ kind: 'untypedNumber', value: '1' }] } }],
        },
      },
    ]);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_PROPERTY_UNKNOWN',
        message: "'fooBar' is not a property of microsoft.graph.user; it is sent as additional data",
        location: { file: 'page.md', line: 8, column: 3 },
      },
    ]);
  });

  it('sends annotations (`members@odata.bind`, `@microsoft.graph.conflictBehavior`) as additional data without a warning', () => {
    const { object, warnings } = objectOf('POST', '/groups', [
      '{',
      '  "displayName": "G",',
      '  "members@odata.bind": ["https://graph.microsoft.com/v1.0/directoryObjects/{id}"],',
      '  "@microsoft.graph.conflictBehavior": "rename"',
      '}',
    ]);
    expect(warnings).toEqual([]);
    expect(object.properties).toEqual([{ name: 'displayName', type: prim('string'), value: str('G') }]);
    expect(object.additionalData).toEqual([
      {
        key: 'members@odata.bind',
        value: {
          kind: 'untypedArray',
          items: [{ kind: 'untypedString', value: 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' }],
        },
      },
      { key: '@microsoft.graph.conflictBehavior', value: { kind: 'untypedString', value: 'rename' } },
    ]);
  });

  it('sends a value of the wrong type as written, with W_VALUE_TYPE_MISMATCH at the value', () => {
    const { object, warnings } = objectOf('PATCH', '/me', [
      '{',
      '  "displayName": 5,',
      '  "businessPhones": { "a": 1 },',
      '  "accountEnabled": "true",',
      '  "mailboxSettings": "UTC"',
      '}',
    ]);
    expect(object.properties).toEqual([]);
    expect(object.additionalData).toEqual([
      { key: 'displayName', value: { kind: 'untypedNumber', value: '5' } },
      {
        key: 'businessPhones',
        value: { kind: 'untypedObject', entries: [{ key: 'a', value: { kind: 'untypedNumber', value: '1' } }] },
      },
      { key: 'accountEnabled', value: { kind: 'untypedString', value: 'true' } },
      { key: 'mailboxSettings', value: { kind: 'untypedString', value: 'UTC' } },
    ]);
    expect(warnings.map((w) => [w.code, w.location.line, w.location.column])).toEqual([
      ['W_VALUE_TYPE_MISMATCH', 7, 18],
      ['W_VALUE_TYPE_MISMATCH', 8, 21],
      ['W_VALUE_TYPE_MISMATCH', 9, 21],
      ['W_VALUE_TYPE_MISMATCH', 10, 22],
    ]);
    expect(warnings[0]!.message).toBe(
      "a JSON number where a string is expected; 'displayName' is sent as additional data, as written",
    );
  });

  it('rejects a string for a number, out-of-range and fractional integers', () => {
    const { object, warnings } = primitivesOf([
      '"pInt32": "5"',
      '"pByte": 256',
      '"pInt16": 1.5',
      '"pDouble": "NaN"',
      '"pInt64": 9223372036854775808',
    ]);
    expect(object.properties).toEqual([]);
    expect(object.additionalData).toEqual([
      { key: 'pInt32', value: { kind: 'untypedString', value: '5' } },
      { key: 'pByte', value: { kind: 'untypedNumber', value: '256' } },
      { key: 'pInt16', value: { kind: 'untypedNumber', value: '1.5' } },
      { key: 'pDouble', value: { kind: 'untypedString', value: 'NaN' } },
      { key: 'pInt64', value: { kind: 'untypedNumber', value: '9223372036854775808' } },
    ]);
    expect(codes(warnings)).toEqual(Array(5).fill('W_VALUE_TYPE_MISMATCH'));
  });

  it('checks integer ranges exactly at their bounds, short and long tokens alike', () => {
    const { object, warnings } = primitivesOf([
      '"pByte": 0',
      '"pSByte": -129',
      '"pInt16": 32767',
      '"pInt32": -2147483649',
      '"pInt64": -9223372036854775808',
      '"pInt64s": [999999999999999, -9223372036854775809]',
    ]);
    expect(object.properties.map((x) => x.name)).toEqual(['pByte', 'pInt16', 'pInt64']);
    expect(prop(object, 'pInt64').value).toEqual(p('int64', '-9223372036854775808'));
    expect(object.additionalData.map((e) => e.key)).toEqual(['pSByte', 'pInt32', 'pInt64s']);
    expect(codes(warnings)).toEqual(Array(3).fill('W_VALUE_TYPE_MISMATCH'));
  });

  it('sends a whole collection as written when one element does not fit', () => {
    const { object, warnings } = primitivesOf(['"pStrings": ["a", 1]', '"pComplexes": [{ "address": "x" }, "y"]']);
    expect(object.properties).toEqual([]);
    expect(object.additionalData.map((e) => e.key)).toEqual(['pStrings', 'pComplexes']);
    expect(object.additionalData[0]!.value).toEqual({
      kind: 'untypedArray',
      items: [
        { kind: 'untypedString', value: 'a' },
        { kind: 'untypedNumber', value: '1' },
      ],
    });
    // The warnings point at the offending elements.
    expect(warnings.map((w) => [w.code, w.location.line, w.location.column])).toEqual([
      ['W_VALUE_TYPE_MISMATCH', 8, 23],
      ['W_VALUE_TYPE_MISMATCH', 9, 40],
    ]);
  });

  it('flags invalid date-times, durations, GUIDs and base64 with their own codes', () => {
    const { object, warnings } = primitivesOf([
      '"pDateTimeOffset": "String (timestamp)"',
      '"pDate": "2021-02-30"',
      '"pTimeOfDay": "25:00"',
      '"pDuration": "1 hour"',
      '"pGuid": "not-a-guid"',
      '"pBinary": "@@@"',
      '"pDateTimeOffset2": "x"',
    ]);
    expect(object.properties).toEqual([]);
    expect(object.additionalData).toEqual([
      { key: 'pDateTimeOffset', value: { kind: 'untypedString', value: 'String (timestamp)' } },
      { key: 'pDate', value: { kind: 'untypedString', value: '2021-02-30' } },
      { key: 'pTimeOfDay', value: { kind: 'untypedString', value: '25:00' } },
      { key: 'pDuration', value: { kind: 'untypedString', value: '1 hour' } },
      { key: 'pGuid', value: { kind: 'untypedString', value: 'not-a-guid' } },
      { key: 'pBinary', value: { kind: 'untypedString', value: '@@@' } },
      { key: 'pDateTimeOffset2', value: { kind: 'untypedString', value: 'x' } },
    ]);
    expect(codes(warnings)).toEqual([
      'W_INVALID_DATE_TIME',
      'W_INVALID_DATE_TIME',
      'W_INVALID_DATE_TIME',
      'W_INVALID_DURATION',
      'W_INVALID_GUID',
      'W_INVALID_BINARY',
      'W_PROPERTY_UNKNOWN',
    ]);
    expect(warnings[0]).toEqual({
      severity: 'warning',
      code: 'W_INVALID_DATE_TIME',
      message:
        "'String (timestamp)' is not a valid dateTimeOffset; 'pDateTimeOffset' is sent as additional data, as written",
      location: { file: 'page.md', line: 8, column: 24 },
    });
  });

  it('flags invalid durations: empty designators', () => {
    for (const text of ['P', 'PT', 'P1DT', 'PT1.S']) {
      const { warnings } = primitivesOf([`"pDuration": "${text}"`]);
      expect(codes(warnings), text).toEqual(['W_INVALID_DURATION']);
    }
    for (const text of ['P1D', 'PT0.5S', '-P1Y2M3W4DT5H6M7.8S']) {
      const { warnings } = primitivesOf([`"pDuration": "${text}"`]);
      expect(warnings, text).toEqual([]);
    }
  });

  it('flags an enum value that is not a member with W_ENUM_MEMBER_UNKNOWN', () => {
    const { object, warnings } = primitivesOf(['"pEnum": "urgent"', '"pFlags": "read,bogus"', '"pEnums": ["low", 1]']);
    expect(object.properties).toEqual([]);
    expect(object.additionalData).toEqual([
      { key: 'pEnum', value: { kind: 'untypedString', value: 'urgent' } },
      { key: 'pFlags', value: { kind: 'untypedString', value: 'read,bogus' } },
      {
        key: 'pEnums',
        value: {
          kind: 'untypedArray',
          items: [
            { kind: 'untypedString', value: 'low' },
            { kind: 'untypedNumber', value: '1' },
          ],
        },
      },
    ]);
    expect(codes(warnings)).toEqual(['W_ENUM_MEMBER_UNKNOWN', 'W_ENUM_MEMBER_UNKNOWN', 'W_VALUE_TYPE_MISMATCH']);
    expect(warnings[0]!.message).toBe(
      "'urgent' is not a member of the enum importance; 'pEnum' is sent as additional data, as written",
    );
  });

  it('keeps the last value of a duplicate key, at its last position', () => {
    const { object, warnings } = objectOf('PATCH', '/me', [
      '{',
      '  "displayName": "first",',
      '  "accountEnabled": true,',
      '  "displayName": "last"',
      '}',
    ]);
    expect(object.properties).toEqual([
      { name: 'accountEnabled', type: prim('boolean'), value: p('boolean', 'true') },
      { name: 'displayName', type: prim('string'), value: str('last') },
    ]);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_DUPLICATE_KEY',
        message: 'duplicate key "displayName" in JSON body',
        location: { file: 'page.md', line: 9, column: 3 },
      },
    ]);
    // Duplicates inside untyped JSON follow the same rule.
    const untyped = objectOf('PATCH', '/me', '{ "x": { "a": 1, "a": 2 } }').object;
    expect(untyped.additionalData).toEqual([
      {
        key: 'x',
        value: { kind: 'untypedObject', entries: [{ key: 'a', value: { kind: 'untypedNumber', value: '2' } }] },
      },
    ]);
  });

  it('keeps a non-object body as untyped JSON with a warning', () => {
    const { body, warnings } = bodyOf('PATCH', '/me', '[1, "a"]');
    expect(body).toEqual({
      kind: 'json',
      bodyType: { kind: 'type', typeName: `${G}user` },
      value: {
        kind: 'untypedArray',
        items: [
          { kind: 'untypedNumber', value: '1' },
          { kind: 'untypedString', value: 'a' },
        ],
      },
    });
    expect(codes(warnings)).toEqual(['W_VALUE_TYPE_MISMATCH']);
  });
});

describe('action bodies', () => {
  it('types the parameters of an action (case-insensitive names, JSON spelling kept)', () => {
    const { body, warnings } = bodyOf('POST', '/me/microsoft.graph.sendMail', [
      '{',
      '  "message": { "subject": "Hi", "toRecipients": [{ "emailAddress": { "address": "a@b.c" } }] },',
      '  "saveToSentItems": false',
      '}',
    ]);
    expect(warnings).toEqual([]);
    expect(body).toMatchObject({
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: `${G}sendMail`, segmentName: 'sendMail' },
      value: {
        kind: 'object',
        typeName: null,
        declaredTypeName: null,
        additionalData: [],
      },
    });
    const value = (body as Extract<AstBody, { kind: 'json' }>).value as ObjectNode;
    expect(value.properties.map((x) => [x.name, x.type])).toEqual([
      ['message', named('message')],
      ['saveToSentItems', prim('boolean')],
    ]);
    expect(value.properties[0]!.value).toMatchObject({
      kind: 'object',
      typeName: `${G}message`,
      declaredTypeName: `${G}message`,
    });
    expect(value.properties[1]!.value).toEqual(p('boolean', 'false'));
  });

  it('types collection parameters (complex and GUID) of an action', () => {
    const { body, warnings } = bodyOf('POST', '/users/{id}/assignLicense', [
      '{',
      '  "addLicenses": [{ "skuId": "48d31887-5fad-4d73-a9f5-3c356e68a038", "disabledPlans": [] }],',
      '  "removeLicenses": ["bea13e0c-3828-4daa-a392-28af7ff61a0f"]',
      '}',
    ]);
    expect(warnings).toEqual([]);
    expect(body).toEqual({
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: `${G}assignLicense`, segmentName: 'assignLicense' },
      value: {
        kind: 'object',
        typeName: null,
        declaredTypeName: null,
        properties: [
          {
            name: 'addLicenses',
            type: named('assignedLicense', true),
            value: {
              kind: 'array',
              elementType: named('assignedLicense'),
              items: [
                {
                  kind: 'object',
                  typeName: `${G}assignedLicense`,
                  declaredTypeName: `${G}assignedLicense`,
                  properties: [
                    { name: 'skuId', type: prim('guid'), value: p('guid', '48d31887-5fad-4d73-a9f5-3c356e68a038') },
                    {
                      name: 'disabledPlans',
                      type: prim('guid', true),
                      value: { kind: 'array', elementType: prim('guid'), items: [] },
                    },
                  ],
                  additionalData: [],
                },
              ],
            },
          },
          {
            name: 'removeLicenses',
            type: prim('guid', true),
            value: {
              kind: 'array',
              elementType: prim('guid'),
              items: [p('guid', 'bea13e0c-3828-4daa-a392-28af7ff61a0f')],
            },
          },
        ],
        additionalData: [],
      },
    });
  });

  it('types the body of a collection-bound action and of an unbound action import', () => {
    const byIds = bodyOf('POST', '/directoryObjects/getByIds', '{ "ids": ["1", "2"], "types": ["user"] }');
    expect(byIds.warnings).toEqual([]);
    expect(byIds.body).toMatchObject({
      bodyType: { kind: 'actionParameters', operation: `${G}getByIds`, segmentName: 'getByIds' },
    });
    const value = (byIds.body as Extract<AstBody, { kind: 'json' }>).value as ObjectNode;
    expect(value.properties).toEqual([
      {
        name: 'ids',
        type: prim('string', true),
        value: { kind: 'array', elementType: prim('string'), items: [str('1'), str('2')] },
      },
      {
        name: 'types',
        type: prim('string', true),
        value: { kind: 'array', elementType: prim('string'), items: [str('user')] },
      },
    ]);

    const doThing = bodyOf('POST', '/doThing', '{ "count": 3 }');
    expect(doThing.warnings).toEqual([]);
    expect(doThing.body).toEqual({
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: `${G}doThing`, segmentName: 'doThing' },
      value: {
        kind: 'object',
        typeName: null,
        declaredTypeName: null,
        properties: [{ name: 'count', type: prim('int32'), value: p('int32', '3') }],
        additionalData: [],
      },
    });
  });

  it('sends an unknown parameter as additional data with a warning naming the action', () => {
    const { body, warnings } = bodyOf('POST', '/me/getMemberGroups', '{ "securityEnabledOnly": true, "extra": 1 }');
    expect((body as Extract<AstBody, { kind: 'json' }>).value).toEqual({
      kind: 'object',
      typeName: null,
      declaredTypeName: null,
      properties: [{ name: 'securityEnabledOnly', type: prim('boolean'), value: p('boolean', 'true') }],
      additionalData: [{ key: 'extra', value: { kind: 'untypedNumber', value: '1' } }],
    });
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_PROPERTY_UNKNOWN',
        message: "'extra' is not a property of the action getMemberGroups; it is sent as additional data",
        location: { file: 'page.md', line: 6, column: 32 },
      },
    ]);
  });
});

describe('$ref and stream bodies', () => {
  it('types a POST $ref body as a reference with @odata.id', () => {
    const { body, warnings } = bodyOf(
      'POST',
      '/groups/{id}/members/$ref',
      '{ "@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}" }',
    );
    expect(warnings).toEqual([]);
    expect(body).toEqual({
      kind: 'json',
      bodyType: { kind: 'reference', method: 'POST' },
      value: {
        kind: 'object',
        typeName: null,
        declaredTypeName: null,
        properties: [
          {
            name: '@odata.id',
            type: prim('string'),
            value: str('https://graph.microsoft.com/v1.0/directoryObjects/{id}'),
          },
        ],
        additionalData: [],
      },
    });
  });

  it('types a PUT $ref body as a PUT reference', () => {
    const { body } = bodyOf(
      'PUT',
      '/users/{id}/manager/$ref',
      '{ "@odata.id": "https://graph.microsoft.com/v1.0/users/{id}" }',
    );
    expect(body).toMatchObject({
      kind: 'json',
      bodyType: { kind: 'reference', method: 'PUT' },
      value: { properties: [{ name: '@odata.id' }] },
    });
  });

  it('makes PUT $value a stream body whatever its content type', () => {
    const { ast } = astOf(
      ['PUT /me/photo/$value', 'Content-Type: image/jpeg', '', 'Binary data for the image'],
      schema,
    );
    expect(ast.body).toEqual({ kind: 'stream', contentType: 'image/jpeg', contentTypeArgument: null, length: 25 });
    expect(ast.responseType).toBeNull();
    const json = astOf(['PUT /me/photo/$value', '', '{ "a": 1 }'], schema).ast;
    expect(json.body).toEqual({ kind: 'stream', contentType: null, contentTypeArgument: null, length: 10 });
  });

  it('makes an upload to a stream property a stream body', () => {
    const { ast } = astOf(
      ['PUT /me/drive/root:/a/b.txt:/content', 'Content-Type: text/plain', '', 'The contents of the file goes here.'],
      schema,
    );
    expect(ast.body).toEqual({ kind: 'stream', contentType: 'text/plain', contentTypeArgument: null, length: 35 });
  });

  it('makes a non-JSON body a stream body', () => {
    const { ast } = astOf(['POST /me/messages', 'Content-Type: text/plain', '', 'TUlNRS1WZXJzaW9u'], schema);
    expect(ast.body).toEqual({ kind: 'stream', contentType: 'text/plain', contentTypeArgument: null, length: 16 });
  });

  it('takes the content type the body was parsed with: the last Content-Type header', () => {
    const http = ['PUT /me/photo/$value', 'Content-Type: application/json', 'content-type: image/png', '', 'png bytes'];
    expect(astOf(http, schema).ast.body).toEqual({
      kind: 'stream',
      contentType: 'image/png',
      contentTypeArgument: null,
      length: 9,
    });
  });
});

describe('bodies the SDK does not send', () => {
  it('ignores a GET body with W_BODY_IGNORED at the body', () => {
    const { ast, warnings } = astOf(jsonRequest('GET', '/me/messages', '{ "subject": "x" }'), schema);
    expect(ast.body).toBeNull();
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_BODY_IGNORED',
        message: "a GET request sends no body through the SDK; the example's body is not part of the snippet",
        location: { file: 'page.md', line: 6, column: 1 },
      },
    ]);
  });

  it('ignores a DELETE body', () => {
    const { ast, warnings } = astOf(jsonRequest('DELETE', '/users/{id}', '{}'), schema);
    expect(ast.body).toBeNull();
    expect(codes(warnings)).toEqual(['W_BODY_IGNORED']);
  });

  it('has no body when the request has none', () => {
    expect(astOf('POST /me/sendMail', schema).ast.body).toBeNull();
  });

  it('refuses a body for a path with no structured type (E_BODY_TYPE_UNKNOWN at the body)', () => {
    const result = buildFrom(jsonRequest('PUT', '/me/photo/height', '{ "value": 48 }'), schema);
    expect(result).toMatchObject({
      ok: false,
      error: { severity: 'error', code: 'E_BODY_TYPE_UNKNOWN', location: { file: 'page.md', line: 6, column: 1 } },
    });
  });
});

describe('nothing is dropped', () => {
  const USER_KEYS = [
    'id',
    'displayName',
    'DisplayName',
    'accountEnabled',
    'businessPhones',
    'mailboxSettings',
    'permissions',
    'primitives',
    'extensionData',
    'manager',
    'deletedDateTime',
    '@odata.type',
    'members@odata.bind',
    '@odata.id',
  ];
  const key = fc.oneof(fc.constantFrom(...USER_KEYS), fc.string({ maxLength: 12 }));
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>(
      '#microsoft.graph.user',
      '#microsoft.graph.group',
      'read,write',
      '2021-01-01',
      { timeZone: 'UTC' },
      ['a'],
      9007199254740993n,
    ),
  );
  const body = fc.dictionary(key, value, { maxKeys: 12 });

  it('puts every top-level key of a PATCH body exactly once in properties or additional data', () => {
    fc.assert(
      fc.property(body, (obj) => {
        const text = JSON.stringify(obj, (_k, v: unknown) => (typeof v === 'bigint' ? `__big${v}__` : v), 2).replace(
          /"__big(\d+)__"/g,
          '$1',
        );
        const { object } = objectOf('PATCH', '/users/{id}', text);
        const seen = [...object.properties.map((x) => x.name), ...object.additionalData.map((e) => e.key)];
        expect(seen.slice().sort()).toEqual(Object.keys(obj).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('read-only properties', () => {
  // `isActive` is read-only in the SDK (its serializer never writes it): set on the model, the
  // docs' value would silently not be sent.
  const readOnlySchema = new SchemaIndex(
    apiSchema(
      'v1.0',
      [
        structuredType(
          `${G}schedulingGroup`,
          [
            { name: 'displayName', type: prim('string') },
            { name: 'isActive', type: prim('boolean'), readOnly: true },
          ],
          { kind: 'entity' },
        ),
      ],
      {
        container: {
          entitySets: [{ name: 'schedulingGroups', entityType: `${G}schedulingGroup` }],
          singletons: [],
          operationImports: [],
        },
      },
    ),
  );

  it('sends a read-only property as additional data, with W_PROPERTY_READ_ONLY at its key', () => {
    const { ast, warnings } = astOf(
      jsonRequest('POST', '/schedulingGroups', ['{', '  "displayName": "Cashiers",', '  "isActive": true', '}']),
      readOnlySchema,
    );
    const body = ast.body;
    if (body?.kind !== 'json' || body.value.kind !== 'object') throw new Error('expected an object body');
    expect(body.value.properties).toEqual([{ name: 'displayName', type: prim('string'), value: str('Cashiers') }]);
    expect(body.value.additionalData).toEqual([{ key: 'isActive', value: { kind: 'untypedBoolean', value: true } }]);
    expect(warnings.map((w) => [w.code, w.location.line, w.location.column])).toEqual([['W_PROPERTY_READ_ONLY', 8, 3]]);
  });
});

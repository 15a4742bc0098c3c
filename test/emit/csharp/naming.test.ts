import { describe, expect, it } from 'vitest';
import { requestBuilderSteps } from '../../../src/emit/common/request-builders.js';
import {
  CSHARP_KEYWORDS,
  RESERVED_TYPE_NAMES,
  builderNamespace,
  className,
  enumMemberName,
  escapeKeyword,
  modelNamespace,
  modelPropertyName,
  namespaceSegment,
  propertyName,
  queryParameterName,
  rootNamespace,
} from '../../../src/emit/csharp/naming.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import { G, apiSchema, structured } from '../../support/schema-builders.js';
import { betaSchema, prim, seg, v1Schema } from './fixtures.js';

describe('class names (Kiota CSharpReservedTypesProvider)', () => {
  it.each([
    ['microsoft.graph.user', 'User'],
    ['microsoft.graph.accessPackageAssignmentPolicy', 'AccessPackageAssignmentPolicy'],
    ['microsoft.graph.dayOfWeek', 'DayOfWeekObject'],
    ['microsoft.graph.file', 'FileObject'],
    // `DirectoryObject` is taken by directoryObject: Kiota numbers the escaped name.
    ['microsoft.graph.directory', 'DirectoryObject1'],
    ['microsoft.graph.directoryObject', 'DirectoryObject'],
    ['microsoft.graph.identityGovernance.task', 'TaskObject'],
    ['microsoft.graph.taskStatus', 'TaskStatus'],
    ['microsoft.graph.oAuthFlow', 'OAuthFlow'],
    // Not in the schema: same rules from the last part.
    ['microsoft.graph.event', 'Event'],
    ['microsoft.graph.range', 'RangeObject'],
  ])('%s → %s', (fullName, name) => {
    expect(className(fullName, v1Schema)).toBe(name);
  });

  it('keeps the Graph names the SDK does not rename out of the reserved list', () => {
    for (const name of [
      'event',
      'list',
      'process',
      'taskstatus',
      'filesysteminfo',
      'keyvaluepair',
      'dictionary',
      'security',
      'user',
    ]) {
      expect(RESERVED_TYPE_NAMES.has(name)).toBe(false);
    }
    for (const name of [
      'action',
      'attribute',
      'date',
      'dayofweek',
      'directory',
      'environment',
      'file',
      'guid',
      'path',
      'range',
      'task',
      'thread',
      'timezone',
      'type',
      'version',
      'valuetype',
    ]) {
      expect(RESERVED_TYPE_NAMES.has(name)).toBe(true);
    }
  });
});

describe('model namespaces', () => {
  it.each([
    ['microsoft.graph.user', 'v1.0', 'Microsoft.Graph.Models'],
    ['microsoft.graph.user', 'beta', 'Microsoft.Graph.Beta.Models'],
    ['microsoft.graph.security.alert', 'v1.0', 'Microsoft.Graph.Models.Security'],
    ['microsoft.graph.identityGovernance.task', 'beta', 'Microsoft.Graph.Beta.Models.IdentityGovernance'],
    // A class named like a child namespace moves into it (MoveClassesWithNamespaceNamesUnderNamespace).
    ['microsoft.graph.security', 'v1.0', 'Microsoft.Graph.Models.Security'],
  ])('%s (%s) → %s', (fullName, version, ns) => {
    expect(modelNamespace(fullName, version === 'beta' ? betaSchema : v1Schema, version)).toBe(ns);
  });

  it('roots', () => {
    expect(rootNamespace('v1.0')).toBe('Microsoft.Graph');
    expect(rootNamespace('beta')).toBe('Microsoft.Graph.Beta');
    expect(rootNamespace('v2')).toBe('Microsoft.Graph');
  });
});

describe('property names', () => {
  it.each([
    ['displayName', 'DisplayName'],
    ['@odata.type', 'OdataType'],
    ['@odata.id', 'OdataId'],
    ['family_name', 'FamilyName'],
    ['accessedResources_v2', 'AccessedResourcesV2'],
    ['additionalData', 'AdditionalDataProperty'],
    ['serialize', 'SerializeProperty'],
    ['getFieldDeserializers', 'GetFieldDeserializersProperty'],
    // Keywords never clash: members are PascalCase.
    ['class', 'Class'],
    ['default', 'Default'],
  ])('%s → %s', (wire, name) => {
    expect(propertyName(wire)).toBe(name);
  });

  it('a property named like its declaring class gets `Prop`', () => {
    expect(propertyName('primitiveBag', 'PrimitiveBag')).toBe('PrimitiveBagProp');
    expect(modelPropertyName('microsoft.graph.primitiveBag', 'primitiveBag', v1Schema)).toBe('PrimitiveBagProp');
    expect(modelPropertyName('microsoft.graph.primitiveBag', 'text', v1Schema)).toBe('Text');
    // Inherited from userSet: compared with the declaring class, not the derived one.
    expect(modelPropertyName('microsoft.graph.groupMembers', 'isBackup', v1Schema)).toBe('IsBackup');
  });

  it('applies `Prop` against the declaring class along an inheritance chain', () => {
    const schema = new SchemaIndex(
      apiSchema('v1.0', [
        structured(`${G}.vehicle`, [
          ['vehicle', prim('string')],
          ['car', prim('string')],
        ]),
        structured(`${G}.car`, [['wheels', prim('int32')]], `${G}.vehicle`),
        structured(`${G}.truck`, [['Truck', prim('string')]], `${G}.vehicle`),
      ]),
    );
    // Declared by the base class and named like it: `Prop`, on the derived type too.
    expect(modelPropertyName(`${G}.car`, 'vehicle', schema)).toBe('VehicleProp');
    // Named like the derived class but declared by the base: no suffix.
    expect(modelPropertyName(`${G}.car`, 'car', schema)).toBe('Car');
    expect(modelPropertyName(`${G}.car`, 'wheels', schema)).toBe('Wheels');
    // Declared by the derived class and named like it (in another case).
    expect(modelPropertyName(`${G}.truck`, 'truck', schema)).toBe('TruckProp');
    // Unknown to the schema: the plain rules.
    expect(modelPropertyName(`${G}.car`, 'seats', schema)).toBe('Seats');
    expect(modelPropertyName(`${G}.unknown`, 'unknown', schema)).toBe('Unknown');
  });
});

describe('enum members', () => {
  it.each([
    ['html', 'Html'],
    ['id_token', 'Id_token'],
    ['tls1_2', 'Tls1_2'],
    ['2fa', 'Twofa'],
    ['notStarted', 'NotStarted'],
  ])('%s → %s', (wire, name) => {
    expect(enumMemberName(wire)).toBe(name);
  });
});

describe('request builders', () => {
  it('query parameter names', () => {
    expect(queryParameterName('$select')).toBe('Select');
    expect(queryParameterName('$orderby')).toBe('Orderby');
    expect(queryParameterName('startDateTime')).toBe('StartDateTime');
    expect(queryParameterName('$skiptoken')).toBe('Skiptoken');
  });

  it('namespace segments: reserved type names get `Namespace`', () => {
    expect(namespaceSegment('users')).toBe('Users');
    expect(namespaceSegment('item')).toBe('Item');
    expect(namespaceSegment('directory')).toBe('DirectoryNamespace');
    expect(namespaceSegment('range')).toBe('RangeNamespace');
  });

  it('builder namespaces keep a real `Me` tree', () => {
    expect(builderNamespace(requestBuilderSteps([seg.singleton('me', 'user'), seg.action('sendMail')]), 'v1.0')).toBe(
      'Microsoft.Graph.Me.SendMail',
    );
    expect(
      builderNamespace(
        requestBuilderSteps([seg.entitySet('users', 'user'), seg.key('user-id', 'user'), seg.action('sendMail')]),
        'beta',
      ),
    ).toBe('Microsoft.Graph.Beta.Users.Item.SendMail');
  });

  it('keywords are data, escaped with @ for camelCase identifiers only', () => {
    expect(CSHARP_KEYWORDS.has('namespace')).toBe(true);
    expect(escapeKeyword('event')).toBe('@event');
    expect(escapeKeyword('user')).toBe('user');
  });
});

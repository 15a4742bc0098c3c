import { describe, expect, it } from 'vitest';
import {
  TYPESCRIPT_RESERVED_NAMES,
  enumConstName,
  enumMemberName,
  escapeReserved,
  modelsSubpath,
  propertyName,
  queryParameterName,
  typeName,
} from '../../../src/emit/typescript/naming.js';

describe('TypeScript naming', () => {
  it('camel-cases property names like the SDK', () => {
    expect(propertyName('displayName')).toBe('displayName');
    expect(propertyName('@odata.type')).toBe('odataType');
    expect(propertyName('@odata.id')).toBe('odataId');
    expect(propertyName('accessedResources_v2')).toBe('accessedResourcesV2');
    expect(propertyName('query_string')).toBe('queryString');
    expect(propertyName('Message')).toBe('message');
  });

  it('escapes reserved words with the Escaped suffix, ignoring case', () => {
    expect(propertyName('default')).toBe('defaultEscaped');
    expect(propertyName('error')).toBe('errorEscaped');
    expect(propertyName('class')).toBe('classEscaped');
    expect(propertyName('package')).toBe('packageEscaped');
    expect(propertyName('instanceof')).toBe('instanceofEscaped');
    // Not on Kiota's list: the SDK typings have plain `delete`, `type`, `from`.
    expect(propertyName('delete')).toBe('delete');
    expect(propertyName('type')).toBe('type');
    expect(propertyName('from')).toBe('from');
    expect(escapeReserved('Function')).toBe('FunctionEscaped');
    expect(TYPESCRIPT_RESERVED_NAMES).toContain('with');
  });

  it('names types, enums and enum members', () => {
    expect(typeName('microsoft.graph.accessPackageAssignmentPolicy')).toBe('AccessPackageAssignmentPolicy');
    expect(typeName('microsoft.graph.security.alert')).toBe('Alert');
    expect(typeName('microsoft.graph.package')).toBe('PackageEscaped');
    expect(typeName('microsoft.graph.corsConfiguration_v2')).toBe('CorsConfiguration_v2');
    expect(enumConstName('microsoft.graph.bodyType')).toBe('BodyTypeObject');
    expect(enumMemberName('html')).toBe('Html');
    expect(enumMemberName('id_token')).toBe('Id_token');
    expect(enumMemberName('tls1_2')).toBe('Tls1_2');
    expect(enumMemberName('new')).toBe('NewEscaped');
    expect(enumMemberName('Function')).toBe('FunctionEscaped');
    expect(enumMemberName('b2bCollaborationGuest')).toBe('B2bCollaborationGuest');
  });

  it('names query parameters', () => {
    expect(queryParameterName('$select')).toBe('select');
    expect(queryParameterName('$orderby')).toBe('orderby');
    expect(queryParameterName('startDateTime')).toBe('startDateTime');
    expect(queryParameterName('StartDateTime')).toBe('startDateTime');
  });

  it('maps model namespaces to package sub-paths', () => {
    expect(modelsSubpath('microsoft.graph')).toBe('models');
    expect(modelsSubpath('microsoft.graph.security')).toBe('models/security');
    expect(modelsSubpath('microsoft.graph.callRecords')).toBe('models/callRecords');
    expect(modelsSubpath('microsoft.graph.partner.security')).toBe('models/partner/security');
  });
});

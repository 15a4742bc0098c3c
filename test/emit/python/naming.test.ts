import { describe, expect, it } from 'vitest';
import {
  PYTHON_RESERVED_WORDS,
  builderMemberName,
  className,
  enumMemberName,
  escapeReserved,
  isIdentifier,
  modelModule,
  moduleName,
  packageName,
  propertyName,
  queryParameterName,
} from '../../../src/emit/python/naming.js';

describe('python naming', () => {
  it('snake-cases property names the way Kiota does', () => {
    expect(propertyName('displayName')).toBe('display_name');
    expect(propertyName('@odata.type')).toBe('odata_type');
    expect(propertyName('@odata.id')).toBe('odata_id');
    expect(propertyName('@odata.nextLink')).toBe('odata_next_link');
    expect(propertyName('family_name')).toBe('family_name');
    expect(propertyName('accessedResources_v2')).toBe('accessed_resources_v2');
    expect(propertyName('isMFARegistered')).toBe('is_m_f_a_registered');
    expect(propertyName('azureADDeviceId')).toBe('azure_a_d_device_id');
    expect(propertyName('oAuth2PermissionGrants')).toBe('o_auth2_permission_grants');
  });

  it('escapes reserved words with a `_` suffix, ignoring case', () => {
    expect(propertyName('from')).toBe('from_');
    expect(propertyName('in')).toBe('in_');
    expect(propertyName('none')).toBe('none_');
    expect(propertyName('class')).toBe('class_');
    expect(propertyName('list')).toBe('list_');
    expect(propertyName('property')).toBe('property_');
    expect(propertyName('dict')).toBe('dict_');
    expect(escapeReserved('None')).toBe('None_');
    expect(escapeReserved('TRUE')).toBe('TRUE_');
    // Not on Kiota's list: soft keywords and builtins stay as they are (as in the SDK).
    for (const name of ['self', 'print', 'match', 'case', 'type', 'filter', 'format', 'id', 'range', 'set']) {
      expect(propertyName(name)).toBe(name);
    }
  });

  it('keeps every keyword of the list escaped and every result a valid identifier', () => {
    for (const word of PYTHON_RESERVED_WORDS) {
      expect(escapeReserved(word)).toBe(`${word}_`);
      expect(isIdentifier(propertyName(word))).toBe(true);
    }
  });

  it('renames a property that would hide the models’ additional_data field', () => {
    expect(propertyName('additionalData')).toBe('additional_data_property');
  });

  it('names classes and their modules', () => {
    expect(className('microsoft.graph.accessPackageAssignmentPolicy')).toBe('AccessPackageAssignmentPolicy');
    expect(className('microsoft.graph.list')).toBe('List_');
    expect(className('microsoft.graph.oAuth2PermissionGrant')).toBe('OAuth2PermissionGrant');
    expect(className('microsoft.graph.iPv4CidrRange')).toBe('IPv4CidrRange');
    expect(modelModule('microsoft.graph.user', 'v1.0')).toBe('msgraph.generated.models.user');
    expect(modelModule('microsoft.graph.list', 'v1.0')).toBe('msgraph.generated.models.list_');
    expect(modelModule('microsoft.graph.iPv4CidrRange', 'v1.0')).toBe('msgraph.generated.models.i_pv4_cidr_range');
    expect(modelModule('microsoft.graph.security.alert', 'beta')).toBe('msgraph_beta.generated.models.security.alert');
    expect(modelModule('microsoft.graph.callRecords.callRecord', 'v1.0')).toBe(
      'msgraph.generated.models.call_records.call_record',
    );
    expect(modelModule('microsoft.graph.oDataErrors.mainError', 'v1.0')).toBe(
      'msgraph.generated.models.o_data_errors.main_error',
    );
  });

  it('names modules (files and folders) with the escape', () => {
    expect(moduleName('SendMailPostRequestBody')).toBe('send_mail_post_request_body');
    expect(moduleName('memberOf')).toBe('member_of');
    expect(moduleName('list')).toBe('list_');
    expect(moduleName('return')).toBe('return_');
    expect(moduleName('ListRequestBuilder')).toBe('list_request_builder');
  });

  it('names enum members', () => {
    expect(enumMemberName('html')).toBe('Html');
    expect(enumMemberName('id_token')).toBe('Id_token');
    expect(enumMemberName('tls1_2')).toBe('Tls1_2');
    expect(enumMemberName('none')).toBe('None_');
    expect(enumMemberName('true')).toBe('True_');
    expect(enumMemberName('and')).toBe('And_');
    expect(enumMemberName('b2bCollaborationGuest')).toBe('B2bCollaborationGuest');
  });

  it('names request-builder members and query parameters', () => {
    expect(builderMemberName('byUserId')).toBe('by_user_id');
    expect(builderMemberName('byOAuth2PermissionGrantId')).toBe('by_o_auth2_permission_grant_id');
    expect(builderMemberName('graphGroup')).toBe('graph_group');
    expect(builderMemberName('getEmailActivityCountsWithPeriod')).toBe('get_email_activity_counts_with_period');
    expect(builderMemberName('list')).toBe('list_');
    expect(builderMemberName('return')).toBe('return_');
    expect(queryParameterName('$orderBy', 'orderby')).toBe('orderby');
    expect(queryParameterName('startDateTime', null)).toBe('start_date_time');
    expect(queryParameterName('$id', null)).toBe('id');
  });

  it('picks the package per version', () => {
    expect(packageName('v1.0')).toBe('msgraph');
    expect(packageName('beta')).toBe('msgraph_beta');
  });
});

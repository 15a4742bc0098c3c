import type { SchemaIndex } from '../metadata/schema-index.js';
import { EDM_PRIMITIVES, parseTypeString, type PrimitiveKind, type TypeRef } from '../metadata/schema.js';
import { anyCaseLookup, anyCaseMember } from '../any-case.js';

/**
 * Path roots by convention, for schemas without an entity container (the SDK typings).
 *
 * Graph names most entity sets as the plural of their entity type (`users` → `user`,
 * `policies` → … ) and most singletons after their type (`identityGovernance`), spelt as the
 * type is. The roots that follow neither rule, in their kind, type or spelling, are listed
 * here, spelt as the Graph metadata's entity container spells them
 * (test/corpus/collection-operations.test.ts checks every root of the v1.0 and 2021 beta CSDL).
 */
const ROOT_EXCEPTIONS: Readonly<
  Record<string, { kind: 'entitySet' | 'singleton'; typeName: string; otherwise?: string }>
> = {
  me: { kind: 'singleton', typeName: 'microsoft.graph.user' },
  organization: { kind: 'entitySet', typeName: 'microsoft.graph.organization' },
  education: { kind: 'singleton', typeName: 'microsoft.graph.educationRoot' },
  policies: { kind: 'singleton', typeName: 'microsoft.graph.policyRoot' },
  reports: { kind: 'singleton', typeName: 'microsoft.graph.reportRoot' },
  communications: { kind: 'singleton', typeName: 'microsoft.graph.cloudCommunications' },
  solutions: { kind: 'singleton', typeName: 'microsoft.graph.solutionsRoot' },
  identityProtection: { kind: 'singleton', typeName: 'microsoft.graph.identityProtectionRoot' },
  identity: { kind: 'singleton', typeName: 'microsoft.graph.identityContainer' },
  search: { kind: 'singleton', typeName: 'microsoft.graph.searchEntity' },
  auditLogs: { kind: 'singleton', typeName: 'microsoft.graph.auditLogRoot' },
  security: { kind: 'singleton', typeName: 'microsoft.graph.security' },
  drive: { kind: 'singleton', typeName: 'microsoft.graph.drive' },
  planner: { kind: 'singleton', typeName: 'microsoft.graph.planner' },
  print: { kind: 'singleton', typeName: 'microsoft.graph.print' },
  compliance: { kind: 'singleton', typeName: 'microsoft.graph.compliance' },
  external: { kind: 'singleton', typeName: 'microsoft.graph.externalConnectors.external' },
  connections: { kind: 'entitySet', typeName: 'microsoft.graph.externalConnectors.externalConnection' },
  termStore: { kind: 'singleton', typeName: 'microsoft.graph.termStore.store' },
  tenantRelationships: { kind: 'singleton', typeName: 'microsoft.graph.tenantRelationship' },
  roleManagement: { kind: 'singleton', typeName: 'microsoft.graph.roleManagement' },
  app: { kind: 'singleton', typeName: 'microsoft.graph.commsApplication' },
  storage: { kind: 'singleton', typeName: 'microsoft.graph.storage' },
  employeeExperience: { kind: 'singleton', typeName: 'microsoft.graph.employeeExperience' },
  informationProtection: { kind: 'singleton', typeName: 'microsoft.graph.informationProtection' },
  directory: { kind: 'singleton', typeName: 'microsoft.graph.directory' },
  admin: { kind: 'singleton', typeName: 'microsoft.graph.admin' },
  teamwork: { kind: 'singleton', typeName: 'microsoft.graph.teamwork' },
  agreements: { kind: 'entitySet', typeName: 'microsoft.graph.agreement' },
  // Organizational contacts: `contact` is the type of a user's personal contacts.
  contacts: { kind: 'entitySet', typeName: 'microsoft.graph.orgContact' },
  workbooks: { kind: 'entitySet', typeName: 'microsoft.graph.driveItem' },
  shares: { kind: 'entitySet', typeName: 'microsoft.graph.sharedDriveItem' },
  places: { kind: 'entitySet', typeName: 'microsoft.graph.place' },
  oauth2PermissionGrants: { kind: 'entitySet', typeName: 'microsoft.graph.oAuth2PermissionGrant' },
  identityProviders: { kind: 'entitySet', typeName: 'microsoft.graph.identityProvider' },
  groupSettings: { kind: 'entitySet', typeName: 'microsoft.graph.groupSetting' },
  // v1.0's group settings; the beta's directory settings (the beta SDK has no groupSetting).
  settings: {
    kind: 'entitySet',
    typeName: 'microsoft.graph.groupSetting',
    otherwise: 'microsoft.graph.directorySetting',
  },
  // Entity sets named in the singular, after their type (which would make them singletons).
  certificateBasedAuthConfiguration: {
    kind: 'entitySet',
    typeName: 'microsoft.graph.certificateBasedAuthConfiguration',
  },
  privilegedAccess: { kind: 'entitySet', typeName: 'microsoft.graph.privilegedAccess' },
  privilegedApproval: { kind: 'entitySet', typeName: 'microsoft.graph.privilegedApproval' },
  privilegedSignupStatus: { kind: 'entitySet', typeName: 'microsoft.graph.privilegedSignupStatus' },
  payloadResponse: { kind: 'entitySet', typeName: 'microsoft.graph.payloadResponse' },
  // Spelt in lower case by the beta metadata, unlike its type.
  activitystatistics: { kind: 'entitySet', typeName: 'microsoft.graph.activityStatistics' },
};

/** An exception by its root, in any case, with the table's spelling of the root. */
const rootException = anyCaseLookup(() =>
  Object.entries(ROOT_EXCEPTIONS).map(([name, root]) => [name, { ...root, name }] as const),
);

export interface InferredRoot {
  readonly kind: 'entitySet' | 'singleton';
  /**
   * The root as the SDKs name it, whatever the URL's case: the docs write `/serviceprincipals`
   * too, and `graphClient.Serviceprincipals` would not compile. Spelt like its type
   * (`servicePrincipal` → `servicePrincipals`), or as the exceptions table spells it.
   */
  readonly name: string;
  readonly typeName: string;
}

export function inferRoot(name: string, schema: SchemaIndex): InferredRoot | undefined {
  const known = rootException(name);
  if (known) {
    const typeName = [known.typeName, known.otherwise].find((t) => t !== undefined && schema.structured(t));
    if (typeName) return { kind: known.kind, name: known.name, typeName };
  }
  for (const { singular, plural } of singularForms(name)) {
    const t = schema.findTypeByReference(singular);
    if (t && t.kind === 'entity')
      return { kind: 'entitySet', name: plural(shortName(t.fullName)), typeName: t.fullName };
  }
  // Singletons are named after their type; the typings show some (`identityGovernance`) as
  // complex types because they have no base type.
  const same = schema.findTypeByReference(name);
  if (same && same.kind !== 'enum')
    return { kind: 'singleton', name: shortName(same.fullName), typeName: same.fullName };
  return undefined;
}

/** `microsoft.graph.servicePrincipal` → `servicePrincipal`. */
function shortName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/**
 * The singulars a plural root may stand for, each with the way back from the type's own
 * spelling to the plural (`policies` → `policy`; `policy` → `policies`).
 */
function singularForms(name: string): { singular: string; plural: (singular: string) => string }[] {
  const forms: { singular: string; plural: (singular: string) => string }[] = [];
  if (/ies$/i.test(name)) forms.push({ singular: name.slice(0, -3) + 'y', plural: (s) => `${s.slice(0, -1)}ies` });
  if (/(sses|xes|ches|shes)$/i.test(name)) forms.push({ singular: name.slice(0, -2), plural: (s) => `${s}es` });
  if (/s$/i.test(name)) forms.push({ singular: name.slice(0, -1), plural: (s) => `${s}s` });
  return forms;
}

/**
 * The operations Graph binds to collections (`/users/delta`, `…/worksheets/add`,
 * `/me/events/{id}/instances/delta`), from the Graph metadata (v1.0 and the 2021 beta): a
 * function or action bound to `Collection(…)`. Without a container the typings know no
 * operations, and after a collection a bare name would otherwise be read as a key: the snippet
 * would then ask for the user whose id is `delta` (`Users["{user-id}"]`), a request builder
 * that exists, for a call the page does not make. No Graph key is one of these words.
 */
export const COLLECTION_OPERATIONS: readonly string[] = [
  'activate',
  'add',
  'addCopy',
  'addCopyFromContentTypeHub',
  'addFormulaLocal',
  'additionalAccess',
  'allMessages',
  'applyHold',
  'archive',
  'areGlobalScriptsAvailable',
  'asHierarchy',
  'assign',
  'assignNumber',
  'availableProviderTypes',
  'bulkReprovisionCloudPc',
  'canSignUp',
  'clockIn',
  'completeSetup',
  'computeInheritance',
  'computeRightsAndInheritance',
  'confirmCompromised',
  'confirmSafe',
  'connect',
  'count',
  'create',
  'createMigrationReport',
  'createOrGet',
  'createSnapshot',
  'createUploadSession',
  'creationOptions',
  'deleteTiIndicators',
  'deleteTiIndicatorsByExternalId',
  'delta',
  'dismiss',
  'enable',
  'enableGlobalScripts',
  'enrollAssets',
  'enrollAssetsById',
  'evaluate',
  'evaluateApplication',
  'evaluateClassificationResults',
  'evaluateDynamicMembership',
  'evaluateRemoval',
  'executeAction',
  'export',
  'extractLabel',
  'favorite',
  'filterByCurrentUser',
  'getAllMessages',
  'getAllRecordings',
  'getAllRetainedMessages',
  'getAllSites',
  'getAllTranscripts',
  'getAuditActivityTypes',
  'getAuditCategories',
  'getAvailableExtensionProperties',
  'getByIds',
  'getByUserIdAndRole',
  'getByUserRole',
  'getCompatibleHubContentTypes',
  'getDeploymentAccessKey',
  'getDeploymentPackageUri',
  'getDevicesScheduledToRetire',
  'getDirectRoutingCalls',
  'getExpiringVppTokenCount',
  'getGroupPrintUsageSummary',
  'getIosAvailableUpdateVersions',
  'getLicensesForApp',
  'getManagedAppBlockedUsers',
  'getManagementConditionsForPlatform',
  'getManagementConditionStatementsForPlatform',
  'getMobileAppCount',
  'getNotebookFromWebUrl',
  'getOrder',
  'getOverallPrintUsageSummary',
  'getPolicySets',
  'getPolicySummary',
  'getPrinterUsageSummary',
  'getPrintUsageSummariesByGroup',
  'getPrintUsageSummariesByPrinter',
  'getPrintUsageSummariesByTimeSpan',
  'getPrintUsageSummariesByUser',
  'getPstnCalls',
  'getRecentNotebooks',
  'getRemediationSummary',
  'getRoleScopeTagsById',
  'getSourceImages',
  'getState',
  'getTargetedUsersAndDevices',
  'getTeamsLicensingDetails',
  'getTopMobileApps',
  'getUserIdsWithFlaggedAppRegistration',
  'getUserOwnedObjects',
  'getUserPrintUsageSummary',
  'hasCustomRoleScopeTag',
  'hasPayloadLinks',
  'import',
  'importAppleDeviceIdentityList',
  'importDeviceIdentityList',
  'importOffice365DeviceConfigurationPolicies',
  'invite',
  'isSignedUp',
  'item',
  'itemAt',
  'logTeleconferenceDeviceQuality',
  'markRead',
  'markUnread',
  'mergeIncidents',
  'moveAlerts',
  'muteAll',
  'my',
  'myRequests',
  'recent',
  'refreshAll',
  'refreshDeviceComplianceReportSummarization',
  'regenerateDeploymentAccessKey',
  'register',
  'remediate',
  'remove',
  'removeHold',
  'renewGroup',
  'replyWithQuote',
  'search',
  'searchExistingIdentities',
  'setCurrentLocation',
  'setOrder',
  'setScheduledRetireState',
  'signUp',
  'submitTiIndicators',
  'summarizeDevicePerformanceDevices',
  'summarizeDeviceRemoteConnection',
  'summarizeDeviceResourcePerformance',
  'summary',
  'syncLicenseCounts',
  'unarchive',
  'unassign',
  'unassignNumber',
  'unenrollAssets',
  'unenrollAssetsById',
  'unfavorite',
  'updateAlerts',
  'updateNumber',
  'updatePriorities',
  'updateTiIndicators',
  'validateAuthenticationConfiguration',
  'validateComplianceScript',
  'validateCredentials',
  'validateFilter',
  'validateProperties',
  'validateXml',
];

/** The operation a segment after a collection names, when it is one Graph binds to collections (any case). */
export const collectionOperationName = anyCaseLookup(() => COLLECTION_OPERATIONS.map((name) => [name, name] as const));

/**
 * The names of {@link COLLECTION_OPERATIONS} that Graph also binds to single entities (`delta`
 * of a drive item, `activate` of a custodian): the other 130 are bound to collections alone,
 * and after a single entity name no operation (`…/tables/{id}/add`, for `…/tables/add`, is a
 * docs mistake; inferred as an action, its snippet called a builder no SDK has). From the Graph
 * metadata (v1.0 and the 2021 beta), checked against both CSDLs by a test.
 */
export const COLLECTION_OPERATIONS_ALSO_ON_ITEMS: readonly string[] = [
  'activate',
  'applyHold',
  'archive',
  'assign',
  'count',
  'createUploadSession',
  'delta',
  'enable',
  'evaluate',
  'evaluateDynamicMembership',
  'export',
  'invite',
  'recent',
  'remove',
  'removeHold',
  'search',
  'unarchive',
  'validateAuthenticationConfiguration',
  'validateCredentials',
  'validateProperties',
];

const alsoOnItems = anyCaseMember(COLLECTION_OPERATIONS_ALSO_ON_ITEMS);

/** Whether Graph binds the operation `name` (any case) to collections alone. */
export function boundToCollectionsOnly(name: string): boolean {
  return collectionOperationName(name) !== undefined && !alsoOnItems(name);
}

/**
 * The return type of the bound functions whose every definition in the Graph metadata (v1.0 and
 * the 2021 beta) returns the same single structured value, and that no action shares a name
 * with: Excel's `range`, `usedRange`, `cell`, … return a `workbookRange`. Without a container
 * the typings know no functions, and a path could not go on after one
 * (`…/range(address='A1:B2')/format/font`).
 */
export const FUNCTION_RETURN_TYPES: Readonly<Record<string, string>> = {
  areGlobalScriptsAvailable: 'microsoft.graph.globalDeviceHealthScriptState',
  boundingRect: 'microsoft.graph.workbookRange',
  cell: 'microsoft.graph.workbookRange',
  column: 'microsoft.graph.workbookRange',
  columnsAfter: 'microsoft.graph.workbookRange',
  columnsBefore: 'microsoft.graph.workbookRange',
  computeInheritance: 'microsoft.graph.sensitivityLabel',
  creationOptions: 'microsoft.graph.webauthnCredentialCreationOptions',
  dataBodyRange: 'microsoft.graph.workbookRange',
  deviceConfigurationDeviceActivity: 'microsoft.graph.report',
  deviceConfigurationUserActivity: 'microsoft.graph.report',
  entireColumn: 'microsoft.graph.workbookRange',
  entireRow: 'microsoft.graph.workbookRange',
  exportDeviceAndAppManagementData: 'microsoft.graph.deviceAndAppManagementData',
  findTenantInformationByDomainName: 'microsoft.graph.tenantInformation',
  findTenantInformationByTenantId: 'microsoft.graph.tenantInformation',
  getActiveKey: 'microsoft.graph.trustFrameworkKey',
  getAssignedRoleDetails: 'microsoft.graph.deviceAndAppManagementAssignedRoleDetails',
  getByPath: 'microsoft.graph.site',
  getCapabilities: 'microsoft.graph.printerCapabilities',
  getComanagedDevicesSummary: 'microsoft.graph.comanagedDevicesSummary',
  getComanagementEligibleDevicesSummary: 'microsoft.graph.comanagementEligibleDevicesSummary',
  getDeploymentAccessKey: 'microsoft.graph.security.deploymentAccessKeyType',
  getDeploymentPackageUri: 'microsoft.graph.security.sensorDeploymentPackage',
  getGroupPrintUsageSummary: 'microsoft.graph.groupPrintUsageSummary',
  getManagementConditionStatementExpressionString: 'microsoft.graph.managementConditionExpressionString',
  getOrder: 'microsoft.graph.assignmentOrder',
  getPolicySummary: 'microsoft.graph.configManagerPolicySummary',
  getPrinterUsageSummary: 'microsoft.graph.printerUsageSummary',
  getRemediationHistory: 'microsoft.graph.deviceHealthScriptRemediationHistory',
  getRemediationSummary: 'microsoft.graph.deviceHealthScriptRemediationSummary',
  getState: 'microsoft.graph.assignmentFilterState',
  getSuggestedEnrollmentLimit: 'microsoft.graph.suggestedEnrollmentLimit',
  getTeamsLicensingDetails: 'microsoft.graph.teamsLicensingDetails',
  getTenantSecureScores: 'microsoft.graph.report',
  getUserPrintUsageSummary: 'microsoft.graph.userPrintUsageSummary',
  headerRowRange: 'microsoft.graph.workbookRange',
  intersection: 'microsoft.graph.workbookRange',
  item: 'microsoft.graph.workbookChart',
  lastCell: 'microsoft.graph.workbookRange',
  lastColumn: 'microsoft.graph.workbookRange',
  lastRow: 'microsoft.graph.workbookRange',
  managedDeviceEnrollmentAbandonmentDetails: 'microsoft.graph.report',
  managedDeviceEnrollmentAbandonmentSummary: 'microsoft.graph.report',
  managedDeviceEnrollmentFailureDetails: 'microsoft.graph.report',
  managedDeviceEnrollmentFailureTrends: 'microsoft.graph.report',
  managedDeviceEnrollmentTopFailures: 'microsoft.graph.report',
  offsetRange: 'microsoft.graph.workbookRange',
  range: 'microsoft.graph.workbookRange',
  resizedRange: 'microsoft.graph.workbookRange',
  retrieveCloudPcLaunchDetail: 'microsoft.graph.cloudPcLaunchDetail',
  row: 'microsoft.graph.workbookRange',
  rowsAbove: 'microsoft.graph.workbookRange',
  rowsBelow: 'microsoft.graph.workbookRange',
  sessionInfoResource: 'microsoft.graph.workbookSessionInfo',
  summarizeDeviceRegressionPerformance: 'microsoft.graph.userExperienceAnalyticsRegressionSummary',
  tableRowOperationResult: 'microsoft.graph.workbookTableRow',
  totalRowRange: 'microsoft.graph.workbookRange',
  usage: 'microsoft.graph.authenticationStrengthUsage',
  usedRange: 'microsoft.graph.workbookRange',
  userExperienceAnalyticsSummarizeWorkFromAnywhereDevices:
    'microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevicesSummary',
  usersRegisteredByFeature: 'microsoft.graph.userRegistrationFeatureSummary',
  usersRegisteredByMethod: 'microsoft.graph.userRegistrationMethodSummary',
  visibleView: 'microsoft.graph.workbookRangeView',
  workflowsProcessedByCategory: 'microsoft.graph.identityGovernance.workflowsInsightsByCategory',
  workflowsProcessedSummary: 'microsoft.graph.identityGovernance.workflowsInsightsSummary',
};

/** The function a name calls and what it returns, when the metadata says so without doubt (any case). */
export const knownFunction: (name: string) => { readonly name: string; readonly type: string } | undefined =
  anyCaseLookup(() => Object.entries(FUNCTION_RETURN_TYPES).map(([name, type]) => [name, { name, type }] as const));

/**
 * The bound operations whose every definition in the Graph metadata (v1.0 and the 2021 beta) is
 * of one kind and returns what Kiota gives an inline response type (a collection, a primitive
 * other than a stream, an enum), with that return type; `Collection(binding)`: a collection of
 * the binding's type. Without a container the typings know no operations, and for these the
 * SDKs' call differs: C# has `PostAsCheckMemberGroupsPostResponseAsync` (its `PostAsync` is
 * obsolete), and every language returns a value the snippet keeps (`result`).
 *
 * The table is read in any case, so it is made in any case: names that differ in case only are
 * one operation (`my`, the beta's `My` too), and `search` is none of these (v1.0's action on
 * restore points returns a named type; the beta's `Search` function is listed by binding).
 */
export const INLINE_RESPONSE_OPERATIONS: Readonly<
  Record<string, { readonly kind: 'action' | 'function'; readonly returns: string }>
> = {
  Ping: { kind: 'function', returns: 'Edm.string' },
  addActivities: { kind: 'action', returns: 'Collection(microsoft.graph.externalConnectors.externalActivityResult)' },
  addGroup: { kind: 'action', returns: 'Edm.boolean' },
  additionalAccess: { kind: 'function', returns: 'Collection(microsoft.graph.accessPackageAssignment)' },
  allMessages: { kind: 'function', returns: 'Collection(microsoft.graph.chatMessage)' },
  allowedCalendarSharingRoles: { kind: 'function', returns: 'Collection(microsoft.graph.calendarRoleType)' },
  areGlobalScriptsAvailable: { kind: 'function', returns: 'microsoft.graph.globalDeviceHealthScriptState' },
  asHierarchy: { kind: 'function', returns: 'Collection(binding)' },
  availableProviderTypes: { kind: 'function', returns: 'Collection(Edm.string)' },
  canSignUp: { kind: 'function', returns: 'Edm.boolean' },
  checkGrantedPermissionsForApp: {
    kind: 'action',
    returns: 'Collection(microsoft.graph.resourceSpecificPermissionGrant)',
  },
  checkMemberGroups: { kind: 'action', returns: 'Collection(Edm.string)' },
  checkMemberObjects: { kind: 'action', returns: 'Collection(Edm.string)' },
  compare: { kind: 'function', returns: 'Collection(microsoft.graph.deviceManagementSettingComparison)' },
  complete: { kind: 'action', returns: 'Collection(microsoft.graph.outlookTask)' },
  completeSetup: { kind: 'action', returns: 'Collection(microsoft.graph.roleSuccessStatistics)' },
  connect: { kind: 'action', returns: 'microsoft.graph.chromeOSOnboardingStatus' },
  createGooglePlayWebToken: { kind: 'action', returns: 'Edm.string' },
  createMigrationReport: { kind: 'action', returns: 'Edm.string' },
  deleteTiIndicators: { kind: 'action', returns: 'Collection(microsoft.graph.resultInfo)' },
  deleteTiIndicatorsByExternalId: { kind: 'action', returns: 'Collection(microsoft.graph.resultInfo)' },
  descendants: { kind: 'function', returns: 'Collection(microsoft.graph.place)' },
  doesUserHaveAccess: { kind: 'function', returns: 'Edm.boolean' },
  downloadApplePushNotificationCertificateSigningRequest: { kind: 'function', returns: 'Edm.string' },
  evaluateApplication: { kind: 'action', returns: 'Collection(microsoft.graph.informationProtectionAction)' },
  evaluateClassificationResults: { kind: 'action', returns: 'Collection(microsoft.graph.informationProtectionAction)' },
  evaluateRemoval: { kind: 'action', returns: 'Collection(microsoft.graph.informationProtectionAction)' },
  exportItems: { kind: 'action', returns: 'Collection(microsoft.graph.exportItemResponse)' },
  exportMobileConfig: { kind: 'function', returns: 'Edm.string' },
  favorite: { kind: 'action', returns: 'Edm.boolean' },
  filterByCurrentUser: { kind: 'function', returns: 'Collection(binding)' },
  filterOperators: { kind: 'function', returns: 'Collection(microsoft.graph.filterOperatorSchema)' },
  findRoomLists: { kind: 'function', returns: 'Collection(microsoft.graph.emailAddress)' },
  findRooms: { kind: 'function', returns: 'Collection(microsoft.graph.emailAddress)' },
  functions: { kind: 'function', returns: 'Collection(microsoft.graph.attributeMappingFunctionSchema)' },
  generateApplePushNotificationCertificateSigningRequest: { kind: 'action', returns: 'Edm.string' },
  generateEncryptionPublicKey: { kind: 'action', returns: 'Edm.string' },
  getActivitiesByInterval: { kind: 'function', returns: 'Collection(microsoft.graph.itemActivityStat)' },
  getAllEnterpriseInteractions: { kind: 'function', returns: 'Collection(microsoft.graph.aiInteraction)' },
  getAllMessages: { kind: 'function', returns: 'Collection(microsoft.graph.chatMessage)' },
  getAllOnlineMeetingMessages: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.engagementConversationMessage)',
  },
  getAllRecordings: { kind: 'function', returns: 'Collection(microsoft.graph.callRecording)' },
  getAllRetainedMessages: { kind: 'function', returns: 'Collection(microsoft.graph.chatMessage)' },
  getAllRetainedTargetedMessages: { kind: 'function', returns: 'Collection(microsoft.graph.targetedChatMessage)' },
  getAllSites: { kind: 'function', returns: 'Collection(microsoft.graph.site)' },
  getAllTargetedMessages: { kind: 'function', returns: 'Collection(microsoft.graph.targetedChatMessage)' },
  getAllTranscripts: { kind: 'function', returns: 'Collection(microsoft.graph.callTranscript)' },
  getApplicableContentTypesForList: { kind: 'function', returns: 'Collection(microsoft.graph.contentType)' },
  getApplicablePolicyRequirements: {
    kind: 'action',
    returns: 'Collection(microsoft.graph.accessPackageAssignmentRequestRequirements)',
  },
  getAttackSimulationRepeatOffenders: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.attackSimulationRepeatOffender)',
  },
  getAttackSimulationSimulationUserCoverage: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.attackSimulationSimulationUserCoverage)',
  },
  getAttackSimulationTrainingUserCoverage: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.attackSimulationTrainingUserCoverage)',
  },
  getAuditActivityTypes: { kind: 'function', returns: 'Collection(Edm.string)' },
  getAuditCategories: { kind: 'function', returns: 'Collection(Edm.string)' },
  getAvailableExtensionProperties: { kind: 'action', returns: 'Collection(microsoft.graph.extensionProperty)' },
  getAzureADApplicationSignInSummary: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.applicationSignInSummary)',
  },
  getAzureADFeatureUsage: { kind: 'function', returns: 'Collection(microsoft.graph.azureADFeatureUsage)' },
  getAzureADLicenseUsage: { kind: 'function', returns: 'Collection(microsoft.graph.azureADLicenseUsage)' },
  getAzureADUserFeatureUsage: { kind: 'function', returns: 'Collection(microsoft.graph.azureADUserFeatureUsage)' },
  getByIds: { kind: 'action', returns: 'Collection(microsoft.graph.directoryObject)' },
  getByUserIdAndRole: { kind: 'function', returns: 'Collection(binding)' },
  getByUserRole: { kind: 'function', returns: 'Collection(binding)' },
  getChanges: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase)',
  },
  getCloudPcRemoteActionResults: { kind: 'function', returns: 'Collection(microsoft.graph.cloudPcRemoteActionResult)' },
  getCompatibleHubContentTypes: { kind: 'function', returns: 'Collection(microsoft.graph.contentType)' },
  getCredentialUsageSummary: { kind: 'function', returns: 'Collection(microsoft.graph.credentialUsageSummary)' },
  getCredentialUserRegistrationCount: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.credentialUserRegistrationCount)',
  },
  getDetailsByRecipient: { kind: 'function', returns: 'Collection(microsoft.graph.exchangeMessageTraceDetail)' },
  getDevicesScheduledToRetire: { kind: 'action', returns: 'Collection(microsoft.graph.retireScheduledManagedDevice)' },
  getDirectRoutingCalls: { kind: 'function', returns: 'Collection(microsoft.graph.callRecords.directRoutingLogRow)' },
  getDownloadUrl: { kind: 'function', returns: 'Edm.string' },
  getEffectiveDeviceEnrollmentConfigurations: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.deviceEnrollmentConfiguration)',
  },
  getEncryptionPublicKey: { kind: 'function', returns: 'Edm.string' },
  getExpiringVppTokenCount: { kind: 'function', returns: 'Edm.int32' },
  getFailedChanges: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase)',
  },
  getFileVaultKey: { kind: 'function', returns: 'Edm.string' },
  getGlobalScriptHighestAvailableVersion: { kind: 'action', returns: 'Edm.string' },
  getGroupArchivedPrintJobs: { kind: 'function', returns: 'Collection(microsoft.graph.archivedPrintJob)' },
  getHealthMetricTimeSeries: { kind: 'action', returns: 'Collection(microsoft.graph.keyValuePair)' },
  getHealthMetrics: { kind: 'action', returns: 'Collection(microsoft.graph.keyLongValuePair)' },
  getIosAvailableUpdateVersions: { kind: 'function', returns: 'Collection(microsoft.graph.iosAvailableUpdateVersion)' },
  getLicensesForApp: { kind: 'function', returns: 'Collection(microsoft.graph.vppTokenLicenseSummary)' },
  getLoggedOnManagedDevices: { kind: 'function', returns: 'Collection(microsoft.graph.managedDevice)' },
  getMailTips: { kind: 'action', returns: 'Collection(microsoft.graph.mailTips)' },
  getManagedAppBlockedUsers: { kind: 'function', returns: 'Collection(Edm.string)' },
  getManagedAppDiagnosticStatuses: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.managedAppDiagnosticStatus)',
  },
  getManagedAppPolicies: { kind: 'function', returns: 'Collection(microsoft.graph.managedAppPolicy)' },
  getManagedDevicesWithAppFailures: { kind: 'function', returns: 'Collection(Edm.string)' },
  getManagedDevicesWithFailedOrPendingApps: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.managedDeviceSummarizedAppState)',
  },
  getManagementConditionStatementsForPlatform: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.managementConditionStatement)',
  },
  getManagementConditionsForPlatform: { kind: 'function', returns: 'Collection(microsoft.graph.managementCondition)' },
  getMemberGroups: { kind: 'action', returns: 'Collection(Edm.string)' },
  getMemberObjects: { kind: 'action', returns: 'Collection(Edm.string)' },
  getMobileAppCount: { kind: 'function', returns: 'Edm.int64' },
  getNonCompliantSettings: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.deviceCompliancePolicySettingState)',
  },
  getOmaSettingPlainTextValue: { kind: 'function', returns: 'Edm.string' },
  getOverallPrintUsageSummary: { kind: 'function', returns: 'Collection(microsoft.graph.overallPrintUsageSummary)' },
  getPolicyId: { kind: 'function', returns: 'Collection(microsoft.graph.teamsAdministration.policyIdentifierDetail)' },
  getPolicySets: { kind: 'action', returns: 'Collection(microsoft.graph.policySet)' },
  getPresencesByUserId: { kind: 'action', returns: 'Collection(microsoft.graph.presence)' },
  getPrintUsageSummariesByGroup: { kind: 'function', returns: 'Collection(microsoft.graph.groupPrintUsageSummary)' },
  getPrintUsageSummariesByPrinter: { kind: 'function', returns: 'Collection(microsoft.graph.printerUsageSummary)' },
  getPrintUsageSummariesByTimeSpan: { kind: 'function', returns: 'Collection(microsoft.graph.printUsageSummary)' },
  getPrintUsageSummariesByUser: { kind: 'function', returns: 'Collection(microsoft.graph.userPrintUsageSummary)' },
  getPrinterArchivedPrintJobs: { kind: 'function', returns: 'Collection(microsoft.graph.archivedPrintJob)' },
  getPstnCalls: { kind: 'function', returns: 'Collection(microsoft.graph.callRecords.pstnCallLogRow)' },
  getRecentNotebooks: { kind: 'function', returns: 'Collection(microsoft.graph.recentNotebook)' },
  getRecentlyModifiedSubmissions: { kind: 'function', returns: 'Collection(microsoft.graph.educationSubmission)' },
  getRelatedAppStates: { kind: 'function', returns: 'Collection(microsoft.graph.mobileAppRelationshipState)' },
  getRelyingPartyDetailedSummary: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.relyingPartyDetailedSummary)',
  },
  getRoleScopeTagsById: { kind: 'action', returns: 'Collection(microsoft.graph.roleScopeTag)' },
  getRoleScopeTagsByIds: { kind: 'function', returns: 'Collection(microsoft.graph.roleScopeTag)' },
  getRoleScopeTagsByResource: { kind: 'function', returns: 'Collection(microsoft.graph.roleScopeTag)' },
  getSchedule: { kind: 'action', returns: 'Collection(microsoft.graph.scheduleInformation)' },
  getScopesForUser: { kind: 'function', returns: 'Collection(Edm.string)' },
  getSourceImages: { kind: 'function', returns: 'Collection(microsoft.graph.cloudPcSourceDeviceImage)' },
  getStaffAvailability: { kind: 'action', returns: 'Collection(microsoft.graph.staffAvailabilityItem)' },
  getTargetedUsersAndDevices: {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceConfigurationTargetedUserAndDevice)',
  },
  getTeamsDeviceUsageDistributionTotalUserCounts: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.teamsDeviceUsageDistributionUserCounts)',
  },
  getTeamsDeviceUsageTotalUserCounts: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.teamsDeviceUsageUserCounts)',
  },
  getTeamsUserActivityDistributionTotalUserCounts: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.teamsUserActivityDistributionUserCounts)',
  },
  getTeamsUserActivityDistributionUserCounts: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.teamsUserActivityDistributionUserCounts)',
  },
  getTeamsUserActivityTotalCounts: { kind: 'function', returns: 'Collection(microsoft.graph.teamsUserActivityCounts)' },
  getTeamsUserActivityTotalUserCounts: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.teamsUserActivityUserCounts)',
  },
  getTopMobileApps: { kind: 'function', returns: 'Collection(microsoft.graph.mobileApp)' },
  getUserArchivedPrintJobs: { kind: 'function', returns: 'Collection(microsoft.graph.archivedPrintJob)' },
  getUserIdsWithFlaggedAppRegistration: { kind: 'function', returns: 'Collection(Edm.string)' },
  getVirtualAppointmentJoinWebUrl: { kind: 'function', returns: 'Edm.string' },
  getWebPartsByPosition: { kind: 'action', returns: 'Collection(microsoft.graph.webPart)' },
  grant: { kind: 'action', returns: 'Collection(microsoft.graph.permission)' },
  hasCustomRoleScopeTag: { kind: 'function', returns: 'Edm.boolean' },
  hasPayloadLinks: { kind: 'action', returns: 'Collection(microsoft.graph.hasPayloadLinkResultItem)' },
  image: { kind: 'function', returns: 'Edm.string' },
  import: { kind: 'action', returns: 'Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)' },
  importAppleDeviceIdentityList: {
    kind: 'action',
    returns: 'Collection(microsoft.graph.importedAppleDeviceIdentityResult)',
  },
  importDeviceIdentityList: { kind: 'action', returns: 'Collection(microsoft.graph.importedDeviceIdentityResult)' },
  importOffice365DeviceConfigurationPolicies: {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceManagementIntent)',
  },
  invalidateAllRefreshTokens: { kind: 'action', returns: 'Edm.boolean' },
  isManagedAppUserBlocked: { kind: 'function', returns: 'Edm.boolean' },
  isPublished: { kind: 'function', returns: 'Edm.boolean' },
  isSignedUp: { kind: 'function', returns: 'Edm.boolean' },
  markRead: { kind: 'action', returns: 'Edm.boolean' },
  markUnread: { kind: 'action', returns: 'Edm.boolean' },
  my: { kind: 'function', returns: 'Collection(binding)' },
  myRequests: { kind: 'function', returns: 'Collection(microsoft.graph.privilegedApproval)' },
  occurrencesView: { kind: 'function', returns: 'Collection(microsoft.graph.workPlanOccurrence)' },
  previewTaskFailures: { kind: 'action', returns: 'Collection(microsoft.graph.identityGovernance.previewFailedTask)' },
  processContentAsync: { kind: 'action', returns: 'Collection(microsoft.graph.processContentResponses)' },
  promote: { kind: 'action', returns: 'Edm.boolean' },
  reminderView: { kind: 'function', returns: 'Collection(microsoft.graph.reminder)' },
  removeGroup: { kind: 'action', returns: 'Edm.boolean' },
  renewGroup: { kind: 'action', returns: 'Edm.boolean' },
  requestSignupUrl: { kind: 'action', returns: 'Edm.string' },
  revokeSignInSessions: { kind: 'action', returns: 'Edm.boolean' },
  roleScheduleInstances: { kind: 'function', returns: 'Collection(microsoft.graph.unifiedRoleScheduleInstanceBase)' },
  roleSchedules: { kind: 'function', returns: 'Collection(microsoft.graph.unifiedRoleScheduleBase)' },
  scopedForResource: { kind: 'function', returns: 'Edm.boolean' },
  searchExistingIdentities: { kind: 'action', returns: 'Collection(microsoft.graph.importedDeviceIdentity)' },
  setMobileDeviceManagementAuthority: { kind: 'action', returns: 'Edm.int32' },
  sharedWithMe: { kind: 'function', returns: 'Collection(microsoft.graph.driveItem)' },
  submitTiIndicators: { kind: 'action', returns: 'Collection(microsoft.graph.tiIndicator)' },
  summarizeDevicePerformanceDevices: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.userExperienceAnalyticsDevicePerformance)',
  },
  summarizeDeviceRemoteConnection: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.userExperienceAnalyticsRemoteConnection)',
  },
  summarizeDeviceResourcePerformance: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.userExperienceAnalyticsResourcePerformance)',
  },
  supportedLanguages: { kind: 'function', returns: 'Collection(microsoft.graph.localeInfo)' },
  supportedTimeZones: { kind: 'function', returns: 'Collection(microsoft.graph.timeZoneInformation)' },
  topTasksProcessedSummary: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.identityGovernance.topTasksInsightsSummary)',
  },
  topWorkflowsProcessedSummary: {
    kind: 'function',
    returns: 'Collection(microsoft.graph.identityGovernance.topWorkflowsInsightsSummary)',
  },
  translateExchangeIds: { kind: 'action', returns: 'Collection(microsoft.graph.convertIdResult)' },
  unfavorite: { kind: 'action', returns: 'Edm.boolean' },
  updateAlerts: { kind: 'action', returns: 'Collection(microsoft.graph.alert)' },
  updateGlobalScript: { kind: 'action', returns: 'Edm.string' },
  updateTiIndicators: { kind: 'action', returns: 'Collection(microsoft.graph.tiIndicator)' },
  uploadUrl: { kind: 'function', returns: 'Edm.string' },
  validateXml: { kind: 'action', returns: 'Edm.string' },
  verifyWindowsEnrollmentAutoDiscovery: { kind: 'function', returns: 'Edm.boolean' },
};

/** The primitive kinds a table may name (`Edm.int32`: as the schema spells them). */
const PRIMITIVE_KINDS: ReadonlySet<string> = new Set(Object.values(EDM_PRIMITIVES));

/**
 * {@link INLINE_RESPONSE_OPERATIONS} by lower-cased name, each return type parsed once: a type,
 * or `binding` (a collection of the type the operation is bound to).
 */
const inlineResponseOfName = anyCaseLookup(() =>
  Object.entries(INLINE_RESPONSE_OPERATIONS).map(([name, { kind, returns }]) => {
    const parsed: TypeRef | 'binding' = returns === 'Collection(binding)' ? 'binding' : tableTypeRef(returns);
    return [name, { name, kind, returns: parsed }] as const;
  }),
);

/**
 * A table entry's type (`parseTypeString`'s): the tables spell primitives as the schema's kinds
 * (`Edm.int32`), which the CSDL's `Edm.Int32` map does not know.
 */
export function tableTypeRef(text: string): TypeRef {
  const type = parseTypeString(text);
  if (!type.name?.startsWith('Edm.')) return type;
  const primitive = type.name.slice(4);
  if (!PRIMITIVE_KINDS.has(primitive)) throw new Error(`inference table: unknown primitive '${type.name}'`);
  return { primitive: primitive as PrimitiveKind, isCollection: type.isCollection };
}

/**
 * The bound operations, not in {@link INLINE_RESPONSE_OPERATIONS} (in any case: the beta's
 * `Search` of access packages is listed here, as the drive's `search`), that return an inline
 * response on some bindings: by name and binding (`name@type`, `name@Collection(type)`), the
 * kind and the return type of the definitions of that name on that binding in the Graph
 * metadata (v1.0 and the 2021 beta), where they agree. `add` on a collection of conversation
 * members or of sites returns a collection; on others an entity. Without a container, an
 * operation on a binding not listed here (or on one of its derived types) is not known to
 * return an inline response. `delta` has its own rule (path.ts); overloads that differ (the
 * reports' `period`/`date` functions) are left out.
 */
export const INLINE_RESPONSES_BY_BINDING: Readonly<
  Record<string, { readonly kind: 'action' | 'function'; readonly returns: string }>
> = {
  'Search@Collection(microsoft.graph.accessPackage)': {
    kind: 'function',
    returns: 'Collection(microsoft.graph.accessPackage)',
  },
  'Search@Collection(microsoft.graph.accessPackageCatalog)': {
    kind: 'function',
    returns: 'Collection(microsoft.graph.accessPackageCatalog)',
  },
  'add@Collection(microsoft.graph.conversationMember)': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.actionResultPart)',
  },
  'add@Collection(microsoft.graph.site)': { kind: 'action', returns: 'Collection(microsoft.graph.site)' },
  'archive@Collection(microsoft.graph.serviceUpdateMessage)': { kind: 'action', returns: 'Edm.boolean' },
  'assign@microsoft.graph.deviceCompliancePolicy': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceCompliancePolicyAssignment)',
  },
  'assign@microsoft.graph.deviceConfiguration': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceConfigurationAssignment)',
  },
  'assign@microsoft.graph.deviceManagementConfigurationPolicy': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceManagementConfigurationPolicyAssignment)',
  },
  'assign@microsoft.graph.deviceManagementResourceAccessProfileBase': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.deviceManagementResourceAccessProfileAssignment)',
  },
  'assign@microsoft.graph.embeddedSIMActivationCodePool': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.embeddedSIMActivationCodePoolAssignment)',
  },
  'assign@microsoft.graph.groupPolicyConfiguration': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.groupPolicyConfigurationAssignment)',
  },
  'assign@microsoft.graph.officeClientConfiguration': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.officeClientConfigurationAssignment)',
  },
  'assign@microsoft.graph.roleScopeTag': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.roleScopeTagAutoAssignment)',
  },
  'compute@microsoft.graph.tenantProtectionScopeContainer': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.policyTenantScope)',
  },
  'compute@microsoft.graph.userProtectionScopeContainer': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.policyUserScope)',
  },
  'count@Collection(microsoft.graph.workbookChart)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookChartPoint)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookChartSeries)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookRangeBorder)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookTable)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookTableColumn)': { kind: 'function', returns: 'Edm.int32' },
  'count@Collection(microsoft.graph.workbookTableRow)': { kind: 'function', returns: 'Edm.int32' },
  'createDownloadUrl@microsoft.graph.deviceLogCollectionResponse': { kind: 'action', returns: 'Edm.string' },
  'createDownloadUrl@microsoft.graph.microsoftTunnelServerLogCollectionResponse': {
    kind: 'action',
    returns: 'Edm.string',
  },
  'evaluate@microsoft.graph.conditionalAccessRoot': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.whatIfAnalysisResult)',
  },
  'export@Collection(microsoft.graph.governanceRoleAssignment)': {
    kind: 'function',
    returns: 'Collection(Edm.string)',
  },
  'getEffectivePermissions@microsoft.graph.virtualEndpoint': { kind: 'function', returns: 'Collection(Edm.string)' },
  'invite@microsoft.graph.driveItem': { kind: 'action', returns: 'Collection(microsoft.graph.permission)' },
  'lookup@microsoft.graph.exactMatchDataStore': { kind: 'action', returns: 'Collection(Edm.string)' },
  'recent@Collection(microsoft.graph.userActivity)': {
    kind: 'function',
    returns: 'Collection(microsoft.graph.userActivity)',
  },
  'recent@microsoft.graph.drive': { kind: 'function', returns: 'Collection(microsoft.graph.driveItem)' },
  'remove@Collection(microsoft.graph.conversationMember)': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.actionResultPart)',
  },
  'remove@Collection(microsoft.graph.site)': { kind: 'action', returns: 'Collection(microsoft.graph.site)' },
  'search@microsoft.graph.drive': { kind: 'function', returns: 'Collection(microsoft.graph.driveItem)' },
  'search@microsoft.graph.driveItem': { kind: 'function', returns: 'Collection(microsoft.graph.driveItem)' },
  'start@microsoft.graph.educationSynchronizationProfile': {
    kind: 'action',
    returns: 'Collection(microsoft.graph.educationFileSynchronizationVerificationMessage)',
  },
  'unarchive@Collection(microsoft.graph.serviceUpdateMessage)': { kind: 'action', returns: 'Edm.boolean' },
};

/** {@link INLINE_RESPONSES_BY_BINDING} by `name@binding` in any case. */
const inlineResponseOnBindingEntry = anyCaseLookup(() =>
  Object.entries(INLINE_RESPONSES_BY_BINDING).map(([key, { kind, returns }]) => {
    const name = key.slice(0, key.indexOf('@'));
    return [key, { name, kind, returns: tableTypeRef(returns) }] as const;
  }),
);

/**
 * The operation a name calls, its kind and its return type on `binding`, when the metadata says
 * it returns an inline response (any case): on that binding or a type it derives from
 * ({@link INLINE_RESPONSES_BY_BINDING}), else on every binding ({@link INLINE_RESPONSE_OPERATIONS}).
 * The return type is `null` when the schema lacks it.
 */
export function inlineResponseOperation(
  name: string,
  binding: TypeRef,
  schema: SchemaIndex,
): { readonly name: string; readonly kind: 'action' | 'function'; readonly returns: TypeRef | null } | undefined {
  const onBinding = inlineResponseOnBinding(name, binding, schema);
  if (onBinding) return { ...onBinding, returns: typeTheSchemaHas(onBinding.returns, schema) };
  const op = inlineResponseOfName(name);
  if (!op) return undefined;
  const type = op.returns;
  let returns: TypeRef | null;
  if (type === 'binding') returns = binding.name ? { name: binding.name, isCollection: true } : null;
  else returns = typeTheSchemaHas(type, schema);
  return { name: op.name, kind: op.kind, returns };
}

/** The entry of `name` on the binding's type or the nearest of its bases that has one. */
function inlineResponseOnBinding(name: string, binding: TypeRef, schema: SchemaIndex) {
  return onBinding(inlineResponseOnBindingEntry, name, binding, schema);
}

/**
 * What a by-binding table (`lookup` by {@link bindingKey}, any case) says of the operation
 * `name` bound to `binding` or to the nearest of its bases that the table has; `undefined`
 * without a named binding or an entry. The tables of action-parameters.ts, action-results.ts,
 * operation-parameter-names.ts and this file's inline responses are all read so.
 */
export function onBinding<T>(
  lookup: (key: string) => T | undefined,
  name: string,
  binding: TypeRef | null | undefined,
  schema: SchemaIndex,
): T | undefined {
  if (!binding?.name) return undefined;
  const isCollection = binding.isCollection;
  return onTypeOrBase(binding.name, schema, (type) => lookup(bindingKey(name, type, isCollection)));
}

/** A by-binding table's key for the operation `name` bound to `type` or a collection of it. */
export function bindingKey(name: string, type: string, isCollection: boolean): string {
  return `${name}@${isCollection ? `Collection(${type})` : type}`;
}

/**
 * The first answer `lookup` gives for `typeName` or one of its bases, most specific first
 * (cycle-safe); for the type alone when the schema lacks it. The metadata's tables by binding
 * (here, action-parameters.ts, operation-parameter-types.ts) answer for the type an operation is
 * bound to and for the types derived from it.
 */
export function onTypeOrBase<T>(
  typeName: string,
  schema: SchemaIndex,
  lookup: (type: string) => T | undefined,
): T | undefined {
  const ancestry = schema.ancestry(typeName);
  if (ancestry.length === 0) return lookup(typeName);
  for (const type of ancestry) {
    const found = lookup(type.fullName);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `type` when it is a primitive or the schema has it; else `null`. */
export function typeTheSchemaHas(type: TypeRef, schema: SchemaIndex): TypeRef | null {
  return type.primitive || schema.structured(type.name!) || schema.enumType(type.name!) ? type : null;
}

/**
 * The other bound functions of the Graph metadata (v1.0 and the 2021 beta): never an action,
 * and neither in {@link FUNCTION_RETURN_TYPES} nor in {@link INLINE_RESPONSE_OPERATIONS} because
 * their return type depends on the binding or the overload (`itemAt`: a chart, a series, a
 * point, …; a binding where it is one inline response is in {@link INLINE_RESPONSES_BY_BINDING},
 * as `getEffectivePermissions` on a virtual endpoint). Known as functions, they are called as
 * the SDKs call them even when the docs POST a body to them (`…/charts/itemAt {"index": 8}`).
 */
export const OTHER_BOUND_FUNCTIONS: readonly string[] = [
  'getEffectivePermissions',
  'getEmailActivityCounts',
  'getEmailActivityUserCounts',
  'getEmailActivityUserDetail',
  'getEmailAppUsageAppsUserCounts',
  'getEmailAppUsageUserCounts',
  'getEmailAppUsageUserDetail',
  'getEmailAppUsageVersionsUserCounts',
  'getFinalAttachment',
  'getFinalReport',
  'getM365AppPlatformUserCounts',
  'getM365AppUserCounts',
  'getM365AppUserDetail',
  'getMailboxUsageDetail',
  'getMailboxUsageMailboxCounts',
  'getMailboxUsageQuotaStatusMailboxCounts',
  'getMailboxUsageStorage',
  'getMicrosoft365CopilotUsageUserDetail',
  'getMicrosoft365CopilotUserCountSummary',
  'getMicrosoft365CopilotUserCountTrend',
  'getOffice365ActivationCounts',
  'getOffice365ActivationsUserCounts',
  'getOffice365ActivationsUserDetail',
  'getOffice365ActiveUserCounts',
  'getOffice365ActiveUserDetail',
  'getOffice365GroupsActivityCounts',
  'getOffice365GroupsActivityDetail',
  'getOffice365GroupsActivityFileCounts',
  'getOffice365GroupsActivityGroupCounts',
  'getOffice365GroupsActivityStorage',
  'getOffice365ServicesUserCounts',
  'getOneDriveActivityFileCounts',
  'getOneDriveActivityUserCounts',
  'getOneDriveActivityUserDetail',
  'getOneDriveUsageAccountCounts',
  'getOneDriveUsageAccountDetail',
  'getOneDriveUsageFileCounts',
  'getOneDriveUsageStorage',
  'getSharePointActivityFileCounts',
  'getSharePointActivityPages',
  'getSharePointActivityUserCounts',
  'getSharePointActivityUserDetail',
  'getSharePointSiteUsageDetail',
  'getSharePointSiteUsageFileCounts',
  'getSharePointSiteUsagePages',
  'getSharePointSiteUsageSiteCounts',
  'getSharePointSiteUsageStorage',
  'getSkypeForBusinessActivityCounts',
  'getSkypeForBusinessActivityUserCounts',
  'getSkypeForBusinessActivityUserDetail',
  'getSkypeForBusinessDeviceUsageDistributionUserCounts',
  'getSkypeForBusinessDeviceUsageUserCounts',
  'getSkypeForBusinessDeviceUsageUserDetail',
  'getSkypeForBusinessOrganizerActivityCounts',
  'getSkypeForBusinessOrganizerActivityMinuteCounts',
  'getSkypeForBusinessOrganizerActivityUserCounts',
  'getSkypeForBusinessParticipantActivityCounts',
  'getSkypeForBusinessParticipantActivityMinuteCounts',
  'getSkypeForBusinessParticipantActivityUserCounts',
  'getSkypeForBusinessPeerToPeerActivityCounts',
  'getSkypeForBusinessPeerToPeerActivityMinuteCounts',
  'getSkypeForBusinessPeerToPeerActivityUserCounts',
  'getTeamsDeviceUsageDistributionUserCounts',
  'getTeamsDeviceUsageUserCounts',
  'getTeamsDeviceUsageUserDetail',
  'getTeamsTeamActivityCounts',
  'getTeamsTeamActivityDetail',
  'getTeamsTeamActivityDistributionCounts',
  'getTeamsTeamCounts',
  'getTeamsUserActivityCounts',
  'getTeamsUserActivityUserCounts',
  'getTeamsUserActivityUserDetail',
  'getYammerActivityCounts',
  'getYammerActivityUserCounts',
  'getYammerActivityUserDetail',
  'getYammerDeviceUsageDistributionUserCounts',
  'getYammerDeviceUsageUserCounts',
  'getYammerDeviceUsageUserDetail',
  'getYammerGroupsActivityCounts',
  'getYammerGroupsActivityDetail',
  'getYammerGroupsActivityGroupCounts',
  'incidentReport',
  'itemAt',
  'recent',
  'summary',
];

/** The metadata's spelling of a function in {@link OTHER_BOUND_FUNCTIONS} (any case). */
export const otherBoundFunction = anyCaseLookup(() => OTHER_BOUND_FUNCTIONS.map((name) => [name, name] as const));

/**
 * The entity types of the Graph metadata (v1.0 and the 2021 beta) keyed by another property
 * than `id`, with that property: Kiota names the key parameter after it
 * (`{cloudPcOverview-tenantId}`, Python `by_cloud_pc_overview_tenant_id`), and the typings do
 * not show keys. Checked against both CSDLs by a test.
 */
export const ENTITY_KEYS: Readonly<Record<string, string>> = {
  'microsoft.graph.authenticationConditionApplication': 'appId',
  'microsoft.graph.checkInClaim': 'calendarEventId',
  'microsoft.graph.crossTenantAccessPolicyConfigurationPartner': 'tenantId',
  'microsoft.graph.crossTenantIdentitySyncPolicyPartner': 'tenantId',
  'microsoft.graph.fileStorageContainerTypeAppPermissionGrant': 'appId',
  'microsoft.graph.identityGovernance.workflowVersion': 'versionNumber',
  'microsoft.graph.inheritablePermission': 'resourceAppId',
  'microsoft.graph.managedTenants.cloudPcOverview': 'tenantId',
  'microsoft.graph.security.dispositionReviewStage': 'stageNumber',
};

/**
 * The entity types of the Graph metadata (v1.0 and the 2021 beta) that have no base type: the
 * roots of singletons and of other hierarchies (`admin`, `roleManagement`, `financials`, …). The
 * typings tell an entity by its `Entity` base, so these look like complex types there; without a
 * container this list tells them apart, since the SDKs have request builders for the properties
 * of entities only (`/me/mailboxSettings`, not `…/mailboxSettings/automaticRepliesSetting`).
 */
export const ENTITIES_WITHOUT_BASE_TYPE: readonly string[] = [
  'microsoft.graph.account',
  'microsoft.graph.admin',
  'microsoft.graph.agedAccountsPayable',
  'microsoft.graph.agedAccountsReceivable',
  'microsoft.graph.appCatalogs',
  'microsoft.graph.auditLogRoot',
  'microsoft.graph.authenticationConditionApplication',
  'microsoft.graph.checkInClaim',
  'microsoft.graph.cloudCommunications',
  'microsoft.graph.commsApplication',
  'microsoft.graph.company',
  'microsoft.graph.companyInformation',
  'microsoft.graph.compliance',
  'microsoft.graph.copilotRoot',
  'microsoft.graph.countryRegion',
  'microsoft.graph.crossTenantAccessPolicyConfigurationPartner',
  'microsoft.graph.crossTenantIdentitySyncPolicyPartner',
  'microsoft.graph.currency',
  'microsoft.graph.customer',
  'microsoft.graph.customerPayment',
  'microsoft.graph.customerPaymentJournal',
  'microsoft.graph.deviceAppManagement',
  'microsoft.graph.dimension',
  'microsoft.graph.dimensionValue',
  'microsoft.graph.educationRoot',
  'microsoft.graph.employee',
  'microsoft.graph.employeeExperience',
  'microsoft.graph.entity',
  'microsoft.graph.externalConnectors.external',
  'microsoft.graph.fileStorageContainerTypeAppPermissionGrant',
  'microsoft.graph.financials',
  'microsoft.graph.generalLedgerEntry',
  'microsoft.graph.identityContainer',
  'microsoft.graph.identityGovernance',
  'microsoft.graph.identityGovernance.workflowBase',
  'microsoft.graph.identityProtectionRoot',
  'microsoft.graph.informationProtection',
  'microsoft.graph.inheritablePermission',
  'microsoft.graph.item',
  'microsoft.graph.itemCategory',
  'microsoft.graph.journal',
  'microsoft.graph.journalLine',
  'microsoft.graph.officeConfiguration',
  'microsoft.graph.paymentMethod',
  'microsoft.graph.paymentTerm',
  'microsoft.graph.picture',
  'microsoft.graph.policyDeletableItem',
  'microsoft.graph.print',
  'microsoft.graph.privacy',
  'microsoft.graph.purchaseInvoice',
  'microsoft.graph.reportRoot',
  'microsoft.graph.riskPreventionContainer',
  'microsoft.graph.roleManagement',
  'microsoft.graph.salesCreditMemo',
  'microsoft.graph.salesInvoice',
  'microsoft.graph.salesOrder',
  'microsoft.graph.salesQuote',
  'microsoft.graph.security',
  'microsoft.graph.shipmentMethod',
  'microsoft.graph.solutionsRoot',
  'microsoft.graph.storage',
  'microsoft.graph.taxArea',
  'microsoft.graph.tenantRelationship',
  'microsoft.graph.trustFramework',
  'microsoft.graph.unitOfMeasure',
  'microsoft.graph.vendor',
];

/** Whether `fullName` (any case) is an entity type of the metadata without a base type. */
export const isEntityWithoutBaseType: (fullName: string) => boolean = anyCaseMember(ENTITIES_WITHOUT_BASE_TYPE);

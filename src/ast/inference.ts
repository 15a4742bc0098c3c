import type { SchemaIndex } from '../metadata/schema-index.js';

/**
 * Path roots by convention, for schemas without an entity container (the SDK typings).
 *
 * Graph names most entity sets as the plural of their entity type (`users` → `user`,
 * `policies` → … ) and most singletons after their type (`identityGovernance`). The roots whose
 * type name follows neither rule are listed here, from the Graph metadata's entity container.
 */
const ROOT_EXCEPTIONS: Readonly<Record<string, { kind: 'entitySet' | 'singleton'; typeName: string }>> = {
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
  settings: { kind: 'entitySet', typeName: 'microsoft.graph.groupSetting' },
};

const ROOT_EXCEPTIONS_LOWER = new Map(Object.entries(ROOT_EXCEPTIONS).map(([k, v]) => [k.toLowerCase(), v]));

export interface InferredRoot {
  readonly kind: 'entitySet' | 'singleton';
  readonly typeName: string;
}

export function inferRoot(name: string, schema: SchemaIndex): InferredRoot | undefined {
  const known = ROOT_EXCEPTIONS_LOWER.get(name.toLowerCase());
  if (known && schema.structured(known.typeName)) return known;
  for (const singular of singularForms(name)) {
    const t = schema.findTypeByReference(singular);
    if (t && t.kind === 'entity') return { kind: 'entitySet', typeName: t.fullName };
  }
  // Singletons are named after their type; the typings show some (`identityGovernance`) as
  // complex types because they have no base type.
  const same = schema.findTypeByReference(name);
  if (same && same.kind !== 'enum') return { kind: 'singleton', typeName: same.fullName };
  return undefined;
}

function singularForms(name: string): string[] {
  const forms: string[] = [];
  if (/ies$/i.test(name)) forms.push(name.slice(0, -3) + 'y');
  if (/(sses|xes|ches|shes)$/i.test(name)) forms.push(name.slice(0, -2));
  if (/s$/i.test(name)) forms.push(name.slice(0, -1));
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

const COLLECTION_OPERATIONS_LOWER = new Map(COLLECTION_OPERATIONS.map((name) => [name.toLowerCase(), name]));

/** The operation a segment after a collection names, when it is one Graph binds to collections (any case). */
export function collectionOperationName(segment: string): string | undefined {
  return COLLECTION_OPERATIONS_LOWER.get(segment.toLowerCase());
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

const FUNCTION_RETURN_TYPES_LOWER = new Map(
  Object.entries(FUNCTION_RETURN_TYPES).map(([name, type]) => [name.toLowerCase(), { name, type }]),
);

/** The function a name calls and what it returns, when the metadata says so without doubt (any case). */
export function knownFunction(name: string): { readonly name: string; readonly type: string } | undefined {
  return FUNCTION_RETURN_TYPES_LOWER.get(name.toLowerCase());
}

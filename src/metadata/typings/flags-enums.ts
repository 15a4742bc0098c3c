/**
 * The flags enums of the Graph metadata (v1.0 and the 2021 beta; checked against both CSDLs by a
 * test). The typings cannot tell a flags enum from a collection of enums (build.ts's
 * `isFlagsCandidate` guesses from how model properties use it): they write a flags value as a
 * list (`includedSources: SourceType[]`), and an enum that only action parameters use gives the
 * guess nothing (`partsToClone`'s `clonableTeamParts`). The enums listed here are flags, so
 * `"apps,tabs"` is `ClonableTeamParts.Apps | ClonableTeamParts.Tabs` and `"mailbox, site"`
 * `SourceType.Mailbox | SourceType.Site`, as with a CSDL; and a property the typings write as a
 * list of one holds one value, unless the metadata has a list there too
 * ({@link FLAGS_ENUM_LISTS}).
 */
export const FLAGS_ENUMS: readonly string[] = [
  'microsoft.graph.accessPackageSuggestionFilterByCurrentUserOptions',
  'microsoft.graph.advancedBitLockerState',
  'microsoft.graph.allowedAudiences',
  'microsoft.graph.allowedRolePrincipalTypes',
  'microsoft.graph.androidTargetedPlatforms',
  'microsoft.graph.appDevelopmentPlatforms',
  'microsoft.graph.appManagementLevel',
  'microsoft.graph.applicationDataType',
  'microsoft.graph.authenticationMethodModes',
  'microsoft.graph.authenticationStrengthRequirements',
  'microsoft.graph.authenticatorAppContextType',
  'microsoft.graph.authenticatorAppFeatureSettings',
  'microsoft.graph.awsRoleTrustEntityType',
  'microsoft.graph.awsSecretInformationWebServices',
  'microsoft.graph.awsSecurityToolWebServices',
  'microsoft.graph.chatMessageActions',
  'microsoft.graph.chatMessagePolicyViolationDlpActionTypes',
  'microsoft.graph.chatMessagePolicyViolationUserActionTypes',
  'microsoft.graph.chatMessagePolicyViolationVerdictDetailsTypes',
  'microsoft.graph.clonableTeamParts',
  'microsoft.graph.cloudLicensing.assigneeTypes',
  'microsoft.graph.cloudLicensing.subscriptionTags',
  'microsoft.graph.cloudPcManagementService',
  'microsoft.graph.conditionalAccessAgentIdRiskLevels',
  'microsoft.graph.conditionalAccessConditions',
  'microsoft.graph.conditionalAccessGuestOrExternalUserTypes',
  'microsoft.graph.conditionalAccessInsiderRiskLevels',
  'microsoft.graph.conditionalAccessTransferMethods',
  'microsoft.graph.confirmedBy',
  'microsoft.graph.dataProtection',
  'microsoft.graph.decisionItemPrincipalResourceMembershipType',
  'microsoft.graph.deviceManagementConfigurationAppleApplicabilityDeviceType',
  'microsoft.graph.deviceManagementConfigurationPlatforms',
  'microsoft.graph.deviceManagementConfigurationSettingAccessTypes',
  'microsoft.graph.deviceManagementConfigurationSettingRiskLevel',
  'microsoft.graph.deviceManagementConfigurationSettingUsage',
  'microsoft.graph.deviceManagementConfigurationSettingVisibility',
  'microsoft.graph.deviceManagementConfigurationTechnologies',
  'microsoft.graph.deviceManagementDerivedCredentialNotificationType',
  'microsoft.graph.deviceManagementSubscriptions',
  'microsoft.graph.directoryDefinitionDiscoverabilities',
  'microsoft.graph.easServices',
  'microsoft.graph.ediscovery.additionalDataOptions',
  'microsoft.graph.ediscovery.dataSourceScopes',
  'microsoft.graph.ediscovery.exportOptions',
  'microsoft.graph.ediscovery.sourceType',
  'microsoft.graph.eligibilityFilteringEnabledEntities',
  'microsoft.graph.enrollmentNotificationBrandingOptions',
  'microsoft.graph.externalSystemAccessMethods',
  'microsoft.graph.fileStorageContainerTypeAppPermission',
  'microsoft.graph.fileStorageContainerTypeSettingsOverride',
  'microsoft.graph.fileVaultState',
  'microsoft.graph.granularRestoreItems',
  'microsoft.graph.hashAlgorithms',
  'microsoft.graph.identityGovernance.lifecycleTaskCategory',
  'microsoft.graph.identityGovernance.subjectType',
  'microsoft.graph.incomingTokenType',
  'microsoft.graph.industryData.additionalClassGroupAttributes',
  'microsoft.graph.industryData.additionalUserAttributes',
  'microsoft.graph.keyUsages',
  'microsoft.graph.macOSFileVaultRecoveryKeyTypes',
  'microsoft.graph.macOSSoftwareUpdateDelayPolicy',
  'microsoft.graph.macOSSystemExtensionType',
  'microsoft.graph.mailTipsType',
  'microsoft.graph.managedBrowserType',
  'microsoft.graph.managedTenants.notificationDestination',
  'microsoft.graph.microsoftStoreForBusinessPortalSelectionOptions',
  'microsoft.graph.mlClassificationMatchTolerance',
  'microsoft.graph.nativeAuthenticationApisEnabled',
  'microsoft.graph.notificationEventsType',
  'microsoft.graph.notificationRecipientsType',
  'microsoft.graph.notificationTemplateBrandingOptions',
  'microsoft.graph.objectFlowTypes',
  'microsoft.graph.oidcResponseType',
  'microsoft.graph.onlineMeetingContentSharingDisabledReason',
  'microsoft.graph.onlineMeetingVideoDisabledReason',
  'microsoft.graph.openIdConnectResponseTypes',
  'microsoft.graph.operationApprovalPolicyPlatform',
  'microsoft.graph.passkeyTypes',
  'microsoft.graph.passwordPolicy',
  'microsoft.graph.plannerTaskCompletionRequirements',
  'microsoft.graph.privateNetworkProtocol',
  'microsoft.graph.protectionSource',
  'microsoft.graph.protocolType',
  'microsoft.graph.recipientScopeType',
  'microsoft.graph.recommendationFeatureAreas',
  'microsoft.graph.resourceAccessType',
  'microsoft.graph.restorePointTags',
  'microsoft.graph.searchContent',
  'microsoft.graph.security.additionalDataOptions',
  'microsoft.graph.security.additionalOptions',
  'microsoft.graph.security.appInfoUploadedDataTypes',
  'microsoft.graph.security.correlationReason',
  'microsoft.graph.security.dataSourceScopes',
  'microsoft.graph.security.deviceIdEntityIdentifier',
  'microsoft.graph.security.disableUserEntityIdentifier',
  'microsoft.graph.security.emailEntityIdentifier',
  'microsoft.graph.security.exportCriteria',
  'microsoft.graph.security.exportLocation',
  'microsoft.graph.security.exportOptions',
  'microsoft.graph.security.fileEntityIdentifier',
  'microsoft.graph.security.forceUserPasswordResetEntityIdentifier',
  'microsoft.graph.security.itemsToInclude',
  'microsoft.graph.security.markUserAsCompromisedEntityIdentifier',
  'microsoft.graph.security.purgeAreas',
  'microsoft.graph.security.recipientType',
  'microsoft.graph.security.reviewSetSettings',
  'microsoft.graph.security.sourceType',
  'microsoft.graph.security.statisticsOptions',
  'microsoft.graph.security.stopAndQuarantineFileEntityIdentifier',
  'microsoft.graph.security.userMailboxSetting',
  'microsoft.graph.sensitiveTypeScope',
  'microsoft.graph.sensitivityLabelTarget',
  'microsoft.graph.sharedPCAllowedAccountType',
  'microsoft.graph.signInAccessType',
  'microsoft.graph.subjectAlternativeNameType',
  'microsoft.graph.synchronizationJobRestartScope',
  'microsoft.graph.systemBrowserEnabledOn',
  'microsoft.graph.teamsAppInstallationScopes',
  'microsoft.graph.templateApplicationLevel',
  'microsoft.graph.templateScenarios',
  'microsoft.graph.tokenFormat',
  'microsoft.graph.trainingAssignedTo',
  'microsoft.graph.usageRights',
  'microsoft.graph.userActivityTypes',
  'microsoft.graph.userOwnership',
  'microsoft.graph.weakAlgorithms',
  'microsoft.graph.whatIfAnalysisReasons',
  'microsoft.graph.win32LobAppDetectionOperator',
  'microsoft.graph.windowsArchitecture',
  'microsoft.graph.windowsDefenderProductStatus',
  'microsoft.graph.windowsDeviceHealthState',
  'microsoft.graph.windowsDeviceType',
  'microsoft.graph.windowsFirewallRuleInterfaceTypes',
  'microsoft.graph.windowsFirewallRuleNetworkProfileTypes',
  'microsoft.graph.windowsHealthMonitoringScope',
  'microsoft.graph.windowsManagedAppDataTransferLocations',
  'microsoft.graph.windowsStartMenuAppListVisibilityType',
  'microsoft.graph.windowsUpdateForBusinessUpdateWeeks',
  'microsoft.graph.workforceIntegrationSupportedEntities',
];

/**
 * The properties that hold a list of a flags enum in the metadata (`type|property`), the only
 * ones: `allowedCombinations` is a list of `authenticationMethodModes` values, each a
 * combination. Checked against both CSDLs by a test.
 */
export const FLAGS_ENUM_LISTS: readonly string[] = [
  'microsoft.graph.authenticationCombinationConfiguration|appliesToCombinations',
  'microsoft.graph.authenticationStrengthPolicy|allowedCombinations',
  'microsoft.graph.authenticationStrengthRoot|combinations',
  'microsoft.graph.targetedManagedAppConfiguration|targetedAppManagementLevels',
  'microsoft.graph.updateAllowedCombinationsResult|currentCombinations',
  'microsoft.graph.updateAllowedCombinationsResult|previousCombinations',
  'microsoft.graph.windows10XSCEPCertificateProfile|hashAlgorithm',
];

/** Made when the typings are built (a cache miss), not at every start-up. */
let flagsEnums: ReadonlySet<string> | undefined;
let flagsEnumLists: ReadonlySet<string> | undefined;

/** Whether the metadata says the enum `fullName` is a flags enum. */
export function isMetadataFlagsEnum(fullName: string): boolean {
  flagsEnums ??= new Set(FLAGS_ENUMS);
  return flagsEnums.has(fullName);
}

/** Whether the metadata's property `property` of `typeFullName` holds a list of flags values. */
export function isMetadataFlagsEnumList(typeFullName: string, property: string): boolean {
  flagsEnumLists ??= new Set(FLAGS_ENUM_LISTS);
  return flagsEnumLists.has(`${typeFullName}|${property}`);
}

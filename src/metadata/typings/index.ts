/** The Kiota TypeScript SDK typings as a metadata source (zero configuration). */
export { type LoadTypingsOptions, loadTypingsSchema } from './load.js';
export { type BuildTypingsOptions, buildSchemaFromTypings, lastTypingsBuildStats } from './build.js';
export { SDK_PACKAGES, type TypingsVersion, inspectSdkPackage, isTypingsVersion } from './package.js';
export { type AgreementReport, compareSchemas } from './agreement.js';

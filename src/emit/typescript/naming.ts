import { memoized } from '../../memo.js';
import { graphRelativeNamespace } from '../../metadata/names.js';
import { camelCase, cleanupSymbolName, shortNameOf, upperFirst } from '../common/naming.js';

/**
 * TypeScript identifiers as the Kiota-generated Graph SDK (`@microsoft/msgraph-sdk`) spells them.
 * Exported for reuse by checkers that compare snippets with the SDK typings.
 */

/**
 * Kiota's TypeScript reserved names (`TypeScriptReservedNamesProvider`, compared ignoring case),
 * as listed in ../shared/docs/sdk-conventions.md §6 "Reserved-word escaping". A match gets the
 * `Escaped` suffix on properties (`defaultEscaped`, `errorEscaped`), enum members
 * (`ErrorEscaped`, `FunctionEscaped` for the value `Function`) and types (`PackageEscaped`).
 * `delete` is deliberately absent: the SDK typings have unescaped `delete` properties.
 */
export const TYPESCRIPT_RESERVED_NAMES: readonly string[] = [
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'do',
  'else',
  'enum',
  'error',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceOf',
  'new',
  'null',
  'package',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeOf',
  'var',
  'void',
  'while',
  'with',
];

const RESERVED_LOWER = new Set(TYPESCRIPT_RESERVED_NAMES.map((w) => w.toLowerCase()));

function isReservedName(name: string): boolean {
  return RESERVED_LOWER.has(name.toLowerCase());
}

/** Kiota's escape rule for TypeScript: append `Escaped` to a reserved name. */
export function escapeReserved(name: string): string {
  return isReservedName(name) ? `${name}Escaped` : name;
}

/** Model property from its wire name: `@odata.type` → `odataType`, `default` → `defaultEscaped`. */
export const propertyName: (wire: string) => string = memoized((wire) => escapeReserved(camelCase(wire)));

/** Query parameter from its name as written: `$select` → `select`, `StartDateTime` → `startDateTime`. */
export const queryParameterName: (name: string) => string = memoized((name) => escapeReserved(camelCase(name)));

/**
 * Model interface (or enum type) name: `microsoft.graph.accessPackageAssignmentPolicy` →
 * `AccessPackageAssignmentPolicy`, `microsoft.graph.package` → `PackageEscaped`. Underscores stay
 * (`CorsConfiguration_v2`), as in the SDK.
 */
export const typeName: (fullName: string) => string = memoized((fullName) =>
  escapeReserved(upperFirst(cleanupSymbolName(shortNameOf(fullName)))),
);

/** The const object holding an enum's members: `microsoft.graph.bodyType` → `BodyTypeObject`. */
export function enumConstName(fullName: string): string {
  return `${typeName(fullName)}Object`;
}

/** Enum member from its wire value: `html` → `Html`, `id_token` → `Id_token`, `error` → `ErrorEscaped`. */
export const enumMemberName: (member: string) => string = memoized((member) =>
  escapeReserved(upperFirst(cleanupSymbolName(member))),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` can be written as a bare object-literal key. */
export function isPlainIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * The `@microsoft/msgraph-sdk` sub-path of a model namespace: `microsoft.graph` → `models`,
 * `microsoft.graph.security` → `models/security`, `microsoft.graph.partner.security` →
 * `models/partner/security`.
 */
export function modelsSubpath(namespace: string): string {
  const rest = graphRelativeNamespace(namespace);
  return rest === '' ? 'models' : `models/${rest.split('.').join('/')}`;
}

/**
 * Python (msgraph-sdk / msgraph-beta-sdk) identifiers, following Kiota's Python refiner on top of
 * the shared naming core (../shared/docs/sdk-conventions.md §1, §2, §6).
 *
 * Everything here is a pure function of its input so that a checker can reuse it to look names
 * up in the installed SDKs.
 */
import { memoized } from '../../memo.js';
import { graphRelativeNamespace } from '../../metadata/names.js';
import {
  cleanupSymbolName,
  namespaceOf,
  shortNameOf,
  snakeCase,
  snakeMemberName,
  upperFirst,
} from '../common/naming.js';

/**
 * Kiota's Python reserved names (microsoft/kiota, `PythonReservedNamesProvider.cs`, compared
 * case-insensitively): the Python keywords plus `dict`, `list` and `property`. Soft keywords
 * (`match`, `case`, `type`, `_`) and builtins such as `self`, `print`, `filter`, `format`, `id`
 * are not on it. Checked against the generated msgraph-sdk 1.65 / msgraph-beta-sdk 1.66 code:
 * `from_`, `in_`, `none_`, `class_`, `list_`, `property_` (properties), `None_`, `True_`,
 * `And_`, `Import_`, `Global_`, `List_` (enum members, class), `return_`, `if_`, `and_`, `not_`,
 * `yield_` (request-builder members and folders), while `self`, `print`, `match`, `type`,
 * `filter`, `format` stay as they are.
 */
export const PYTHON_RESERVED_WORDS: readonly string[] = [
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'dict',
  'elif',
  'else',
  'except',
  'False',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'list',
  'None',
  'nonlocal',
  'not',
  'or',
  'pass',
  'property',
  'raise',
  'return',
  'True',
  'try',
  'while',
  'with',
  'yield',
];

const RESERVED = new Set(PYTHON_RESERVED_WORDS.map((w) => w.toLowerCase()));

/** Kiota's escape: a `_` suffix on any name that is reserved, ignoring case (`from_`, `None_`, `List_`). */
export function escapeReserved(name: string): string {
  return RESERVED.has(name.toLowerCase()) ? `${name}_` : name;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether a name can be written as a Python identifier. Kiota names always can; a name built
 * from unusual wire text (non-ASCII, quotes) cannot, and the caller then keeps the wire name in
 * a dictionary instead of printing broken code.
 */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * Model property (dataclass field): `displayName` → `display_name`, `@odata.type` →
 * `odata_type`, `from` → `from_`. A property that would take the name of the models'
 * `additional_data` field gets a `_property` suffix, as Kiota does (`additionalData` →
 * `additional_data_property` in the SDK).
 */
export const propertyName = memoized((wire: string): string => {
  const name = escapeReserved(snakeMemberName(wire));
  return name === 'additional_data' ? 'additional_data_property' : name;
});

/** Class for a type name (full or short): `microsoft.graph.user` → `User`, `microsoft.graph.list` → `List_`. */
export const className = memoized((fullName: string): string => {
  return escapeReserved(upperFirst(cleanupSymbolName(shortNameOf(fullName))));
});

/**
 * A module (file or folder) name: Kiota snake_case plus the reserved-word escape.
 * `SendMailPostRequestBody` → `send_mail_post_request_body`, `memberOf` → `member_of`,
 * `List_` → `list_`, `list` → `list_`, `callRecords` → `call_records`.
 */
export const moduleName = memoized((name: string): string => {
  return escapeReserved(snakeCase(cleanupSymbolName(name)));
});

/** Enum member: `html` → `Html`, `id_token` → `Id_token`, `none` → `None_`. */
export const enumMemberName = memoized((member: string): string => {
  return escapeReserved(upperFirst(cleanupSymbolName(member)));
});

/**
 * A request-builder member from its neutral (camelCase) name in request-builders.ts:
 * `memberOf` → `member_of`, `byUserId` → `by_user_id`, `graphGroup` → `graph_group`, `list` → `list_`.
 */
export const builderMemberName = memoized((neutral: string): string => {
  return escapeReserved(snakeCase(neutral));
});

/** Root package of the SDK for an API version. */
export function packageName(version: string): string {
  return version === 'beta' ? 'msgraph_beta' : 'msgraph';
}

/**
 * Module path segments of a model namespace below `models`: the `microsoft.graph` prefix is
 * trimmed, sub-namespaces keep their (snake-cased) segments: `microsoft.graph.callRecords` →
 * `['call_records']`.
 */
export function modelNamespaceModules(namespace: string): string[] {
  const trimmed = graphRelativeNamespace(namespace);
  return trimmed === '' ? [] : trimmed.split('.').map(moduleName);
}

/**
 * Import module of a model class: `msgraph.generated.models.security.alert` for
 * `microsoft.graph.security.alert` (`msgraph_beta…` for beta).
 */
const modelModuleCached = memoized((versionAndName: string): string => {
  const space = versionAndName.indexOf(' ');
  const version = versionAndName.slice(0, space);
  const fullName = versionAndName.slice(space + 1);
  return [
    packageName(version),
    'generated',
    'models',
    ...modelNamespaceModules(namespaceOf(fullName)),
    moduleName(className(fullName)),
  ].join('.');
});

export function modelModule(fullName: string, version: string): string {
  return modelModuleCached(`${version} ${fullName}`);
}

/**
 * Field of a request builder's query-parameter dataclass. System options use their canonical
 * name (`$orderBy` → `orderby`); custom ones are snake-cased (`startDateTime` → `start_date_time`).
 */
export function queryParameterName(name: string, system: string | null): string {
  return escapeReserved(system ?? snakeMemberName(name.replace(/^\$/, '')));
}

import { endBinding, endOperations } from '../../ast/operation-definition.js';
import { functionParameters } from '../../ast/operation-parameter-names.js';
import type { AstQueryOption, SnippetAst } from '../../ast/types.js';
import { queryValueText } from '../../http/query.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';

/**
 * `$skiptoken` and `$deltatoken`: no SDK query-parameter class has them, so a request with one
 * is made on its full URL (`WithUrl`, `withUrl`, `with_url`), as the reference does.
 */
export function isPagingToken(option: AstQueryOption): boolean {
  return option.system === 'skiptoken' || option.system === 'deltatoken';
}

/** The request URL for a `withUrl` call: the docs' path and query options (decoded). */
export function withUrlTarget(ast: SnippetAst): string {
  const path = ast.path.map((s) => s.raw).join('/');
  const query = ast.query.map((q) => `${q.name}=${queryValueText(q.value)}`).join('&');
  return `https://graph.microsoft.com/${ast.version}/${path}${query ? `?${query}` : ''}`;
}

/**
 * Whether some query option of the request cannot be a field of the SDK's query-parameter
 * class, so that the request is made on its full URL instead (`WithUrl`, `with_url`, which send
 * the options as written). The classes are Kiota's, generated from one OpenAPI description for
 * every language (`UsersRequestBuilderGetQueryParameters`, `users_request_builder.py`'s
 * dataclass): what one lacks, the others lack, and in C# and Python a field that is not there
 * does not compile or raises (conventions §5: "Only parameters the operation declares exist").
 * `fieldName` is the language's name of the option's field, `null` when it cannot be one (not
 * an identifier there). TypeScript's configuration object, a separate constant, takes any key.
 */
export function queryNeedsFullUrl(
  ast: SnippetAst,
  schema: SchemaIndex,
  fieldName: (option: AstQueryOption) => string | null,
): boolean {
  if (ast.query.length === 0) return false;
  if (!hasQueryParameterClass(ast)) return true;
  const singleItem = addressesSingleEntity(ast);
  const functionParameters = functionParameterNames(ast, schema);
  for (const option of ast.query) {
    if (
      (option.system === null && functionParameters.has(option.name.toLowerCase())) ||
      isPagingToken(option) ||
      (singleItem && option.system !== null && !SINGLE_ITEM_OPTIONS.has(option.system)) ||
      fieldName(option) === null
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the SDK has a `<Builder><Method>QueryParameters` class for the request: Kiota declares
 * query parameters on GET only, and on the DELETE of a `$ref` (`@id`). The pinned SDKs have no
 * `…PostQueryParameters`, `…PatchQueryParameters` or `…PutQueryParameters` class at all, and
 * their 88 `…DeleteQueryParameters` are all `ref/ref_request_builder.py`. Any other request's
 * query options (`POST /appCatalogs/teamsApps?requiresReview=true`) go through the full URL.
 */
function hasQueryParameterClass(ast: SnippetAst): boolean {
  if (ast.method === 'GET') return true;
  return ast.method === 'DELETE' && ast.path[ast.path.length - 1]?.kind === 'ref';
}

/** The only system options of a single entity's GET (`UserItemRequestBuilderGetQueryParameters`). */
const SINGLE_ITEM_OPTIONS = new Set(['select', 'expand']);

const ENTITY_SEGMENTS = new Set(['entitySet', 'singleton', 'navigation', 'property', 'key', 'cast']);

/** Whether the path ends at one entity (`/me`, `/users/{id}`, `/me/manager`), not a collection or an operation. */
function addressesSingleEntity(ast: SnippetAst): boolean {
  const last = ast.path[ast.path.length - 1];
  return (
    last !== undefined && ENTITY_SEGMENTS.has(last.kind) && last.target?.name !== undefined && !last.target.isCollection
  );
}

/**
 * Parameters (lower case) of the overloads of the function the path ends with. A query option
 * that names one (`…/root/delta?token=latest`) is a function argument written as a query
 * option: Kiota puts function parameters in the path (`delta_with_token`), never in the query
 * parameters class (`DeltaRequestBuilderGetQueryParameters` has no `token`), so the request goes
 * through the full URL, which sends it as written.
 */
function functionParameterNames(ast: SnippetAst, schema: SchemaIndex): ReadonlySet<string> {
  const last = ast.path[ast.path.length - 1];
  const names = new Set<string>();
  if (last?.kind !== 'function') return names;
  // Without a container the typings know no operations: the metadata's, by binding.
  if (!schema.hasContainer) return functionParameters(last.name, endBinding(ast.path) ?? null, schema) ?? names;
  for (const op of endOperations(ast.path, schema)) {
    if (op.kind === 'function') for (const p of op.parameters) names.add(p.name.toLowerCase());
  }
  return names;
}

import type { AstQueryOption, SnippetAst } from '../../ast/types.js';
import { queryValueText } from '../../http/query.js';

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

/** The namespace of Microsoft Graph's own types (others are nested in it: `microsoft.graph.security`). */
export const GRAPH_NAMESPACE = 'microsoft.graph';

/** Last dotted part of a full OData name: `microsoft.graph.security.alert` → `alert`. */
export function shortNameOf(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/**
 * A namespace below `microsoft.graph`, relative to it (any case): `microsoft.graph.security` →
 * `security`, `microsoft.graph` → ``; any other namespace as it is.
 */
export function graphRelativeNamespace(namespace: string): string {
  const lower = namespace.toLowerCase();
  if (lower === GRAPH_NAMESPACE) return '';
  return lower.startsWith(`${GRAPH_NAMESPACE}.`) ? namespace.slice(GRAPH_NAMESPACE.length + 1) : namespace;
}

/** Namespace part of a full OData name: `microsoft.graph.security.alert` → `microsoft.graph.security`, `user` → ``. */
export function namespaceOf(fullName: string): string {
  return fullName.slice(0, Math.max(0, fullName.lastIndexOf('.')));
}

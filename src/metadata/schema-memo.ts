import type { SchemaIndex } from './schema-index.js';

/**
 * A value per (schema, key), made on first request and kept for the run: for facts that depend
 * only on the schema and a name (a type's property typing, its class name in a language), so
 * that they are computed once per run instead of once per example. Held weakly by schema.
 */
export function schemaMemo<K, V>(make: (schema: SchemaIndex, key: K) => V): (schema: SchemaIndex, key: K) => V {
  const bySchema = new WeakMap<SchemaIndex, Map<K, V>>();
  return (schema, key) => {
    let byKey = bySchema.get(schema);
    if (byKey === undefined) {
      byKey = new Map();
      bySchema.set(schema, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = make(schema, key);
      byKey.set(key, value);
    }
    return value;
  };
}

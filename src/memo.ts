/**
 * Caches for pure functions. The same few thousand names, types and path steps recur across
 * every example of a run (the ~4,000 corpus examples), and recomputing them per example
 * dominated the emit and AST time; the caches are bounded by the schema's vocabulary.
 */

interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

function cachedIn<K, V>(cache: Cache<K, V>, compute: (key: K) => V): (key: K) => V {
  return (key) => {
    let out = cache.get(key);
    if (out === undefined) {
      out = compute(key);
      cache.set(key, out);
    }
    return out;
  };
}

/** `compute` for each key once (the result must not be `undefined`). */
export function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  return cachedIn(new Map<K, V>(), compute);
}

/** {@link memoized} for object keys, held weakly (builder steps, shared by the examples). */
export function memoizedByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  return cachedIn(new WeakMap<K, V>(), compute);
}

/**
 * A value per (owner, key), made on first request: for facts that depend only on a schema and
 * a name (a type's property typing, its class name in a language). Held weakly by owner.
 */
export function memoizedPer<O extends object, K, V>(make: (owner: O, key: K) => V): (owner: O, key: K) => V {
  const perOwner = memoizedByObject((owner: O) => memoized((key: K) => make(owner, key)));
  return (owner, key) => perOwner(owner)(key);
}

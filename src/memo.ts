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

/**
 * {@link memoized} for object keys (path segments and builder steps, shared by the examples; the
 * metadata's definitions). Each value is kept on its key, under a symbol of this cache's own and
 * not enumerable: invisible to JSON and to equality, and gone with the key, as in a `WeakMap`,
 * but read as a property. A `WeakMap` lookup per use (~100,000 a corpus run, mostly the builder
 * steps of every path segment in each language) made gen slower: with the values on their keys
 * it took 0.986× and 0.987× the time (paired medians of 31 interleaved runs, two rounds). A key
 * that cannot take a property (frozen) is looked up in a `WeakMap`. As for {@link memoized}, the
 * result must not be `undefined`. Unlike a `WeakMap`'s, the values live as long as their keys
 * even when the cache is dropped: make these caches once per module, not per object.
 */
export function memoizedByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const slot = Symbol('memoized');
  const frozen = cachedIn(new WeakMap<K, V>(), compute);
  return (key) => {
    const held = (key as Record<symbol, V | undefined>)[slot];
    if (held !== undefined) return held;
    if (!Object.isExtensible(key)) return frozen(key);
    const value = compute(key);
    Object.defineProperty(key, slot, { value });
    return value;
  };
}

/**
 * A value per (owner, key), made on first request: for facts that depend only on a schema and
 * a name (a type's property typing, its class name in a language). Kept on the owner, as long as it
 * lives ({@link memoizedByObject}).
 */
export function memoizedPer<O extends object, K, V>(make: (owner: O, key: K) => V): (owner: O, key: K) => V {
  const perOwner = memoizedByObject((owner: O) => memoized((key: K) => make(owner, key)));
  return (owner, key) => perOwner(owner)(key);
}

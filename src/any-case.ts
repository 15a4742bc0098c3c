/**
 * A lookup of `entries` by key in any case, built on its first use: the metadata's convention
 * tables (src/ast/inference.ts, action-parameters.ts) are read only without a CSDL, and a run
 * with one need not build them. Of keys that differ in case only, the last entry wins.
 */
export function anyCaseLookup<V>(entries: () => Iterable<readonly [string, V]>): (key: string) => V | undefined {
  let byLowerCase: Map<string, V> | undefined;
  return (key) => {
    byLowerCase ??= new Map(Array.from(entries(), ([k, v]) => [k.toLowerCase(), v] as const));
    return byLowerCase.get(key.toLowerCase());
  };
}

/** Whether a name is one of `names`, in any case (built on first use, as {@link anyCaseLookup}). */
export function anyCaseMember(names: readonly string[]): (name: string) => boolean {
  const lookup = anyCaseLookup(() => names.map((name) => [name, true] as const));
  return (name) => lookup(name) === true;
}

/**
 * A function of a string that remembers its answers, for look-ups asked again and again
 * with the same few values (the same URLs on every translation of a page, the same
 * language code on every pair). Up to `limit` answers are kept; then it starts over, so
 * that a worker's memory does not grow with the tree. Answers are shared, so they are
 * values nothing changes: strings, booleans, and patterns without the `g` or `y` flag
 * (which keep no state between matches).
 */
export function remembered<T extends string | boolean | RegExp>(answer: (value: string) => T, limit = 4096): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    let found = known.get(value);
    if (found === undefined) {
      if (known.size >= limit) known.clear();
      found = answer(value);
      known.set(value, found);
    }
    return found;
  };
}

/**
 * What `map` keeps for `key`, made by `make` the first time it is asked for: the
 * memo of a value worked out once per page, sequence or options object (a
 * `WeakMap`, so that it goes with what it is kept for). `undefined` is never kept.
 */
export function rememberedIn<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}

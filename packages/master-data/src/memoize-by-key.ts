// Several times all the seed data's names and their words, and still little memory.
const defaultMostKept = 50_000;

/**
 * Remembers what `compute` gave for each key, for work on keys that keep coming back: the names of a city and
 * their words meet every message, and a message meets every name. The memory starts over once it holds
 * `mostKept` keys, as messages bring keys that may never come back.
 */
export function memoizeByKey<T>(compute: (key: string) => T, mostKept = defaultMostKept): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= mostKept) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

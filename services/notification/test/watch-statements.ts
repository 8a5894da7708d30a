import type { SqlDatabase } from '@seva/database';

/**
 * The database as given, noting the size of each grouped statement sent through it: the length of its first
 * parameter, an array with one entry per item of the group.
 */
export function watchStatements(sql: SqlDatabase): { db: SqlDatabase; sizes: number[] } {
  const sizes: number[] = [];
  const db = new Proxy(sql, {
    get(target, property, receiver) {
      if (property !== '$queryRawUnsafe') return Reflect.get(target, property, receiver);
      return (query: string, ...values: unknown[]) => {
        sizes.push(Array.isArray(values[0]) ? values[0].length : 1);
        return target.$queryRawUnsafe(query, ...values);
      };
    },
  });
  return { db, sizes };
}

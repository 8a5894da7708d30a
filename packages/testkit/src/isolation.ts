import { randomBytes } from 'node:crypto';
import {
  createPool,
  databaseUrl,
  dropDatabase,
  type Pool,
  prepareDatabase,
  SqlDatabase,
} from '@seva/database';
import { testInfra } from './infra.js';

/** Lower-case name unique to this run, usable as a database name or a topic prefix. */
export const uniqueName = (prefix: string): string =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh database with the given migrations applied. */
export async function createTestDatabase(prefix: string, migrationsDir: string): Promise<TestDatabase> {
  const { databaseServerUrl } = await testInfra();
  const name = uniqueName(`test_${prefix}`);
  const url = databaseUrl(databaseServerUrl, name);
  await prepareDatabase(url, migrationsDir);
  return { url, name, drop: () => dropDatabase(url) };
}

export interface TestSqlDatabase extends TestDatabase {
  /** The pool, for a Prisma client of the service under test to share. */
  readonly pool: Pool;
  readonly sql: SqlDatabase;
}

/** A fresh database with the given migrations applied, and plain SQL on a pool of its own; drop ends the pool. */
export async function createTestSqlDatabase(prefix: string, migrationsDir: string): Promise<TestSqlDatabase> {
  const database = await createTestDatabase(prefix, migrationsDir);
  const pool = createPool(database.url);
  return {
    ...database,
    pool,
    sql: new SqlDatabase(pool),
    drop: async () => {
      // end() resolves once every connection is told to close, not once it has; dropping the database
      // under a connection still closing would make it report an error nobody is listening for.
      const closed = allRemoved(pool);
      await pool.end();
      await closed;
      await database.drop();
    },
  };
}

/** Resolves once every connection the pool holds now has closed. */
function allRemoved(pool: Pool): Promise<void> {
  let open = pool.totalCount;
  return new Promise((resolve) => {
    if (open === 0) return resolve();
    pool.on('remove', () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
}

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
      await pool.end();
      await database.drop();
    },
  };
}

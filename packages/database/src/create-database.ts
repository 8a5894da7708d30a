import pg from 'pg';
import { databaseNameOf } from './database-url.js';

/** Creates the database named in the URL unless it exists, connecting to the server's `postgres` database. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`create database "${name}"`);
    } catch (error) {
      // Two replicas starting together: the other one won. PostgreSQL says so as a duplicate database, or, when
      // both create it at the same moment, as a duplicate key in its catalog.
      if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
      return false;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Drops a database (tests clean up after themselves); connections still open are ended. */
export async function dropDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${databaseNameOf(url)}" with (force)`);
  } finally {
    await client.end();
  }
}

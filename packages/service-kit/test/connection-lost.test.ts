import { fileURLToPath } from 'node:url';
import { createPool, isDatabaseUnavailable, SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, eventually, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

// What a restart of the server does to every session: pg_terminate_backend sends the same FATAL 57P01.
describe('connections the server closes', () => {
  let database: TestSqlDatabase;
  const terminate = (applicationName: string) =>
    database.sql.$queryRawUnsafe(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      applicationName,
    );
  const poolFor = (applicationName: string, onConnectionLost?: (error: Error) => void) => {
    const url = new URL(database.url);
    url.searchParams.set('application_name', applicationName);
    return createPool(url.toString(), { maxConnections: 2, onConnectionLost });
  };

  beforeAll(async () => {
    database = await createTestSqlDatabase('connection_lost', migrations);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('are reported for idle connections, and the pool serves the next query on a new one', async () => {
    const lost: Error[] = [];
    const pool = poolFor('seva_idle_lost', (error) => lost.push(error));
    const sql = new SqlDatabase(pool);
    try {
      await Promise.all([sql.$queryRawUnsafe('select pg_sleep(0.05)'), sql.$queryRawUnsafe('select 1')]);
      await terminate('seva_idle_lost');
      await eventually(() => expect(lost.length).toBe(2));
      expect(lost.every(isDatabaseUnavailable)).toBe(true);
      expect(await sql.$queryRawUnsafe('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it('are not fatal without a listener either', async () => {
    const pool = poolFor('seva_idle_unheard');
    try {
      await new SqlDatabase(pool).$queryRawUnsafe('select 1');
      await terminate('seva_idle_unheard');
      await eventually(() => expect(pool.idleCount).toBe(0));
    } finally {
      await pool.end();
    }
  });

  it('fail the transaction they were in between two statements, and leave the pool', async () => {
    const pool = poolFor('seva_tx_lost');
    const sql = new SqlDatabase(pool);
    try {
      const failure = await sql
        .$transaction(async (tx) => {
          await tx.$queryRawUnsafe('select 1');
          await terminate('seva_tx_lost');
          // The server's FATAL arrives while no statement of the transaction is running.
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.$queryRawUnsafe('select 2');
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(isDatabaseUnavailable(failure)).toBe(true);
      expect(await sql.$queryRawUnsafe('select 3 as three')).toEqual([{ three: 3 }]);
    } finally {
      await pool.end();
    }
  });
});

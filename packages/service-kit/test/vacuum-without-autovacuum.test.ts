import { fileURLToPath } from 'node:url';
import { createTestSqlDatabase, eventually, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vacuumWithoutAutovacuum } from '../src/vacuum-without-autovacuum.js';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

describe('vacuumWithoutAutovacuum', () => {
  let database: TestSqlDatabase;
  let autovacuumOn: boolean;

  beforeAll(async () => {
    database = await createTestSqlDatabase('upkeep', migrations);
    const rows = await database.sql.$queryRawUnsafe<Array<{ on: boolean }>>(
      "select current_setting('autovacuum') = 'on' as on",
    );
    autovacuumOn = rows[0]!.on;
    await database.sql.$executeRawUnsafe('insert into claim (id) select generate_series(1, 1000)');
    await database.sql.$executeRawUnsafe('update claim set published = true');
  });

  afterAll(async () => {
    await database?.drop();
  });

  const recorder = () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    return {
      warnings,
      errors,
      log: {
        warn: (_fields: Record<string, unknown>, message: string) => void warnings.push(message),
        error: (_fields: Record<string, unknown>, message: string) => void errors.push(message),
      },
    };
  };

  const upkeepOf = async () =>
    (
      await database.sql.$queryRawUnsafe<Array<{ vacuumed: boolean; analyzed: boolean; dead: number }>>(
        `select last_vacuum is not null as vacuumed, last_analyze is not null as analyzed, n_dead_tup::int as dead
         from pg_stat_user_tables where relname = 'claim'`,
      )
    )[0]!;

  it('vacuums and analyzes a changed table and says why, on a server without autovacuum', async (context) => {
    if (autovacuumOn) context.skip();
    const { log, warnings, errors } = recorder();
    // Often: the counts of dead and changed rows it goes by reach the statistics a moment after the update.
    const job = vacuumWithoutAutovacuum(database.pool, log, 100);
    await job.start();
    await eventually(async () =>
      expect(await upkeepOf()).toEqual({ vacuumed: true, analyzed: true, dead: 0 }),
    );
    await job.stop();
    expect(warnings).toEqual([
      'autovacuum is off on this Postgres server; this service vacuums and analyzes its own tables',
    ]);
    expect(errors).toEqual([]);
  });

  it('leaves the database to autovacuum when the server runs it', async (context) => {
    if (!autovacuumOn) context.skip();
    const { log, warnings } = recorder();
    const job = vacuumWithoutAutovacuum(database.pool, log, 60_000);
    await job.start();
    await job.stop();
    expect(warnings).toEqual([]);
  });
});

import { fileURLToPath } from 'node:url';
import { createTestSqlDatabase, eventually, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionJob } from '../src/retention-job.js';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

describe('retentionJob', () => {
  let database: TestSqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('retention', migrations);
    await database.sql.$executeRawUnsafe(
      'create table seen (id int primary key, seen_at timestamptz not null)',
    );
    await database.sql.$executeRawUnsafe('create index on seen (seen_at)');
  });
  afterAll(async () => {
    await database?.drop();
  });

  const recorder = () => {
    const infos: Array<Record<string, unknown>> = [];
    const errors: string[] = [];
    return {
      infos,
      errors,
      log: {
        info: (fields: Record<string, unknown>) => void infos.push(fields),
        error: (_fields: Record<string, unknown>, message: string) => void errors.push(message),
      },
    };
  };

  it('deletes every row past the retention in statements of the limit, keeps the rest, and logs the total', async () => {
    await database.sql.$executeRawUnsafe(
      `insert into seen (id, seen_at)
       select n, now() - make_interval(hours => case when n <= 7 then 200 + n else 190 end)
       from generate_series(1, 12) as n`,
    );
    const { log, infos, errors } = recorder();
    const job = retentionJob(
      database.sql,
      { table: 'seen', column: 'seen_at', hours: 192, limit: 3, pauseMs: 10 },
      log,
    );
    await job.start();
    await eventually(async () => expect(infos).toHaveLength(1));
    await job.stop();
    const left = await database.sql.$queryRawUnsafe<Array<{ id: number }>>('select id from seen order by id');
    expect(left.map((row) => row.id)).toEqual([8, 9, 10, 11, 12]);
    expect(infos).toEqual([{ table: 'seen', deleted: 7, retentionHours: 192 }]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['seen; drop table seen', 'seen_at'],
    ['seen', 'seen_at desc'],
  ])('refuses %s ordered by %s as names to put in SQL', (table, column) => {
    const { log } = recorder();
    expect(() => retentionJob(database.sql, { table, column, hours: 1 }, log)).toThrow(
      'not a plain table and column name',
    );
  });
});

import { fileURLToPath } from 'node:url';
import { createTestSqlDatabase, eventually } from '@seva/testkit';
import { describe, expect, it } from 'vitest';
import { startGrievance, TestClock } from './support.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

describe('retention of processed event ids', () => {
  it('deletes, once the service runs, the ids applied longer ago than the retention and keeps the others', async () => {
    const database = await createTestSqlDatabase('grievance_retention', migrations);
    await database.sql.$executeRawUnsafe(
      `insert into processed_event (consumer, event_id, processed_at)
       values ('grievance', 'applied-long-ago', now() - interval '200 hours'),
              ('grievance', 'applied-lately', now() - interval '1 hour')`,
    );
    await database.pool.end();
    const grievance = await startGrievance('grievance_retention', new TestClock(new Date()), database.name);
    try {
      await eventually(async () => {
        const rows = await grievance.service.runtime.sql.$queryRawUnsafe<Array<{ event_id: string }>>(
          'select event_id from processed_event order by event_id',
        );
        expect(rows.map((row) => row.event_id)).toEqual(['applied-lately']);
      });
    } finally {
      await grievance.close();
    }
  });
});

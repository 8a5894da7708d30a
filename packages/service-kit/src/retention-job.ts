import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlClient } from '@seva/outbox';
import type { BackgroundJob } from './build-service.js';
import { type IntervalJobLog, intervalJob } from './interval-job.js';

export interface RetentionLog extends IntervalJobLog {
  info(fields: Record<string, unknown>, message: string): void;
}

export interface Retention {
  readonly table: string;
  /** A timestamp column with an index: rows whose value is older than `hours` go. */
  readonly column: string;
  readonly hours: number;
  readonly everyMs?: number;
  /** Rows per statement: short transactions that hold few locks and write little WAL at a time. */
  readonly limit?: number;
  /** Between full statements: a large backlog (the first run on a long history) is worked off gently. */
  readonly pauseMs?: number;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/**
 * Keeps a table that grows with every message to its retention: every `everyMs` it deletes the rows past it,
 * oldest first, in statements of `limit` rows `pauseMs` apart until one finds fewer, and logs how many went.
 */
export function retentionJob(
  db: SqlClient,
  { table, column, hours, everyMs = 600_000, limit = 5_000, pauseMs = 100 }: Retention,
  log: RetentionLog,
): BackgroundJob {
  if (!identifier.test(table) || !identifier.test(column))
    throw new Error(`retention of ${table}.${column}: not a plain table and column name`);
  // By ctid: a row updated between the select and the delete no longer matches and stays until the next run.
  const statement = `delete from ${table} where ctid = any(array(
      select ctid from ${table} where ${column} < now() - make_interval(hours => $1) order by ${column} limit $2))`;
  let deleted = 0;
  return intervalJob(
    `${table} retention`,
    everyMs,
    async () => {
      const count = await db.$executeRawUnsafe(statement, hours, limit);
      deleted += count;
      if (count === limit) {
        await sleep(pauseMs);
        return true;
      }
      if (deleted > 0)
        log.info({ table, deleted, retentionHours: hours }, 'rows past their retention deleted');
      deleted = 0;
      return false;
    },
    log,
  );
}

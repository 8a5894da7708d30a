import type { Pool } from '@seva/database';
import type { BackgroundJob } from './build-service.js';
import { intervalJob } from './interval-job.js';

export interface UpkeepLog {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * Vacuums and analyzes the service's database every `everyMs` when the server runs without autovacuum, and
 * does nothing when autovacuum is on.
 *
 * The tables every message writes (claims, outbox, statuses) depend on what autovacuum does. Without it, their
 * statistics stay as they were when the tables were nearly empty. A statement prepared once per connection
 * keeps a generic plan that reads the whole table, and nothing makes Postgres plan it again. Every updated row
 * also leaves its old version in the indexes, so "the outbox rows not yet published" grows to every row ever
 * written. Both costs grow with each message.
 *
 * Measured with autovacuum off: the outbox relay's statement scanned 5,000 rows for 128 unpublished, and the
 * gateway's claim marks took 50–70 ms at 15,000 claims.
 */
export function vacuumWithoutAutovacuum(pool: Pool, log: UpkeepLog, everyMs = 15_000): BackgroundJob {
  let job: BackgroundJob | undefined;
  return {
    async start() {
      const { rows } = await pool.query<{ autovacuum: string }>(
        "select current_setting('autovacuum') as autovacuum",
      );
      if (rows[0]?.autovacuum === 'on') return;
      log.warn(
        { everySeconds: everyMs / 1000 },
        'autovacuum is off on this Postgres server; this service vacuums and analyzes its own database',
      );
      // skip_locked: a second instance of the service, vacuuming at the same moment, does not wait for this one.
      job = intervalJob('vacuum', everyMs, () => pool.query('vacuum (analyze, skip_locked)'), log);
      job.start();
    },
    async stop() {
      await job?.stop();
    },
  };
}

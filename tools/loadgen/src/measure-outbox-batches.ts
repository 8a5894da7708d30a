import { databaseUrl } from '@seva/database';
import pg from 'pg';

export interface OutboxBatches {
  readonly events: number;
  readonly batches: number;
  readonly meanBatchSize: number;
  readonly maxBatchSize: number;
}

/**
 * How a service's outbox relay batched what it published: the relay marks a batch with one
 * `update ... set published_at = now()`, and now() is the transaction's time, so rows sharing a published_at
 * went to Kafka in one produce request.
 */
export async function measureOutboxBatches(
  serverUrl: string,
  database: string,
  since: Date,
): Promise<OutboxBatches | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: number }>(
      `select count(*)::int as size from outbox_event
       where published_at is not null and created_at >= $1 group by published_at`,
      [since],
    );
    if (rows.length === 0) return undefined;
    const sizes = rows.map((row) => row.size);
    const events = sizes.reduce((sum, size) => sum + size, 0);
    return {
      events,
      batches: sizes.length,
      meanBatchSize: Math.round((events / sizes.length) * 10) / 10,
      maxBatchSize: Math.max(...sizes),
    };
  } catch {
    // No outbox table in this service's database.
    return undefined;
  } finally {
    await client.end();
  }
}

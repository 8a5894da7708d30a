import type { SqlClient } from './sql-client.js';

/**
 * Records, inside the caller's transaction, that a consumer is handling these events, in one statement however
 * many there are, and tells for each whether it is the first delivery: an id already recorded, or repeated
 * earlier in the list, gives false. Ids are inserted in sorted order, so two transactions claiming some of the
 * same ids wait for each other instead of deadlocking.
 */
export async function claimEvents(
  tx: SqlClient,
  consumer: string,
  eventIds: readonly string[],
): Promise<boolean[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ event_id: string }>>(
    `insert into processed_event (consumer, event_id)
     select $1, event_id from unnest($2::text[]) as event_id order by event_id
     on conflict do nothing
     returning event_id`,
    consumer,
    [...eventIds],
  );
  const fresh = new Set(rows.map((row) => row.event_id));
  return eventIds.map((eventId) => fresh.delete(eventId));
}

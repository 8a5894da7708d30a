import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import type { EncodedRecord, OutgoingEvent } from '@seva/kafka';
import { insertIntoOutbox, notifyRelay } from './outbox-insert.js';
import { outboxRows } from './outbox-rows.js';
import type { SqlClient } from './sql-client.js';

/**
 * Stores events in the outbox inside the caller's transaction, so they are published if and only if
 * the transaction commits. Values are encoded (and so validated) now: a bad event fails the transaction.
 * An event id already in the outbox is ignored, which makes a retried transaction harmless.
 */
export async function addToOutbox<T extends TopicKey, E extends TopicEvents<T> & EventType>(
  tx: SqlClient,
  topic: T,
  events: readonly OutgoingEvent<E>[],
): Promise<EncodedRecord[]> {
  if (events.length === 0) return [];
  const rows = outboxRows(topic, events);
  // One round trip: the insert runs as a data-modifying CTE.
  await tx.$queryRawUnsafe(
    `with added as (${insertIntoOutbox(rows.select)}) select ${notifyRelay('added')} as notified`,
    ...rows.values,
  );
  return rows.records;
}

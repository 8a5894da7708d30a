import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import { type EncodedRecord, encodeEvent, type OutgoingEvent } from '@seva/kafka';
import { outboxChannel, type SqlClient } from './sql-client.js';

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
  const records = events.map((event) => encodeEvent(topic, event));
  const values: unknown[] = [];
  const rows = records.map((record) => {
    const at = values.length;
    values.push(record.eventId, record.topic, record.key, record.value, JSON.stringify(record.headers));
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}::jsonb)`;
  });
  // One round trip: the insert runs as a data-modifying CTE; the notification is delivered on commit, once
  // per transaction however many events it added.
  await tx.$queryRawUnsafe(
    `with added as (
       insert into outbox_event (event_id, topic, record_key, value, headers) values ${rows.join(', ')}
       on conflict (event_id) do nothing
     )
     select pg_notify('${outboxChannel}', '')::text as notified`,
    ...values,
  );
  return records;
}

import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import { type EncodedRecord, encodeEvent, type OutgoingEvent } from '@seva/kafka';

export interface OutboxRows {
  readonly records: EncodedRecord[];
  /** `($n::text, ...), ...` for the columns event_id, topic, record_key, value, headers. */
  readonly sql: string;
  readonly values: unknown[];
}

/**
 * Encodes events (so a bad one fails its transaction) into VALUES rows of the outbox table, numbering the
 * parameters after `offset` others.
 */
export function outboxRows<T extends TopicKey, E extends TopicEvents<T> & EventType>(
  topic: T,
  events: readonly OutgoingEvent<E>[],
  offset = 0,
): OutboxRows {
  return recordRows(
    events.map((event) => encodeEvent(topic, event)),
    offset,
  );
}

/**
 * Encoded records, of any topics, as VALUES rows of the outbox table. Typed casts let the rows stand where
 * Postgres cannot infer column types.
 */
export function recordRows(records: EncodedRecord[], offset = 0): OutboxRows {
  const values: unknown[] = [];
  const rows = records.map((record) => {
    const at = offset + values.length;
    values.push(record.eventId, record.topic, record.key, record.value, JSON.stringify(record.headers));
    return `($${at + 1}::text, $${at + 2}::text, $${at + 3}::text, $${at + 4}::bytea, $${at + 5}::jsonb)`;
  });
  return { records, sql: rows.join(', '), values };
}

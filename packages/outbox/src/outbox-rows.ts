import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import { type EncodedRecord, encodeEvent, type OutgoingEvent } from '@seva/kafka';

export interface OutboxRows {
  readonly records: EncodedRecord[];
  /** A query giving the columns event_id, topic, record_key, value, headers: one row per record. */
  readonly select: string;
  /** Its five parameters, one array per column. */
  readonly values: unknown[];
}

/**
 * Encodes events (so a bad one fails its transaction) into rows of the outbox table, numbering the parameters
 * after `offset` others.
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
 * Encoded records, of any topics, as rows of the outbox table. The rows travel as one array per column, so the
 * statement's text is the same however many there are, and Postgres plans it once per connection.
 */
export function recordRows(records: EncodedRecord[], offset = 0): OutboxRows {
  const at = (column: number) => `$${offset + column}`;
  return {
    records,
    select: `select * from unnest(${at(1)}::text[], ${at(2)}::text[], ${at(3)}::text[], ${at(4)}::bytea[], ${at(5)}::jsonb[])`,
    values: [
      records.map((record) => record.eventId),
      records.map((record) => record.topic),
      records.map((record) => record.key),
      records.map((record) => record.value),
      records.map((record) => JSON.stringify(record.headers)),
    ],
  };
}

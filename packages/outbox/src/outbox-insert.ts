import { outboxChannel } from './sql-client.js';

/**
 * The body of a data-modifying CTE that adds to the outbox the rows `select` gives (event_id, topic,
 * record_key, value, headers), returning a row per event added: an event id already there is skipped, which
 * makes a retried transaction harmless. Callers that write events together with their own change use it, so
 * the outbox table is written in one place.
 */
export const insertIntoOutbox = (select: string): string =>
  `insert into outbox_event (event_id, topic, record_key, value, headers) ${select}
   on conflict (event_id) do nothing
   returning 1`;

/**
 * An integer column for the statement's final select that wakes the relay, on commit, when the CTE named
 * `added` added any event; Postgres delivers one notification per transaction however many were sent.
 */
export const notifyRelay = (added: string): string =>
  `(select count(pg_notify('${outboxChannel}', '')) from ${added})::int`;

import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import type { OutgoingEvent } from '@seva/kafka';
import { insertIntoOutbox, notifyRelay } from './outbox-insert.js';
import { outboxRows } from './outbox-rows.js';
import type { SqlClient } from './sql-client.js';

export interface ChangeStatement {
  /** An insert, update or delete without a RETURNING clause, with parameters $1..$n. */
  readonly sql: string;
  readonly values: readonly unknown[];
}

/**
 * Runs one change and adds the events it announces to the outbox in a single statement, so both happen or
 * neither, without a transaction of several round trips: the events are added only if the change touched a
 * row. Returns whether it did.
 */
export async function addToOutboxIfChanged<T extends TopicKey, E extends TopicEvents<T> & EventType>(
  client: SqlClient,
  change: ChangeStatement,
  topic: T,
  events: readonly OutgoingEvent<E>[],
): Promise<boolean> {
  const rows = outboxRows(topic, events, change.values.length);
  const [result] = await client.$queryRawUnsafe<Array<{ changed: number }>>(
    `with changed as (${change.sql} returning 1),
     added as (${insertIntoOutbox(`select * from (${rows.select}) as event (event_id, topic, record_key, value, headers)
       where exists (select 1 from changed)`)})
     select (select count(*) from changed)::int as changed, ${notifyRelay('added')} as notified`,
    ...change.values,
    ...rows.values,
  );
  return (result?.changed ?? 0) > 0;
}

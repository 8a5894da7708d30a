import { claimEvents } from './claim-events.js';
import type { SqlClient, TransactionRunner } from './sql-client.js';

/**
 * Runs an event's effect at most once per consumer: the event id is recorded in `processed_event` in the
 * same transaction as the effect. A redelivered event finds its id and does nothing; two deliveries racing
 * wait on the same key and the second does nothing. Returns false for a duplicate.
 */
export async function handleOnce<Tx extends SqlClient>(
  db: TransactionRunner<Tx>,
  consumer: string,
  eventId: string,
  effect: (tx: Tx) => Promise<void>,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [first] = await claimEvents(tx, consumer, [eventId]);
    if (!first) return false;
    await effect(tx);
    return true;
  });
}

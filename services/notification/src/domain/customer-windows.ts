import type { InboundMessage } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { GroupCommit } from '@seva/kafka';

/**
 * When each citizen last wrote: the 24-hour customer service window (re)opens from the time of their message.
 * Messages handled at the same time are recorded by one statement.
 */
export class CustomerWindows {
  private readonly batches = new GroupCommit<InboundMessage, void>(
    async (messages) => {
      // One row per citizen and number: an upsert may not touch a row twice.
      const latest = new Map<string, InboundMessage>();
      for (const message of messages) {
        const key = `${message.businessNumberId} ${message.citizenWaId}`;
        const known = latest.get(key);
        if (!known || known.sentAt < message.sentAt) latest.set(key, message);
      }
      // In key order, so two batches touching the same citizens wait for each other instead of deadlocking.
      const rows = [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, message]) => message);
      await this.db.$executeRawUnsafe(
        `insert into customer_window (business_number_id, citizen_wa_id, last_inbound_at)
       select * from unnest($1::text[], $2::text[], $3::timestamptz[])
       on conflict (business_number_id, citizen_wa_id)
       do update set last_inbound_at = greatest(customer_window.last_inbound_at, excluded.last_inbound_at)`,
        rows.map((message) => message.businessNumberId),
        rows.map((message) => message.citizenWaId),
        rows.map((message) => new Date(message.sentAt)),
      );
      return messages.map(() => undefined);
    },
    { isolateFailures: true },
  );

  constructor(private readonly db: SqlDatabase) {}

  record(message: InboundMessage): Promise<void> {
    return this.batches.submit(message);
  }
}

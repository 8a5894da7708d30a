import type { InboundMessage } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';

/** The citizen wrote: the 24-hour customer service window (re)opens from the time of their message. */
export async function recordInboundWindow(db: SqlDatabase, message: InboundMessage): Promise<void> {
  await db.$executeRawUnsafe(
    `insert into customer_window (business_number_id, citizen_wa_id, last_inbound_at) values ($1, $2, $3)
     on conflict (business_number_id, citizen_wa_id)
     do update set last_inbound_at = greatest(customer_window.last_inbound_at, excluded.last_inbound_at)`,
    message.businessNumberId,
    message.citizenWaId,
    new Date(message.sentAt),
  );
}

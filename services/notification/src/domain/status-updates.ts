import type { MessageStatus } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { GroupCommit } from '@seva/kafka';
import { insertIntoOutbox, notifyRelay, outboxRows } from '@seva/outbox';
import { deliveryEvent } from './record-delivery.js';

/** How far a message has got; statuses arrive out of order and repeated, and only move a message forward. */
const statusRank: Record<string, number> = {
  unknown: 0,
  sending: 0,
  accepted: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

/** The rank of the stored status, in SQL. */
export const storedRank = `case status ${Object.entries(statusRank)
  .filter(([, value]) => value > 0)
  .map(([name, value]) => `when '${name}' then ${value}`)
  .join(' ')} else 0 end`;

/** What a status says, as it is stored: the lower-case status, its rank, and the first error's code and reason. */
export function readStatus(status: MessageStatus) {
  const next = status.status.toLowerCase();
  const error = status.errors[0];
  return {
    next,
    rank: statusRank[next] ?? 0,
    errorCode: error?.code ?? null,
    reason: error ? (error.detail ?? error.title) : null,
  };
}

/** A status that echoes the request id it was sent with (biz_opaque_callback_data). */
export type EchoedStatus = MessageStatus & { readonly callbackData: string };

/**
 * Applies the statuses that echo their request id, many in one statement: concurrent calls (one per partition
 * in flight) are grouped, so at three statuses per reply the database sees a statement per batch, not per
 * status. Each message moves to the furthest status of the batch, and every status beyond the stored one is
 * announced, in the order the statuses came; a "failed" never replaces a stored "read".
 * Resolves whether the message was found; one not found may be a status that overtook the record of its send.
 */
export class StatusUpdates {
  private readonly batches = new GroupCommit<EchoedStatus, boolean>((statuses) => this.applyAll(statuses), {
    isolateFailures: true,
  });

  constructor(private readonly db: SqlDatabase) {}

  apply(status: EchoedStatus): Promise<boolean> {
    return this.batches.submit(status);
  }

  private async applyAll(statuses: readonly EchoedStatus[]): Promise<boolean[]> {
    const columns = {
      messageId: [] as string[],
      requestId: [] as string[],
      status: [] as string[],
      rank: [] as number[],
      errorCode: [] as (number | null)[],
      reason: [] as (string | null)[],
      eventId: [] as string[],
    };
    const events = new Map<string, ReturnType<typeof deliveryEvent>>();
    for (const status of statuses) {
      const { next, rank, errorCode, reason } = readStatus(status);
      const event = deliveryEvent(
        {
          requestId: status.callbackData,
          businessNumberId: status.businessNumberId,
          citizenWaId: status.citizenWaId,
          messageId: status.messageId,
          errorCode,
          reason,
        },
        status.status,
      );
      events.set(event.eventId, event);
      columns.messageId.push(status.messageId);
      columns.requestId.push(status.callbackData);
      columns.status.push(next);
      columns.rank.push(rank);
      columns.errorCode.push(errorCode);
      columns.reason.push(reason);
      columns.eventId.push(event.eventId);
    }
    const inputs = Object.values(columns);
    const rows = outboxRows('whatsappDelivery', [...events.values()], inputs.length);
    const [result] = await this.db.$queryRawUnsafe<Array<{ found: number[] }>>(
      `with input as (
         select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])
           with ordinality as i(message_id, request_id, status, rank, error_code, reason, event_id, ord)
       ),
       -- Rows are locked in one order, so two batches touching the same messages wait instead of deadlocking.
       stored as (
         select message_id, request_id, status, ${storedRank} as rank from outbound_message
         where (message_id, request_id) in (select message_id, request_id from input)
         order by message_id
         for update
       ),
       matched as (
         select i.*, s.rank as stored_rank, s.status as stored_status
         from input i join stored s using (message_id, request_id)
       ),
       advancing as (
         select * from matched where rank > stored_rank and not (status = 'failed' and stored_status = 'read')
       ),
       moved as (
         update outbound_message m
         set status = b.status, error_code = coalesce(b.error_code, m.error_code),
             reason = coalesce(b.reason, m.reason), updated_at = now()
         from (select distinct on (message_id) * from advancing order by message_id, rank desc, ord desc) b
         where m.message_id = b.message_id
       ),
       added as (${insertIntoOutbox(
         `select e.* from (${rows.select}) as e(event_id, topic, record_key, value, headers)
          join (select event_id, min(ord) as ord from advancing group by event_id) a using (event_id)
          order by a.ord`,
       )})
       select array(select ord::int from matched) as found, ${notifyRelay('added')} as notified`,
      ...inputs,
      ...rows.values,
    );
    // Ordinals count from 1.
    const found = new Set(result?.found ?? []);
    return statuses.map((_, index) => found.has(index + 1));
  }
}

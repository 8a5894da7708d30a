import type { MessageStatus } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { addToOutboxIfChanged } from '@seva/outbox';
import type { Logger } from 'pino';
import { deliveryEvent, recordDelivery } from './record-delivery.js';

/** How far a message has got; statuses arrive out of order and repeated, and only move a message forward. */
const rank: Record<string, number> = {
  unknown: 0,
  sending: 0,
  accepted: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
};

/** The rank of the stored status, in SQL, so a status is applied by one conditional update. */
const storedRank = `case status ${Object.entries(rank)
  .filter(([, value]) => value > 0)
  .map(([name, value]) => `when '${name}' then ${value}`)
  .join(' ')} else 0 end`;

export class StatusBeforeSendError extends Error {}

/** The update that moves a message forward to a status, or touches nothing; its parameters come first. */
const moveForward = `update outbound_message
  set status = $2, error_code = coalesce($3, error_code), reason = coalesce($4, reason), updated_at = now()
  where message_id = $1 and ${storedRank} < $5 and not ($2 = 'failed' and status = 'read')`;
/** The same, only for the request the status names in its callback data. */
const moveForwardForRequest = `${moveForward} and request_id = $6`;

/**
 * Applies a delivery status from the Cloud API to the message it belongs to and announces it. Each message is
 * sent with its request id as callback data, which the status echoes: then the update and its announcement
 * are one statement. A status without it (a message sent before callback data was used) reads the message
 * in a transaction. A status can overtake the record of its own send (the API reports "sent" within
 * milliseconds): that is retried a few times, then a status for a message this service never sent is logged
 * and left.
 */
export async function applyStatus(
  status: MessageStatus,
  attempt: number,
  deps: { db: SqlDatabase; log: Logger },
): Promise<void> {
  // Statuses Meta may add later say nothing about delivery.
  if (status.status === 'UNKNOWN') return;
  const next = status.status.toLowerCase();
  const error = status.errors[0];
  const reason = error ? (error.detail ?? error.title) : null;
  const change = [status.messageId, next, error?.code ?? null, reason, rank[next]];
  const facts = {
    businessNumberId: status.businessNumberId,
    citizenWaId: status.citizenWaId,
    messageId: status.messageId,
    errorCode: error?.code,
    reason,
  };
  const moved = status.callbackData
    ? await addToOutboxIfChanged(
        deps.db,
        { sql: moveForwardForRequest, values: [...change, status.callbackData] },
        'whatsappDelivery',
        [deliveryEvent({ ...facts, requestId: status.callbackData }, status.status)],
      )
    : await deps.db.$transaction(async (tx) => {
        const [message] = await tx.$queryRawUnsafe<
          Array<{ request_id: string; business_number_id: string; citizen_wa_id: string }>
        >(`${moveForward} returning request_id, business_number_id, citizen_wa_id`, ...change);
        if (!message) return false;
        await recordDelivery(
          tx,
          {
            ...facts,
            requestId: message.request_id,
            businessNumberId: message.business_number_id,
            citizenWaId: message.citizen_wa_id,
          },
          status.status,
        );
        return true;
      });
  if (moved) return;
  // Nothing moved: the status is older than what is known, or it overtook the record of its send.
  const [known] = await deps.db.$queryRawUnsafe<Array<{ found: number }>>(
    'select 1 as found from outbound_message where message_id = $1',
    status.messageId,
  );
  if (known) return;
  if (attempt < 4) throw new StatusBeforeSendError(`no message ${status.messageId} recorded yet`);
  deps.log.warn(
    { messageId: status.messageId, status: status.status },
    'status for a message not sent here; ignored',
  );
}

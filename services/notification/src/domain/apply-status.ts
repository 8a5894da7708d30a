import type { MessageStatus } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import type { Logger } from 'pino';
import { recordDelivery } from './record-delivery.js';
import { readStatus, type StatusUpdates, storedRank } from './status-updates.js';

export class StatusBeforeSendError extends Error {}

/** The update that moves a message forward to a status, or touches nothing; its parameters come first. */
const moveForward = `update outbound_message
  set status = $2, error_code = coalesce($3, error_code), reason = coalesce($4, reason), updated_at = now()
  where message_id = $1 and ${storedRank} < $5 and not ($2 = 'failed' and status = 'read')`;

/**
 * Applies a delivery status from the Cloud API to the message it belongs to and announces it. Each message is
 * sent with its request id as callback data, which the status echoes: such statuses are applied together
 * with the others in flight (StatusUpdates). A status without it (a message sent before callback data was
 * used) reads the message in a transaction. A status can overtake the record of its own send (the API
 * reports "sent" within milliseconds): that is retried a few times, then a status for a message this service
 * never sent is logged and left.
 */
export async function applyStatus(
  status: MessageStatus,
  attempt: number,
  deps: { db: SqlDatabase; updates: StatusUpdates; log: Logger },
): Promise<void> {
  // Statuses Meta may add later say nothing about delivery.
  if (status.status === 'UNKNOWN') return;
  const settled = status.callbackData
    ? await deps.updates.apply({ ...status, callbackData: status.callbackData })
    : await applyByLookup(status, deps.db);
  if (settled) return;
  // The status overtook the record of its send, or belongs to a message this service did not send.
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

/** Moves the message forward and announces it; whether it moved. */
function applyByLookup(status: MessageStatus, db: SqlDatabase): Promise<boolean> {
  const { next, rank, errorCode, reason } = readStatus(status);
  return db.$transaction(async (tx) => {
    const [message] = await tx.$queryRawUnsafe<
      Array<{ request_id: string; business_number_id: string; citizen_wa_id: string }>
    >(
      `${moveForward} returning request_id, business_number_id, citizen_wa_id`,
      status.messageId,
      next,
      errorCode,
      reason,
      rank,
    );
    if (!message) return false;
    await recordDelivery(
      tx,
      {
        requestId: message.request_id,
        businessNumberId: message.business_number_id,
        citizenWaId: message.citizen_wa_id,
        messageId: status.messageId,
        errorCode,
        reason,
      },
      status.status,
    );
    return true;
  });
}

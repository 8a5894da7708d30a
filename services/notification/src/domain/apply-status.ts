import type { MessageStatus } from '@seva/contracts';
import type { Logger } from 'pino';
import type { Db } from '../db.js';
import { recordDelivery } from './record-delivery.js';

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

export class StatusBeforeSendError extends Error {}

/**
 * Applies a delivery status from the Cloud API to the message it belongs to and announces it. A status can
 * overtake the record of its own send (the API reports "sent" within milliseconds): that is retried a few
 * times, then a status for a message this service never sent is logged and left.
 */
export async function applyStatus(
  status: MessageStatus,
  attempt: number,
  deps: { db: Db; log: Logger },
): Promise<void> {
  const message = await deps.db.outboundMessage.findUnique({ where: { messageId: status.messageId } });
  if (!message) {
    if (attempt < 4) throw new StatusBeforeSendError(`no message ${status.messageId} recorded yet`);
    deps.log.warn(
      { messageId: status.messageId, status: status.status },
      'status for a message not sent here; ignored',
    );
    return;
  }
  const next = status.status.toLowerCase();
  const from = rank[message.status] ?? 0;
  // A message read cannot fail afterwards; anything else moves only forward.
  if (!(next in rank) || rank[next]! <= from || (next === 'failed' && message.status === 'read')) return;
  const error = status.errors[0];
  await deps.db.$transaction(async (tx) => {
    await tx.outboundMessage.update({
      where: { requestId: message.requestId },
      data: {
        status: next,
        ...(error ? { errorCode: error.code, reason: error.detail ?? error.title } : {}),
      },
    });
    await recordDelivery(
      tx,
      { ...message, errorCode: error?.code, reason: error ? (error.detail ?? error.title) : null },
      status.status as 'SENT' | 'DELIVERED' | 'READ' | 'FAILED',
    );
  });
}

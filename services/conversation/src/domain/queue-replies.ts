import { type EncodedRecord, encodeEvent } from '@seva/kafka';
import type { Language } from '@seva/master-data';
import { addToOutbox } from '@seva/outbox';
import type { Tx } from '../db.js';
import type { Reply } from '../engine/types.js';

export interface Recipient {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  readonly language: Language;
  /** When the citizen last wrote, if known: notification needs no lookup to know the 24-hour window is open. */
  readonly lastInboundAt: number | null;
}

/** The outbound requests for replies; request ids derive from the cause, so the same cause repeats them exactly. */
function replyEvents(to: Recipient, replies: readonly Reply[], causationId: string) {
  return replies.map((reply, index) => {
    const requestId = `${causationId}:reply:${index}`;
    return {
      type: 'whatsapp.outbound-request' as const,
      key: to.citizenWaId,
      eventId: requestId,
      value: {
        requestId,
        businessNumberId: to.businessNumberId,
        citizenWaId: to.citizenWaId,
        message: JSON.stringify(reply.message),
        fallbackTemplate: reply.template
          ? { name: reply.template.name, language: to.language, parameters: [...reply.template.parameters] }
          : null,
        causationId,
        citizenLastInboundAt: to.lastInboundAt,
      },
    };
  });
}

/** Replies encoded for the outbox, for a caller that writes them together with other changes. */
export function encodeReplies(
  to: Recipient,
  replies: readonly Reply[],
  causationId: string,
): EncodedRecord[] {
  return replyEvents(to, replies, causationId).map((event) => encodeEvent('whatsappOutbound', event));
}

/**
 * Queues replies for notification in the same transaction as the state that produced them. The same cause
 * handled again queues nothing new.
 */
export function queueReplies(tx: Tx, to: Recipient, replies: readonly Reply[], causationId: string) {
  return addToOutbox(tx, 'whatsappOutbound', replyEvents(to, replies, causationId));
}

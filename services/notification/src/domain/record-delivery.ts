import type { DeliveryStatus } from '@seva/contracts';
import { addToOutbox, type SqlClient } from '@seva/outbox';

export interface DeliveryFacts {
  readonly requestId: string;
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  readonly messageId?: string | null;
  readonly errorCode?: number | null;
  readonly reason?: string | null;
}

/** Announces what became of an outbound request; one event per request and status, however often it is recorded. */
export function recordDelivery(tx: SqlClient, facts: DeliveryFacts, status: DeliveryStatus) {
  return addToOutbox(tx, 'whatsappDelivery', [
    {
      type: 'whatsapp.delivery-update',
      key: facts.citizenWaId,
      eventId: `delivery:${facts.requestId}:${status}`,
      value: {
        requestId: facts.requestId,
        messageId: facts.messageId ?? null,
        businessNumberId: facts.businessNumberId,
        citizenWaId: facts.citizenWaId,
        status,
        errorCode: facts.errorCode ?? null,
        reason: facts.reason ?? null,
        at: Date.now(),
      },
    },
  ]);
}

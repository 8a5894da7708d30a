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

/** What became of an outbound request; one event id per request and status, however often it is recorded. */
export function deliveryEvent(facts: DeliveryFacts, status: DeliveryStatus) {
  return {
    type: 'whatsapp.delivery-update' as const,
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
  };
}

/** Announces what became of an outbound request, inside the caller's transaction. */
export function recordDelivery(tx: SqlClient, facts: DeliveryFacts, status: DeliveryStatus) {
  return addToOutbox(tx, 'whatsappDelivery', [deliveryEvent(facts, status)]);
}

import type { EventMap } from '@seva/contracts';
import { addToOutbox } from '@seva/outbox';
import type { Tx } from '../db.js';

type Reply =
  | 'billing.bills-listed'
  | 'billing.payment-link-created'
  | 'billing.payment-link-refused'
  | 'billing.receipts-listed';

/** Who asked: every billing command carries it, and its reply goes back to the same citizen and request. */
export interface Asker {
  readonly requestId: string;
  readonly businessNumberId: string;
  readonly citizenWaId: string;
}

/**
 * Writes the reply to a citizen's command to the outbox, keyed by the citizen so it follows their earlier
 * replies, with an event id derived from the request so a repeat is recognised downstream.
 */
export async function queueReply<E extends Reply>(
  tx: Tx,
  to: Asker,
  type: E,
  fields: Omit<EventMap[E], keyof Asker>,
): Promise<void> {
  const { requestId, businessNumberId, citizenWaId } = to;
  await addToOutbox(tx, 'billingEvents', [
    {
      type,
      key: citizenWaId,
      eventId: `${type.slice('billing.'.length)}:${requestId}`,
      value: { requestId, businessNumberId, citizenWaId, ...fields } as EventMap[E],
    },
  ]);
}

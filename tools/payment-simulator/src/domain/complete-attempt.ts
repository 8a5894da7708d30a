import type { SimulatorContext } from '../context.js';
import type { Attempt } from './ledger.js';
import type { Delivery } from './webhook-sender.js';

/** A person (or a test) paid or failed on a link: the ledger records it, then the webhooks go out. */
export async function completeAttempt(
  context: SimulatorContext,
  linkId: string,
  outcome: 'captured' | 'failed',
): Promise<Attempt & { deliveries: Delivery[] }> {
  const now = new Date();
  const { faults } = context;
  const attempt = context.ledger.attempt(linkId, outcome, now, faults.tamperAmount ? 100 : 0);
  const deliveries = await context.webhooks.announce(attempt, faults, now);
  return { ...attempt, deliveries };
}

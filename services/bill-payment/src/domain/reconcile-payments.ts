import type { PaymentNewsDeps } from './accept-payment-webhook.js';
import { checkWithProvider } from './check-with-provider.js';
import { ProviderError } from './payment-provider.js';
import { type Settlement, settlePayment } from './settle-payment.js';

export interface ReconcileDeps extends PaymentNewsDeps {
  /** Payments this old (and not asked about for this long) are looked up. */
  readonly afterMinutes: number;
  /** Upper bound of one provider lookup, so a transaction never waits on it for ever. */
  readonly providerTimeoutMs: number;
}

const batchSize = 20;

/**
 * Settles what webhooks did not: pending payments older than `afterMinutes` (and declined ones whose link is
 * still payable) are looked up at the provider and settled as a webhook would have settled them, or EXPIRED
 * once past their expiry. Flagged payments wait for a person instead. Each is claimed with FOR UPDATE SKIP
 * LOCKED and handled in that transaction, so replicas running this job at once share the work instead of
 * doubling it. Returns true when a full batch was handled and more may be waiting.
 */
export async function reconcilePayments(deps: ReconcileDeps): Promise<boolean> {
  for (let handled = 0; handled < batchSize; handled++) {
    const now = deps.now();
    const cutoff = new Date(now.getTime() - deps.afterMinutes * 60_000);
    const settlement = await deps.db.$transaction(
      async (tx): Promise<Settlement | null> => {
        const [claimed] = await tx.$queryRawUnsafe<{ id: string }[]>(
          `select id from payment
           where (state = 'CREATED' or (state = 'FAILED' and expires_at > $2)) and flagged_reason is null
             and created_at < $1 and (checked_at is null or checked_at < $1)
           order by checked_at nulls first, created_at limit 1 for update skip locked`,
          cutoff,
          now,
        );
        if (!claimed) return null;
        const payment = await tx.payment.findUniqueOrThrow({
          where: { id: claimed.id },
          include: { bill: { select: { amountPaise: true } } },
        });
        await tx.payment.update({ where: { id: payment.id }, data: { checkedAt: now } });
        try {
          const verdict = await checkWithProvider(payment, payment.bill.amountPaise, deps.provider, now);
          return await settlePayment(tx, payment.id, verdict, now, deps);
        } catch (error) {
          if (!(error instanceof ProviderError)) throw error;
          deps.log.warn({ err: error, paymentId: payment.id }, 'provider lookup failed; asking again later');
          return { outcome: 'unchanged' };
        }
      },
      { timeout: deps.providerTimeoutMs * 2 + 10_000 },
    );
    if (!settlement) return false;
    if (settlement.outcome === 'settled' && settlement.receiptNumber)
      await deps.onReceipt(settlement.receiptNumber);
  }
  return true;
}

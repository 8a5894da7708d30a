import type { Logger } from 'pino';
import type { Db } from '../db.js';
import { checkWithProvider } from './check-with-provider.js';
import type { PaymentProvider, WebhookNotice } from './payment-provider.js';
import { type SettleDeps, type Settlement, settlePayment } from './settle-payment.js';

export interface PaymentNewsDeps extends SettleDeps {
  readonly db: Db;
  readonly provider: PaymentProvider;
  readonly now: () => Date;
  readonly log: Logger;
  /** Renders and stores the receipt PDF once its payment is committed. */
  readonly onReceipt: (receiptNumber: string) => Promise<void>;
}

/**
 * A verified webhook is only a hint that something happened to a payment: the payment is looked up by the
 * reference the webhook names, and what happened is asked of the provider (check-with-provider.ts) before
 * anything changes. A provider that does not answer makes this throw, so the webhook is answered 503 and sent
 * again later.
 */
export async function acceptPaymentWebhook(
  notice: WebhookNotice,
  deps: PaymentNewsDeps,
): Promise<Settlement | { outcome: 'ignored' }> {
  const where = [
    ...(notice.reference ? [{ id: notice.reference }] : []),
    ...(notice.linkId ? [{ providerLinkId: notice.linkId }] : []),
  ];
  const payment =
    where.length === 0
      ? null
      : await deps.db.payment.findFirst({
          where: { OR: where },
          include: { bill: { select: { amountPaise: true } } },
        });
  if (!payment) {
    deps.log.warn(
      { event: notice.event, reference: notice.reference, linkId: notice.linkId },
      'webhook for no payment here',
    );
    return { outcome: 'ignored' };
  }
  const now = deps.now();
  const verdict = await checkWithProvider(payment, payment.bill.amountPaise, deps.provider, now);
  const settlement = await deps.db.$transaction((tx) => settlePayment(tx, payment.id, verdict, now, deps));
  if (settlement.outcome === 'settled' && settlement.receiptNumber)
    await deps.onReceipt(settlement.receiptNumber);
  return settlement;
}

import { addToOutbox } from '@seva/outbox';
import type { Logger } from 'pino';
import type { Tx } from '../db.js';
import type { PaymentState } from '../generated/prisma/enums.js';
import type { Verdict } from './check-with-provider.js';
import { issueReceipt } from './issue-receipt.js';
import { queueReceiptMessages } from './queue-receipt-messages.js';
import type { ReceiptLinks } from './receipt-links.js';

export interface SettleDeps {
  readonly links: ReceiptLinks;
  readonly log: Logger;
}

export type Settlement =
  | { readonly outcome: 'unchanged' }
  | { readonly outcome: 'flagged'; readonly reason: string }
  | { readonly outcome: 'settled'; readonly state: PaymentState; readonly receiptNumber: string | null };

/**
 * Applies the provider's verified account of a payment, in the caller's transaction and under a lock on the
 * payment, so the same news arriving three times (or by webhook and reconciliation at once) changes things
 * once. Paid: payment and bill PAID, a receipt numbered, billing.payment-settled and the receipt messages
 * queued, all together. Money for a bill that is no longer payable is flagged for a refund, never recorded
 * as a second payment (the partial unique index would refuse that anyway). A declined or expired payment
 * settles only from CREATED; a later capture on the same link still settles it PAID.
 */
export async function settlePayment(
  tx: Tx,
  paymentId: string,
  verdict: Verdict,
  now: Date,
  deps: SettleDeps,
): Promise<Settlement> {
  if (verdict.kind === 'pending') return { outcome: 'unchanged' };
  await tx.$queryRawUnsafe('select 1 from payment where id = $1 for update', paymentId);
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const [bill] = await tx.$queryRawUnsafe<{ status: string }[]>(
    'select status from bill where bill_number = $1 for update',
    payment.billNumber,
  );

  const flag = async (reason: string): Promise<Settlement> => {
    deps.log.warn({ paymentId, billNumber: payment.billNumber, reason }, 'payment flagged; state unchanged');
    if (payment.flaggedReason !== reason)
      await tx.payment.update({ where: { id: paymentId }, data: { flaggedReason: reason } });
    return { outcome: 'flagged', reason };
  };
  if (verdict.kind === 'flagged') return flag(verdict.reason);
  if (verdict.kind === 'paid') {
    if (payment.state === 'PAID') return { outcome: 'unchanged' };
    if (bill?.status !== 'ACTIVE')
      return flag(
        `captured as ${verdict.providerPaymentId} but the bill is ${bill?.status.toLowerCase()}: refund due`,
      );
  } else if (payment.state !== 'CREATED') {
    return { outcome: 'unchanged' };
  }

  const state: PaymentState =
    verdict.kind === 'paid' ? 'PAID' : verdict.kind === 'failed' ? 'FAILED' : 'EXPIRED';
  const settled = await tx.payment.update({
    where: { id: paymentId },
    data: {
      state,
      settledAt: now,
      ...('providerPaymentId' in verdict ? { providerPaymentId: verdict.providerPaymentId } : {}),
    },
    include: { bill: { include: { connection: { include: { linkedNumbers: true } } } } },
  });
  const { connection } = settled.bill;
  let receipt: { receiptNumber: string; storageKey: string; url: string } | null = null;
  if (state === 'PAID') {
    await tx.bill.update({
      where: { billNumber: payment.billNumber },
      data: { status: 'PAID', updatedAt: now },
    });
    const issued = await issueReceipt(tx, { paymentId, tenantId: connection.tenantId }, now);
    const link = deps.links.issue(issued.receiptNumber, now);
    receipt = { ...issued, url: link.url };
    await queueReceiptMessages(tx, {
      payment: settled,
      bill: settled.bill,
      connection,
      linkedWaIds: connection.linkedNumbers.map((linked) => linked.waId),
      receiptNumber: issued.receiptNumber,
      link,
    });
  }
  await addToOutbox(tx, 'billingEvents', [
    {
      type: 'billing.payment-settled',
      key: payment.payerWaId,
      eventId: `payment-settled:${paymentId}:${state}`,
      value: {
        paymentId,
        billNumber: payment.billNumber,
        consumerNumber: connection.consumerNumber,
        tenantId: connection.tenantId,
        businessNumberId: payment.businessNumberId,
        payerWaId: payment.payerWaId,
        outcome: state as 'PAID' | 'FAILED' | 'EXPIRED',
        amountPaise: payment.amountPaise,
        receiptNumber: receipt?.receiptNumber ?? null,
        receiptKey: receipt?.storageKey ?? null,
        reason: verdict.kind === 'failed' ? verdict.reason : null,
        at: now.getTime(),
        receiptUrl: receipt?.url ?? null,
      },
    },
  ]);
  return { outcome: 'settled', state, receiptNumber: receipt?.receiptNumber ?? null };
}

import type { Payment } from '../generated/prisma/client.js';
import type { PaymentProvider } from './payment-provider.js';

/** What the provider's own records say about a payment, once compared with what it has to be. */
export type Verdict =
  | { readonly kind: 'paid'; readonly providerPaymentId: string }
  | { readonly kind: 'failed'; readonly providerPaymentId: string; readonly reason: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'pending' }
  /** Money moved, but not as this payment asks: a person has to look (and probably refund). */
  | { readonly kind: 'flagged'; readonly reason: string };

/**
 * Asks the provider about a payment instead of believing a webhook: the link must carry this payment's
 * reference, and a captured payment on it must be in INR for exactly the payment's amount, which must still
 * be the bill's amount (a bill amended after the link was made is not settled by the old amount). The latest
 * declined attempt makes a pending payment FAILED; an unpaid link past its expiry makes it EXPIRED.
 */
export async function checkWithProvider(
  payment: Pick<Payment, 'id' | 'amountPaise' | 'providerLinkId' | 'expiresAt'>,
  billAmountPaise: number,
  provider: PaymentProvider,
  now: Date,
): Promise<Verdict> {
  const expired = now.getTime() >= payment.expiresAt.getTime();
  if (!payment.providerLinkId) return expired ? { kind: 'expired' } : { kind: 'pending' };
  const link = await provider.fetchLink(payment.providerLinkId);
  if (link.reference !== payment.id)
    return {
      kind: 'flagged',
      reason: `the provider's link ${link.id} refers to ${link.reference || 'nothing'}`,
    };

  const captured = link.attempts.findLast((attempt) => attempt.status === 'captured');
  if (captured || link.status === 'paid') {
    if (!captured)
      return { kind: 'flagged', reason: `link ${link.id} is paid but lists no captured payment` };
    const paid = await provider.fetchPayment(captured.paymentId);
    if (paid.status !== 'captured') return { kind: 'pending' };
    if (link.orderId && paid.orderId !== link.orderId)
      return {
        kind: 'flagged',
        reason: `payment ${paid.id} belongs to order ${paid.orderId}, not ${link.orderId}`,
      };
    if (
      paid.currency !== 'INR' ||
      paid.amountPaise !== payment.amountPaise ||
      paid.amountPaise !== billAmountPaise
    )
      return {
        kind: 'flagged',
        reason: `payment ${paid.id} is ${paid.amountPaise} paise ${paid.currency}; the link asked ${payment.amountPaise} and the bill is ${billAmountPaise} paise INR`,
      };
    return { kind: 'paid', providerPaymentId: paid.id };
  }
  if (expired || link.status === 'expired' || link.status === 'cancelled') return { kind: 'expired' };
  const last = link.attempts.at(-1);
  if (last?.status === 'failed') {
    const failed = await provider.fetchPayment(last.paymentId);
    return {
      kind: 'failed',
      providerPaymentId: failed.id,
      reason: failed.errorDescription ?? 'the payment failed',
    };
  }
  return { kind: 'pending' };
}

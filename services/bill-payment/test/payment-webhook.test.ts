import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { billRow, type Harness, startHarness, webhookSecret } from './harness.js';

describe('payment webhooks are verified before anything changes', () => {
  let harness: Harness;

  const postWebhook = (body: string, signature: string) =>
    fetch(`${harness.url}/webhooks/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-razorpay-signature': signature },
      body,
    });
  const sign = (body: string, secret = webhookSecret) =>
    createHmac('sha256', secret).update(body).digest('hex');
  const paymentOf = (id: string) =>
    harness.db.payment.findUniqueOrThrow({ where: { id }, include: { bill: true, receipt: true } });
  const settledOf = (paymentId: string) =>
    harness.seen('billing.payment-settled', (value) => value.paymentId === paymentId);
  /** Gives the outbox relay time to publish anything a repeat might have added. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

  beforeAll(async () => {
    harness = await startHarness('webhook');
  });
  beforeEach(async () => {
    await harness.simulator('/_sim/config', {});
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('answers 401 to a forged signature and changes nothing, even for a link that is paid', async () => {
    const { linkId, paymentId } = await harness.billWithLink();
    await harness.simulator('/_sim/config', { dropWebhooks: true });
    await harness.simulator(`/_sim/links/${linkId}/pay`);
    const body = JSON.stringify({
      entity: 'event',
      event: 'payment_link.paid',
      contains: ['payment_link'],
      payload: { payment_link: { entity: { id: linkId, reference_id: paymentId, status: 'paid' } } },
    });
    for (const signature of [sign(body, 'not-the-webhook-secret'), sign(`${body} `), 'abc', '']) {
      expect((await postWebhook(body, signature)).status).toBe(401);
    }
    const unsigned = await fetch(`${harness.url}/webhooks/payments`, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
    const payment = await paymentOf(paymentId);
    expect(payment.state).toBe('CREATED');
    expect(payment.bill.status).toBe('ACTIVE');
    expect(payment.receipt).toBeNull();
    // The genuine webhook, signed with the secret, then settles it.
    expect(await (await postWebhook(body, sign(body))).json()).toEqual({ status: 'settled', state: 'PAID' });
    expect((await paymentOf(paymentId)).state).toBe('PAID');
  });

  it('settles a webhook delivered three times once: one PAID payment, one receipt, one event', async () => {
    const { billNumber, linkId, paymentId } = await harness.billWithLink();
    await harness.simulator('/_sim/config', { duplicateWebhooks: 3 });
    const paid = await harness.simulator(`/_sim/links/${linkId}/pay`);
    expect(paid.deliveries.map((d) => [d.event, d.status])).toEqual([
      ['payment.captured', 200],
      ['payment.captured', 200],
      ['payment.captured', 200],
      ['payment_link.paid', 200],
      ['payment_link.paid', 200],
      ['payment_link.paid', 200],
    ]);
    await harness.waitFor('billing.payment-settled', (value) => value.paymentId === paymentId);
    await settle();
    expect(settledOf(paymentId)).toHaveLength(1);
    const payments = await harness.db.payment.findMany({ where: { billNumber }, include: { receipt: true } });
    expect(payments.map((p) => [p.state, p.receipt === null])).toEqual([['PAID', false]]);
    const receiptNumber = payments[0]!.receipt!.receiptNumber;
    expect(
      harness.seen('whatsapp.outbound-request', (value) =>
        value.requestId.startsWith(`receipt:${receiptNumber}:`),
      ),
    ).toHaveLength(2);
  });

  it('refuses a payment whose amount differs from the bill: flagged, state unchanged, 200 to the provider', async () => {
    const { billNumber, linkId, paymentId } = await harness.billWithLink();
    await harness.simulator('/_sim/config', { tamperAmount: true });
    const paid = await harness.simulator(`/_sim/links/${linkId}/pay`);
    expect(paid.payment.amount).toBe(56_850);
    expect(paid.deliveries.map((d) => d.status)).toEqual([200, 200]);
    const payment = await paymentOf(paymentId);
    expect(payment.state).toBe('CREATED');
    expect(payment.flaggedReason).toMatch(
      /56850 paise INR; the link asked 56750 and the bill is 56750 paise/,
    );
    expect(payment.bill.status).toBe('ACTIVE');
    expect(payment.receipt).toBeNull();
    await settle();
    expect(settledOf(paymentId)).toEqual([]);
    expect(await harness.db.receipt.count({ where: { payment: { billNumber } } })).toBe(0);
  });

  it('refuses a payment for a bill amended after its link was made', async () => {
    const { billNumber, consumerNumber, linkId, paymentId } = await harness.billWithLink();
    const amended = await harness.importBills([
      billRow({
        billNumber,
        consumerNumber,
        taxHeads: [{ code: 'WS_CHARGE', amount: 600 }],
      }),
    ]);
    expect(amended.body.results[0]?.outcome).toBe('updated');
    await harness.simulator(`/_sim/links/${linkId}/pay`);
    const payment = await paymentOf(paymentId);
    expect(payment.state).toBe('CREATED');
    expect(payment.flaggedReason).toMatch(/the bill is 60000 paise/);
  });

  it('records a declined payment as FAILED and announces it', async () => {
    const { linkId, paymentId } = await harness.billWithLink();
    const failed = await harness.simulator(`/_sim/links/${linkId}/fail`);
    expect(failed.deliveries.map((d) => d.event)).toEqual(['payment.failed']);
    const [settled] = await harness.waitFor(
      'billing.payment-settled',
      (value) => value.paymentId === paymentId,
    );
    expect(settled).toMatchObject({
      outcome: 'FAILED',
      receiptNumber: null,
      reason: 'Payment was declined by the bank.',
    });
    const payment = await paymentOf(paymentId);
    expect(payment.state).toBe('FAILED');
    expect(payment.bill.status).toBe('ACTIVE');
    // The link is still payable; paying it after all settles the payment PAID.
    await harness.simulator(`/_sim/links/${linkId}/pay`);
    expect((await paymentOf(paymentId)).state).toBe('PAID');
  });

  it('ignores webhooks about payments it does not know', async () => {
    const body = JSON.stringify({
      event: 'payment.captured',
      payload: {
        payment: { entity: { id: 'pay_Unknown0000000', notes: { seva_payment_id: 'sp_nothing' } } },
      },
    });
    expect(await (await postWebhook(body, sign(body))).json()).toEqual({ status: 'ignored' });
  });
});

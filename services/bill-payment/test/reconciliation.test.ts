import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

const minutes = (n: number) => n * 60_000;

describe('reconciliation settles what webhooks did not', () => {
  let harness: Harness;

  const stateOf = async (id: string) => (await harness.db.payment.findUniqueOrThrow({ where: { id } })).state;

  beforeAll(async () => {
    harness = await startHarness('reconcile', {
      RECONCILE_INTERVAL_MS: '100',
      RECONCILE_AFTER_MINUTES: '15',
      PAYMENT_LINK_TTL_MINUTES: '60',
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('settles a payment whose webhook was lost, once it is old enough to look up', async () => {
    const { linkId, paymentId } = await harness.billWithLink();
    await harness.simulator('/_sim/config', { dropWebhooks: true });
    const paid = await harness.simulator(`/_sim/links/${linkId}/pay`);
    expect(paid.deliveries).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await stateOf(paymentId)).toBe('CREATED');

    harness.setClock(harness.clock() + minutes(16));
    const [settled] = await harness.waitFor(
      'billing.payment-settled',
      (value) => value.paymentId === paymentId,
    );
    expect(settled).toMatchObject({ outcome: 'PAID', receiptNumber: expect.stringMatching(/^RCPT-107-/) });
    expect(await stateOf(paymentId)).toBe('PAID');
  });

  it('leaves an unpaid link alone until it expires, then records the payment EXPIRED', async () => {
    const { paymentId } = await harness.billWithLink();
    harness.setClock(harness.clock() + minutes(30));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const payment = await harness.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.state).toBe('CREATED');
    expect(payment.checkedAt).not.toBeNull();

    harness.setClock(harness.clock() + minutes(31));
    const [settled] = await harness.waitFor(
      'billing.payment-settled',
      (value) => value.paymentId === paymentId,
    );
    expect(settled).toMatchObject({ outcome: 'EXPIRED', receiptNumber: null });
    expect(await stateOf(paymentId)).toBe('EXPIRED');
  });
});

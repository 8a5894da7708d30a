import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPaymentSimulator } from '../src/app.js';
import { loadPaymentSimulatorConfig } from '../src/config.js';

const keyId = 'rzp_test_simulator';
const keySecret = 'test-key-secret';
const webhookSecret = 'test-webhook-secret';
const auth = `Basic ${Buffer.from(`${keyId}:${keySecret}`).toString('base64')}`;

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
  readonly body: { event: string; payload: Record<string, { entity: Record<string, unknown> }> };
}

describe('payment simulator', () => {
  let receiver: Server;
  let received: Received[] = [];
  let simulator: FastifyInstance;
  let reference = 0;

  const api = (method: string, url: string, payload?: unknown, authorization = auth) =>
    simulator.inject({
      method: method as 'GET',
      url,
      headers: { authorization },
      payload: payload as object,
    });
  const createLink = async (fields: Record<string, unknown> = {}) => {
    const response = await api('POST', '/v1/payment_links', {
      amount: 123450,
      currency: 'INR',
      reference_id: `ref-${++reference}`,
      description: 'Water bill WSB-107-2025Q1-004512',
      expire_by: Math.floor(Date.now() / 1000) + 3600,
      notes: { seva_payment_id: `ref-${reference}` },
      ...fields,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { id: string; short_url: string; status: string; reference_id: string };
  };
  const control = (path: string, payload?: unknown) =>
    simulator.inject({ method: 'POST', url: path, payload: payload as object });

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        received.push({ headers: request.headers, raw, body: JSON.parse(raw.toString()) });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    simulator = buildPaymentSimulator(
      loadPaymentSimulatorConfig({
        LOG_LEVEL: 'silent',
        PAYMENT_PROVIDER_KEY_ID: keyId,
        PAYMENT_PROVIDER_KEY_SECRET: keySecret,
        PAYMENT_WEBHOOK_SECRET: webhookSecret,
        PAYMENT_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/payments`,
        PAYMENT_SIMULATOR_PUBLIC_URL: 'http://127.0.0.1:3200',
      }),
    );
    await simulator.ready();
  });

  beforeEach(async () => {
    received = [];
    await control('/_sim/config', {});
  });

  afterAll(async () => {
    await simulator?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('refuses calls without the key id and secret', async () => {
    const response = await api('GET', '/v1/payment_links', undefined, 'Basic bm9ib2R5Om5vdGhpbmc=');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'BAD_REQUEST_ERROR' } });
  });

  it('creates a link with a payable short URL and refuses a second link for the same reference', async () => {
    const link = await createLink();
    expect(link).toMatchObject({ status: 'created', short_url: `http://127.0.0.1:3200/pay/${link.id}` });
    expect(link.id).toMatch(/^plink_[0-9A-Za-z]{14}$/);
    const again = await api('POST', '/v1/payment_links', {
      amount: 100,
      currency: 'INR',
      reference_id: link.reference_id,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { field: 'reference_id' } });
    const listed = await api('GET', `/v1/payment_links?reference_id=${link.reference_id}`);
    expect(listed.json().payment_links.map((l: { id: string }) => l.id)).toEqual([link.id]);
  });

  it('refuses fields the API does not have, in its own error shape', async () => {
    const response = await api('POST', '/v1/payment_links', { amount: 100, currency: 'INR', colour: 'red' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.description).toMatch(/additional/i);
  });

  it('captures a payment and posts signed payment.captured and payment_link.paid webhooks', async () => {
    const link = await createLink();
    const paid = await control(`/_sim/links/${link.id}/pay`);
    expect(paid.statusCode).toBe(200);
    expect(received.map((r) => r.body.event)).toEqual(['payment.captured', 'payment_link.paid']);
    for (const webhook of received) {
      expect(webhook.headers['x-razorpay-signature']).toBe(
        createHmac('sha256', webhookSecret).update(webhook.raw).digest('hex'),
      );
    }
    const payment = received[0]!.body.payload.payment!.entity;
    expect(payment).toMatchObject({ status: 'captured', amount: 123450, currency: 'INR' });
    expect(payment.notes).toEqual({ seva_payment_id: link.reference_id });
    const fetched = (await api('GET', `/v1/payment_links/${link.id}`)).json();
    expect(fetched).toMatchObject({ status: 'paid', amount_paid: 123450 });
    expect(fetched.payments).toEqual([
      expect.objectContaining({ payment_id: payment.id, status: 'captured' }),
    ]);
    expect((await api('GET', `/v1/payments/${payment.id}`)).json()).toMatchObject({ status: 'captured' });
    expect((await control(`/_sim/links/${link.id}/pay`)).statusCode).toBe(409);
  });

  it('fails a payment, leaving the link payable', async () => {
    const link = await createLink();
    await control(`/_sim/links/${link.id}/fail`);
    expect(received.map((r) => r.body.event)).toEqual(['payment.failed']);
    expect(received[0]!.body.payload.payment!.entity).toMatchObject({ status: 'failed', captured: false });
    expect((await api('GET', `/v1/payment_links/${link.id}`)).json()).toMatchObject({ status: 'created' });
  });

  it('duplicates, tampers with and drops webhooks when told to', async () => {
    await control('/_sim/config', { duplicateWebhooks: 3, tamperAmount: true });
    const tampered = await createLink();
    await control(`/_sim/links/${tampered.id}/pay`);
    expect(received).toHaveLength(6);
    expect(new Set(received.map((r) => r.headers['x-razorpay-event-id'])).size).toBe(2);
    expect(received[0]!.body.payload.payment!.entity.amount).toBe(123550);

    received = [];
    await control('/_sim/config', { dropWebhooks: true });
    const dropped = await createLink();
    await control(`/_sim/links/${dropped.id}/pay`);
    expect(received).toEqual([]);
    expect((await api('GET', `/v1/payment_links/${dropped.id}`)).json()).toMatchObject({ status: 'paid' });
  });

  it('shows a payment page where a person pays with a plain form', async () => {
    const link = await createLink();
    const page = await simulator.inject({ url: `/pay/${link.id}` });
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('₹1,234.50');
    expect(page.body).toContain('Water bill WSB-107-2025Q1-004512');
    const paid = await simulator.inject({
      method: 'POST',
      url: `/pay/${link.id}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'outcome=pay',
    });
    expect(paid.body).toContain('Payment received');
    expect(paid.body).toContain('<span id="status">paid</span>');
  });

  it('does not take payment on an expired link', async () => {
    const link = await createLink({ expire_by: Math.floor(Date.now() / 1000) + 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await api('GET', `/v1/payment_links/${link.id}`)).json()).toMatchObject({ status: 'expired' });
    expect((await control(`/_sim/links/${link.id}/pay`)).statusCode).toBe(409);
  });
});

import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Faults } from './faults.js';
import type { Attempt } from './ledger.js';
import { providerId } from './provider-id.js';

export interface Delivery {
  readonly event: string;
  /** HTTP status the webhook endpoint answered; null when it could not be reached. */
  readonly status: number | null;
}

export interface WebhookSenderDeps {
  readonly url: string;
  readonly secret: string;
  readonly log: FastifyBaseLogger;
}

/** `X-Razorpay-Signature`: hex HMAC-SHA256 of the exact body bytes with the webhook secret. */
export const signWebhook = (raw: Buffer, secret: string): string =>
  createHmac('sha256', secret).update(raw).digest('hex');

/**
 * Posts the webhooks a settled attempt causes, the way the provider does: `payment.captured` then
 * `payment_link.paid` for a capture, `payment.failed` for a decline. Each event has its own id, kept when the
 * same body is posted again (duplicates); none is retried here.
 */
export class WebhookSender {
  constructor(private readonly deps: WebhookSenderDeps) {}

  async announce(attempt: Attempt, faults: Faults, now: Date): Promise<Delivery[]> {
    if (faults.dropWebhooks) return [];
    const payment = { entity: attempt.payment };
    const events =
      attempt.payment.status === 'captured'
        ? [
            this.event('payment.captured', { payment }, now),
            this.event(
              'payment_link.paid',
              { payment_link: { entity: attempt.link }, order: { entity: attempt.order }, payment },
              now,
            ),
          ]
        : [this.event('payment.failed', { payment }, now)];
    const deliveries: Delivery[] = [];
    for (const event of events) {
      for (let copy = 0; copy < faults.duplicateWebhooks; copy++) deliveries.push(await this.post(event));
    }
    return deliveries;
  }

  private event(name: string, payload: Record<string, unknown>, now: Date) {
    return {
      id: providerId('evt'),
      name,
      body: Buffer.from(
        JSON.stringify({
          entity: 'event',
          account_id: 'acc_SevaSimulator01',
          event: name,
          contains: Object.keys(payload),
          payload,
          created_at: Math.floor(now.getTime() / 1000),
        }),
      ),
    };
  }

  private async post(event: { id: string; name: string; body: Buffer }): Promise<Delivery> {
    try {
      const response = await fetch(this.deps.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-razorpay-event-id': event.id,
          'x-razorpay-signature': signWebhook(event.body, this.deps.secret),
        },
        body: event.body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      const level = response.ok ? 'debug' : 'warn';
      this.deps.log[level]({ event: event.name, status: response.status }, 'webhook posted');
      return { event: event.name, status: response.status };
    } catch (error) {
      this.deps.log.warn({ event: event.name, err: error }, 'webhook endpoint unreachable');
      return { event: event.name, status: null };
    }
  }
}

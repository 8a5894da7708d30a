import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  type NewPaymentLink,
  type PaymentProvider,
  ProviderError,
  type ProviderLink,
  type ProviderPayment,
  type WebhookNotice,
} from './payment-provider.js';

export interface RazorpayLikeSettings {
  readonly baseUrl: string;
  readonly keyId: string;
  readonly keySecret: string;
  readonly webhookSecret: string;
  readonly timeoutMs: number;
}

interface LinkEntity {
  id: string;
  short_url: string;
  reference_id: string;
  amount: number;
  status: ProviderLink['status'];
  order_id?: string;
  payments: Array<{ payment_id: string; status: string }> | null;
}

interface PaymentEntity {
  id: string;
  amount: number;
  currency: string;
  status: string;
  order_id?: string | null;
  error_description?: string | null;
}

/** Webhook events about a payment link or a payment made on one. */
const handledEvents = new Set([
  'payment_link.paid',
  'payment_link.expired',
  'payment.captured',
  'payment.failed',
]);

const toLink = (entity: LinkEntity): ProviderLink => ({
  id: entity.id,
  url: entity.short_url,
  reference: entity.reference_id,
  amountPaise: entity.amount,
  status: entity.status,
  attempts: (entity.payments ?? []).map((attempt) => ({
    paymentId: attempt.payment_id,
    status: attempt.status,
  })),
  orderId: entity.order_id || null,
});

/**
 * Razorpay's Payment Links API (amounts in paise, currency INR, basic auth with key_id:key_secret) and its
 * webhooks (X-Razorpay-Signature: hex HMAC-SHA256 of the raw body). The base URL is a setting, so the local
 * simulator answers in development and tests.
 */
export class RazorpayLikeProvider implements PaymentProvider {
  private readonly authorization: string;

  constructor(private readonly settings: RazorpayLikeSettings) {
    this.authorization = `Basic ${Buffer.from(`${settings.keyId}:${settings.keySecret}`).toString('base64')}`;
  }

  async createLink(link: NewPaymentLink): Promise<ProviderLink> {
    const body = {
      amount: link.amountPaise,
      currency: 'INR',
      accept_partial: false,
      reference_id: link.reference,
      description: link.description,
      expire_by: Math.floor(link.expiresAt.getTime() / 1000),
      notify: { sms: false, email: false },
      reminder_enable: false,
      notes: link.notes,
      ...(link.callbackUrl ? { callback_url: link.callbackUrl, callback_method: 'get' } : {}),
    };
    try {
      return toLink(await this.call<LinkEntity>('POST', '/v1/payment_links', body));
    } catch (error) {
      // A link made by an earlier try whose answer was lost: the reference is taken, so fetch that link.
      if (!(error instanceof ProviderError) || error.status !== 400 || !/reference_id/.test(error.message))
        throw error;
      const { payment_links } = await this.call<{ payment_links: LinkEntity[] }>(
        'GET',
        `/v1/payment_links?reference_id=${encodeURIComponent(link.reference)}`,
      );
      const existing = payment_links[0];
      if (!existing) throw error;
      return toLink(existing);
    }
  }

  async fetchLink(id: string): Promise<ProviderLink> {
    return toLink(await this.call<LinkEntity>('GET', `/v1/payment_links/${encodeURIComponent(id)}`));
  }

  async fetchPayment(id: string): Promise<ProviderPayment> {
    const entity = await this.call<PaymentEntity>('GET', `/v1/payments/${encodeURIComponent(id)}`);
    return {
      id: entity.id,
      amountPaise: entity.amount,
      currency: entity.currency,
      status: entity.status,
      orderId: entity.order_id ?? null,
      errorDescription: entity.error_description ?? null,
    };
  }

  verifyWebhook(raw: Buffer, signature: string | undefined): boolean {
    if (signature === undefined || !/^[0-9a-f]{64}$/i.test(signature)) return false;
    const expected = createHmac('sha256', this.settings.webhookSecret).update(raw).digest();
    return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
  }

  readNotice(body: unknown): WebhookNotice | null {
    const event = body as {
      event?: unknown;
      payload?: {
        payment_link?: { entity?: { id?: unknown; reference_id?: unknown } };
        payment?: { entity?: { notes?: Record<string, unknown> | unknown[] } };
      };
    };
    if (typeof event?.event !== 'string' || !handledEvents.has(event.event)) return null;
    const link = event.payload?.payment_link?.entity;
    // Payments made on a link carry the link's notes; the payment's id here is among them.
    const notes = event.payload?.payment?.entity?.notes;
    const noted = notes && !Array.isArray(notes) ? notes.seva_payment_id : undefined;
    const reference = typeof link?.reference_id === 'string' ? link.reference_id : noted;
    return {
      event: event.event,
      reference: typeof reference === 'string' && reference !== '' ? reference : null,
      linkId: typeof link?.id === 'string' ? link.id : null,
    };
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: {
          authorization: this.authorization,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new ProviderError(`${method} ${path}: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) {
      let description = text.slice(0, 300);
      try {
        const parsed = JSON.parse(text) as { error?: { description?: string; field?: string } };
        description =
          [parsed.error?.description, parsed.error?.field].filter(Boolean).join(' ') || description;
      } catch {
        // Not JSON: the start of the body says enough.
      }
      throw new ProviderError(`${method} ${path}: ${response.status} ${description}`, response.status);
    }
    return JSON.parse(text) as T;
  }
}

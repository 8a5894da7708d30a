import { replyUnavailable } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import { type PaymentProvider, ProviderError, type WebhookNotice } from '../domain/payment-provider.js';
import type { Settlement } from '../domain/settle-payment.js';

export interface PaymentWebhookOptions {
  readonly provider: PaymentProvider;
  readonly accept: (notice: WebhookNotice) => Promise<Settlement | { outcome: 'ignored' }>;
}

/**
 * POST /webhooks/payments, from the payment provider. The signature is checked over the exact bytes before
 * anything is parsed (401 and nothing changes when it is wrong). The payment is then looked up at the
 * provider (accept-payment-webhook.ts). Answers 200 with what happened: `settled`, `unchanged` (a repeat),
 * `ignored` (not about a payment here), or `flagged` (the provider's record contradicts the bill, e.g.
 * another amount: the payment is marked for a person and left as it was; 200 so the provider stops sending
 * it, since sending it again cannot change the verdict). 503 when the provider could not be asked, so it
 * sends the webhook again.
 */
export const paymentWebhook: FastifyPluginAsync<PaymentWebhookOptions> = async (fastify, options) => {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  fastify.post('/webhooks/payments', async (request, reply) => {
    const raw = request.body;
    const signature = request.headers['x-razorpay-signature'];
    if (
      !Buffer.isBuffer(raw) ||
      !options.provider.verifyWebhook(raw, typeof signature === 'string' ? signature : undefined)
    ) {
      request.log.warn({ signed: signature !== undefined }, 'payment webhook signature missing or wrong');
      return reply.code(401).send({
        error: 'invalid_signature',
        message: 'X-Razorpay-Signature is missing or does not match the body',
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      return reply
        .code(400)
        .send({ error: 'malformed_json', message: `the body is not JSON: ${(error as Error).message}` });
    }
    const notice = options.provider.readNotice(body);
    if (!notice) return { status: 'ignored' };
    try {
      const result = await options.accept(notice);
      return { status: result.outcome, ...('state' in result ? { state: result.state } : {}) };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      request.log.error({ err: error }, 'payment provider unavailable; asking for the webhook again');
      return replyUnavailable(reply, 'the payment provider', 30);
    }
  });
};

import { Type } from '@seva/service-kit';
import { type ParsedWebhook, parseWebhook, verifySignature, WebhookPayloadError } from '@seva/whatsapp';
import type { FastifyPluginAsync } from 'fastify';
import type { AcceptedWebhook } from '../domain/accept-webhook.js';
import { constantTimeEqual } from '../domain/constant-time-equal.js';

export interface WhatsappWebhookOptions {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly accept: (parsed: ParsedWebhook) => Promise<AcceptedWebhook>;
}

const verification = Type.Object({
  'hub.mode': Type.Optional(Type.String()),
  'hub.verify_token': Type.Optional(Type.String()),
  'hub.challenge': Type.Optional(Type.String({ maxLength: 200 })),
});

/**
 * The WhatsApp Cloud API webhook. The signature is checked over the exact bytes Meta sent, before anything
 * is parsed, so the body is taken raw (size capped by the server's body limit, 1 MiB).
 */
export const whatsappWebhook: FastifyPluginAsync<WhatsappWebhookOptions> = async (fastify, options) => {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  fastify.get('/webhooks/whatsapp', { schema: { querystring: verification } }, async (request, reply) => {
    const query = request.query as {
      'hub.mode'?: string;
      'hub.verify_token'?: string;
      'hub.challenge'?: string;
    };
    if (
      query['hub.mode'] === 'subscribe' &&
      query['hub.challenge'] !== undefined &&
      constantTimeEqual(query['hub.verify_token'] ?? '', options.verifyToken)
    ) {
      return reply.type('text/plain').send(query['hub.challenge']);
    }
    request.log.warn({ mode: query['hub.mode'] }, 'webhook verification refused');
    return reply
      .code(403)
      .send({ error: 'verification_failed', message: 'hub.mode or hub.verify_token is wrong' });
  });

  fastify.post('/webhooks/whatsapp', async (request, reply) => {
    const raw = request.body;
    if (!Buffer.isBuffer(raw) || raw.length === 0) {
      return reply.code(400).send({ error: 'empty_body', message: 'the webhook body is empty' });
    }
    const signature = request.headers['x-hub-signature-256'];
    if (!verifySignature(raw, typeof signature === 'string' ? signature : undefined, options.appSecret)) {
      request.log.warn({ signed: signature !== undefined }, 'webhook signature missing or wrong');
      return reply.code(401).send({
        error: 'invalid_signature',
        message: 'X-Hub-Signature-256 is missing or does not match the body',
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      request.log.warn({ reason: (error as Error).message }, 'webhook body is not JSON');
      return reply
        .code(400)
        .send({ error: 'malformed_json', message: `the body is not JSON: ${(error as Error).message}` });
    }
    let parsed: ParsedWebhook;
    try {
      parsed = parseWebhook(body);
    } catch (error) {
      if (!(error instanceof WebhookPayloadError)) throw error;
      request.log.warn({ reason: error.message }, 'webhook payload refused');
      return reply.code(400).send({ error: 'invalid_payload', message: error.message });
    }
    // Kafka or the database away: the service's error handler answers 503, and Meta retries.
    return { status: 'accepted', ...(await options.accept(parsed)) };
  });
};

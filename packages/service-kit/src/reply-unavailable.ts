import type { FastifyReply } from 'fastify';

/**
 * 503 with Retry-After: something the request needs is down for now, and the same request will succeed
 * later. Webhook senders (Meta, payment and telephony providers) retry on it.
 */
export function replyUnavailable(reply: FastifyReply, what: string, retryAfterSeconds = 5): FastifyReply {
  return reply
    .code(503)
    .header('retry-after', String(retryAfterSeconds))
    .send({ error: 'unavailable', message: `${what} is unavailable; try again later` });
}

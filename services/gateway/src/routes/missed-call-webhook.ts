import type { FastifyPluginAsync } from 'fastify';
import { constantTimeEqual } from '../domain/constant-time-equal.js';
import { normalizePhone } from '../domain/normalize-phone.js';
import type { MissedCall } from '../domain/welcome-missed-call.js';

export interface MissedCallWebhookOptions {
  readonly secret: string;
  /** Called line (normalised) -> WhatsApp phone-number-id. */
  readonly numbers: ReadonlyMap<string, string>;
  readonly welcome: (call: MissedCall) => Promise<boolean>;
}

const first = (source: Record<string, unknown>, names: string[]): string | undefined => {
  for (const name of names) {
    const value = source[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
};

/**
 * Missed-call webhook in the style of Indian telephony providers (Exotel's passthru and similar): GET with
 * query parameters or POST with a form or JSON body, naming the call id, the caller and the called line.
 */
export const missedCallWebhook: FastifyPluginAsync<MissedCallWebhookOptions> = async (fastify, options) => {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  fastify.route({
    method: ['GET', 'POST'],
    url: '/webhooks/missed-call',
    handler: async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const fields = {
        ...query,
        ...(typeof request.body === 'object' && request.body ? request.body : {}),
      } as Record<string, unknown>;
      const given = request.headers['x-missed-call-secret'] ?? query.secret;
      if (typeof given !== 'string' || !constantTimeEqual(given, options.secret)) {
        request.log.warn('missed-call webhook with a missing or wrong secret');
        return reply
          .code(401)
          .send({ error: 'invalid_secret', message: 'x-missed-call-secret is missing or wrong' });
      }
      const callId = first(fields, ['CallSid', 'call_id', 'callId', 'uuid']);
      const caller = first(fields, ['From', 'CallFrom', 'caller', 'from']);
      const called = first(fields, ['To', 'CallTo', 'DialWhomNumber', 'called', 'to']);
      if (!callId || !caller || !called) {
        return reply.code(400).send({
          error: 'missing_fields',
          message: 'call id (CallSid), caller (From) and called number (To) are required',
        });
      }
      const citizenWaId = normalizePhone(caller);
      if (!citizenWaId)
        return reply.code(400).send({
          error: 'invalid_caller',
          message: `caller ${JSON.stringify(caller)} is not a phone number`,
        });
      const businessNumberId = options.numbers.get(normalizePhone(called) ?? called);
      if (!businessNumberId) {
        request.log.warn({ called }, 'missed call to a line not served here');
        return reply
          .code(400)
          .send({ error: 'unknown_called_number', message: 'the called number is not configured' });
      }
      // Kafka or the database away: the service's error handler answers 503, and the provider retries.
      const welcomed = await options.welcome({
        callId,
        citizenWaId,
        businessNumberId,
        provider: first(fields, ['provider']) ?? 'telephony',
      });
      return { status: welcomed ? 'welcomed' : 'already_welcomed_recently' };
    },
  });
};

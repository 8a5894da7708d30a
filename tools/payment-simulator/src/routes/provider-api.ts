import { createHash, timingSafeEqual } from 'node:crypto';
import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteOptions } from '../context.js';
import { LedgerError } from '../domain/ledger.js';
import { providerError } from '../domain/provider-entities.js';

const text = (maxLength: number) => Type.String({ maxLength });

const createLinkBody = Type.Object(
  {
    amount: Type.Integer({ minimum: 100 }),
    currency: Type.Literal('INR'),
    accept_partial: Type.Optional(Type.Literal(false)),
    expire_by: Type.Optional(Type.Integer()),
    reference_id: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    description: Type.Optional(text(2048)),
    customer: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(text(255)),
          contact: Type.Optional(text(20)),
          email: Type.Optional(text(255)),
        },
        { additionalProperties: false },
      ),
    ),
    notify: Type.Optional(
      Type.Object(
        { sms: Type.Optional(Type.Boolean()), email: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
    ),
    reminder_enable: Type.Optional(Type.Boolean()),
    notes: Type.Optional(Type.Record(Type.String({ maxLength: 256 }), text(256), { maxProperties: 15 })),
    callback_url: Type.Optional(Type.String({ pattern: '^https?://' })),
    callback_method: Type.Optional(Type.Literal('get')),
  },
  { additionalProperties: false },
);

const idParams = Type.Object({ id: Type.String({ minLength: 1 }) });
const listQuery = Type.Object({ reference_id: Type.Optional(Type.String({ minLength: 1 })) });

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The provider's REST API as bill-payment calls it: Payment Links (create, fetch, list by reference) and
 * payments (fetch), behind HTTP basic auth with key_id:key_secret. Errors have the provider's shape.
 */
export const providerApi: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  const { ledger, config } = context;
  const expected = digest(`${config.PAYMENT_PROVIDER_KEY_ID}:${config.PAYMENT_PROVIDER_KEY_SECRET}`);

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString() : '';
    if (!timingSafeEqual(digest(given), expected)) {
      return reply.code(401).send(providerError('Authentication failed'));
    }
  });
  fastify.setErrorHandler((error: { validation?: unknown; message: string }, _request, reply) => {
    if (error.validation) return reply.code(400).send(providerError(error.message));
    throw error;
  });

  fastify.post('/v1/payment_links', { schema: { body: createLinkBody } }, async (request, reply) => {
    try {
      return ledger.createLink(request.body as Static<typeof createLinkBody>, new Date());
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      return reply.code(400).send(providerError(error.message, error.field));
    }
  });

  fastify.get('/v1/payment_links', { schema: { querystring: listQuery } }, async (request) => {
    const { reference_id } = request.query as Static<typeof listQuery>;
    const now = new Date();
    const links =
      reference_id === undefined
        ? ledger.allLinks(now)
        : ledger.byReference(reference_id).map((link) => ledger.link(link.id, now)!);
    return { payment_links: links };
  });

  fastify.get('/v1/payment_links/:id', { schema: { params: idParams } }, async (request, reply) => {
    const link = ledger.link((request.params as Static<typeof idParams>).id, new Date());
    return link ?? reply.code(400).send(providerError('The id provided does not exist', 'id'));
  });

  fastify.get('/v1/payments/:id', { schema: { params: idParams } }, async (request, reply) => {
    const payment = ledger.payment((request.params as Static<typeof idParams>).id);
    return payment ?? reply.code(400).send(providerError('The id provided does not exist', 'id'));
  });
};

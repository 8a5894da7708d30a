import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../context.js';
import { faultsSchema } from '../domain/faults.js';

const messagesQuery = Type.Object(
  {
    since: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 10_000, default: 1000 }),
  },
  { additionalProperties: false },
);

/** Health, the numbers hosted, recordings and faults: what tests, load runs and the chat page steer it with. */
export const controlApi: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  const { numbers, store, media, faults } = context;

  // Nothing to wait for: the simulator is ready as soon as it listens.
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async () => ({ status: 'ready' }));

  // Tokens stay out: the page needs to know which numbers it can talk to, not how to send as them.
  fastify.get('/_sim/setup', async () => ({
    businessNumbers: [...numbers.business.values()].map(({ id, displayPhoneNumber }) => ({
      id,
      displayPhoneNumber,
    })),
    missedCallLines: numbers.missedCallLines,
  }));

  /** Business messages after `since`, for a poller: pass the returned `last` as the next `since`. */
  fastify.get('/_sim/messages', { schema: { querystring: messagesQuery } }, async (request) => {
    const { since, limit } = request.query as Static<typeof messagesQuery>;
    const messages = store.businessMessagesSince(since, limit);
    return { messages, last: messages.at(-1)?.seq ?? since };
  });

  fastify.get('/_sim/config', async () => faults.current);

  fastify.post('/_sim/config', { schema: { body: faultsSchema } }, async (request) => {
    faults.configure(request.body as Static<typeof faultsSchema>);
    return faults.current;
  });

  fastify.post('/_sim/reset', async () => {
    store.clear();
    media.clear();
    return { status: 'reset' };
  });

  // For the chat page, which has no access token: shows pictures and offers files for download.
  fastify.get(
    '/_sim/media/:mediaId',
    { schema: { params: Type.Object({ mediaId: Type.String() }) } },
    async (request, reply) => {
      const stored = media.find((request.params as { mediaId: string }).mediaId);
      if (!stored)
        return reply.code(404).send({ error: 'unknown_media', message: 'no such media (or forgotten)' });
      const filename = stored.filename ?? stored.id;
      return reply
        .type(stored.mimeType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .send(stored.bytes);
    },
  );
};

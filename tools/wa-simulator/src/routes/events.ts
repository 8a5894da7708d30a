import { Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../context.js';

const eventsQuery = Type.Object(
  {
    waId: Type.String({ pattern: '^\\d{7,15}$' }),
    businessNumberId: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

/** Proxies and idle timeouts close a silent connection; a comment line now and then keeps it open. */
const keepAliveMs = 15_000;

/**
 * Server-Sent Events for the chat page: every new or changed message (a reply, a delivery status, the gateway's
 * answer to the citizen's message) of one citizen, as an `entry` event whose data is the whole entry.
 */
export const events: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  fastify.get('/_sim/events', { schema: { querystring: eventsQuery } }, (request, reply) => {
    const { waId, businessNumberId } = request.query as { waId: string; businessNumberId?: string };
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    stream.write(': connected\n\n');
    const unsubscribe = context.store.subscribe((entry) => {
      if (
        entry.waId !== waId ||
        (businessNumberId !== undefined && entry.businessNumberId !== businessNumberId)
      )
        return;
      stream.write(`event: entry\nid: ${entry.seq}\ndata: ${JSON.stringify(entry)}\n\n`);
    });
    const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), keepAliveMs);
    const end = () => {
      clearInterval(keepAlive);
      unsubscribe();
      context.lifetime.removeEventListener('abort', end);
      stream.end();
    };
    // The page went away, or the simulator is stopping and must not wait for the page to leave.
    stream.once('close', end);
    context.lifetime.addEventListener('abort', end, { once: true });
  });
};

import { type Static, Type } from '@seva/service-kit';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from '../context.js';
import { completeAttempt } from '../domain/complete-attempt.js';
import { faultsSchema } from '../domain/faults.js';
import { LedgerError } from '../domain/ledger.js';

const params = Type.Object({ id: Type.String({ minLength: 1 }) });

/** Health, and what tests steer the simulator with: pay or fail a link without a browser, and faults. */
export const controlApi: FastifyPluginAsync<RouteOptions> = async (fastify, { context }) => {
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async () => ({ status: 'ready' }));

  for (const [path, outcome] of [
    ['pay', 'captured'],
    ['fail', 'failed'],
  ] as const) {
    fastify.post(`/_sim/links/:id/${path}`, { schema: { params } }, async (request, reply) => {
      try {
        return await completeAttempt(context, (request.params as Static<typeof params>).id, outcome);
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        return reply.code(409).send({ error: 'not_payable', message: error.message });
      }
    });
  }

  fastify.get('/_sim/links', async () => ({ links: context.ledger.allLinks(new Date()) }));

  fastify.get('/_sim/config', async () => context.faults);

  fastify.post('/_sim/config', { schema: { body: faultsSchema } }, async (request) => {
    context.faults = request.body as Static<typeof faultsSchema>;
    return context.faults;
  });

  fastify.post('/_sim/reset', async () => {
    context.ledger.clear();
    return { status: 'reset' };
  });
};

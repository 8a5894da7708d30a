import fp from 'fastify-plugin';

export type ReadinessCheck = () => Promise<boolean>;

export interface HealthOptions {
  readonly checks: Record<string, ReadinessCheck>;
  /** False once shutdown began, so load balancers stop sending before the port closes. */
  readonly accepting: () => boolean;
}

/** `/healthz`: the process answers. `/readyz`: its database and Kafka answer too. */
export const health = fp<HealthOptions>(
  async (fastify, options) => {
    fastify.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
    fastify.get('/readyz', { logLevel: 'warn' }, async (_request, reply) => {
      const results = Object.fromEntries(
        await Promise.all(
          Object.entries(options.checks).map(
            async ([name, check]) => [name, await check().catch(() => false)] as const,
          ),
        ),
      );
      const ready = options.accepting() && Object.values(results).every(Boolean);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks: results });
    });
  },
  { name: 'seva-health' },
);

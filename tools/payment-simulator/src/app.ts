import { createLogger } from '@seva/service-kit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { PaymentSimulatorConfig } from './config.js';
import type { SimulatorContext } from './context.js';
import { noFaults } from './domain/faults.js';
import { Ledger } from './domain/ledger.js';
import { WebhookSender } from './domain/webhook-sender.js';
import { controlApi } from './routes/control-api.js';
import { payPage } from './routes/pay-page.js';
import { providerApi } from './routes/provider-api.js';

/** Everything the simulator answers, on any fastify instance. */
export const paymentSimulator: FastifyPluginAsync<{ config: PaymentSimulatorConfig }> = async (
  fastify,
  { config },
) => {
  const context: SimulatorContext = {
    config,
    ledger: new Ledger(config.PAYMENT_SIMULATOR_PUBLIC_URL),
    webhooks: new WebhookSender({
      url: config.PAYMENT_WEBHOOK_URL,
      secret: config.PAYMENT_WEBHOOK_SECRET,
      log: fastify.log,
    }),
    faults: noFaults,
  };
  await fastify.register(providerApi, { context });
  await fastify.register(payPage, { context });
  await fastify.register(controlApi, { context });
};

/** A fastify instance serving the simulator; listen on it (port 0 in tests), or inject into it. */
export function buildPaymentSimulator(
  config: PaymentSimulatorConfig,
  log?: FastifyBaseLogger,
): FastifyInstance {
  const app = Fastify({
    loggerInstance:
      log ?? (createLogger({ service: 'payment-simulator', level: config.LOG_LEVEL }) as FastifyBaseLogger),
    // A misspelt fault or API field is an error, as the provider refuses unknown fields.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.register(paymentSimulator, { config });
  return app;
}

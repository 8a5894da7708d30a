import { setMaxListeners } from 'node:events';
import { createLogger } from '@seva/service-kit';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
  LogController,
} from 'fastify';
import type { SimulatorConfig } from './config.js';
import type { SimulatorContext } from './context.js';
import { readNumbers } from './domain/business-numbers.js';
import { ConversationStore } from './domain/conversation-store.js';
import { FaultInjector } from './domain/faults.js';
import { MediaStore } from './domain/media-store.js';
import { WebhookPoster } from './domain/webhook-poster.js';
import { chatPage } from './routes/chat-page.js';
import { citizenApi } from './routes/citizen-api.js';
import { controlApi } from './routes/control-api.js';
import { events } from './routes/events.js';
import { graphApi } from './routes/graph-api.js';

/** Everything the simulator answers, on any fastify instance. */
export const simulator: FastifyPluginAsync<{ config: SimulatorConfig }> = async (fastify, { config }) => {
  const lifetime = new AbortController();
  // Every pending delay and webhook request listens on it; thousands at once are normal under load.
  setMaxListeners(0, lifetime.signal);
  const faults = new FaultInjector();
  const context: SimulatorContext = {
    config,
    numbers: readNumbers(config),
    store: new ConversationStore(),
    media: new MediaStore(),
    faults,
    webhooks: new WebhookPoster({
      url: config.GATEWAY_WEBHOOK_URL,
      appSecret: config.WHATSAPP_APP_SECRET,
      faults,
      signal: lifetime.signal,
      log: fastify.log,
    }),
    lifetime: lifetime.signal,
  };
  // Before the server stops accepting: delayed statuses and retries end, event streams close.
  fastify.addHook('preClose', async () => lifetime.abort());
  await fastify.register(graphApi, { context });
  await fastify.register(citizenApi, { context });
  await fastify.register(controlApi, { context });
  await fastify.register(events, { context });
  await fastify.register(chatPage);
};

/** A fastify instance serving the simulator; listen on it (port 0 in tests), or inject into it. */
export function buildSimulator(config: SimulatorConfig): FastifyInstance {
  const app = Fastify({
    loggerInstance: createLogger({ service: 'wa-simulator', level: config.LOG_LEVEL }) as FastifyBaseLogger,
    // A load run sends thousands of requests; a line each would bury the webhook failures worth reading.
    logController: new LogController({ disableRequestLogging: true }),
    // A misspelt fault or message field is an error, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.register(simulator, { config });
  return app;
}

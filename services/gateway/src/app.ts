import { fileURLToPath } from 'node:url';
import { SqlDatabase } from '@seva/database';
import { intervalJob, parseKeyValueList, type ServiceRuntime, type ServiceSpec } from '@seva/service-kit';
import { graphAccess } from '@seva/whatsapp';
import type { Config } from './config.js';
import { createDatabaseClient, type Db } from './db.js';
import { acceptWebhook } from './domain/accept-webhook.js';
import { MediaQueue } from './domain/media-queue.js';
import { LocalMediaStore } from './domain/media-store.js';
import { MessageClaims } from './domain/message-claims.js';
import { normalizePhone } from './domain/normalize-phone.js';
import { storeInboundMedia } from './domain/store-inbound-media.js';
import { WebhookTimings } from './domain/webhook-timings.js';
import { welcomeMissedCall } from './domain/welcome-missed-call.js';
import { mediaFiles } from './routes/media-files.js';
import { missedCallWebhook } from './routes/missed-call-webhook.js';
import { whatsappWebhook } from './routes/whatsapp-webhook.js';

type Runtime = ServiceRuntime<Config, Db>;

/** One media job per process: the webhook wakes it when it queues media. */
const mediaJobs = new WeakMap<Runtime, ReturnType<typeof intervalJob>>();

function mediaJob(runtime: Runtime): ReturnType<typeof intervalJob> {
  let job = mediaJobs.get(runtime);
  if (!job) {
    const { config } = runtime;
    const { client, tokens } = graphAccess(config);
    const deps = {
      sql: runtime.sql,
      graph: client,
      store: new LocalMediaStore(config.MEDIA_DIR),
      tokens,
      maxBytes: config.MEDIA_MAX_BYTES,
      mimeTypes: new Set(config.MEDIA_MIME_TYPES.split(',')),
      log: runtime.log,
    };
    job = intervalJob('media download', 1000, () => storeInboundMedia(deps), runtime.log);
    mediaJobs.set(runtime, job);
  }
  return job;
}

export const gatewayService: ServiceSpec<Config, Db> = {
  name: 'gateway',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createDatabaseClient,
  outbox: true,
  app: async (fastify, { runtime }) => {
    const { config, sql, publisher, log } = runtime;
    const businessNumbers = new Set(parseKeyValueList(config.WHATSAPP_NUMBERS).keys());
    // A claim lost with a Postgres crash only lets a repeat of the message through, and consumers drop that
    // by event id: the answer to Meta need not wait for the claim to reach the disk.
    const claimsPool = runtime.openPool({ maxConnections: 3, asynchronousCommit: true });
    const claims = new MessageClaims(new SqlDatabase(claimsPool));
    const media = new MediaQueue(sql);
    const timings = new WebhookTimings(log);
    timings.start();
    fastify.addHook('onClose', async () => {
      timings.stop();
      await claims.flush();
      await claimsPool.end();
    });
    await fastify.register(whatsappWebhook, {
      appSecret: config.WHATSAPP_APP_SECRET,
      verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      accept: (parsed) =>
        acceptWebhook(parsed, {
          claims,
          media,
          publisher,
          log,
          businessNumbers,
          publishTimeoutMs: config.PUBLISH_TIMEOUT_MS,
          timings,
          onMediaQueued: () => mediaJob(runtime).wake(),
        }),
    });
    await fastify.register(mediaFiles, { store: new LocalMediaStore(config.MEDIA_DIR) });
    await fastify.register(missedCallWebhook, {
      secret: config.MISSED_CALL_SECRET,
      numbers: new Map(
        [...parseKeyValueList(config.MISSED_CALL_NUMBERS)].map(([line, id]) => [
          normalizePhone(line) ?? line,
          id,
        ]),
      ),
      welcome: (call) =>
        welcomeMissedCall(call, {
          sql,
          publisher,
          quietMinutes: config.MISSED_CALL_QUIET_MINUTES,
          publishTimeoutMs: config.PUBLISH_TIMEOUT_MS,
        }),
    });
  },
  jobs: (runtime) => [mediaJob(runtime)],
  retention: (config) => [
    { table: 'seen_message', column: 'claimed_at', hours: config.SEEN_MESSAGE_RETENTION_HOURS },
  ],
};

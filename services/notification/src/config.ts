import { loadConfig, type Static, serviceConfig, Type } from '@seva/service-kit';
import { graphSettings } from '@seva/whatsapp';

export const configSchema = serviceConfig(
  { port: 3004, database: 'seva_notification' },
  {
    ...graphSettings,
    /** Messages per second per business number, for this process (Meta: 80 by default, up to 1,000). */
    WHATSAPP_SEND_RATE: Type.Integer({ default: 80, minimum: 1, maximum: 1000 }),
    /** Attempts for throttling and server errors before a message is recorded as failed. */
    SEND_MAX_ATTEMPTS: Type.Integer({ default: 8, minimum: 1, maximum: 30 }),
    SEND_RETRY_BASE_MS: Type.Integer({ default: 250, minimum: 1 }),
    WINDOW_RECHECK_MS: Type.Integer({ default: 1000, minimum: 0 }),
    /**
     * Partitions served at once; within one, up to a hundred records of different citizens at a time. Each
     * citizen's messages always go one after another.
     */
    CONSUMER_CONCURRENCY: Type.Integer({ default: 12, minimum: 1, maximum: 100 }),
    /**
     * Graph API calls in flight per process. Each takes about one round trip to Meta, so this over the round
     * trip bounds the send rate (32 at 200 ms: 160 messages a second); beyond what the API answers in time,
     * more only turns waits into timeouts.
     */
    SEND_CONCURRENCY: Type.Integer({ default: 32, minimum: 1, maximum: 1000 }),
    TEMPLATES_FILE: Type.Optional(Type.String({ minLength: 1 })),
    /**
     * How long the record of a send (what went to the citizen, and how far it got) is kept: 90 days by default.
     * The record is also what recognises a request delivered again, so it must outlast Kafka's retention of the
     * requests (7 days by default): a shorter one would let a replayed request be sent twice.
     */
    OUTBOUND_MESSAGE_RETENTION_HOURS: Type.Integer({ default: 2160, minimum: 192 }),
  },
);
export type Config = Static<typeof configSchema>;

export const loadNotificationConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);

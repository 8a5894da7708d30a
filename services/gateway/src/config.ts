import { keyValueList, loadConfig, type Static, serviceConfig, Type } from '@seva/service-kit';
import { graphSettings } from '@seva/whatsapp';

export const configSchema = serviceConfig(
  { port: 3000, database: 'seva_gateway' },
  {
    /** Meta app secret: every webhook body is signed with it (X-Hub-Signature-256). */
    WHATSAPP_APP_SECRET: Type.String({ minLength: 8 }),
    /** Chosen when the webhook is registered with Meta; echoed back on verification. */
    WHATSAPP_VERIFY_TOKEN: Type.String({ minLength: 8 }),
    ...graphSettings,
    /** Where inbound media is kept (a local folder). */
    MEDIA_DIR: Type.String({ default: '.data/media', minLength: 1 }),
    MEDIA_MAX_BYTES: Type.Integer({ default: 16 * 1024 * 1024, minimum: 1024 }),
    MEDIA_MIME_TYPES: Type.String({
      default:
        'image/jpeg,image/png,image/webp,audio/ogg,audio/mpeg,audio/aac,audio/mp4,audio/amr,video/mp4,application/pdf',
      pattern: '^[\\w.+-]+/[\\w.+-]+(,[\\w.+-]+/[\\w.+-]+)*$',
    }),
    /** Shared with the telephony provider; sent as the x-missed-call-secret header or `secret` query parameter. */
    MISSED_CALL_SECRET: Type.String({ minLength: 8 }),
    /** called-number=phone-number-id: which WhatsApp number answers a missed call to which phone line. */
    MISSED_CALL_NUMBERS: keyValueList('called-number=phone-number-id,...'),
    MISSED_CALL_QUIET_MINUTES: Type.Integer({ default: 10, minimum: 0 }),
    /**
     * How long a WhatsApp message id is remembered, to drop Meta's redeliveries of it. Meta retries an
     * unanswered webhook for up to 7 days, and may deliver a webhook more than once.
     */
    SEEN_MESSAGE_RETENTION_HOURS: Type.Integer({ default: 192, minimum: 1 }),
    /** How long a webhook waits for Kafka before answering 503 so Meta retries. */
    PUBLISH_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100 }),
  },
);
export type Config = Static<typeof configSchema>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);

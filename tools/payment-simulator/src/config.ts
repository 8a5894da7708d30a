import { baseConfig, loadConfig, type Static, Type } from '@seva/service-kit';

const httpUrl = (fallback: string) => Type.String({ default: fallback, pattern: '^https?://' });

/**
 * The key, key secret and webhook secret carry bill-payment's names, so one environment file (infra/dev.env)
 * configures both ends: the simulator accepts the keys bill-payment calls with and signs webhooks with the
 * secret it checks.
 */
export const configSchema = Type.Object({
  PORT: Type.Integer({ default: 3200, minimum: 0, maximum: 65535 }),
  /** Loopback by default: the control API has no authentication. Containers set 0.0.0.0. */
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  LOG_LEVEL: baseConfig.LOG_LEVEL,
  /** The API key id and secret callers authenticate with (HTTP basic auth, as key_id:key_secret). */
  PAYMENT_PROVIDER_KEY_ID: Type.String({ minLength: 1 }),
  PAYMENT_PROVIDER_KEY_SECRET: Type.String({ minLength: 8 }),
  /** Every webhook body is signed with it (X-Razorpay-Signature, hex HMAC-SHA256). */
  PAYMENT_WEBHOOK_SECRET: Type.String({ minLength: 8 }),
  PAYMENT_WEBHOOK_URL: httpUrl('http://127.0.0.1:3003/webhooks/payments'),
  /** How a citizen's browser reaches this server: the short_url of every link starts with it. */
  PAYMENT_SIMULATOR_PUBLIC_URL: httpUrl('http://127.0.0.1:3200'),
});

export type PaymentSimulatorConfig = Static<typeof configSchema>;

export const loadPaymentSimulatorConfig = (env: NodeJS.ProcessEnv = process.env): PaymentSimulatorConfig =>
  loadConfig(configSchema, env);

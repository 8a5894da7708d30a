import { baseConfig, keyValueList, loadConfig, type Static, Type } from '@seva/service-kit';
import { graphSettings } from '@seva/whatsapp';

const httpUrl = (fallback: string) => Type.String({ default: fallback, pattern: '^https?://' });

/**
 * The WhatsApp and missed-call settings carry the gateway's names and meaning, so one environment file
 * (infra/dev.env) configures both ends: the simulator signs with the secret the gateway checks and accepts
 * the tokens the platform sends.
 */
export const configSchema = Type.Object({
  PORT: Type.Integer({ default: 3100, minimum: 0, maximum: 65535 }),
  /** Loopback by default: the control API has no authentication. Containers set 0.0.0.0. */
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  LOG_LEVEL: baseConfig.LOG_LEVEL,
  /** Every webhook body is signed with it (X-Hub-Signature-256), as Meta signs with the app secret. */
  WHATSAPP_APP_SECRET: Type.String({ minLength: 8 }),
  /** The business numbers hosted here and the bearer token each accepts. */
  WHATSAPP_NUMBERS: graphSettings.WHATSAPP_NUMBERS,
  /** Sent as x-missed-call-secret, as the telephony provider does. */
  MISSED_CALL_SECRET: Type.String({ minLength: 8 }),
  /** called-line=phone-number-id: the lines citizens can give a missed call to. */
  MISSED_CALL_NUMBERS: keyValueList('called-line=phone-number-id,...'),
  GATEWAY_WEBHOOK_URL: httpUrl('http://127.0.0.1:3000/webhooks/whatsapp'),
  GATEWAY_MISSED_CALL_URL: httpUrl('http://127.0.0.1:3000/webhooks/missed-call'),
  /** How the gateway reaches this server: media URLs handed out by the Graph API start with it. */
  SIMULATOR_PUBLIC_URL: httpUrl('http://127.0.0.1:3100'),
});

export type SimulatorConfig = Static<typeof configSchema>;

export const loadSimulatorConfig = (env: NodeJS.ProcessEnv = process.env): SimulatorConfig =>
  loadConfig(configSchema, env);

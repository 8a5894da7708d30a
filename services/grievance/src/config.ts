import { ConfigError, loadConfig, type Static, serviceConfig, Type } from '@seva/service-kit';

export const configSchema = serviceConfig(
  { port: 3002, database: 'seva_grievance' },
  {
    /** Shared secret of HS256 staff tokens (development). Exactly one of JWT_SECRET and JWKS_URL is set. */
    JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
    /** Where the identity provider publishes the keys that sign staff tokens (production). */
    JWKS_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
    /** Photo links in the API are this followed by the photo's storage key. */
    MEDIA_BASE_URL: Type.String({ default: 'http://127.0.0.1:3000/media', pattern: '^https?://' }),
    /** How often overdue complaints are looked for. */
    ESCALATION_INTERVAL_MS: Type.Integer({ default: 60_000, minimum: 1000 }),
    /** Escalations per complaint at most: 1 reaches the supervisor, 2 the commissioner; 0 turns escalation off. */
    ESCALATION_MAX_LEVEL: Type.Integer({ default: 2, minimum: 0, maximum: 2 }),
  },
);
export type Config = Static<typeof configSchema>;

export function loadGrievanceConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(configSchema, env);
  if ((config.JWT_SECRET === undefined) === (config.JWKS_URL === undefined)) {
    throw new ConfigError([
      `JWT_SECRET, JWKS_URL: set exactly one (got ${config.JWT_SECRET === undefined ? 'neither' : 'both'})`,
    ]);
  }
  return { ...config, MEDIA_BASE_URL: config.MEDIA_BASE_URL.replace(/\/+$/, '') };
}

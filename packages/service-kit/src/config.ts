import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Comma-separated host:port list, at least one. */
export const brokerList = Type.String({
  pattern: '^[^,\\s:]+:\\d+(,[^,\\s:]+:\\d+)*$',
  description: 'host:port[,host:port]',
});

/** `key=value,key=value`: e.g. phone-number-id=access-token for each business number. */
export const keyValueList = (description: string) =>
  Type.String({ pattern: '^[^=,\\s]+=[^,\\s]+(,[^=,\\s]+=[^,\\s]+)*$', description });

export const parseKeyValueList = (value: string): Map<string, string> =>
  new Map(
    value.split(',').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );

/** Settings every service reads. */
export const baseConfig = {
  HOST: Type.String({ default: '0.0.0.0', minLength: 1 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  KAFKA_BROKERS: brokerList,
  /** Prefix of every topic and consumer group (lets environments share a cluster). */
  KAFKA_NAMESPACE: Type.String({ default: '', pattern: '^[a-zA-Z0-9._-]*$' }),
  /** Server URL; the service uses its own database on that server. */
  DATABASE_URL: Type.String({
    pattern: '^postgres(ql)?://',
    default: 'postgres://postgres@127.0.0.1:5432/postgres',
  }),
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** OpenTelemetry's standard sampler setting, read by its SDK (with OTEL_TRACES_SAMPLER_ARG); checked here. */
  OTEL_TRACES_SAMPLER: Type.Optional(
    Type.Union(
      [
        'always_on',
        'always_off',
        'traceidratio',
        'parentbased_always_on',
        'parentbased_always_off',
        'parentbased_traceidratio',
      ].map((sampler) => Type.Literal(sampler)),
    ),
  ),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ default: 15000, minimum: 1000 }),
  /**
   * CPU priority as a Unix nice value (0 normal, 19 lowest). Where consumers share cores with the gateway,
   * they run lower, so webhooks are still answered at once when consumers are saturated: Kafka holds the
   * backlog, while a slow answer makes Meta retry and, in the end, stop delivering.
   */
  PROCESS_NICENESS: Type.Integer({ default: 0, minimum: 0, maximum: 19 }),
  /**
   * How long a consumer remembers the ids of events it applied, to drop them if they come again: longer than
   * its topics keep records (Kafka's default is 7 days) and than Meta retries an unanswered webhook (7 days;
   * the gateway publishes a redelivery again once its own record of the message id is gone).
   */
  PROCESSED_EVENT_RETENTION_HOURS: Type.Integer({ default: 192, minimum: 1 }),
};

const serviceFields = (defaults: { port: number; database: string }) => ({
  PORT: Type.Integer({ default: defaults.port, minimum: 0, maximum: 65535 }),
  DATABASE_NAME: Type.String({ default: defaults.database, pattern: '^[a-z_][a-z0-9_]*$' }),
});

/** Schema of a service's settings: the base ones plus its own, with its database name and port defaults. */
export const serviceConfig = <P extends Record<string, TSchema>>(
  defaults: { port: number; database: string },
  own: P,
) => Type.Object({ ...baseConfig, ...serviceFields(defaults), ...own });

export type BaseConfig = Static<TObject<typeof baseConfig & ReturnType<typeof serviceFields>>>;

/**
 * Reads settings from the environment: defaults filled, strings converted, everything checked.
 * Every problem is reported with the variable's name; an empty value counts as set.
 */
export function loadConfig<S extends TObject>(schema: S, env: NodeJS.ProcessEnv = process.env): Static<S> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const value = Value.Convert(schema, Value.Default(schema, raw));
  const problems = [...Value.Errors(schema, value)].map((error) => {
    const name = error.path.replace(/^\//, '') || '(settings)';
    const given = (value as Record<string, unknown>)[name];
    return `${name}: ${error.message}${given === undefined ? ' (not set)' : ` (got ${JSON.stringify(given)})`}`;
  });
  // TypeBox reports a missing value once per rule it breaks; one line per setting is enough.
  const firstPerSetting = new Map<string, string>();
  for (const problem of problems) {
    const name = problem.slice(0, problem.indexOf(':'));
    if (!firstPerSetting.has(name)) firstPerSetting.set(name, problem);
  }
  if (problems.length > 0) throw new ConfigError([...firstPerSetting.values()]);
  return value as Static<S>;
}

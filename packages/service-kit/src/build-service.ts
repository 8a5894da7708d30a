import type { ServiceName } from '@seva/contracts';
import {
  createPool,
  databaseUrl,
  isDatabaseUnavailable,
  type Pool,
  type PoolSettings,
  prepareDatabase,
  SqlDatabase,
} from '@seva/database';
import {
  type Admin,
  createKafka,
  ensureTopics,
  type Kafka,
  type KafkaSettings,
  kafkaReachable,
  Publisher,
  Subscriber,
  type SubscriberOptions,
} from '@seva/kafka';
import { OutboxRelay, type SqlClient } from '@seva/outbox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
  LogController,
} from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import type { BaseConfig } from './config.js';
import { createRequestErrorHandler } from './create-request-error-handler.js';
import { findConsumerMismatches } from './find-consumer-mismatches.js';
import { health } from './health.js';
import { httpTracing } from './http-tracing.js';
import { createLogger } from './logger.js';
import { type Retention, retentionJob } from './retention-job.js';
import { vacuumWithoutAutovacuum } from './vacuum-without-autovacuum.js';

export interface DatabaseClient extends SqlClient {
  $disconnect(): Promise<void>;
}

/** What a service's routes, consumers and jobs are given. */
export interface ServiceRuntime<
  C extends BaseConfig = BaseConfig,
  Db extends DatabaseClient = DatabaseClient,
> {
  readonly name: ServiceName;
  readonly config: C;
  readonly log: Logger;
  /** The Prisma client, for everything off the hot paths. */
  readonly db: Db;
  /** Plain SQL on the same connections as `db`, for the statements every message pays for. */
  readonly sql: SqlDatabase;
  readonly databaseUrl: string;
  /** Another pool on the service's database (other settings), its lost connections logged like the main one's. */
  readonly openPool: (settings?: Omit<PoolSettings, 'onConnectionLost'>) => Pool;
  readonly kafka: Kafka;
  readonly kafkaSettings: KafkaSettings;
  /** Direct publishing, for services without a database write to couple it to (the gateway). */
  readonly publisher: Publisher;
}

export type ConsumerGroup = Pick<SubscriberOptions, 'groupId' | 'handlers' | 'concurrency' | 'orderFree'>;

export interface BackgroundJob {
  start(): Promise<void> | void;
  stop(): Promise<void>;
}

export interface ServiceSpec<C extends BaseConfig, Db extends DatabaseClient> {
  readonly name: ServiceName;
  /** The service's `prisma/migrations` folder. */
  readonly migrationsDir: string;
  readonly createDatabaseClient: (pool: Pool) => Db;
  /** The service's HTTP surface, registered after tracing and health. */
  readonly app?: FastifyPluginAsync<{ runtime: ServiceRuntime<C, Db> }>;
  readonly consumers?: (runtime: ServiceRuntime<C, Db>) => ConsumerGroup[];
  readonly jobs?: (runtime: ServiceRuntime<C, Db>) => BackgroundJob[];
  /**
   * Tables that grow with every message, each kept to its retention by a job. The processed event ids of a
   * service with consumers need no entry: they are always kept to PROCESSED_EVENT_RETENTION_HOURS.
   */
  readonly retention?: (config: C) => readonly Retention[];
  /**
   * Relay the outbox table to Kafka (every service that writes events in transactions); with `lingerMs` for
   * an outbox whose events nobody waits on, so that at low rates they share produce requests.
   */
  readonly outbox?: boolean | { readonly lingerMs: number };
}

export interface BuildOptions {
  readonly logDestination?: DestinationStream;
}

export interface BuiltService<C extends BaseConfig, Db extends DatabaseClient> {
  readonly app: FastifyInstance;
  readonly runtime: ServiceRuntime<C, Db>;
  /** Stops taking work, finishes what is in hand, leaves the consumer groups, flushes, disconnects. */
  close(): Promise<void>;
}

/**
 * Everything a service needs, in dependency order: its database created and migrated, topics ensured,
 * producer connected, outbox relay and consumers running, and the HTTP app ready (not yet listening).
 */
export async function buildService<C extends BaseConfig, Db extends DatabaseClient>(
  spec: ServiceSpec<C, Db>,
  config: C,
  options: BuildOptions = {},
): Promise<BuiltService<C, Db>> {
  const log = createLogger({
    service: spec.name,
    level: config.LOG_LEVEL,
    destination: options.logDestination,
  });
  const url = databaseUrl(config.DATABASE_URL, config.DATABASE_NAME);
  const migrations = await prepareDatabase(url, spec.migrationsDir);
  log.info({ database: config.DATABASE_NAME, ...migrations }, 'database ready');

  const kafkaSettings: KafkaSettings = {
    brokers: config.KAFKA_BROKERS.split(','),
    clientId: `seva-${spec.name}`,
    namespace: config.KAFKA_NAMESPACE,
    log: (level, message, extra) => log[level](extra, message),
  };
  const kafka = createKafka(kafkaSettings);
  const created = await ensureTopics(kafka, kafkaSettings);
  if (created.length > 0) log.info({ topics: created }, 'topics created');

  const cleanup: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const step of cleanup.reverse())
      await step().catch((error) => log.error({ err: error }, 'shutdown step failed'));
  };
  try {
    const onConnectionLost = (error: Error) =>
      log.warn({ err: error }, 'idle database connection lost; the pool opens another when needed');
    const openPool = (settings: Omit<PoolSettings, 'onConnectionLost'> = {}) =>
      createPool(url, { ...settings, onConnectionLost });
    const pool = openPool();
    cleanup.push(() => pool.end());
    const upkeep = vacuumWithoutAutovacuum(pool, log);
    await upkeep.start();
    cleanup.push(() => upkeep.stop());
    const sql = new SqlDatabase(pool);
    const db = spec.createDatabaseClient(pool);
    cleanup.push(() => db.$disconnect());
    const admin: Admin = kafka.admin();
    await admin.connect();
    cleanup.push(() => admin.disconnect());
    const publisher = new Publisher(kafka, kafkaSettings);
    await publisher.connect();
    cleanup.push(() => publisher.disconnect());
    const runtime: ServiceRuntime<C, Db> = {
      name: spec.name,
      config,
      log,
      db,
      sql,
      databaseUrl: url,
      openPool,
      kafka,
      kafkaSettings,
      publisher,
    };

    if (spec.outbox) {
      const lingerMs = typeof spec.outbox === 'object' ? spec.outbox.lingerMs : undefined;
      const relay = new OutboxRelay({ databaseUrl: url, publisher, name: spec.name, log, lingerMs });
      await relay.start();
      cleanup.push(() => relay.stop());
    }

    let accepting = true;
    // Per-request lines would dominate the log at webhook rates; errors are logged where they happen.
    const app: FastifyInstance = Fastify({
      loggerInstance: log as FastifyBaseLogger,
      bodyLimit: 1024 * 1024,
      logController: new LogController({ disableRequestLogging: true }),
    });
    cleanup.push(async () => {
      accepting = false;
      await app.close();
    });
    app.setErrorHandler(createRequestErrorHandler());
    await app.register(httpTracing);
    await app.register(health, {
      accepting: () => accepting,
      checks: {
        database: async () => {
          await sql.$queryRawUnsafe('select 1');
          return true;
        },
        kafka: () => kafkaReachable(admin),
      },
    });
    if (spec.app) await app.register(spec.app, { runtime });
    await app.ready();

    const groups = spec.consumers?.(runtime) ?? [];
    const mismatches = findConsumerMismatches(spec.name, groups);
    if (mismatches.length > 0)
      throw new Error(`consumers disagree with the topic registry: ${mismatches.join('; ')}`);
    for (const group of groups) {
      const subscriber = new Subscriber(kafka, kafkaSettings, {
        ...group,
        deadLetters: publisher,
        log,
        isOutage: isDatabaseUnavailable,
      });
      await subscriber.start();
      cleanup.push(() => subscriber.stop());
    }
    const retentions: Retention[] = [
      ...(groups.length > 0
        ? [
            {
              table: 'processed_event',
              column: 'processed_at',
              hours: config.PROCESSED_EVENT_RETENTION_HOURS,
            },
          ]
        : []),
      ...(spec.retention?.(config) ?? []),
    ];
    for (const retention of retentions) {
      const job = retentionJob(sql, retention, log);
      await job.start();
      cleanup.push(() => job.stop());
    }
    for (const job of spec.jobs?.(runtime) ?? []) {
      await job.start();
      cleanup.push(() => job.stop());
    }
    return { app, runtime, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

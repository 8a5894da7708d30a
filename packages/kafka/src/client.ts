import { Kafka, type LogEntry, logLevel } from 'kafkajs';

export interface KafkaSettings {
  /** host:port list. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /**
   * Prefix for every topic and consumer group name, so several environments (or test runs) can share
   * one cluster without seeing each other's records. Empty in production.
   */
  readonly namespace?: string;
  /** Receives kafkajs's own warnings and errors. */
  readonly log?: (level: 'warn' | 'error', message: string, extra: Record<string, unknown>) => void;
}

export function createKafka(settings: KafkaSettings): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    connectionTimeout: 3000,
    requestTimeout: 30000,
    retry: { initialRetryTime: 100, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        settings.log?.(level === logLevel.ERROR ? 'error' : 'warn', `kafka: ${message}`, extra);
      },
  });
}

export const namespaced = (settings: Pick<KafkaSettings, 'namespace'>, name: string): string =>
  `${settings.namespace ?? ''}${name}`;

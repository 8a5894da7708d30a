import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  deadLetterTopicName,
  type EventMap,
  type EventType,
  headerNames,
  schemaRegistry,
  type TopicEvents,
  type TopicKey,
  topics,
} from '@seva/contracts';
import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { chainByKey } from './chain-by-key.js';
import { type KafkaSettings, namespaced } from './client.js';
import { isNonRetriable, NonRetriableError } from './errors.js';
import type { Publisher } from './publisher.js';
import { extractTraceContext, headerString } from './trace-headers.js';

export interface EventContext {
  readonly eventId: string;
  readonly type: EventType;
  readonly writerVersion: number;
  readonly key: string | null;
  /** Registry name of the topic, without namespace. */
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly occurredAt: number | undefined;
  /** Attempt number, starting at 1. */
  readonly attempt: number;
}

export type EventHandler<E extends EventType> = (value: EventMap[E], event: EventContext) => Promise<void>;
export type TopicHandlers<T extends TopicKey> = { readonly [E in TopicEvents<T>]?: EventHandler<E> };
export type SubscriptionHandlers = { readonly [T in TopicKey]?: TopicHandlers<T> };

export interface SubscriberLog {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface SubscriberOptions {
  readonly groupId: string;
  readonly handlers: SubscriptionHandlers;
  /** Attempts for a retriable failure before the record is dead-lettered. */
  readonly maxAttempts?: number;
  readonly retryBackoffMs?: number;
  /**
   * Failures that say a service the handlers need is down (the database), not that the record is wrong: such
   * a record is retried until it succeeds or the subscriber stops, never dead-lettered.
   */
  readonly isOutage?: (error: unknown) => boolean;
  /**
   * Partitions handled at once. Within a partition, up to `recordsInFlight` records of a fetched batch are
   * handled at the same time, those of one key (one citizen, one complaint) one after another, in order.
   * Handlers that batch their writes (GroupCommit) so get batches that grow with the backlog instead of one
   * record per partition.
   */
  readonly concurrency?: number;
  /**
   * Topics whose records this group's handlers may apply in any order (their effects commute, and a repeat
   * changes nothing): the records of such a topic are handled together whatever their keys.
   */
  readonly orderFree?: readonly TopicKey[];
  readonly fromBeginning?: boolean;
  /** Producer for dead letters (shared with the service's other publishing). */
  readonly deadLetters: Publisher;
  readonly log: SubscriberLog;
}

const tracer = trace.getTracer('@seva/kafka');
const heartbeatIntervalMs = 1_000;
// Records in flight per partition: enough for a full statement, few enough that a record retried with
// backoff holds back only a bounded part of the partition.
const recordsInFlight = 100;
// An outage is retried at growing intervals up to this one, so a returning database is used within seconds.
const outageBackoffMaxMs = 5_000;
const outageReportMs = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A consumer group over registered topics. Each record is decoded with the schema its header names,
 * handled inside the producer's trace, retried on retriable failure, and dead-lettered (with the
 * error in headers) once it cannot succeed, so the partition always moves on.
 */
export class Subscriber {
  private readonly consumer: Consumer;
  private readonly byTopicName = new Map<string, TopicKey>();
  private readonly orderFree = new Set<string>();
  private running = false;
  private outageReportedAt = 0;

  constructor(
    kafka: Kafka,
    settings: Pick<KafkaSettings, 'namespace'>,
    private readonly options: SubscriberOptions,
  ) {
    this.consumer = kafka.consumer({
      groupId: namespaced(settings, options.groupId),
      allowAutoTopicCreation: false,
      // A member that died (kill -9, lost machine) holds its partitions until the session times out: that is
      // how long its citizens wait after a crash. Heartbeats also go while a record is handled (see handle),
      // so a short session does not expel a live member busy with a slow record.
      sessionTimeout: 10_000,
      heartbeatInterval: heartbeatIntervalMs,
    });
    for (const key of Object.keys(options.handlers) as TopicKey[]) {
      this.byTopicName.set(namespaced(settings, topics[key].name), key);
    }
    for (const key of options.orderFree ?? []) this.orderFree.add(namespaced(settings, topics[key].name));
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({
      topics: [...this.byTopicName.keys()],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    this.running = true;
    await this.consumer.run({
      partitionsConsumedConcurrently: this.options.concurrency ?? 4,
      // Offsets are committed at most once a second (between batches, or within a long one; kafkajs is
      // patched to keep to the interval after a batch too), and on rebalance and on stop: an offset commit is
      // a broker round trip, at low rates every batch is a single record, and a record handled again after a
      // crash is dropped by its event id.
      autoCommitInterval: 1_000,
      // A batch left early (stop, rebalance, seek) must not count as handled beyond its last resolved record.
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Leaves the group (its partitions move to the other members at once) after the records in hand are done. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.consumer.disconnect();
  }

  private async handleBatch({
    batch: { topic, partition, messages },
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
    commitOffsetsIfNecessary,
  }: EachBatchPayload): Promise<void> {
    const orderFree = this.orderFree.has(topic);
    for (let start = 0; start < messages.length && isRunning() && !isStale(); start += recordsInFlight) {
      const group = messages.slice(start, start + recordsInFlight);
      // A slow handler (a send retried with backoff) keeps the membership alive: the session measures whether
      // the process lives, not how long one record takes. During a rebalance the heartbeat is refused; the
      // group waits for these records.
      const alive = setInterval(() => heartbeat().catch(() => undefined), heartbeatIntervalMs);
      // Every record of the group finishes before a failure (a dead letter that could not be produced) stops
      // the batch: the group is handled again from its first record, and none of it is still running then.
      const outcomes = await Promise.allSettled(
        orderFree
          ? group.map((message) => this.handle(topic, partition, message))
          : chainByKey(group).map(async (chain) => {
              for (const message of chain) await this.handle(topic, partition, message);
            }),
      ).finally(() => clearInterval(alive));
      const failed = outcomes.find(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
      );
      if (failed) throw failed.reason;
      resolveOffset(group[group.length - 1]!.offset);
      await heartbeat();
      await commitOffsetsIfNecessary();
    }
  }

  private async handle(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    const topicKey = this.byTopicName.get(topic);
    if (!topicKey) return;
    const headers = message.headers ?? {};
    const parent = extractTraceContext(headers);
    const span = tracer.startSpan(
      `${topics[topicKey].name} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': topic,
          'messaging.destination.partition.id': String(partition),
          'messaging.kafka.offset': Number(message.offset),
          'messaging.consumer.group.name': this.options.groupId,
        },
      },
      parent,
    );
    const maxAttempts = this.options.maxAttempts ?? 5;
    const backoffMs = this.options.retryBackoffMs ?? 200;
    try {
      await context.with(trace.setSpan(parent, span), async () => {
        // Attempts count the record's own failures; a try during an outage does not use one up.
        for (let attempt = 1, outageTries = 0; ; ) {
          try {
            await this.dispatch(
              topicKey,
              topic,
              partition,
              message.offset,
              message.key,
              message.value,
              headers,
              attempt,
            );
            return;
          } catch (error) {
            if (this.options.isOutage?.(error)) {
              // The record is fine and what it needs is down: dead-lettering it would drop a citizen's message.
              // It waits, and the records after it with it; on stop it stays unhandled for the next member.
              if (!this.running) throw error;
              this.reportOutage(topic, partition, message.offset, error);
              await sleep(Math.min(backoffMs * 2 ** outageTries++, outageBackoffMaxMs));
              continue;
            }
            outageTries = 0;
            if (isNonRetriable(error) || attempt >= maxAttempts) {
              span.recordException(error as Error);
              span.setStatus({ code: SpanStatusCode.ERROR, message: 'dead-lettered' });
              await this.deadLetter(
                topic,
                partition,
                message.offset,
                message.key,
                message.value,
                headers,
                error,
                attempt,
              );
              return;
            }
            this.options.log.warn(
              { topic, partition, offset: message.offset, attempt, err: error },
              'event handler failed; retrying',
            );
            await sleep(backoffMs * 2 ** (attempt - 1));
            attempt++;
          }
        }
      });
    } finally {
      span.end();
    }
  }

  /** One line per `outageReportMs` however many records wait: during an outage every in-flight record retries. */
  private reportOutage(topic: string, partition: number, offset: string, error: unknown): void {
    const now = Date.now();
    if (now - this.outageReportedAt < outageReportMs) return;
    this.outageReportedAt = now;
    this.options.log.warn(
      { topic, partition, offset, err: error },
      'a service the handlers need is unavailable; records wait and are retried until it is back',
    );
  }

  private async dispatch(
    topicKey: TopicKey,
    topic: string,
    partition: number,
    offset: string,
    key: Buffer | null,
    value: Buffer | null,
    headers: IHeaders,
    attempt: number,
  ): Promise<void> {
    const schemaId = headerString(headers, headerNames.schema);
    if (!schemaId) throw new NonRetriableError(`record has no ${headerNames.schema} header`);
    if (!value) throw new NonRetriableError('record has no value');
    let decoded: ReturnType<ReturnType<typeof schemaRegistry>['decode']>;
    try {
      decoded = schemaRegistry().decode(schemaId, value);
    } catch (error) {
      throw new NonRetriableError(`cannot decode ${schemaId}: ${(error as Error).message}`, { cause: error });
    }
    const handlers = this.options.handlers[topicKey] as Record<string, EventHandler<EventType>> | undefined;
    const handler = handlers?.[decoded.type];
    if (!handler) return;
    const occurredAt = Number(headerString(headers, headerNames.occurredAt));
    await handler(decoded.value, {
      eventId: headerString(headers, headerNames.eventId) ?? `${topic}:${partition}:${offset}`,
      type: decoded.type,
      writerVersion: decoded.writerVersion,
      key: key?.toString() ?? null,
      topic: topics[topicKey].name,
      partition,
      offset,
      occurredAt: Number.isFinite(occurredAt) ? occurredAt : undefined,
      attempt,
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    offset: string,
    key: Buffer | null,
    value: Buffer | null,
    headers: IHeaders,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.options.log.error({ topic, partition, offset, attempts, err: error }, 'event dead-lettered');
    const kept: Record<string, string | Buffer> = {};
    for (const [name, header] of Object.entries(headers)) {
      const first = Array.isArray(header) ? header[0] : header;
      if (first !== undefined) kept[name] = first;
    }
    await this.options.deadLetters.sendRaw(deadLetterTopicName(topic), {
      key,
      value,
      headers: {
        ...kept,
        [headerNames.dlqError]: reason.slice(0, 4000),
        [headerNames.dlqAttempts]: String(attempts),
        [headerNames.dlqOriginalTopic]: topic,
        [headerNames.dlqOriginalPartition]: String(partition),
        [headerNames.dlqOriginalOffset]: offset,
      },
    });
  }
}

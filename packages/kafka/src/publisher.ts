import type { EventType, TopicEvents, TopicKey } from '@seva/contracts';
import { CompressionTypes, type Kafka, Partitioners, type Producer, type TopicMessages } from 'kafkajs';
import { type KafkaSettings, namespaced } from './client.js';
import { type EncodedRecord, encodeEvent, type OutgoingEvent } from './encode-event.js';
import { GroupCommit } from './group-commit.js';

/**
 * Idempotent producer (acks=all, one request in flight per broker) so retries neither duplicate nor
 * reorder records of one key.
 */
export class Publisher {
  private readonly producer: Producer;
  private readonly sends = new GroupCommit<readonly EncodedRecord[], void>(async (calls) => {
    await this.sendNow(calls.flat());
    return calls.map(() => undefined);
  });

  constructor(
    kafka: Kafka,
    private readonly settings: Pick<KafkaSettings, 'namespace'>,
  ) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Murmur2 like the Java client, so partner systems in any language agree on a key's partition.
      createPartitioner: Partitioners.DefaultPartitioner,
      // An idempotent producer must not give up on a batch (a later one would overtake it); callers that
      // must answer quickly (the webhook) bound the wait themselves.
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: 3000 },
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  /** Flushes what is in flight and leaves the cluster. */
  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** Encodes and sends events of one topic; resolves once every record is acknowledged by all in-sync replicas. */
  async publish<T extends TopicKey, E extends TopicEvents<T> & EventType>(
    topic: T,
    events: readonly OutgoingEvent<E>[],
  ): Promise<EncodedRecord[]> {
    const records = events.map((event) => encodeEvent(topic, event));
    await this.send(records);
    return records;
  }

  /**
   * Sends records encoded earlier, in the given order, and resolves once the broker acknowledged them. Calls
   * made while a request is in flight are coalesced into the next request (group commit): with one request in
   * flight per broker, sending each call on its own would cap throughput at one round trip per call.
   */
  send(records: readonly EncodedRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return this.sends.submit(records);
  }

  private async sendNow(records: readonly EncodedRecord[]): Promise<void> {
    const byTopic = new Map<string, TopicMessages>();
    for (const record of records) {
      const name = namespaced(this.settings, record.topic);
      let batch = byTopic.get(name);
      if (!batch) {
        batch = { topic: name, messages: [] };
        byTopic.set(name, batch);
      }
      batch.messages.push({ key: record.key, value: record.value, headers: record.headers });
    }
    await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic.values()],
    });
  }

  /** Sends one raw record to a full (already namespaced) topic name: dead letters keep the original bytes. */
  async sendRaw(
    fullTopicName: string,
    message: { key: Buffer | null; value: Buffer | null; headers: Record<string, string | Buffer> },
  ): Promise<void> {
    await this.producer.send({ topic: fullTopicName, acks: -1, messages: [message] });
  }
}

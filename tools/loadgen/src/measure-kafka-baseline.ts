import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKafka } from '@seva/kafka';

export interface BaselineFigures {
  readonly messageBytes: number;
  readonly partitions: number;
  /** Batches of `batchSize` records per produce request: what the broker and kafkajs can do at best. */
  readonly batched: {
    readonly messages: number;
    readonly batchSize: number;
    readonly producedPerSecond: number;
    /** From the first produce to the last record consumed by a consumer group. */
    readonly producedAndConsumedPerSecond: number;
  };
  /**
   * One record per produce request from `concurrency` concurrent callers, as the gateway publishes one webhook's
   * event per request: the producer is idempotent with one request in flight, so requests queue behind each other.
   */
  readonly oneRecordPerRequest: {
    readonly messages: number;
    readonly concurrency: number;
    readonly producedPerSecond: number;
    readonly producedAndConsumedPerSecond: number;
  };
}

export interface BaselineSettings {
  readonly brokers: string;
  /** The run's namespace: the topic and group are deleted with the run's. */
  readonly namespace: string;
  readonly messages?: number;
  readonly messageBytes?: number;
}

const round = (value: number) => Math.round(value);

/**
 * Raw kafkajs throughput of one topic hop on the broker the platform uses: produce with the settings of the
 * platform's publisher (idempotent, acks=all, one request in flight) and consume in a group, records about the
 * size of a citizen message event with the same headers. The platform's end-to-end rate is compared to it.
 */
export async function measureKafkaBaseline(settings: BaselineSettings): Promise<BaselineFigures> {
  const messages = settings.messages ?? 20_000;
  const messageBytes = settings.messageBytes ?? 400;
  const partitions = 12;
  const kafka = createKafka({ brokers: settings.brokers.split(','), clientId: 'seva-loadgen-baseline' });
  const topic = `${settings.namespace}loadgen.baseline`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions: partitions, replicationFactor: -1 }],
    waitForLeaders: true,
  });
  await admin.disconnect();

  let consumed = 0;
  let lastConsumedAt = 0;
  const consumer = kafka.consumer({ groupId: `${settings.namespace}loadgen-baseline` });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: partitions,
    eachBatch: async ({ batch }) => {
      consumed += batch.messages.length;
      lastConsumedAt = performance.now();
    },
  });
  await Promise.race([joined, sleep(30_000)]);

  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const value = randomBytes(messageBytes);
  const record = (index: number) => ({
    key: `917${String(index % 5000).padStart(9, '0')}`,
    value,
    headers: {
      'seva-schema': 'whatsapp.inbound-message.v1',
      'seva-event-id': `wa:wamid.baseline.${index}`,
      traceparent: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
    },
  });
  const waitConsumed = async (target: number) => {
    // Bounded: a minute is far beyond what either phase needs on a healthy broker.
    const deadline = Date.now() + 60_000;
    while (consumed < target && Date.now() < deadline) await sleep(5);
    if (consumed < target) throw new Error(`baseline consumer got ${consumed} of ${target} records`);
  };

  try {
    const batchSize = 250;
    const batchedStart = performance.now();
    for (let sent = 0; sent < messages; sent += batchSize) {
      const count = Math.min(batchSize, messages - sent);
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: count }, (_, i) => record(sent + i)),
      });
    }
    const batchedProduced = performance.now();
    await waitConsumed(messages);
    const batched = {
      messages,
      batchSize,
      producedPerSecond: round(messages / ((batchedProduced - batchedStart) / 1000)),
      producedAndConsumedPerSecond: round(messages / ((lastConsumedAt - batchedStart) / 1000)),
    };

    const singles = Math.min(messages, 5000);
    const concurrency = 64;
    let next = 0;
    const singleStart = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < singles) {
          const index = next++;
          await producer.send({ topic, acks: -1, messages: [record(messages + index)] });
        }
      }),
    );
    const singleProduced = performance.now();
    await waitConsumed(messages + singles);
    return {
      messageBytes,
      partitions,
      batched,
      oneRecordPerRequest: {
        messages: singles,
        concurrency,
        producedPerSecond: round(singles / ((singleProduced - singleStart) / 1000)),
        producedAndConsumedPerSecond: round(singles / ((lastConsumedAt - singleStart) / 1000)),
      },
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await consumer.disconnect().catch(() => undefined);
  }
}

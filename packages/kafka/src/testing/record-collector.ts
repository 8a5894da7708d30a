import { type EventType, headerNames, schemaRegistry } from '@seva/contracts';
import { uniqueName } from '@seva/testkit';
import type { Consumer, IHeaders, Kafka } from 'kafkajs';

export interface CollectedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly headers: Record<string, string>;
  readonly type: EventType | undefined;
  readonly value: unknown;
}

const flatten = (headers: IHeaders | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value[0] : value)?.toString() ?? '',
    ]),
  );

/** Reads whole topics (full names) from the beginning so a test can look at exactly what was published. */
export class RecordCollector {
  readonly records: CollectedRecord[] = [];
  private readonly consumer: Consumer;

  constructor(
    kafka: Kafka,
    private readonly topicNames: string[],
  ) {
    this.consumer = kafka.consumer({ groupId: uniqueName('collector'), sessionTimeout: 10000 });
  }

  async start(): Promise<this> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topicNames, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const headers = flatten(message.headers);
        let type: EventType | undefined;
        let value: unknown = message.value;
        const schemaId = headers[headerNames.schema];
        if (schemaId && message.value) {
          try {
            ({ type, value } = schemaRegistry().decode(schemaId, message.value));
          } catch {
            // Poison records are collected raw.
          }
        }
        this.records.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          headers,
          type,
          value,
        });
      },
    });
    return this;
  }

  /** Resolves once the predicate holds for the records seen so far; rejects after the timeout with what was seen. */
  async waitFor(
    predicate: (records: CollectedRecord[]) => boolean,
    timeoutMs = 20000,
  ): Promise<CollectedRecord[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.records)) {
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms; collected ${this.records.length} records`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.records;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

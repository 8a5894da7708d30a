import { testInfra, uniqueName } from '@seva/testkit';
import type { Kafka } from 'kafkajs';
import { ensureTopics } from '../admin.js';
import { createKafka, type KafkaSettings } from '../client.js';

export interface TestKafka {
  readonly kafka: Kafka;
  readonly settings: KafkaSettings;
}

/** Kafka settings with a namespace of its own on the test broker, and every registered topic created in it. */
export async function createTestKafka(prefix: string): Promise<TestKafka> {
  const { kafkaBrokers } = await testInfra();
  const settings: KafkaSettings = {
    brokers: kafkaBrokers,
    clientId: prefix,
    namespace: `${uniqueName(prefix)}.`,
  };
  const kafka = createKafka(settings);
  await ensureTopics(kafka, settings);
  return { kafka, settings };
}

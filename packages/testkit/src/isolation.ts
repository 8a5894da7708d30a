import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, prepareDatabase } from '@seva/database';
import { createKafka, ensureTopics, type Kafka, type KafkaSettings } from '@seva/kafka';
import { testInfra } from './infra.js';

/** Lower-case name unique to this run, usable as a database name or a topic prefix. */
export const uniqueName = (prefix: string): string => `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh database with the given migrations applied. */
export async function createTestDatabase(prefix: string, migrationsDir: string): Promise<TestDatabase> {
  const { databaseServerUrl } = await testInfra();
  const name = uniqueName(`test_${prefix}`);
  const url = databaseUrl(databaseServerUrl, name);
  await prepareDatabase(url, migrationsDir);
  return { url, name, drop: () => dropDatabase(url) };
}

export interface TestKafka {
  readonly kafka: Kafka;
  readonly settings: KafkaSettings;
}

/** Kafka settings with a namespace of its own, and every registered topic created in it. */
export async function createTestKafka(prefix: string): Promise<TestKafka> {
  const { kafkaBrokers } = await testInfra();
  const settings: KafkaSettings = { brokers: kafkaBrokers, clientId: prefix, namespace: `${uniqueName(prefix)}.` };
  const kafka = createKafka(settings);
  await ensureTopics(kafka, settings);
  return { kafka, settings };
}

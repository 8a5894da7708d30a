import { deadLetterTopicName, type TopicDefinition, topicList } from '@seva/contracts';
import type { Admin, Kafka } from 'kafkajs';
import { type KafkaSettings, namespaced } from './client.js';

/** Creates every registered topic and its dead-letter topic that does not exist yet. Safe to run repeatedly. */
export async function ensureTopics(
  kafka: Kafka,
  settings: Pick<KafkaSettings, 'namespace'>,
  definitions: readonly TopicDefinition[] = topicList(),
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = definitions.flatMap((topic) => [
      { topic: namespaced(settings, topic.name), numPartitions: topic.partitions },
      { topic: namespaced(settings, deadLetterTopicName(topic.name)), numPartitions: 1 },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.topic));
    // A busy controller can take longer to elect leaders than the client waits; asking again is harmless.
    for (let attempt = 1; missing.length > 0; attempt++) {
      try {
        await admin.createTopics({
          topics: missing.map((t) => ({ ...t, replicationFactor: -1 })),
          waitForLeaders: true,
        });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
    }
    return missing.map((t) => t.topic);
  } finally {
    await admin.disconnect();
  }
}

/** True when the cluster answers a metadata request in time: the readiness probe. */
export async function kafkaReachable(admin: Admin, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([admin.describeCluster().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

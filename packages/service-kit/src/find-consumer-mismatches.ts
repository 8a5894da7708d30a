import { type ServiceName, type TopicKey, topics } from '@seva/contracts';
import type { ConsumerGroup } from './build-service.js';

/**
 * Where a service's consumer groups and the topic registry disagree on what the service reads. Partner
 * departments learn from the registry (docs/asyncapi.yaml) who depends on a topic, so a service must neither
 * read a topic the registry does not name it for, nor be named for one it does not read.
 */
export function findConsumerMismatches(service: ServiceName, groups: readonly ConsumerGroup[]): string[] {
  const read = new Set(groups.flatMap((group) => Object.keys(group.handlers)));
  const problems: string[] = [];
  for (const [key, topic] of Object.entries(topics) as Array<[TopicKey, (typeof topics)[TopicKey]]>) {
    const listed = (topic.consumers as readonly string[]).includes(service);
    if (read.has(key) && !listed)
      problems.push(`${service} reads ${topic.name}, but the topic registry does not list it as a consumer`);
    if (listed && !read.has(key))
      problems.push(
        `the topic registry lists ${service} as a consumer of ${topic.name}, which it does not read`,
      );
  }
  return problems;
}

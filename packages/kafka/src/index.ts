export type { Admin, Consumer, IHeaders, Kafka } from 'kafkajs';
export { ensureTopics, kafkaReachable } from './admin.js';
export { createKafka, type KafkaSettings, namespaced } from './client.js';
export { type EncodedRecord, encodeEvent, type OutgoingEvent } from './encode-event.js';
export { isNonRetriable, KafkaUnavailableError, NonRetriableError } from './errors.js';
export { GroupCommit, type GroupCommitOptions } from './group-commit.js';
export { Publisher } from './publisher.js';
export {
  type EventContext,
  type EventHandler,
  Subscriber,
  type SubscriberLog,
  type SubscriberOptions,
  type SubscriptionHandlers,
  type TopicHandlers,
} from './subscriber.js';
export { extractTraceContext, traceHeaders } from './trace-headers.js';

export { createTestKafka, type TestKafka } from './create-test-kafka.js';
export { type CollectedRecord, RecordCollector } from './record-collector.js';

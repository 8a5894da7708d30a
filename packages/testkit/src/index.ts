export { eventually } from './eventually.js';
export { type TestInfra, testInfra } from './infra.js';
export { createTestDatabase, createTestKafka, type TestDatabase, type TestKafka, uniqueName } from './isolation.js';
export { type CollectedRecord, RecordCollector } from './record-collector.js';
export { repoRoot } from './repo-root.js';

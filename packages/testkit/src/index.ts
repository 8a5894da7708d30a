export { eventually } from './eventually.js';
export { type TestInfra, testInfra } from './infra.js';
export { createTestDatabase, type TestDatabase, uniqueName } from './isolation.js';
export { repoRoot } from './repo-root.js';

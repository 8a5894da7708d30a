export { eventually } from './eventually.js';
export { type TestInfra, testInfra } from './infra.js';
export {
  createTestDatabase,
  createTestSqlDatabase,
  type TestDatabase,
  type TestSqlDatabase,
  uniqueName,
} from './isolation.js';
export { repoRoot } from './repo-root.js';

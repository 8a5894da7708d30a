export { type AppliedMigrations, applyMigrations } from './apply-migrations.js';
export { createDatabaseIfMissing, dropDatabase } from './create-database.js';
export { databaseNameOf, databaseUrl } from './database-url.js';
export { isDatabaseUnavailable } from './is-database-unavailable.js';
export { prepareDatabase } from './prepare-database.js';
export { prismaAdapter } from './prisma-adapter.js';
export { type RetrySettings, retryWhileUnavailable } from './retry-while-unavailable.js';
export { createPool, type Pool, type PoolSettings, SqlDatabase, SqlTransaction } from './sql-database.js';

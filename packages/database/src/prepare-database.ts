import { type AppliedMigrations, applyMigrations } from './apply-migrations.js';
import { createDatabaseIfMissing } from './create-database.js';

/** What a service does at start: its database exists and carries every migration. */
export async function prepareDatabase(
  url: string,
  migrationsDir: string,
): Promise<AppliedMigrations & { created: boolean }> {
  const created = await createDatabaseIfMissing(url);
  return { created, ...(await applyMigrations(url, migrationsDir)) };
}

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface AppliedMigrations {
  readonly applied: string[];
  readonly alreadyApplied: number;
}

/** Any fixed number: all replicas of a service take the same lock on their own database. */
const migrationLockKey = 72_616_201;

/**
 * Applies `prisma/migrations/<name>/migration.sql` folders in name order, each in its own transaction,
 * and records them in `_prisma_migrations` exactly as `prisma migrate deploy` does (same table, sha256
 * checksum of the file), so either tool can take over a database the other one migrated. Needs no
 * native Prisma engine. An edited migration that was already applied stops the service.
 */
export async function applyMigrations(url: string, migrationsDir: string): Promise<AppliedMigrations> {
  const folders = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter(
          (entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')),
        )
        .map((entry) => entry.name)
        .sort()
    : [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await client.query(`create table if not exists "_prisma_migrations" (
      "id" varchar(36) primary key not null,
      "checksum" varchar(64) not null,
      "finished_at" timestamptz,
      "migration_name" varchar(255) not null,
      "logs" text,
      "rolled_back_at" timestamptz,
      "started_at" timestamptz not null default now(),
      "applied_steps_count" integer not null default 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'select migration_name, checksum, finished_at from "_prisma_migrations" where rolled_back_at is null',
    );
    const recorded = new Map(done.rows.map((row) => [row.migration_name, row]));
    const applied: string[] = [];
    for (const name of folders) {
      const sql = readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const previous = recorded.get(name);
      if (previous) {
        if (!previous.finished_at)
          throw new Error(`migration ${name} failed earlier; repair the database first`);
        if (previous.checksum !== checksum)
          throw new Error(`migration ${name} was edited after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query('begin');
      try {
        await client.query(sql);
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           values ($1, $2, $3, now(), now(), 1)`,
          [id, checksum, name],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(name);
    }
    return { applied, alreadyApplied: folders.length - applied.length };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await client.end();
  }
}

import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export interface AppliedMigrations {
  readonly applied: string[];
  readonly alreadyApplied: number;
}

/** Any fixed number: all replicas of a service take the same lock on their own database. */
const migrationLockKey = 72_616_201;
/** How often a replica asks again for the lock another one holds. */
const lockPollMs = 200;
/** SQLSTATE of a statement PostgreSQL refuses inside a transaction block (active_sql_transaction). */
const refusedInTransaction = '25001';

interface Migration {
  readonly id: string;
  readonly name: string;
  readonly checksum: string;
  readonly sql: string;
}

/**
 * Applies `prisma/migrations/<name>/migration.sql` folders in name order, each in its own transaction,
 * and records them in `_prisma_migrations` exactly as `prisma migrate deploy` does (same table, sha256
 * checksum of the file), so either tool can take over a database the other one migrated. Needs no
 * native Prisma engine. An edited migration that was already applied stops the service. A migration that
 * PostgreSQL refuses in a transaction (CREATE INDEX CONCURRENTLY, which leaves the table's writers running
 * while the index is built) runs on its own, as `prisma migrate deploy` runs a migration of one statement,
 * and is recorded as started first, so one interrupted is reported as failed at the next start.
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
    // Asked for again rather than waited for: a session waiting for it holds a snapshot, and an index built
    // concurrently by the holder waits for every older snapshot to end.
    while (!(await tryLock(client))) await sleep(lockPollMs);
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
      const migration = { id: randomUUID(), name, checksum, sql };
      if (!(await applyInTransaction(client, migration))) await applyOutsideTransaction(client, migration);
      applied.push(name);
    }
    return { applied, alreadyApplied: folders.length - applied.length };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await client.end();
  }
}

async function tryLock(client: pg.Client): Promise<boolean> {
  const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [
    migrationLockKey,
  ]);
  return result.rows[0]?.locked === true;
}

const sqlState = (error: unknown) => (error as { code?: string }).code;

/** Applies and records a migration in one transaction; false when PostgreSQL refuses it in a transaction. */
async function applyInTransaction(client: pg.Client, migration: Migration): Promise<boolean> {
  const { id, name, checksum, sql } = migration;
  await client.query('begin');
  try {
    await client.query(sql);
    await client.query(
      `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       values ($1, $2, $3, now(), now(), 1)`,
      [id, checksum, name],
    );
    await client.query('commit');
    return true;
  } catch (error) {
    await client.query('rollback');
    if (sqlState(error) === refusedInTransaction) return false;
    throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Runs a migration as one simple query, outside any transaction of ours. PostgreSQL runs a query of several
 * statements as one implicit transaction, so such a statement among others is refused again, with nothing
 * applied; the migration then names it.
 */
async function applyOutsideTransaction(client: pg.Client, migration: Migration): Promise<void> {
  const { id, name, checksum, sql } = migration;
  await client.query(
    `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     values ($1, $2, $3, now(), 0)`,
    [id, checksum, name],
  );
  try {
    await client.query(sql);
  } catch (error) {
    const message = (error as Error).message;
    if (sqlState(error) === refusedInTransaction) {
      await client.query('delete from "_prisma_migrations" where id = $1', [id]);
      const statement = message.replace(/ cannot run inside a transaction block$/, '').toLowerCase();
      throw new Error(
        `migration ${name} mixes a statement that cannot run in a transaction (${statement}) with others; give it a migration of its own`,
        { cause: error },
      );
    }
    await client.query('update "_prisma_migrations" set logs = $2 where id = $1', [id, message]);
    throw new Error(
      `migration ${name} failed outside a transaction: ${message}; drop what it left (an invalid index) and mark it rolled back before starting again`,
      { cause: error },
    );
  }
  await client.query(
    'update "_prisma_migrations" set finished_at = now(), applied_steps_count = 1 where id = $1',
    [id],
  );
}

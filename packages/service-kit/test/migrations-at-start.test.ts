import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, databaseUrl, dropDatabase, prepareDatabase } from '@seva/database';
import { testInfra, uniqueName } from '@seva/testkit';
import { afterEach, describe, expect, it } from 'vitest';

/** A migrations folder in Prisma's layout. */
function migrations(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seva-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const table = `create table "visit" ("id" serial primary key, "at" timestamptz not null);
insert into "visit" ("at") select now() - make_interval(secs => n) from generate_series(1, 1000) n;
insert into "visit" ("at") values ('2026-01-01T00:00:00Z'), ('2026-01-01T00:00:00Z');`;

describe('migrations at start', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function freshDatabase(): Promise<string> {
    const { databaseServerUrl } = await testInfra();
    const url = databaseUrl(databaseServerUrl, uniqueName('test_migrations'));
    cleanup.push(() => dropDatabase(url));
    return url;
  }

  async function query<R>(url: string, sql: string): Promise<R[]> {
    const pool = createPool(url);
    try {
      return (await pool.query(sql)).rows as R[];
    } finally {
      await pool.end();
    }
  }

  const folder = (files: Record<string, string>) => {
    const dir = migrations(files);
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  it('builds an index concurrently in a migration of its own, with replicas starting together', async () => {
    const url = await freshDatabase();
    const dir = folder({
      '0001_visits': table,
      '0002_visit_at_index':
        '-- writers go on while it is built\ncreate index concurrently "visit_at_idx" on "visit" ("at");\n',
    });
    const results = await Promise.all([prepareDatabase(url, dir), prepareDatabase(url, dir)]);
    expect(results.map((result) => result.applied).sort((a, b) => b.length - a.length)).toEqual([
      ['0001_visits', '0002_visit_at_index'],
      [],
    ]);
    const [index] = await query<{ valid: boolean }>(
      url,
      `select indisvalid as valid from pg_index where indexrelid = 'visit_at_idx'::regclass`,
    );
    expect(index?.valid).toBe(true);
    const recorded = await query<{ migration_name: string; done: boolean; steps: number }>(
      url,
      `select migration_name, finished_at is not null as done, applied_steps_count as steps
       from "_prisma_migrations" order by migration_name`,
    );
    expect(recorded).toEqual([
      { migration_name: '0001_visits', done: true, steps: 1 },
      { migration_name: '0002_visit_at_index', done: true, steps: 1 },
    ]);
  });

  it('refuses a concurrent build among other statements before running any of them', async () => {
    const url = await freshDatabase();
    const dir = folder({
      '0001_visits': `${table}\ncreate index concurrently "visit_at_idx" on "visit" ("at");`,
    });
    await expect(prepareDatabase(url, dir)).rejects.toThrow(
      /migration 0001_visits mixes .* give it a migration of its own/,
    );
    expect(await query(url, `select to_regclass('visit') as found`)).toEqual([{ found: null }]);
  });

  it('reports a failed concurrent build until it is repaired and rolled back, then builds it again', async () => {
    const url = await freshDatabase();
    const dir = folder({
      '0001_visits': table,
      '0002_visit_at_unique': 'create unique index concurrently "visit_at_key" on "visit" ("at");',
    });
    await expect(prepareDatabase(url, dir)).rejects.toThrow(
      /migration 0002_visit_at_unique failed outside a transaction: .*could not create unique index.*mark it rolled back/,
    );
    await expect(prepareDatabase(url, dir)).rejects.toThrow(
      'migration 0002_visit_at_unique failed earlier; repair the database first',
    );
    const [index] = await query<{ valid: boolean }>(
      url,
      `select indisvalid as valid from pg_index where indexrelid = 'visit_at_key'::regclass`,
    );
    expect(index?.valid).toBe(false);

    await query(url, `drop index "visit_at_key"`);
    await query(url, `delete from "visit" where "at" = '2026-01-01T00:00:00Z' and "id" > 1001`);
    await query(
      url,
      `update "_prisma_migrations" set rolled_back_at = now() where migration_name = '0002_visit_at_unique'`,
    );
    expect((await prepareDatabase(url, dir)).applied).toEqual(['0002_visit_at_unique']);
    const [rebuilt] = await query<{ valid: boolean }>(
      url,
      `select indisvalid as valid from pg_index where indexrelid = 'visit_at_key'::regclass`,
    );
    expect(rebuilt?.valid).toBe(true);
  });
});

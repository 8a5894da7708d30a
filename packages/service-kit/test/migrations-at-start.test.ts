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

  async function indexValid(url: string, index: string): Promise<boolean | undefined> {
    const [row] = await query<{ valid: boolean }>(
      url,
      `select indisvalid as valid from pg_index where indexrelid = '${index}'::regclass`,
    );
    return row?.valid;
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
    expect(await indexValid(url, 'visit_at_idx')).toBe(true);
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

  it.each([
    ['create index concurrently "visit_id_idx" on "visit" ("id");'],
    ['-- built while writers go on\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS visit_id ON visit (id)'],
    ['drop index concurrently if exists visit_at_idx;'],
    ['reindex (verbose) index concurrently visit_at_idx;'],
    ['create index "visit_id_idx" on "visit" ("id");'],
    ['create table a (id int);\ncreate index a_id on a (id);'],
    ["comment on table visit is 'create index concurrently; later';"],
    ['create function f() returns int as $body$ select 1; $body$ language sql;'],
    ['/* create index concurrently x on visit (id); /* nested */ */ create table b (id int);'],
    ['create table "concurrently; create index concurrently" (id int);'],
  ])('applies and records %j', async (sql) => {
    const url = await freshDatabase();
    const dir = folder({
      '0001_visits': `${table}\ncreate index "visit_at_idx" on "visit" ("at");`,
      '0007_test': sql,
    });
    expect((await prepareDatabase(url, dir)).applied).toEqual(['0001_visits', '0007_test']);
    expect(
      await query(
        url,
        `select finished_at is not null as done from "_prisma_migrations" where migration_name = '0007_test'`,
      ),
    ).toEqual([{ done: true }]);
  });

  it('refuses a concurrent build after another statement, naming the migration, with nothing applied', async () => {
    const url = await freshDatabase();
    const dir = folder({
      '0001_visits': table,
      '0007_mixed':
        'alter table visit add column seen timestamptz;\ncreate index concurrently visit_seen on visit (seen);',
    });
    await expect(prepareDatabase(url, dir)).rejects.toThrow(
      /migration 0007_mixed mixes .*create index concurrently.* give it a migration of its own/,
    );
    expect(
      await query(
        url,
        `select count(*)::int as found from information_schema.columns where column_name = 'seen'`,
      ),
    ).toEqual([{ found: 0 }]);
    expect(
      await query(
        url,
        `select count(*)::int as rows from "_prisma_migrations" where migration_name = '0007_mixed'`,
      ),
    ).toEqual([{ rows: 0 }]);
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
    expect(await indexValid(url, 'visit_at_key')).toBe(false);

    await query(url, `drop index "visit_at_key"`);
    await query(url, `delete from "visit" where "at" = '2026-01-01T00:00:00Z' and "id" > 1001`);
    await query(
      url,
      `update "_prisma_migrations" set rolled_back_at = now() where migration_name = '0002_visit_at_unique'`,
    );
    expect((await prepareDatabase(url, dir)).applied).toEqual(['0002_visit_at_unique']);
    expect(await indexValid(url, 'visit_at_key')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { runsOutsideTransaction } from '../src/runs-outside-transaction.js';

describe('runsOutsideTransaction', () => {
  it.each([
    ['create index concurrently "a_at_idx" on "a" ("at");', true],
    ['-- built while writers go on\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS a_id ON a (id)', true],
    ['drop index concurrently if exists a_at_idx;', true],
    ['reindex (verbose) index concurrently a_at_idx;', true],
    ['create index "a_at_idx" on "a" ("at");', false],
    ['create table a (id int);\ncreate index a_id on a (id);', false],
    ["comment on table a is 'create index concurrently; later';", false],
    ['create function f() returns int as $body$ select 1; $body$ language sql;', false],
    ['/* create index concurrently x on a (id); /* nested */ */ create table b (id int);', false],
    ['create table "concurrently; create index concurrently" (id int);', false],
  ])('%s → %s', (sql, outside) => {
    expect(runsOutsideTransaction('0007_test', sql)).toBe(outside);
  });

  it('refuses such a statement among others, naming the migration', () => {
    expect(() =>
      runsOutsideTransaction(
        '0007_mixed',
        'alter table a add column at timestamptz;\ncreate index concurrently a_at on a (at);',
      ),
    ).toThrow(/migration 0007_mixed mixes .*create index concurrently.* give it a migration of its own/);
  });
});

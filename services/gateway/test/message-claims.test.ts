import { fileURLToPath } from 'node:url';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageClaims } from '../src/domain/message-claims.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

describe('MessageClaims', () => {
  let database: TestSqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('gateway_claims', migrations);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const published = async (ids: string[]) => {
    const rows = await database.sql.$queryRawUnsafe<Array<{ message_id: string; published: boolean }>>(
      'select message_id, published_at is not null as published from seen_message where message_id = any($1::text[]) order by message_id',
      ids,
    );
    return Object.fromEntries(rows.map((row) => [row.message_id, row.published]));
  };

  it('gathers the marks of published claims and writes them together after the delay', async () => {
    const claims = new MessageClaims(database.sql, 100);
    expect(await claims.claim(['wamid.m1', 'wamid.m2'])).toEqual(new Set(['wamid.m1', 'wamid.m2']));
    const marked = [claims.markPublished(['wamid.m1']), claims.markPublished(['wamid.m2'])];
    expect(await published(['wamid.m1', 'wamid.m2'])).toEqual({ 'wamid.m1': false, 'wamid.m2': false });
    await Promise.all(marked);
    expect(await published(['wamid.m1', 'wamid.m2'])).toEqual({ 'wamid.m1': true, 'wamid.m2': true });
  });

  it('writes the marks still waiting when flushed (on stop)', async () => {
    const claims = new MessageClaims(database.sql, 60_000);
    await claims.claim(['wamid.f1']);
    const marked = claims.markPublished(['wamid.f1']);
    await claims.flush();
    await marked;
    expect(await published(['wamid.f1'])).toEqual({ 'wamid.f1': true });
  });

  it('takes an id once while its claim is fresh or published, and again once an unpublished claim expired', async () => {
    const claims = new MessageClaims(database.sql, 10);
    await claims.claim(['wamid.p1', 'wamid.u1', 'wamid.e1']);
    await claims.markPublished(['wamid.p1']);
    await database.sql.$executeRawUnsafe(
      `update seen_message set claimed_at = now() - interval '31 seconds' where message_id in ('wamid.p1', 'wamid.e1')`,
    );
    expect(await claims.claim(['wamid.p1', 'wamid.u1', 'wamid.e1'])).toEqual(new Set(['wamid.e1']));
  });
});

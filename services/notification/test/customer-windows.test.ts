import { fileURLToPath } from 'node:url';
import type { InboundMessage } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerWindows } from '../src/domain/customer-windows.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

describe('customer windows recorded together, on real Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('notification_windows', migrations);
    sql = database.sql;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const message = (citizenWaId: string, sentAt: string): InboundMessage => ({
    messageId: `wamid.${citizenWaId}.${sentAt}`,
    businessNumberId: '100200300400500',
    citizenWaId,
    citizenName: null,
    sentAt: Date.parse(sentAt),
    kind: 'TEXT',
    text: 'hi',
    reply: null,
    location: null,
    media: null,
    unsupportedReason: null,
    contextMessageId: null,
  });
  const windowOf = async (citizenWaId: string) =>
    (
      await sql.$queryRawUnsafe<Array<{ last_inbound_at: Date }>>(
        'select last_inbound_at from customer_window where citizen_wa_id = $1',
        citizenWaId,
      )
    )[0]?.last_inbound_at.toISOString();

  it('keeps the latest message time per citizen, whatever the order and however many arrive at once', async () => {
    const windows = new CustomerWindows(sql);
    await Promise.all([
      windows.record(message('919800000301', '2026-11-30T10:00:00.000Z')),
      windows.record(message('919800000301', '2026-11-30T10:05:00.000Z')),
      windows.record(message('919800000301', '2026-11-30T10:01:00.000Z')),
      windows.record(message('919800000302', '2026-11-30T09:00:00.000Z')),
    ]);
    await windows.record(message('919800000302', '2026-11-30T08:00:00.000Z'));
    expect(await windowOf('919800000301')).toBe('2026-11-30T10:05:00.000Z');
    expect(await windowOf('919800000302')).toBe('2026-11-30T09:00:00.000Z');
  });
});

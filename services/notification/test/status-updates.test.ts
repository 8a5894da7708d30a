import { fileURLToPath } from 'node:url';
import type { MessageStatus } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EchoedStatus, StatusUpdates } from '../src/domain/status-updates.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const businessNumberId = '100200300400500';

describe('statuses applied together, on real Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('notification_statuses', migrations);
    sql = database.sql;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const sent = async (name: string, status: string) => {
    await sql.$executeRawUnsafe(
      `insert into outbound_message (request_id, business_number_id, citizen_wa_id, status, message_id, payload)
       values ($1, $2, $3, $4, $5, '{}'::jsonb)`,
      `req-${name}`,
      businessNumberId,
      `91980000${name}`,
      status,
      `wamid.${name}`,
    );
  };
  const status = (name: string, kind: MessageStatus['status'], requestId = `req-${name}`): EchoedStatus => ({
    messageId: `wamid.${name}`,
    businessNumberId,
    citizenWaId: `91980000${name}`,
    status: kind,
    at: Date.now(),
    errors: kind === 'FAILED' ? [{ code: 131026, title: 'Message undeliverable', detail: null }] : [],
    callbackData: requestId,
  });
  const stored = async (name: string) =>
    (
      await sql.$queryRawUnsafe<Array<{ status: string; error_code: number | null }>>(
        'select status, error_code from outbound_message where request_id = $1',
        `req-${name}`,
      )
    )[0];
  const announced = async (name: string) =>
    (
      await sql.$queryRawUnsafe<Array<{ event_id: string }>>(
        'select event_id from outbox_event where event_id like $1 order by id',
        `delivery:req-${name}:%`,
      )
    ).map((row) => row.event_id.split(':')[2]);

  it('moves each message to its furthest status and announces every status beyond the stored one', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => sent(name, name === 'd' ? 'read' : 'accepted')));
    const updates = new StatusUpdates(sql);
    // Submitted together, so they are applied in one or two statements.
    const found = await Promise.all([
      updates.apply(status('a', 'SENT')),
      updates.apply(status('a', 'DELIVERED')),
      updates.apply(status('a', 'SENT')),
      updates.apply(status('b', 'READ')),
      updates.apply(status('b', 'SENT')),
      updates.apply(status('c', 'FAILED')),
      updates.apply(status('d', 'FAILED')),
      updates.apply(status('unknown', 'SENT')),
      updates.apply(status('a', 'READ', 'req-other')),
    ]);
    expect(found).toEqual([true, true, true, true, true, true, true, false, false]);
    expect(await stored('a')).toEqual({ status: 'delivered', error_code: null });
    expect(await announced('a')).toEqual(['SENT', 'DELIVERED']);
    expect(await stored('b')).toEqual({ status: 'read', error_code: null });
    expect(await announced('b')).toEqual(['READ', 'SENT']);
    expect(await stored('c')).toEqual({ status: 'failed', error_code: 131026 });
    expect(await announced('c')).toEqual(['FAILED']);
    // A message read stays read.
    expect(await stored('d')).toEqual({ status: 'read', error_code: null });
    expect(await announced('d')).toEqual([]);
  });

  it('changes nothing and announces nothing for statuses it has already applied', async () => {
    await sent('e', 'accepted');
    const updates = new StatusUpdates(sql);
    await updates.apply(status('e', 'DELIVERED'));
    await Promise.all([updates.apply(status('e', 'DELIVERED')), updates.apply(status('e', 'SENT'))]);
    expect(await stored('e')).toEqual({ status: 'delivered', error_code: null });
    expect(await announced('e')).toEqual(['DELIVERED']);
  });
});

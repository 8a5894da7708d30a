import { fileURLToPath } from 'node:url';
import { headerNames, schemaRegistry } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryFacts } from '../src/domain/record-delivery.js';
import { type SendOutcome, SendResults } from '../src/domain/send-results.js';
import { watchStatements } from './watch-statements.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const businessNumberId = '100200300400500';

describe('send results recorded together, on real Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('notification_results', migrations);
    sql = database.sql;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const claimed = (name: string) =>
    sql.$executeRawUnsafe(
      `insert into outbound_message (request_id, business_number_id, citizen_wa_id, status, payload, attempts)
       values ($1, $2, $3, 'sending', '{}'::jsonb, 1)`,
      `req-${name}`,
      businessNumberId,
      `91980000${name}`,
    );
  const facts = (name: string, messageId?: string): DeliveryFacts => ({
    requestId: `req-${name}`,
    businessNumberId,
    citizenWaId: `91980000${name}`,
    ...(messageId ? { messageId } : {}),
  });
  const stored = async (name: string) =>
    (
      await sql.$queryRawUnsafe<
        Array<{ status: string; message_id: string | null; error_code: number | null; reason: string | null }>
      >(
        'select status, message_id, error_code, reason from outbound_message where request_id = $1',
        `req-${name}`,
      )
    )[0];
  /** The delivery events added for the requests named, in the order they were added. */
  const announced = async (names: readonly string[]) => {
    const rows = await sql.$queryRawUnsafe<
      Array<{ event_id: string; record_key: string; value: Buffer; headers: Record<string, string> }>
    >(
      'select event_id, record_key, value, headers from outbox_event where event_id like any($1::text[]) order by id',
      names.map((name) => `delivery:req-${name}:%`),
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      key: row.record_key,
      value: schemaRegistry().decode(row.headers[headerNames.schema]!, row.value).value,
    }));
  };
  /** Results submitted while another is in flight, so they make up one group of their own. */
  const recordTogether = async (
    results: SendResults,
    calls: ReadonlyArray<readonly [DeliveryFacts, SendOutcome]>,
  ) => {
    const ahead = results.record(facts('nobody'), { status: 'dropped', reason: 'ahead' });
    const found = await Promise.all(calls.map(([f, outcome]) => results.record(f, outcome)));
    expect(await ahead).toBe(false);
    return found;
  };

  it.each<[string, SendOutcome, string | undefined, Record<string, unknown>]>([
    [
      'accepted',
      { status: 'accepted', messageId: 'wamid.d-accepted' },
      'wamid.d-accepted',
      { status: 'accepted', message_id: 'wamid.d-accepted', error_code: null, reason: null },
    ],
    [
      'failed',
      { status: 'failed', errorCode: 131026, reason: 'Message undeliverable' },
      undefined,
      { status: 'failed', message_id: null, error_code: 131026, reason: 'Message undeliverable' },
    ],
    [
      'failed-without-code',
      { status: 'failed', reason: 'message is not JSON' },
      undefined,
      { status: 'failed', message_id: null, error_code: null, reason: 'message is not JSON' },
    ],
    [
      'dropped',
      { status: 'dropped', reason: 'outside the 24-hour window; no template to send instead' },
      undefined,
      {
        status: 'dropped',
        message_id: null,
        error_code: null,
        reason: 'outside the 24-hour window; no template to send instead',
      },
    ],
    [
      'unknown',
      { status: 'unknown', reason: 'interrupted during an earlier send; not repeated' },
      undefined,
      {
        status: 'unknown',
        message_id: null,
        error_code: null,
        reason: 'interrupted during an earlier send; not repeated',
      },
    ],
  ])('records %s and announces it once', async (label, outcome, messageId, row) => {
    const name = `d-${label}`;
    await claimed(name);
    const results = new SendResults(sql);
    expect(await results.record(facts(name, messageId), outcome)).toBe(true);
    expect(await stored(name)).toEqual(row);
    const status = outcome.status.toUpperCase();
    expect(await announced([name])).toEqual([
      {
        eventId: `delivery:req-${name}:${status}`,
        key: `91980000${name}`,
        value: {
          requestId: `req-${name}`,
          messageId: row.message_id,
          businessNumberId,
          citizenWaId: `91980000${name}`,
          status,
          errorCode: row.error_code,
          reason: row.reason,
          at: expect.any(Number),
        },
      },
    ]);
  });

  it('records a group in one statement, announcing each recorded request in order and no unknown one', async () => {
    const names = ['e1', 'e2', 'e3', 'e4'];
    await Promise.all(names.map(claimed));
    const { db, sizes } = watchStatements(sql);
    const results = new SendResults(db);
    const found = await recordTogether(results, [
      [facts('e3', 'wamid.e3'), { status: 'accepted', messageId: 'wamid.e3' }],
      [facts('e-none', 'wamid.e-none'), { status: 'accepted', messageId: 'wamid.e-none' }],
      [facts('e1'), { status: 'failed', errorCode: 131026, reason: 'Message undeliverable' }],
      [facts('e4'), { status: 'dropped', reason: 'no template to send instead' }],
      [facts('e2', 'wamid.e2'), { status: 'accepted', messageId: 'wamid.e2' }],
      // Recorded twice in one group: announced once.
      [facts('e2', 'wamid.e2'), { status: 'accepted', messageId: 'wamid.e2' }],
    ]);
    expect(found).toEqual([true, false, true, true, true, true]);
    expect(sizes).toEqual([1, 6]);
    expect((await announced([...names, 'e-none'])).map((event) => event.eventId)).toEqual([
      'delivery:req-e3:ACCEPTED',
      'delivery:req-e1:FAILED',
      'delivery:req-e4:DROPPED',
      'delivery:req-e2:ACCEPTED',
    ]);
    expect(await stored('e3')).toMatchObject({ status: 'accepted', message_id: 'wamid.e3' });
    expect(await stored('e1')).toMatchObject({ status: 'failed', error_code: 131026 });
    expect(await stored('e4')).toMatchObject({ status: 'dropped' });
    expect(await stored('e2')).toMatchObject({ status: 'accepted', message_id: 'wamid.e2' });
    expect(await stored('e-none')).toBeUndefined();
    expect(await announced(['nobody'])).toEqual([]);
  });

  it('announces a result recorded again only once', async () => {
    await claimed('f');
    const results = new SendResults(sql);
    const outcome: SendOutcome = { status: 'accepted', messageId: 'wamid.f' };
    await results.record(facts('f', 'wamid.f'), outcome);
    await results.record(facts('f', 'wamid.f'), outcome);
    expect((await announced(['f'])).map((event) => event.eventId)).toEqual(['delivery:req-f:ACCEPTED']);
  });

  it('lets two groups record the same requests in opposite orders', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `g${i}`);
    await Promise.all(names.map(claimed));
    // Two instances stand for two replicas: their groups run at the same time.
    const [one, other] = [new SendResults(sql), new SendResults(sql)];
    for (let round = 0; round < 5; round++) {
      const outcome = (name: string): SendOutcome => ({
        status: 'dropped',
        reason: `round ${round} ${name}`,
      });
      await Promise.all([
        ...names.map((name) => one.record(facts(name), outcome(name))),
        ...names.toReversed().map((name) => other.record(facts(name), outcome(name))),
      ]);
    }
    for (const name of names) expect(await stored(name)).toMatchObject({ reason: `round 4 ${name}` });
    expect(await announced(names)).toHaveLength(names.length);
  });
});

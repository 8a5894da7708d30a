import { fileURLToPath } from 'node:url';
import type { OutboundRequest } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { buildText } from '@seva/whatsapp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimedMessage, SendClaims } from '../src/domain/send-claims.js';
import { outboundRequest, testBusinessNumberId } from './outbound-request.js';
import { watchStatements } from './watch-statements.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const businessNumberId = testBusinessNumberId;

describe('sends claimed together, on real Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('notification_claims', migrations);
    sql = database.sql;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const request = (name: string): OutboundRequest => outboundRequest(name);
  const planned = (name: string): ClaimedMessage => ({ message: buildText(`to ${name}`), asTemplate: false });
  const stored = async (name: string) =>
    sql.$queryRawUnsafe<
      Array<{
        status: string;
        attempts: number;
        payload: unknown;
        as_template: boolean;
        causation_id: string;
      }>
    >(
      'select status, attempts, payload, as_template, causation_id from outbound_message where request_id = $1',
      `req-${name}`,
    );
  /**
   * Claims submitted while another claim is in flight, so they make up one group of their own.
   */
  const claimTogether = async (claims: SendClaims, names: readonly string[]) => {
    const ahead = claims.claim(request(`${names.join('')}-ahead`), null);
    const answers = await Promise.all(names.map((name) => claims.claim(request(name), planned(name))));
    await ahead;
    return answers;
  };

  it('claims different requests in one statement, each as new', async () => {
    const { db, sizes } = watchStatements(sql);
    const claims = new SendClaims(db);
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    expect(await claimTogether(claims, names)).toEqual(names.map(() => 'new'));
    expect(sizes).toEqual([1, names.length]);
    for (const name of names)
      expect(await stored(name)).toEqual([
        {
          status: 'sending',
          attempts: 1,
          payload: buildText(`to ${name}`),
          as_template: false,
          causation_id: `cause-${name}`,
        },
      ]);
    // Nothing to send: the claim is recorded with no attempt.
    expect(await stored(`${names.join('')}-ahead`)).toMatchObject([{ status: 'sending', attempts: 0 }]);
  });

  it('claims a request repeated in one group once; the repeats are done, not sent', async () => {
    const { db, sizes } = watchStatements(sql);
    const claims = new SendClaims(db);
    expect(await claimTogether(claims, ['b1', 'b1', 'b2', 'b1'])).toEqual(['new', 'done', 'new', 'done']);
    expect(sizes).toEqual([1, 2]);
    expect(await stored('b1')).toHaveLength(1);
  });

  it.each([
    ['sending', 'interrupted'],
    ['accepted', 'done'],
    ['read', 'done'],
    ['failed', 'done'],
    ['dropped', 'done'],
    ['unknown', 'done'],
  ])(
    'answers a request stored as %s with %s, next to a new one, and leaves it as it was',
    async (status, answer) => {
      const name = `c-${status}`;
      await sql.$executeRawUnsafe(
        `insert into outbound_message (request_id, business_number_id, citizen_wa_id, status, payload, attempts)
       values ($1, $2, $3, $4, '{}'::jsonb, 3)`,
        `req-${name}`,
        businessNumberId,
        `91980000${name}`,
        status,
      );
      const claims = new SendClaims(sql);
      expect(await claimTogether(claims, [name, `${name}-new`])).toEqual([answer, 'new']);
      expect(await stored(name)).toMatchObject([{ status, attempts: 3, payload: {} }]);
    },
  );

  it('lets two groups claim the same requests in opposite orders, each claimed once', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `d${i}`);
    // Two instances stand for two replicas: their groups run at the same time.
    const [one, other] = [new SendClaims(sql), new SendClaims(sql)];
    const answers = await Promise.all([
      ...names.map((name) => one.claim(request(name), planned(name))),
      ...names.toReversed().map((name) => other.claim(request(name), planned(name))),
    ]);
    const claimedBy = names.map((_, i) => [answers[i], answers[2 * names.length - 1 - i]]);
    // Whichever claimed a request first sends it; the other finds it taken.
    for (const pair of claimedBy) expect(pair.filter((answer) => answer === 'new')).toHaveLength(1);
  });
});

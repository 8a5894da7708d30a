import { fileURLToPath } from 'node:url';
import type { OutboundRequest } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import type { GraphApiClient } from '@seva/whatsapp';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/domain/rate-limiter.js';
import { SendClaims } from '../src/domain/send-claims.js';
import { type SendDeps, sendOutbound } from '../src/domain/send-outbound.js';
import { SendResults } from '../src/domain/send-results.js';
import { SendSlots } from '../src/domain/send-slots.js';
import { TemplateRegistry } from '../src/domain/template-registry.js';
import { outboundRequest, testBusinessNumberId } from './outbound-request.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const businessNumberId = testBusinessNumberId;

describe('sends sharing their statements, on real Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;

  beforeAll(async () => {
    database = await createTestSqlDatabase('notification_sends', migrations);
    sql = database.sql;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const request = (name: string): OutboundRequest =>
    outboundRequest(name, { causationId: null, citizenLastInboundAt: Date.now() });
  /** Dependencies whose Cloud API only notes who each message went to. */
  const sendDeps = (sent: string[]): SendDeps => ({
    db: sql,
    claims: new SendClaims(sql),
    results: new SendResults(sql),
    graph: {
      sendMessage: async (_number: string, to: string) => {
        sent.push(to);
        return { messageId: `wamid.${sent.length}-${to}` };
      },
    } as unknown as GraphApiClient,
    tokens: new Map([[businessNumberId, 'token']]),
    limiter: new RateLimiter(10_000),
    slots: new SendSlots(4),
    templates: new TemplateRegistry([]),
    log: pino({ level: 'silent' }),
    maxAttempts: 3,
    retryBaseMs: 1,
    windowRecheckMs: 1,
  });
  const stored = async (requestId: string) =>
    sql.$queryRawUnsafe<Array<{ status: string }>>(
      'select status from outbound_message where request_id = $1',
      requestId,
    );
  const announced = async (requestId: string) =>
    (
      await sql.$queryRawUnsafe<Array<{ event_id: string }>>(
        'select event_id from outbox_event where event_id like $1 order by id',
        `delivery:${requestId}:%`,
      )
    ).map((row) => row.event_id);

  it('sends a request redelivered into the same group once', async () => {
    const sent: string[] = [];
    const deps = sendDeps(sent);
    const ahead = request('g-ahead');
    const repeated = request('g');
    // The first claim goes alone; the two deliveries of the repeated request then share the next group.
    await Promise.all([
      sendOutbound(ahead, deps),
      sendOutbound(repeated, deps),
      sendOutbound(repeated, deps),
    ]);
    expect(sent.sort()).toEqual([ahead.citizenWaId, repeated.citizenWaId].sort());
    expect(await stored(repeated.requestId)).toEqual([{ status: 'accepted' }]);
    expect(await announced(repeated.requestId)).toEqual([`delivery:${repeated.requestId}:ACCEPTED`]);
  });

  it('sends many requests at once, each once, and announces each', async () => {
    const sent: string[] = [];
    const deps = sendDeps(sent);
    const requests = Array.from({ length: 12 }, (_, i) => request(`h${i}`));
    await Promise.all(requests.map((r) => sendOutbound(r, deps)));
    expect(sent.sort()).toEqual(requests.map((r) => r.citizenWaId).sort());
    for (const r of requests) {
      expect(await stored(r.requestId)).toEqual([{ status: 'accepted' }]);
      expect(await announced(r.requestId)).toEqual([`delivery:${r.requestId}:ACCEPTED`]);
    }
  });
});

import { fileURLToPath } from 'node:url';
import { headerNames, type InboundMessage, schemaRegistry } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, type Db } from '../src/db.js';
import { processInbound } from '../src/domain/process-inbound.js';

const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
const now = () => new Date('2026-11-24T10:00:00Z');
let seq = 0;

const message = (
  citizenWaId: string,
  text: string,
  reply?: { id: string; title: string },
): InboundMessage => ({
  messageId: `wamid.${++seq}`,
  businessNumberId: '100200300400500',
  citizenWaId,
  citizenName: 'Harpreet',
  sentAt: Date.now(),
  kind: reply ? 'LIST_REPLY' : 'TEXT',
  text: reply ? null : text,
  reply: reply ? { ...reply, description: null } : null,
  media: null,
  location: null,
  unsupportedReason: null,
  contextMessageId: null,
});

describe('processing a citizen message against Postgres', () => {
  let database: TestSqlDatabase;
  let sql: SqlDatabase;
  /** Prisma, for the assertions only. */
  let db: Db;
  const outbox = (citizen: string) =>
    db.outboxEvent.findMany({ where: { recordKey: citizen }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    database = await createTestSqlDatabase('conversation', migrations);
    sql = database.sql;
    db = createDatabaseClient(database.pool);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('answers a message delivered twice only once', async () => {
    const hi = message('919800000101', 'hi');
    expect(await processInbound(sql, hi, `wa:${hi.messageId}`, now)).toBe(true);
    expect(await processInbound(sql, hi, `wa:${hi.messageId}`, now)).toBe(false);
    const queued = await outbox('919800000101');
    expect(queued).toHaveLength(1);
    expect(queued[0]!.topic).toBe('seva.whatsapp.outbound');
  });

  it('tells notification when the citizen wrote, so the reply needs no window lookup', async () => {
    const citizen = '919800000104';
    const older = { ...message(citizen, 'hi'), sentAt: Date.parse('2026-11-24T09:59:00Z') };
    const later = { ...message(citizen, 'menu'), sentAt: Date.parse('2026-11-24T09:59:30Z') };
    // Delivered out of order: the later time stands.
    await processInbound(sql, later, `wa:${later.messageId}`, now);
    await processInbound(sql, older, `wa:${older.messageId}`, now);
    const requests = (await outbox(citizen)).map((row) =>
      schemaRegistry().decode(
        (row.headers as Record<string, string>)[headerNames.schema]!,
        Buffer.from(row.value),
      ),
    );
    expect(requests.map((request) => request.value)).toMatchObject([
      { citizenLastInboundAt: later.sentAt },
      { citizenLastInboundAt: later.sentAt },
    ]);
  });

  it('keeps the state between messages and the language on the citizen', async () => {
    const citizen = '919800000102';
    for (const input of [message(citizen, 'hi'), message(citizen, '', { id: 'lang:pa', title: 'ਪੰਜਾਬੀ' })]) {
      await processInbound(sql, input, `wa:${input.messageId}`, now);
    }
    const session = await db.session.findFirstOrThrow({ where: { citizenWaId: citizen } });
    expect(session.state).toEqual({ language: 'pa', screen: { kind: 'menu' } });
    expect(await db.citizen.findFirst({ where: { citizenWaId: citizen } })).toMatchObject({
      language: 'pa',
      name: 'Harpreet',
    });
  });

  it('resets politely, keeping the language, a conversation saved by an older engine', async () => {
    const citizen = '919800000103';
    await db.session.create({
      data: {
        businessNumberId: '100200300400500',
        citizenWaId: citizen,
        version: 0,
        state: { language: 'hi', screen: { kind: 'flow', flow: 'renamed-flow', step: 'gone' } },
      },
    });
    const input = message(citizen, 'amritsar');
    await processInbound(sql, input, `wa:${input.messageId}`, now);
    const session = await db.session.findFirstOrThrow({ where: { citizenWaId: citizen } });
    expect(session.version).toBe(1);
    expect(session.state).toMatchObject({ language: 'hi', screen: { kind: 'menu' } });
    const replies = await outbox(citizen);
    expect(replies.length).toBeGreaterThanOrEqual(2);
  });
});

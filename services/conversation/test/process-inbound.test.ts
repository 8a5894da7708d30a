import { fileURLToPath } from 'node:url';
import { headerNames, type InboundMessage, schemaRegistry } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { createTestSqlDatabase, type TestSqlDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, type Db } from '../src/db.js';
import { processInbound } from '../src/domain/process-inbound.js';
import { TurnBatches } from '../src/domain/turn-batches.js';

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
  let turns: TurnBatches;
  /** Prisma, for the assertions only. */
  let db: Db;
  const outbox = (citizen: string) =>
    db.outboxEvent.findMany({ where: { recordKey: citizen }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    database = await createTestSqlDatabase('conversation', migrations);
    sql = database.sql;
    turns = new TurnBatches(sql, now);
    db = createDatabaseClient(database.pool);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('answers a message delivered twice only once', async () => {
    const hi = message('919800000101', 'hi');
    expect(await processInbound(turns, hi, `wa:${hi.messageId}`)).toBe(true);
    expect(await processInbound(turns, hi, `wa:${hi.messageId}`)).toBe(false);
    const queued = await outbox('919800000101');
    expect(queued).toHaveLength(1);
    expect(queued[0]!.topic).toBe('seva.whatsapp.outbound');
  });

  it('tells notification when the citizen wrote, so the reply needs no window lookup', async () => {
    const citizen = '919800000104';
    const older = { ...message(citizen, 'hi'), sentAt: Date.parse('2026-11-24T09:59:00Z') };
    const later = { ...message(citizen, 'menu'), sentAt: Date.parse('2026-11-24T09:59:30Z') };
    // Delivered out of order: the later time stands.
    await processInbound(turns, later, `wa:${later.messageId}`);
    await processInbound(turns, older, `wa:${older.messageId}`);
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
      await processInbound(turns, input, `wa:${input.messageId}`);
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
    await processInbound(turns, input, `wa:${input.messageId}`);
    const session = await db.session.findFirstOrThrow({ where: { citizenWaId: citizen } });
    expect(session.version).toBe(1);
    expect(session.state).toMatchObject({ language: 'hi', screen: { kind: 'menu' } });
    const replies = await outbox(citizen);
    expect(replies.length).toBeGreaterThanOrEqual(2);
  });

  it("takes concurrent turns together, each citizen's second turn after their first", async () => {
    const [first, second] = ['919800000105', '919800000106'];
    const inputs = [
      message(first, 'hi'),
      message(second, 'hi'),
      message(first, '', { id: 'lang:hi', title: 'हिन्दी' }),
      message(second, '', { id: 'lang:pa', title: 'ਪੰਜਾਬੀ' }),
    ];
    const taken = await Promise.all(
      inputs.map((input) => processInbound(turns, input, `wa:${input.messageId}`)),
    );
    expect(taken).toEqual([true, true, true, true]);
    const sessions = await db.session.findMany({
      where: { citizenWaId: { in: [first, second] } },
      orderBy: { citizenWaId: 'asc' },
    });
    expect(sessions.map((session) => session.state)).toEqual([
      { language: 'hi', screen: { kind: 'menu' } },
      { language: 'pa', screen: { kind: 'menu' } },
    ]);
    // Each citizen's replies in the order of their messages: the language question, then the menu.
    for (const citizen of [first, second]) {
      const requests = (await outbox(citizen)).map((row) => row.eventId);
      const [hi, chosen] = inputs.filter((input) => input.citizenWaId === citizen);
      expect(requests[0]).toBe(`${hi!.messageId}:reply:0`);
      expect(requests.at(-1)?.startsWith(`${chosen!.messageId}:reply:`)).toBe(true);
    }
  });

  it('fails only the turn that cannot be saved, not the turns taken with it', async () => {
    const citizens = ['919800000107', '919800000108', '919800000109'];
    // Postgres refuses a NUL character in text, so this citizen's turn cannot be written.
    const poisoned = { ...message(citizens[1]!, 'hi'), citizenName: 'Har\u0000preet' };
    const inputs = [message(citizens[0]!, 'hi'), poisoned, message(citizens[2]!, 'hi')];
    // The first runs alone at once; the other two wait for it and run together.
    const settled = await Promise.allSettled(
      inputs.map((input) => processInbound(turns, input, `wa:${input.messageId}`)),
    );
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await outbox(citizens[2]!)).length).toBe(1);
    expect(await outbox(citizens[1]!)).toEqual([]);
    // The failed event is not recorded as handled, so a later delivery still takes it.
    expect(await db.processedEvent.count({ where: { eventId: `wa:${poisoned.messageId}` } })).toBe(0);
  });
});

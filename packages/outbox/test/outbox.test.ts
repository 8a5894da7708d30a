import { fileURLToPath } from 'node:url';
import { topics } from '@seva/contracts';
import { createPool, type Pool, prismaAdapter, SqlDatabase } from '@seva/database';
import { createKafka, namespaced, Publisher, Subscriber } from '@seva/kafka';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { createTestDatabase, eventually, type TestDatabase } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToOutbox, addToOutboxIfChanged, claimEvents, handleOnce, OutboxRelay } from '../src/index.js';
import { PrismaClient } from './generated/prisma/client.js';

const migrations = fileURLToPath(new URL('./prisma/migrations', import.meta.url));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

const actionRequested = (requestId: string) => ({
  type: 'grievance.citizen-action-requested' as const,
  key: '919800000001',
  eventId: requestId,
  value: {
    requestId,
    businessNumberId: '1001',
    citizenWaId: '919800000001',
    complaintNumber: 'PB-PGR-2026-11-24-000001',
    action: 'COMMENT' as const,
    rating: null,
    comment: `note ${requestId}`,
  },
});

describe('transactional outbox and idempotent consumer on real Postgres and Kafka', () => {
  let kafka: TestKafka;
  let serviceA: TestDatabase;
  let serviceB: TestDatabase;
  let poolA: Pool;
  let poolB: Pool;
  let dbA: PrismaClient;
  let dbB: PrismaClient;
  let publisher: Publisher;
  let collector: RecordCollector;
  const topicName = () => namespaced(kafka.settings, topics.grievanceCommands.name);
  const published = (eventId: string) =>
    collector.records.filter((r) => r.headers['seva-event-id'] === eventId);

  beforeAll(async () => {
    [kafka, serviceA, serviceB] = await Promise.all([
      createTestKafka('outbox'),
      createTestDatabase('outbox_a', migrations),
      createTestDatabase('outbox_b', migrations),
    ]);
    poolA = createPool(serviceA.url);
    poolB = createPool(serviceB.url);
    dbA = new PrismaClient({ adapter: prismaAdapter(poolA) });
    dbB = new PrismaClient({ adapter: prismaAdapter(poolB) });
    publisher = new Publisher(kafka.kafka, kafka.settings);
    await publisher.connect();
    collector = await new RecordCollector(kafka.kafka, [topicName()]).start();
  });

  afterAll(async () => {
    await collector?.stop();
    await publisher?.disconnect();
    await dbA?.$disconnect();
    await dbB?.$disconnect();
    await poolA?.end();
    await poolB?.end();
    await serviceA?.drop();
    await serviceB?.drop();
  });

  it('publishes an event committed before a crash exactly once, and the consumer applies a redelivery once', async () => {
    // Service A commits its row and event, then "dies" before any relay published: the relay it had
    // pointed at a broker that does not answer.
    await dbA.$transaction(async (tx) => {
      await tx.note.create({ data: { id: 'n1', text: 'first' } });
      await addToOutbox(tx, 'grievanceCommands', [actionRequested('evt-1')]);
    });
    const deadKafka = { ...kafka.settings, brokers: ['127.0.0.1:1'] };
    const deadPublisher = new Publisher(createKafka({ ...deadKafka, clientId: 'dead' }), deadKafka);
    const failingRelay = new OutboxRelay({
      databaseUrl: serviceA.url,
      publisher: deadPublisher,
      name: 'a',
      log: quiet,
      pollIntervalMs: 100,
    });
    await failingRelay.start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await failingRelay.stop();
    expect(published('evt-1')).toHaveLength(0);
    const [record] = await dbA.outboxEvent.findMany();
    expect(record?.eventId).toBe('evt-1');

    // After the restart the relay publishes it, once.
    const relay = new OutboxRelay({
      databaseUrl: serviceA.url,
      publisher,
      name: 'a',
      log: quiet,
      pollIntervalMs: 100,
    });
    await relay.start();
    await collector.waitFor(() => published('evt-1').length === 1);
    // Deleted once published, by the relay's next look at the table.
    await eventually(async () => expect(await dbA.outboxEvent.count()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await relay.stop();
    expect(published('evt-1')).toHaveLength(1);

    // Service B is handed the same event twice (Kafka redelivers after a consumer crash) and applies it once.
    await publisher.send([
      {
        topic: record!.topic,
        key: record!.recordKey,
        eventId: record!.eventId,
        value: Buffer.from(record!.value),
        headers: record!.headers as Record<string, string>,
      },
    ]);
    let deliveries = 0;
    const consumer = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'service-b',
      deadLetters: publisher,
      log: quiet,
      handlers: {
        grievanceCommands: {
          'grievance.citizen-action-requested': async (value, event) => {
            deliveries++;
            await handleOnce(dbB, 'service-b', event.eventId, async (tx) => {
              await tx.appliedNote.create({ data: { noteId: value.requestId } });
            });
          },
        },
      },
    });
    await consumer.start();
    try {
      await eventually(() => expect(deliveries).toBe(2));
      expect(await dbB.appliedNote.count()).toBe(1);
      expect(await dbB.processedEvent.count({ where: { consumer: 'service-b' } })).toBe(1);
    } finally {
      await consumer.stop();
    }
  });

  it('publishes nothing when the transaction rolls back', async () => {
    await expect(
      dbA.$transaction(async (tx) => {
        await tx.note.create({ data: { id: 'n2', text: 'second' } });
        await addToOutbox(tx, 'grievanceCommands', [actionRequested('evt-rolled-back')]);
        throw new Error('domain rule broken');
      }),
    ).rejects.toThrow('domain rule broken');
    expect(await dbA.outboxEvent.count({ where: { eventId: 'evt-rolled-back' } })).toBe(0);
    expect(await dbA.note.count({ where: { id: 'n2' } })).toBe(0);
  });

  it('runs the same functions on plain SQL: a duplicate event changes nothing, a failure rolls back', async () => {
    // One connection, so the statement after the failure runs on the connection the failure used.
    const onePool = createPool(serviceA.url, { maxConnections: 1 });
    const sql = new SqlDatabase(onePool);
    const apply = (eventId: string, id: string, fail = false) =>
      handleOnce(sql, 'plain-sql', eventId, async (tx) => {
        await tx.$executeRawUnsafe('insert into note (id, text) values ($1, $2)', id, 'plain');
        await addToOutbox(tx, 'grievanceCommands', [actionRequested(`plain-${id}`)]);
        if (fail) throw new Error('domain rule broken');
      });
    expect(await apply('plain-1', 'p1')).toBe(true);
    expect(await apply('plain-1', 'p1')).toBe(false);
    await expect(apply('plain-2', 'p2', true)).rejects.toThrow('domain rule broken');
    expect(await dbA.note.findMany({ where: { id: { in: ['p1', 'p2'] } } })).toEqual([
      { id: 'p1', text: 'plain' },
    ]);
    expect(
      await dbA.processedEvent.count({
        where: { consumer: 'plain-sql', eventId: { in: ['plain-1', 'plain-2'] } },
      }),
    ).toBe(1);
    expect(
      await sql.$queryRawUnsafe('select event_id from outbox_event where event_id like $1', 'plain-%'),
    ).toEqual([{ event_id: 'plain-p1' }]);
    expect(await sql.$queryRawUnsafe('select 1 as one')).toEqual([{ one: 1 }]);
    // Each text was prepared once on the connection and reused.
    expect(
      await sql.$queryRawUnsafe(
        "select count(*)::int as prepared from pg_prepared_statements where statement like 'insert into processed_event%'",
      ),
    ).toEqual([{ prepared: 1 }]);
    await onePool.end();
  });

  it('claims many events in one statement: only first deliveries are fresh, a repeat in the list included', async () => {
    const sql = new SqlDatabase(poolA);
    await sql.$transaction((tx) => claimEvents(tx, 'many', ['m-2']));
    const claimed = await sql.$transaction((tx) => claimEvents(tx, 'many', ['m-3', 'm-1', 'm-2', 'm-3']));
    expect(claimed).toEqual([true, true, false, false]);
    expect(await sql.$transaction((tx) => claimEvents(tx, 'other', ['m-1']))).toEqual([true]);
  });

  it('gives a pool asked for asynchronous commit connections that do not wait for the WAL flush', async () => {
    const asyncPool = createPool(serviceA.url, { asynchronousCommit: true });
    try {
      expect(await new SqlDatabase(asyncPool).$queryRawUnsafe('show synchronous_commit')).toEqual([
        { synchronous_commit: 'off' },
      ]);
      expect(await new SqlDatabase(poolA).$queryRawUnsafe('show synchronous_commit')).toEqual([
        { synchronous_commit: 'on' },
      ]);
    } finally {
      await asyncPool.end();
    }
  });

  it('adds the events of a change in the same statement, and none when the change touched nothing', async () => {
    // The same row twice: the second insert changes nothing.
    const mark = {
      sql: 'insert into processed_event (consumer, event_id) values ($1, $2) on conflict do nothing',
      values: ['if-changed', 'same-key'],
    };
    expect(
      await addToOutboxIfChanged(dbA, mark, 'grievanceCommands', [actionRequested('if-changed-1')]),
    ).toBe(true);
    expect(
      await addToOutboxIfChanged(dbA, mark, 'grievanceCommands', [actionRequested('if-changed-2')]),
    ).toBe(false);
    const stored = await dbA.outboxEvent.findMany({
      where: { eventId: { in: ['if-changed-1', 'if-changed-2'] } },
    });
    expect(stored.map((row) => row.eventId)).toEqual(['if-changed-1']);
  });

  it('lets one of several relay replicas publish, in order, and a standby take over', async () => {
    const first = new OutboxRelay({
      databaseUrl: serviceA.url,
      publisher,
      name: 'a',
      log: quiet,
      pollIntervalMs: 100,
    });
    const second = new OutboxRelay({
      databaseUrl: serviceA.url,
      publisher,
      name: 'a',
      log: quiet,
      pollIntervalMs: 100,
    });
    await first.start();
    await second.start();
    await eventually(() => expect([first.isLeader, second.isLeader].filter(Boolean)).toHaveLength(1));
    const leader = first.isLeader ? first : second;
    const standby = leader === first ? second : first;
    const ids = Array.from({ length: 20 }, (_, i) => `order-${i}`);
    for (const id of ids.slice(0, 10)) {
      await dbA.$transaction((tx) => addToOutbox(tx, 'grievanceCommands', [actionRequested(id)]));
    }
    await leader.stop();
    for (const id of ids.slice(10)) {
      await dbA.$transaction((tx) => addToOutbox(tx, 'grievanceCommands', [actionRequested(id)]));
    }
    await collector.waitFor((records) =>
      ids.every((id) => records.some((r) => r.headers['seva-event-id'] === id)),
    );
    expect(standby.isLeader).toBe(true);
    await standby.stop();
    const order = collector.records.map((r) => r.headers['seva-event-id']).filter((id) => ids.includes(id!));
    expect(order).toEqual(ids);
  });
  it('lingers after a commit when asked, so events committed meanwhile share one batch', async () => {
    const reports: Array<Record<string, unknown>> = [];
    const relay = new OutboxRelay({
      databaseUrl: serviceB.url,
      publisher,
      name: 'lingering',
      log: {
        ...quiet,
        info: (fields, message) => {
          if (message === 'outbox relay published') reports.push(fields);
        },
      },
      // Only a commit wakes it, and then it waits long enough for the second commit below.
      pollIntervalMs: 60_000,
      lingerMs: 1_000,
    });
    await relay.start();
    await eventually(() => expect(relay.isLeader).toBe(true));
    const ids = ['linger-1', 'linger-2'];
    for (const id of ids) {
      await dbB.$transaction((tx) => addToOutbox(tx, 'grievanceCommands', [actionRequested(id)]));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await collector.waitFor((records) =>
      ids.every((id) => records.some((r) => r.headers['seva-event-id'] === id)),
    );
    await relay.stop();
    // What the relay logs for operators: every 10 s, and on stop what is left.
    expect(reports).toEqual([{ relay: 'lingering', events: 2, batches: 1, largestBatch: 2 }]);
  });
});

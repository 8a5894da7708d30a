import { deadLetterTopicName, headerNames, topics } from '@seva/contracts';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { eventually } from '@seva/testkit';
import { Partitioners } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventContext, NonRetriableError, namespaced, Publisher, Subscriber } from '../src/index.js';

const quiet = { warn: () => undefined, error: () => undefined };
const citizen = '919800000002';
const rejected = (reason: string) => ({
  type: 'whatsapp.media-rejected' as const,
  key: citizen,
  value: {
    messageId: `wamid.${reason}`,
    businessNumberId: '1001',
    citizenWaId: citizen,
    mediaId: 'm1',
    reason,
  },
});

describe('subscriber on a real broker', () => {
  let kafka: TestKafka;
  let publisher: Publisher;
  let dlq: RecordCollector;
  const inbound = () => namespaced(kafka.settings, topics.whatsappInbound.name);

  beforeAll(async () => {
    kafka = await createTestKafka('subscriber');
    publisher = new Publisher(kafka.kafka, kafka.settings);
    await publisher.connect();
    dlq = await new RecordCollector(kafka.kafka, [deadLetterTopicName(inbound())]).start();
  });

  afterAll(async () => {
    await dlq?.stop();
    await publisher?.disconnect();
  });

  it('dead-letters a poison message with its error and goes on with the next one on the partition', async () => {
    const handled: string[] = [];
    const attempts = new Map<string, number>();
    // One key: all of these land on one partition, in this order.
    await publisher.sendRaw(inbound(), {
      key: Buffer.from(citizen),
      value: Buffer.from('not avro'),
      headers: { [headerNames.schema]: 'whatsapp.media-rejected.v1' },
    });
    await publisher.sendRaw(inbound(), { key: Buffer.from(citizen), value: Buffer.from('{}'), headers: {} });
    await publisher.publish('whatsappInbound', [
      rejected('refused-by-rule'),
      rejected('flaky'),
      rejected('fine'),
    ]);

    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'poison',
      deadLetters: publisher,
      log: quiet,
      maxAttempts: 3,
      retryBackoffMs: 10,
      handlers: {
        whatsappInbound: {
          'whatsapp.media-rejected': async (value, event: EventContext) => {
            attempts.set(value.reason, event.attempt);
            if (value.reason === 'refused-by-rule') throw new NonRetriableError('complaint type is unknown');
            if (value.reason === 'flaky' && event.attempt < 3) throw new Error('database busy');
            handled.push(value.reason);
          },
        },
      },
    });
    await subscriber.start();
    try {
      await eventually(() => expect(handled).toEqual(['flaky', 'fine']));
      const dead = await dlq.waitFor((records) => records.length >= 3);
      expect(dead.map((r) => r.headers[headerNames.dlqError])).toEqual([
        expect.stringMatching(/^NonRetriableError: cannot decode whatsapp.media-rejected.v1/),
        expect.stringMatching(/has no seva-schema header/),
        'NonRetriableError: complaint type is unknown',
      ]);
      expect(dead[0]!.headers[headerNames.dlqOriginalTopic]).toBe(inbound());
      expect(dead[0]!.value).toEqual(Buffer.from('not avro'));
      expect(attempts.get('refused-by-rule')).toBe(1);
      expect(attempts.get('flaky')).toBe(3);
    } finally {
      await subscriber.stop();
    }
  });

  it('dead-letters a message whose handler keeps failing after the last attempt', async () => {
    await publisher.publish('whatsappInbound', [rejected('always-failing')]);
    let tries = 0;
    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'exhausted',
      deadLetters: publisher,
      log: quiet,
      maxAttempts: 2,
      retryBackoffMs: 10,
      handlers: {
        whatsappInbound: {
          'whatsapp.media-rejected': async (value) => {
            if (value.reason !== 'always-failing') return;
            tries++;
            throw new Error('downstream unavailable');
          },
        },
      },
    });
    await subscriber.start();
    try {
      const dead = await dlq.waitFor((records) =>
        records.some((r) => r.headers[headerNames.dlqError] === 'Error: downstream unavailable'),
      );
      expect(
        dead.find((r) => r.headers[headerNames.dlqError] === 'Error: downstream unavailable')!.headers[
          headerNames.dlqAttempts
        ],
      ).toBe('2');
      expect(tries).toBe(2);
    } finally {
      await subscriber.stop();
    }
  });

  it('keeps a record through an outage longer than its attempts, and counts only its own failures', async () => {
    await publisher.publish('whatsappInbound', [rejected('during-outage'), rejected('after-outage')]);
    const outage = () => Object.assign(new Error('connect ECONNREFUSED'), { outage: true });
    let outageTries = 0;
    const handled: Array<[string, number]> = [];
    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'outage',
      deadLetters: publisher,
      log: quiet,
      maxAttempts: 2,
      retryBackoffMs: 10,
      isOutage: (error) => (error as { outage?: boolean }).outage === true,
      handlers: {
        whatsappInbound: {
          'whatsapp.media-rejected': async (value, event) => {
            if (value.reason === 'during-outage' && outageTries < 6) {
              outageTries++;
              throw outage();
            }
            if (value.reason.endsWith('-outage')) handled.push([value.reason, event.attempt]);
          },
        },
      },
    });
    await subscriber.start();
    try {
      // Six tries would have dead-lettered it twice over; the record after it waits its turn.
      await eventually(() =>
        expect(handled).toEqual([
          ['during-outage', 1],
          ['after-outage', 1],
        ]),
      );
      expect(dlq.records.filter((r) => JSON.stringify(r.value).includes('during-outage'))).toEqual([]);
    } finally {
      await subscriber.stop();
    }
  });

  it('leaves a record waiting out an outage unhandled when it stops, for the member that takes over', async () => {
    await publisher.publish('whatsappInbound', [rejected('outage-at-stop')]);
    let databaseUp = false;
    const handled: string[] = [];
    const member = () =>
      new Subscriber(kafka.kafka, kafka.settings, {
        groupId: 'outage-at-stop',
        deadLetters: publisher,
        log: quiet,
        retryBackoffMs: 10,
        isOutage: (error) => (error as Error).message === 'database down',
        handlers: {
          whatsappInbound: {
            'whatsapp.media-rejected': async (value) => {
              if (value.reason !== 'outage-at-stop') return;
              if (!databaseUp) throw new Error('database down');
              handled.push(value.reason);
            },
          },
        },
      });
    const first = member();
    await first.start();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    databaseUp = true;
    const second = member();
    await second.start();
    try {
      await eventually(() => expect(handled).toEqual(['outage-at-stop']), 20_000);
      expect(dlq.records.filter((r) => JSON.stringify(r.value).includes('outage-at-stop'))).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('stays in its group through a record that takes longer than the session timeout', async () => {
    await publisher.publish('whatsappInbound', [rejected('slow'), rejected('after-slow')]);
    const calls: string[] = [];
    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'slow-record',
      deadLetters: publisher,
      log: quiet,
      handlers: {
        whatsappInbound: {
          'whatsapp.media-rejected': async (value) => {
            if (!['slow', 'after-slow'].includes(value.reason)) return;
            calls.push(value.reason);
            // Longer than the 10 s session: a member that stopped heartbeating here would be expelled
            // and the record handed out again after the rejoin.
            if (value.reason === 'slow') await new Promise((resolve) => setTimeout(resolve, 12_000));
          },
        },
      },
    });
    await subscriber.start();
    try {
      await eventually(() => expect(calls).toContain('after-slow'), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(calls).toEqual(['slow', 'after-slow']);
    } finally {
      await subscriber.stop();
    }
  }, 60_000);

  it.each([
    { orderFree: true, expected: 'together' },
    { orderFree: false, expected: 'one after another' },
  ])(
    'handles the records of one partition $expected when orderFree is $orderFree',
    async ({ orderFree }) => {
      const reasons = Array.from({ length: 20 }, (_, i) => `batch-${orderFree}-${i}`);
      // One key: one partition, one fetched batch.
      await publisher.publish('whatsappInbound', reasons.map(rejected));
      const handled: string[] = [];
      let inFlight = 0;
      let mostInFlight = 0;
      const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
        groupId: `order-free-${orderFree}`,
        deadLetters: publisher,
        log: quiet,
        orderFree: orderFree ? ['whatsappInbound'] : [],
        handlers: {
          whatsappInbound: {
            'whatsapp.media-rejected': async (value) => {
              if (!reasons.includes(value.reason)) return;
              inFlight++;
              mostInFlight = Math.max(mostInFlight, inFlight);
              await new Promise((resolve) => setTimeout(resolve, 20));
              inFlight--;
              handled.push(value.reason);
            },
          },
        },
      });
      await subscriber.start();
      try {
        await eventually(() => expect(handled).toHaveLength(reasons.length), 20_000);
        if (orderFree) {
          expect(mostInFlight).toBeGreaterThan(1);
          expect([...handled].sort()).toEqual([...reasons].sort());
        } else {
          expect(mostInFlight).toBe(1);
          expect(handled).toEqual(reasons);
        }
      } finally {
        await subscriber.stop();
      }
    },
    30_000,
  );

  it('handles the records of different keys on one partition at the same time, each key in order', async () => {
    // Keys the producer puts on the partition of `citizen`, found with its own partitioner.
    const partitioner = Partitioners.DefaultPartitioner();
    const partitionOf = (key: string) =>
      partitioner({
        topic: inbound(),
        partitionMetadata: Array.from({ length: topics.whatsappInbound.partitions }, (_, partitionId) => ({
          partitionId,
          leader: 0,
          partitionErrorCode: 0,
          replicas: [0],
          isr: [0],
        })),
        message: { key, value: null },
      });
    const keys = Array.from({ length: 2000 }, (_, i) => `9198${String(i).padStart(8, '0')}`)
      .filter((key) => partitionOf(key) === partitionOf(citizen))
      .slice(0, 3);
    expect(keys).toHaveLength(3);
    const records = keys.flatMap((key) =>
      Array.from({ length: 5 }, (_, i) => ({
        ...rejected(`keyed-${key}-${i}`),
        key,
        value: { ...rejected(`keyed-${key}-${i}`).value, citizenWaId: key },
      })),
    );
    await publisher.publish('whatsappInbound', records);
    const handled = new Map<string, string[]>(keys.map((key) => [key, []]));
    let inFlight = 0;
    let mostInFlight = 0;
    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'keyed',
      deadLetters: publisher,
      log: quiet,
      handlers: {
        whatsappInbound: {
          'whatsapp.media-rejected': async (value, event) => {
            if (!value.reason.startsWith('keyed-')) return;
            inFlight++;
            mostInFlight = Math.max(mostInFlight, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 20));
            inFlight--;
            handled.get(event.key!)!.push(value.reason);
          },
        },
      },
    });
    await subscriber.start();
    try {
      await eventually(() => expect([...handled.values()].flat()).toHaveLength(records.length), 20_000);
      expect(mostInFlight).toBeGreaterThan(1);
      for (const key of keys)
        expect(handled.get(key)).toEqual(Array.from({ length: 5 }, (_, i) => `keyed-${key}-${i}`));
    } finally {
      await subscriber.stop();
    }
  }, 30_000);
  it('commits what it handled when it stops, so the member that takes over starts after it', async () => {
    const handled: string[] = [];
    const member = () =>
      new Subscriber(kafka.kafka, kafka.settings, {
        groupId: 'committing',
        deadLetters: publisher,
        log: quiet,
        handlers: {
          whatsappInbound: {
            'whatsapp.media-rejected': async (value) => {
              if (value.reason.startsWith('commit-')) handled.push(value.reason);
            },
          },
        },
      });
    const early = ['commit-early-1', 'commit-early-2', 'commit-early-3'];
    await publisher.publish('whatsappInbound', early.map(rejected));
    const first = member();
    await first.start();
    try {
      // Usually handled within the first commit interval, so the commit on stop is what records them.
      await eventually(() => expect(handled).toEqual(early), 20_000);
    } finally {
      await first.stop();
    }
    await publisher.publish('whatsappInbound', [rejected('commit-late-1')]);
    const second = member();
    await second.start();
    try {
      await eventually(() => expect(handled).toEqual([...early, 'commit-late-1']), 20_000);
    } finally {
      await second.stop();
    }
  }, 60_000);
});

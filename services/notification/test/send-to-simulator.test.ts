import { join } from 'node:path';
import { topics } from '@seva/contracts';
import { dropDatabase } from '@seva/database';
import { gatewayService } from '@seva/gateway/app';
import { loadGatewayConfig } from '@seva/gateway/config';
import { namespaced, Publisher } from '@seva/kafka';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { type BuiltService, buildService } from '@seva/service-kit';
import { eventually, repoRoot, testInfra, uniqueName } from '@seva/testkit';
import { buildSimulator } from '@seva/wa-simulator/app';
import { loadSimulatorConfig } from '@seva/wa-simulator/config';
import { buildText } from '@seva/whatsapp';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notificationService } from '../src/app.js';
import { type Config, loadNotificationConfig } from '../src/config.js';
import type { Db } from '../src/db.js';

const number = '100200300400500';
const token = 'test-access-token';
const secret = 'test-app-secret';
let nextCitizen = 919_700_000_000;
const newCitizen = () => String(nextCitizen++);

describe('notification sending to the Cloud API simulator', () => {
  let kafka: TestKafka;
  let publisher: Publisher;
  let simulator: FastifyInstance;
  let simulatorUrl: string;
  let notification: BuiltService<Config, Db>;
  let gateway: BuiltService<never, never>;
  let deliveries: RecordCollector;
  let requestSeq = 0;

  const openWindow = (citizen: string) =>
    publisher.publish('whatsappInbound', [
      {
        type: 'whatsapp.inbound-message',
        key: citizen,
        value: {
          messageId: `wamid.in-${citizen}`,
          businessNumberId: number,
          citizenWaId: citizen,
          citizenName: null,
          sentAt: Date.now(),
          kind: 'TEXT',
          text: 'hi',
          reply: null,
          media: null,
          location: null,
          unsupportedReason: null,
          contextMessageId: null,
        },
      },
    ]);
  const request = (
    citizen: string,
    body: string,
    fallbackTemplate: { name: string; language: string; parameters: string[] } | null = null,
    citizenLastInboundAt: number | null = null,
  ) => {
    const requestId = `req-${++requestSeq}-${citizen}`;
    return {
      requestId,
      event: {
        type: 'whatsapp.outbound-request' as const,
        key: citizen,
        eventId: requestId,
        value: {
          requestId,
          businessNumberId: number,
          citizenWaId: citizen,
          message: JSON.stringify(buildText(body)),
          fallbackTemplate,
          causationId: null,
          citizenLastInboundAt,
        },
      },
    };
  };
  const received = async (citizen: string) => {
    const response = await fetch(
      `${simulatorUrl}/_sim/citizens/${citizen}/messages?businessNumberId=${number}`,
    );
    const { messages } = (await response.json()) as {
      messages: Array<{ direction: string; message: any; status: string }>;
    };
    return messages.filter((m) => m.direction === 'business');
  };
  const row = (requestId: string) =>
    notification.runtime.db.outboundMessage.findUnique({ where: { requestId } });
  const settleWindow = (citizen: string) =>
    eventually(async () => {
      const window = await notification.runtime.db.customerWindow.findFirst({
        where: { citizenWaId: citizen },
      });
      expect(window).not.toBeNull();
    });

  beforeAll(async () => {
    const infra = await testInfra();
    kafka = await createTestKafka('notification');
    publisher = new Publisher(kafka.kafka, kafka.settings);
    await publisher.connect();
    const common = {
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: kafka.settings.namespace!,
      DATABASE_URL: infra.databaseServerUrl,
      LOG_LEVEL: 'silent',
      WHATSAPP_NUMBERS: `${number}=${token}`,
    };
    simulator = buildSimulator(
      loadSimulatorConfig({
        ...common,
        PORT: '0',
        WHATSAPP_APP_SECRET: secret,
        MISSED_CALL_SECRET: 'test-missed-call-secret',
        MISSED_CALL_NUMBERS: `911800000000=${number}`,
        GATEWAY_WEBHOOK_URL: 'http://127.0.0.1:9/unused',
      }),
    );
    await simulator.listen({ host: '127.0.0.1', port: 0 });
    simulatorUrl = `http://127.0.0.1:${(simulator.server.address() as { port: number }).port}`;
    gateway = (await buildService(
      gatewayService,
      loadGatewayConfig({
        ...common,
        DATABASE_NAME: uniqueName('test_ngw'),
        WHATSAPP_APP_SECRET: secret,
        WHATSAPP_VERIFY_TOKEN: 'test-verify-token',
        WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
        MEDIA_DIR: join(repoRoot, '.data/test-media'),
        MISSED_CALL_SECRET: 'test-missed-call-secret',
        MISSED_CALL_NUMBERS: `911800000000=${number}`,
      }),
    )) as unknown as BuiltService<never, never>;
    await gateway.app.listen({ host: '127.0.0.1', port: 0 });
    // The simulator posts statuses to the gateway just started.
    await simulator.close();
    simulator = buildSimulator(
      loadSimulatorConfig({
        ...common,
        PORT: String(new URL(simulatorUrl).port),
        WHATSAPP_APP_SECRET: secret,
        MISSED_CALL_SECRET: 'test-missed-call-secret',
        MISSED_CALL_NUMBERS: `911800000000=${number}`,
        GATEWAY_WEBHOOK_URL: `http://127.0.0.1:${(gateway.app.server.address() as { port: number }).port}/webhooks/whatsapp`,
      }),
    );
    await simulator.listen({ host: '127.0.0.1', port: Number(new URL(simulatorUrl).port) });
    notification = await buildService(
      notificationService,
      loadNotificationConfig({
        ...common,
        DATABASE_NAME: uniqueName('test_notification'),
        WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
        SEND_RETRY_BASE_MS: '20',
        WINDOW_RECHECK_MS: '100',
      }),
    );
    deliveries = await new RecordCollector(kafka.kafka, [
      namespaced(kafka.settings, topics.whatsappDelivery.name),
    ]).start();
  });

  afterAll(async () => {
    await deliveries?.stop();
    await notification?.close();
    await gateway?.close();
    await simulator?.close();
    await publisher?.disconnect();
    for (const service of [notification, gateway])
      if (service) await dropDatabase(service.runtime.databaseUrl);
  });

  beforeEach(async () => {
    await fetch(`${simulatorUrl}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  });

  it('keeps each citizen’s messages in order while citizens are served in parallel', async () => {
    const citizens = [newCitizen(), newCitizen(), newCitizen()];
    await Promise.all(citizens.map(openWindow));
    await Promise.all(citizens.map(settleWindow));
    for (let i = 0; i < 10; i++) {
      await publisher.publish(
        'whatsappOutbound',
        citizens.map((citizen) => request(citizen, `message ${i}`).event),
      );
    }
    for (const citizen of citizens) {
      await eventually(async () => expect(await received(citizen)).toHaveLength(10));
      expect((await received(citizen)).map((m) => m.message.text.body)).toEqual(
        Array.from({ length: 10 }, (_, i) => `message ${i}`),
      );
    }
  });

  it('retries a 130429 and delivers the message', async () => {
    const citizen = newCitizen();
    await openWindow(citizen);
    await settleWindow(citizen);
    await fetch(`${simulatorUrl}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ throttle: { every: 1 } }),
    });
    const first = request(citizen, 'throttled then sent');
    await publisher.publish('whatsappOutbound', [first.event]);
    await eventually(async () => expect((await row(first.requestId))?.attempts).toBeGreaterThanOrEqual(2));
    await fetch(`${simulatorUrl}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await eventually(async () =>
      expect((await row(first.requestId))?.status).toMatch(/accepted|sent|delivered|read/),
    );
    expect((await received(citizen)).map((m) => m.message.text.body)).toEqual(['throttled then sent']);
  });

  it('records a permanent error as failed and does not retry it', async () => {
    const citizen = newCitizen();
    await openWindow(citizen);
    await settleWindow(citizen);
    await fetch(`${simulatorUrl}/_sim/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipientErrors: [{ waId: citizen, code: 131026 }] }),
    });
    const failing = request(citizen, 'undeliverable');
    await publisher.publish('whatsappOutbound', [failing.event]);
    await eventually(async () =>
      expect(await row(failing.requestId)).toMatchObject({
        status: 'failed',
        errorCode: 131026,
        attempts: 1,
      }),
    );
    await deliveries.waitFor((records) =>
      records.some(
        (r) => (r.value as any).requestId === failing.requestId && (r.value as any).status === 'FAILED',
      ),
    );
  });

  it('sends the mapped template outside the 24-hour window, and drops a message that has none', async () => {
    const citizen = newCitizen();
    const withTemplate = request(citizen, 'Your complaint was resolved', {
      name: 'seva_complaint_update',
      language: 'pa',
      parameters: ['PB-PGR-2026-11-24-000001', 'ਹੱਲ'],
    });
    const without = request(citizen, 'no template for this');
    await publisher.publish('whatsappOutbound', [withTemplate.event, without.event]);
    await eventually(async () => expect((await row(without.requestId))?.status).toBe('dropped'));
    const sent = await received(citizen);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.message).toMatchObject({
      type: 'template',
      template: { name: 'seva_complaint_update', language: { code: 'pa' } },
    });
    expect((await row(withTemplate.requestId))?.asTemplate).toBe(true);
  });

  it('sends a reply free-form on the time of the citizen’s message it carries, before the window is recorded', async () => {
    const citizen = newCitizen();
    const stale = request(citizen, 'written to two days ago', null, Date.now() - 48 * 3600_000);
    const reply = request(citizen, 'answered at once', null, Date.now() - 1000);
    await publisher.publish('whatsappOutbound', [stale.event, reply.event]);
    await eventually(async () =>
      expect((await row(reply.requestId))?.status).toMatch(/accepted|sent|delivered|read/),
    );
    expect((await row(stale.requestId))?.status).toBe('dropped');
    const sent = await received(citizen);
    expect(sent.map((m) => m.message.text?.body)).toEqual(['answered at once']);
    expect(
      await notification.runtime.db.customerWindow.findFirst({ where: { citizenWaId: citizen } }),
    ).toBeNull();
  });

  it('follows each message through sent, delivered and read from the status webhooks', async () => {
    const citizen = newCitizen();
    await openWindow(citizen);
    await settleWindow(citizen);
    const tracked = request(citizen, 'track me');
    await publisher.publish('whatsappOutbound', [tracked.event]);
    await eventually(async () => expect((await row(tracked.requestId))?.status).toBe('read'));
    // Delivery updates reach partners through the outbox, which lingers for more of them before it publishes.
    const statuses = () =>
      deliveries.records
        .filter((r) => (r.value as any).requestId === tracked.requestId)
        .map((r) => (r.value as any).status);
    await eventually(() => expect(statuses()).toEqual(['ACCEPTED', 'SENT', 'DELIVERED', 'READ']));
  });

  it('applies a status without callback data by looking the message up, and ignores one that is behind', async () => {
    const citizen = newCitizen();
    const requestId = `req-manual-${citizen}`;
    const messageId = `wamid.manual-${citizen}`;
    await notification.runtime.db.outboundMessage.create({
      data: {
        requestId,
        businessNumberId: number,
        citizenWaId: citizen,
        status: 'accepted',
        messageId,
        payload: {},
      },
    });
    const status = (kind: 'SENT' | 'DELIVERED', callbackData: string | null) => ({
      type: 'whatsapp.message-status' as const,
      key: citizen,
      value: {
        messageId,
        businessNumberId: number,
        citizenWaId: citizen,
        status: kind,
        at: Date.now(),
        errors: [],
        callbackData,
      },
    });
    // Statuses are order-free: published together, the two could be applied either way round.
    await publisher.publish('whatsappStatus', [status('DELIVERED', null)]);
    await eventually(async () => expect((await row(requestId))?.status).toBe('delivered'));
    await publisher.publish('whatsappStatus', [status('SENT', requestId)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await row(requestId))?.status).toBe('delivered');
    const announced = deliveries.records
      .filter((r) => (r.value as any).requestId === requestId)
      .map((r) => (r.value as any).status);
    expect(announced).toEqual(['DELIVERED']);
  });

  it('never repeats a send that was interrupted between intent and result', async () => {
    const citizen = newCitizen();
    await openWindow(citizen);
    await settleWindow(citizen);
    const interrupted = request(citizen, 'was perhaps sent before the crash');
    await notification.runtime.db.outboundMessage.create({
      data: {
        requestId: interrupted.requestId,
        businessNumberId: number,
        citizenWaId: citizen,
        status: 'sending',
        payload: {},
      },
    });
    await publisher.publish('whatsappOutbound', [interrupted.event]);
    await eventually(async () => expect((await row(interrupted.requestId))?.status).toBe('unknown'));
    expect(await received(citizen)).toHaveLength(0);
  });
});

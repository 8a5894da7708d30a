import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EventType, topics } from '@seva/contracts';
import { dropDatabase } from '@seva/database';
import { namespaced } from '@seva/kafka';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { type BuiltService, buildService } from '@seva/service-kit';
import { createTestSqlDatabase, eventually, repoRoot, testInfra } from '@seva/testkit';
import { signBody, type WebhookBody } from '@seva/whatsapp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayService } from '../src/app.js';
import { type Config, loadGatewayConfig } from '../src/config.js';
import type { Db } from '../src/db.js';

const appSecret = 'test-app-secret';
const fixtureDir = join(repoRoot, 'packages/whatsapp/test/fixtures');
const fixtures = Object.fromEntries(
  readdirSync(fixtureDir).map((name) => [
    name.replace('.json', ''),
    readFileSync(join(fixtureDir, name), 'utf8'),
  ]),
);
const phoneNumberIds = [
  ...new Set(
    Object.values(fixtures).flatMap((text) =>
      [...text.matchAll(/"phone_number_id":\s*"(\d+)"/g)].map((m) => m[1]!),
    ),
  ),
];

/** Ids of the messages or of the statuses in a webhook body. */
const idsIn = (text: string, field: 'messages' | 'statuses'): string[] =>
  (JSON.parse(text) as WebhookBody).entry.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.value[field] ?? []).map((item) => item.id)),
  );

/** What each real payload must put on Kafka: inbound message kinds and status kinds, in order. */
const expectations: Array<[string, { kinds?: string[]; statuses?: string[] }]> = [
  ['text', { kinds: ['TEXT'] }],
  ['button-reply', { kinds: ['BUTTON_REPLY'] }],
  ['list-reply', { kinds: ['LIST_REPLY'] }],
  ['template-button', { kinds: ['BUTTON_REPLY'] }],
  ['image', { kinds: ['IMAGE'] }],
  ['voice-note', { kinds: ['AUDIO'] }],
  ['document', { kinds: ['DOCUMENT'] }],
  ['video', { kinds: ['VIDEO'] }],
  ['sticker', { kinds: ['STICKER'] }],
  ['location', { kinds: ['LOCATION'] }],
  ['contacts', { kinds: ['CONTACTS'] }],
  ['reaction', { kinds: ['REACTION'] }],
  ['reply-with-context', { kinds: ['TEXT'] }],
  ['unsupported', { kinds: ['UNSUPPORTED'] }],
  ['unknown-type', { kinds: ['UNSUPPORTED'] }],
  ['status-sent', { statuses: ['SENT'] }],
  ['status-delivered', { statuses: ['DELIVERED'] }],
  ['status-read', { statuses: ['READ'] }],
  ['status-failed', { statuses: ['FAILED'] }],
];

describe('WhatsApp webhook on real Kafka and Postgres', () => {
  let kafka: TestKafka;
  let gateway: BuiltService<Config, Db>;
  let collector: RecordCollector;
  let databaseUrl: string;

  const post = (
    body: string | Buffer,
    signature: string | undefined = signBody(Buffer.from(body), appSecret),
  ) =>
    gateway.app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'x-hub-signature-256': signature } : {}),
      },
      payload: body,
    });
  const recordsOf = (type: EventType) => collector.records.filter((record) => record.type === type);
  const inboundIds = () =>
    recordsOf('whatsapp.inbound-message').map((r) => (r.value as { messageId: string }).messageId);

  beforeAll(async () => {
    const infra = await testInfra();
    kafka = await createTestKafka('gateway');
    // A message id seen before the retention, for the gateway's retention job to find when it starts.
    const database = await createTestSqlDatabase(
      'gateway',
      join(repoRoot, 'services/gateway/prisma/migrations'),
    );
    await database.sql.$executeRawUnsafe(
      `insert into seen_message (message_id, claimed_at, published_at)
       values ('wamid.seen-long-ago', now() - interval '200 hours', now() - interval '200 hours')`,
    );
    await database.pool.end();
    const config = loadGatewayConfig({
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: kafka.settings.namespace,
      DATABASE_URL: infra.databaseServerUrl,
      DATABASE_NAME: database.name,
      LOG_LEVEL: 'silent',
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_VERIFY_TOKEN: 'test-verify-token',
      WHATSAPP_NUMBERS: phoneNumberIds.map((id) => `${id}=token-${id}`).join(','),
      WHATSAPP_GRAPH_BASE_URL: 'http://127.0.0.1:9',
      MEDIA_DIR: join(repoRoot, '.data/test-media'),
      MISSED_CALL_SECRET: 'test-missed-call-secret',
      MISSED_CALL_NUMBERS: `911800000000=${phoneNumberIds[0]}`,
      PUBLISH_TIMEOUT_MS: '2000',
    });
    gateway = await buildService(gatewayService, config);
    databaseUrl = gateway.runtime.databaseUrl;
    collector = await new RecordCollector(kafka.kafka, [
      namespaced(kafka.settings, topics.whatsappInbound.name),
      namespaced(kafka.settings, topics.whatsappStatus.name),
      namespaced(kafka.settings, topics.telephonyMissedCall.name),
    ]).start();
  });

  afterAll(async () => {
    await collector?.stop();
    await gateway?.close();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  describe('verification', () => {
    it('echoes the challenge for the right token', async () => {
      const response = await gateway.app.inject({
        url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444',
      });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe('1158201444');
    });

    it.each([
      ['a wrong token', 'hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1'],
      ['a wrong mode', 'hub.mode=unsubscribe&hub.verify_token=test-verify-token&hub.challenge=1'],
      ['no parameters', ''],
    ])('refuses %s with 403', async (_case, query) => {
      expect((await gateway.app.inject({ url: `/webhooks/whatsapp?${query}` })).statusCode).toBe(403);
    });
  });

  it.each(expectations)('puts the %s payload on Kafka', async (name, expected) => {
    const response = await post(fixtures[name]!);
    expect(response.statusCode, response.body).toBe(200);
    const ids = idsIn(fixtures[name]!, expected.kinds ? 'messages' : 'statuses');
    if (expected.kinds) {
      const records = await collector.waitFor(() => ids.every((id) => inboundIds().includes(id)));
      const mine = records.filter(
        (r) =>
          r.type === 'whatsapp.inbound-message' && ids.includes((r.value as { messageId: string }).messageId),
      );
      expect(mine.map((r) => (r.value as { kind: string }).kind)).toEqual(expected.kinds);
      for (const record of mine) {
        expect(record.key).toBe((record.value as { citizenWaId: string }).citizenWaId);
        expect(record.headers['seva-event-id']).toBe(
          `wa:${(record.value as { messageId: string }).messageId}`,
        );
      }
    } else {
      // The status fixtures follow one message through sent, delivered and read: look for this one's status.
      const mine = () =>
        recordsOf('whatsapp.message-status')
          .filter((r) => ids.includes((r.value as { messageId: string }).messageId))
          .map((r) => (r.value as { status: string }).status);
      await collector.waitFor(() => expected.statuses!.every((status) => mine().includes(status)));
      expect(mine().slice(-expected.statuses!.length)).toEqual(expected.statuses);
    }
  });

  it('takes every message of a batched delivery (several entries and changes)', async () => {
    const ids = idsIn(fixtures.batch!, 'messages');
    expect(ids.length).toBeGreaterThan(1);
    expect((await post(fixtures.batch!)).statusCode).toBe(200);
    await collector.waitFor(() => ids.every((id) => inboundIds().includes(id)));
  });

  it('yields one event for a message id Meta delivers twice', async () => {
    const text = fixtures.text!.replace(/"id": "wamid\.[^"]+"/, '"id": "wamid.duplicate-check"');
    const first = await post(text);
    const second = await post(text);
    expect(first.json()).toMatchObject({ messages: 1, duplicates: 0 });
    expect(second.json()).toMatchObject({ messages: 0, duplicates: 1 });
    await collector.waitFor(() => inboundIds().includes('wamid.duplicate-check'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(inboundIds().filter((id) => id === 'wamid.duplicate-check')).toHaveLength(1);
  });

  it('forgets message ids seen longer ago than the retention, so such a late redelivery is taken again', async () => {
    await eventually(async () => {
      const seen = await gateway.runtime.sql.$queryRawUnsafe<unknown[]>(
        "select 1 from seen_message where message_id = 'wamid.seen-long-ago'",
      );
      expect(seen).toEqual([]);
    });
    const text = fixtures.text!.replace(/"id": "wamid\.[^"]+"/, '"id": "wamid.seen-long-ago"');
    expect((await post(text)).json()).toMatchObject({ messages: 1, duplicates: 0 });
    await collector.waitFor(() => inboundIds().includes('wamid.seen-long-ago'));
  });

  it('yields one event for a message id delivered several times at once, among other messages', async () => {
    const withId = (id: string) => fixtures.text!.replace(/"id": "wamid\.[^"]+"/, `"id": "${id}"`);
    const responses = await Promise.all([
      ...Array.from({ length: 5 }, () => post(withId('wamid.concurrent-duplicate'))),
      ...Array.from({ length: 5 }, (_, index) => post(withId(`wamid.concurrent-${index}`))),
    ]);
    const taken = responses.map((response) => response.json() as { messages: number; duplicates: number });
    expect(
      taken
        .slice(0, 5)
        .map((answer) => answer.messages)
        .sort(),
    ).toEqual([0, 0, 0, 0, 1]);
    expect(taken.slice(5).every((answer) => answer.messages === 1)).toBe(true);
    const ids = [
      'wamid.concurrent-duplicate',
      ...Array.from({ length: 5 }, (_, index) => `wamid.concurrent-${index}`),
    ];
    await collector.waitFor(() => ids.every((id) => inboundIds().includes(id)));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(inboundIds().filter((id) => id === 'wamid.concurrent-duplicate')).toHaveLength(1);
  });

  it.each([
    ['a forged signature', signBody(Buffer.from('{"other":"body"}'), appSecret)],
    ['a signature with another secret', undefined as unknown as string],
    ['no signature', ''],
  ])('answers 401 to %s and writes nothing to Kafka', async (_case, signature) => {
    const text = fixtures.text!.replace(/"id": "wamid\.[^"]+"/, '"id": "wamid.forged"');
    const response = await post(
      text,
      signature === undefined ? signBody(Buffer.from(text), 'another-secret') : signature,
    );
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'invalid_signature' });
  });

  it.each([
    ['malformed JSON', '{"object": "whatsapp_business_account", "entry": [', 400, 'malformed_json'],
    ['another object', '{"object": "page", "entry": []}', 400, 'invalid_payload'],
    ['entry not an array', '{"object": "whatsapp_business_account", "entry": {}}', 400, 'invalid_payload'],
    [
      'a message without sender',
      JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '1',
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: { display_phone_number: '1', phone_number_id: phoneNumberIds[0] },
                  messages: [{ id: 'wamid.x', timestamp: '1', type: 'text', text: { body: 'hi' } }],
                },
              },
            ],
          },
        ],
      }),
      400,
      'invalid_payload',
    ],
  ])('answers 4xx to %s with a reason', async (_case, body, status, error) => {
    const response = await post(body);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error });
    expect(response.json().message).toEqual(expect.any(String));
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [],
      padding: 'x'.repeat(1024 * 1024),
    });
    expect((await post(big)).statusCode).toBe(413);
  });

  it('ignores, with 200, a delivery for a business number it does not serve', async () => {
    const text = fixtures
      .text!.replace(/"phone_number_id": "\d+"/, '"phone_number_id": "999"')
      .replace(/"id": "wamid\.[^"]+"/, '"id": "wamid.elsewhere"');
    const response = await post(text);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ messages: 0, ignored: 1 });
  });

  it('answers 503 while Kafka cannot take the events, and takes the retry afterwards', async () => {
    const text = fixtures.text!.replace(/"id": "wamid\.[^"]+"/, '"id": "wamid.during-outage"');
    await gateway.runtime.publisher.disconnect();
    try {
      const response = await post(text);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
    } finally {
      await gateway.runtime.publisher.connect();
    }
    const retry = await post(text);
    expect(retry.json()).toMatchObject({ messages: 1, duplicates: 0 });
    await collector.waitFor(() => inboundIds().includes('wamid.during-outage'));
  });

  it('never published the refused deliveries', () => {
    expect(inboundIds()).not.toContain('wamid.forged');
    expect(inboundIds()).not.toContain('wamid.elsewhere');
    expect(inboundIds().filter((id) => id === 'wamid.during-outage')).toHaveLength(1);
  });

  describe('missed calls', () => {
    const ring = (query: string, secret = 'test-missed-call-secret') =>
      gateway.app.inject({
        method: 'POST',
        url: `/webhooks/missed-call?${query}`,
        headers: { 'x-missed-call-secret': secret },
      });

    it('welcomes a caller once within the quiet period', async () => {
      const first = await ring('CallSid=c-1&From=09812345678&To=911800000000');
      const second = await ring('CallSid=c-2&From=%2B919812345678&To=911800000000');
      expect(first.json()).toEqual({ status: 'welcomed' });
      expect(second.json()).toEqual({ status: 'already_welcomed_recently' });
      const records = await collector.waitFor((all) => all.some((r) => r.type === 'telephony.missed-call'));
      const calls = records.filter((r) => r.type === 'telephony.missed-call');
      expect(calls).toHaveLength(1);
      expect(calls[0]!.value).toMatchObject({
        callId: 'c-1',
        citizenWaId: '919812345678',
        businessNumberId: phoneNumberIds[0],
      });
    });

    it.each([
      ['a wrong secret', 'CallSid=c&From=9812345678&To=911800000000', 'wrong-secret', 401],
      ['no caller', 'CallSid=c&To=911800000000', 'test-missed-call-secret', 400],
      ['a caller that is no number', 'CallSid=c&From=abc&To=911800000000', 'test-missed-call-secret', 400],
      ['a line not served', 'CallSid=c&From=9812345678&To=911100000000', 'test-missed-call-secret', 400],
    ])('refuses %s', async (_case, query, secret, status) => {
      expect((await ring(query, secret)).statusCode).toBe(status);
    });
  });
});

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { topics } from '@seva/contracts';
import { dropDatabase } from '@seva/database';
import { namespaced } from '@seva/kafka';
import { createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { type BuiltService, buildService } from '@seva/service-kit';
import { repoRoot, testInfra, uniqueName } from '@seva/testkit';
import { buildSimulator } from '@seva/wa-simulator/app';
import { loadSimulatorConfig } from '@seva/wa-simulator/config';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayService } from '../src/app.js';
import { type Config, loadGatewayConfig } from '../src/config.js';
import type { Db } from '../src/db.js';

const number = '100200300400500';
const settings = {
  WHATSAPP_APP_SECRET: 'test-app-secret',
  WHATSAPP_NUMBERS: `${number}=test-token`,
  MISSED_CALL_SECRET: 'test-missed-call-secret',
  MISSED_CALL_NUMBERS: `911800000000=${number}`,
  LOG_LEVEL: 'silent',
};
const mediaDir = join(repoRoot, '.data/test-media');

describe('a photo sent from the simulator', () => {
  let kafka: TestKafka;
  let gateway: BuiltService<Config, Db>;
  let simulator: FastifyInstance;
  let collector: RecordCollector;

  beforeAll(async () => {
    const infra = await testInfra();
    kafka = await createTestKafka('media');
    simulator = buildSimulator(
      loadSimulatorConfig({ ...settings, PORT: '0', GATEWAY_WEBHOOK_URL: 'http://127.0.0.1:9/none' }),
    );
    await simulator.listen({ host: '127.0.0.1', port: 0 });
    const simulatorUrl = `http://127.0.0.1:${(simulator.server.address() as { port: number }).port}`;
    gateway = await buildService(
      gatewayService,
      loadGatewayConfig({
        ...settings,
        KAFKA_BROKERS: infra.kafkaBrokers.join(','),
        KAFKA_NAMESPACE: kafka.settings.namespace,
        DATABASE_URL: infra.databaseServerUrl,
        DATABASE_NAME: uniqueName('test_media'),
        WHATSAPP_VERIFY_TOKEN: 'test-verify-token',
        WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
        MEDIA_DIR: mediaDir,
      }),
    );
    await gateway.app.listen({ host: '127.0.0.1', port: 0 });
    // The simulator is rebuilt to post to the gateway's port, keeping its own.
    const port = new URL(simulatorUrl).port;
    await simulator.close();
    simulator = buildSimulator(
      loadSimulatorConfig({
        ...settings,
        PORT: port,
        SIMULATOR_PUBLIC_URL: simulatorUrl,
        GATEWAY_WEBHOOK_URL: `http://127.0.0.1:${(gateway.app.server.address() as { port: number }).port}/webhooks/whatsapp`,
      }),
    );
    await simulator.listen({ host: '127.0.0.1', port: Number(port) });
    collector = await new RecordCollector(kafka.kafka, [
      namespaced(kafka.settings, topics.whatsappInbound.name),
    ]).start();
  });

  afterAll(async () => {
    await collector?.stop();
    await simulator?.close();
    await gateway?.close();
    if (gateway) await dropDatabase(gateway.runtime.databaseUrl);
  });

  /** What a citizen sends from the simulator's phone: the gateway's answer is awaited by the simulator. */
  async function sendMedia(citizen: string, media: { kind: string; mimeType: string; bytes: Buffer }) {
    const simulatorUrl = `http://127.0.0.1:${(simulator.server.address() as { port: number }).port}`;
    const response = await fetch(`${simulatorUrl}/_sim/citizens/${citizen}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        businessNumberId: number,
        media: { kind: media.kind, mimeType: media.mimeType, base64: media.bytes.toString('base64') },
      }),
    });
    expect(await response.json()).toMatchObject({ gatewayStatus: 200 });
  }

  it('is stored by the gateway and its reference reaches consumers with a matching sha256', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from(`pothole ${Date.now()}`),
      Buffer.from([0xff, 0xd9]),
    ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await sendMedia('919800000201', { kind: 'image', mimeType: 'image/jpeg', bytes });

    const records = await collector.waitFor((all) => all.some((r) => r.type === 'whatsapp.media-stored'));
    const inbound = records.find((r) => r.type === 'whatsapp.inbound-message')!.value as {
      kind: string;
      media: { mediaId: string };
    };
    const stored = records.find((r) => r.type === 'whatsapp.media-stored')!.value as {
      mediaId: string;
      sha256: string;
      storageKey: string;
      sizeBytes: number;
    };
    expect(inbound.kind).toBe('IMAGE');
    expect(stored).toMatchObject({ mediaId: inbound.media.mediaId, sha256, sizeBytes: bytes.length });
    expect(
      createHash('sha256')
        .update(await readFile(join(mediaDir, stored.storageKey)))
        .digest('hex'),
    ).toBe(sha256);
  });

  it('of a type the gateway does not take is rejected, once, with the reason', async () => {
    const citizen = '919800000202';
    await sendMedia(citizen, { kind: 'document', mimeType: 'application/zip', bytes: Buffer.from('PK zip') });

    const records = await collector.waitFor((all) =>
      all.some((r) => r.type === 'whatsapp.media-rejected' && r.key === citizen),
    );
    const rejected = records.filter((r) => r.type === 'whatsapp.media-rejected' && r.key === citizen);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.value).toMatchObject({ reason: 'file type application/zip is not accepted' });
    const [row] = await gateway.runtime.sql.$queryRawUnsafe<Array<{ status: string; reason: string }>>(
      'select status, reason from media_object where citizen_wa_id = $1',
      citizen,
    );
    expect(row).toEqual({ status: 'rejected', reason: 'file type application/zip is not accepted' });
  });
});

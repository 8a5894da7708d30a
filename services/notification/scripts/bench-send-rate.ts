/**
 * Measures the send rate the notification service holds per business number: publishes a burst of outbound
 * requests for many citizens and reads, from the simulator's recording, how many sends the Cloud API
 * received in every one-second window. Usage (with Kafka and Postgres up):
 *   pnpm exec tsx scripts/bench-send-rate.ts [rate=80] [messages=800]
 */
import { createKafka, ensureTopics, Publisher } from '@seva/kafka';
import { buildService } from '@seva/service-kit';
import { testInfra, uniqueName } from '@seva/testkit';
import { buildSimulator } from '@seva/wa-simulator/app';
import { loadSimulatorConfig } from '@seva/wa-simulator/config';
import { buildText } from '@seva/whatsapp';
import { notificationService } from '../src/app.js';
import { loadNotificationConfig } from '../src/config.js';

const rate = Number(process.argv[2] ?? 80);
const total = Number(process.argv[3] ?? 800);
const number = '100200300400500';
const citizens = Array.from({ length: 200 }, (_, i) => String(919_600_000_000 + i));

const infra = await testInfra();
const namespace = `${uniqueName('bench')}.`;
const settings = { brokers: infra.kafkaBrokers, clientId: 'bench', namespace };
const kafka = createKafka(settings);
await ensureTopics(kafka, settings);
const publisher = new Publisher(kafka, settings);
await publisher.connect();

const simulator = buildSimulator(
  loadSimulatorConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    WHATSAPP_APP_SECRET: 'bench-app-secret',
    WHATSAPP_NUMBERS: `${number}=bench-token`,
    MISSED_CALL_SECRET: 'bench-missed-call',
    MISSED_CALL_NUMBERS: `911800000000=${number}`,
    GATEWAY_WEBHOOK_URL: 'http://127.0.0.1:9/none',
  }),
);
await simulator.listen({ host: '127.0.0.1', port: 0 });
const simulatorUrl = `http://127.0.0.1:${(simulator.server.address() as { port: number }).port}`;
// Statuses go nowhere in this measurement; spacing them out keeps the simulator's own work small.
await fetch(`${simulatorUrl}/_sim/config`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ statusIntervalMs: 60000 }),
});

const notification = await buildService(
  notificationService,
  loadNotificationConfig({
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_NAMESPACE: namespace,
    DATABASE_URL: infra.databaseServerUrl,
    DATABASE_NAME: uniqueName('bench_notification').toLowerCase(),
    LOG_LEVEL: 'warn',
    WHATSAPP_NUMBERS: `${number}=bench-token`,
    WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
    WHATSAPP_SEND_RATE: String(rate),
    CONSUMER_CONCURRENCY: '12',
  }),
);

await publisher.publish(
  'whatsappInbound',
  citizens.map((citizen) => ({
    type: 'whatsapp.inbound-message' as const,
    key: citizen,
    value: {
      messageId: `wamid.bench-${citizen}`,
      businessNumberId: number,
      citizenWaId: citizen,
      citizenName: null,
      sentAt: Date.now(),
      kind: 'TEXT' as const,
      text: 'hi',
      reply: null,
      media: null,
      location: null,
      unsupportedReason: null,
      contextMessageId: null,
    },
  })),
);
await new Promise((resolve) => setTimeout(resolve, 3000));
await publisher.publish(
  'whatsappOutbound',
  Array.from({ length: total }, (_, i) => {
    const citizen = citizens[i % citizens.length]!;
    const requestId = `bench-${i}`;
    return {
      type: 'whatsapp.outbound-request' as const,
      key: citizen,
      eventId: requestId,
      value: {
        requestId,
        businessNumberId: number,
        citizenWaId: citizen,
        message: JSON.stringify(buildText(`bench ${i}`)),
        fallbackTemplate: null,
        causationId: null,
        citizenLastInboundAt: null,
      },
    };
  }),
);

const deadline = Date.now() + Math.max(60_000, (total / rate) * 3000);
let times: number[] = [];
while (Date.now() < deadline) {
  const response = await fetch(`${simulatorUrl}/_sim/messages?since=0&limit=10000`);
  times = ((await response.json()) as { messages: Array<{ at: number }> }).messages
    .map((m) => m.at)
    .sort((a, b) => a - b);
  if (times.length >= total) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
let peak = 0;
for (let start = 0, end = 0; end < times.length; end++) {
  while (times[end]! - times[start]! >= 1000) start++;
  peak = Math.max(peak, end - start + 1);
}
const seconds = (times.at(-1)! - times[0]!) / 1000;
console.log(
  JSON.stringify({
    configuredRate: rate,
    messages: times.length,
    seconds: Number(seconds.toFixed(2)),
    averageRate: Number((times.length / seconds).toFixed(1)),
    peakInAnySecond: peak,
  }),
);

await notification.close();
await simulator.close();
await publisher.disconnect();
process.exit(0);

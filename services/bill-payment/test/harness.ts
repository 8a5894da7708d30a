import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type EventMap, type EventType, type TopicEvents, type TopicKey, topics } from '@seva/contracts';
import { dropDatabase } from '@seva/database';
import { namespaced, Publisher } from '@seva/kafka';
import { type CollectedRecord, createTestKafka, RecordCollector, type TestKafka } from '@seva/kafka/testing';
import { buildPaymentSimulator } from '@seva/payment-simulator/app';
import { loadPaymentSimulatorConfig } from '@seva/payment-simulator/config';
import { type BuiltService, buildService } from '@seva/service-kit';
import { repoRoot, testInfra, uniqueName } from '@seva/testkit';
import type { FastifyInstance } from 'fastify';
import { createBillPaymentService } from '../src/app.js';
import { type Config, loadBillPaymentConfig } from '../src/config.js';
import type { Db } from '../src/db.js';
import type { ImportReport } from '../src/domain/import-bills.js';

export const businessNumberId = '100200300400500';
export const importToken = 'test-billing-import-token';
export const webhookSecret = 'test-payment-webhook-secret';

/**
 * A port nobody listens on now: the simulator and the service each need the other's URL before they start.
 */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A bill row as a city billing system sends it. */
export const billRow = (fields: Record<string, unknown> = {}) => ({
  tenantId: 'pb.amritsar',
  consumerNumber: 'WS/107/2019-20/004512',
  service: 'WATER',
  holderName: 'Harpreet Kaur',
  linkedMobiles: ['9876543210'],
  billNumber: 'WSB-107-2025Q1-004512',
  periodFrom: '2025-01-01',
  periodTo: '2025-03-31',
  dueDate: '2025-04-30',
  taxHeads: [
    { code: 'WS_CHARGE', amount: 540 },
    { code: 'WS_WATER_CESS', amount: '27.00' },
    { code: 'WS_Round_Off', amount: 0.5 },
  ],
  ...fields,
});

/** What the simulator answers to paying or failing a link. */
export interface SimulatorAnswer {
  readonly deliveries: { event: string; status: number | null }[];
  readonly payment: { id: string; amount: number; status: string };
}

export interface Harness {
  readonly service: BuiltService<Config, Db>;
  readonly db: Db;
  readonly url: string;
  readonly simulatorUrl: string;
  readonly records: RecordCollector;
  /** Sets the service's clock (milliseconds); it starts at the real time. */
  setClock(at: number): void;
  clock(): number;
  importBills(rows: unknown[], token?: string): Promise<{ status: number; body: ImportReport }>;
  /** Publishes a citizen's command, as the conversation does (event id = request id). */
  command<E extends TopicEvents<'billingCommands'> & EventType>(type: E, value: EventMap[E]): Promise<void>;
  publish<T extends TopicKey, E extends TopicEvents<T> & EventType>(
    topic: T,
    type: E,
    key: string,
    value: EventMap[E],
  ): Promise<void>;
  /** Records of one event type seen so far, values only. */
  seen<E extends EventType>(type: E, where?: (value: EventMap[E]) => boolean): EventMap[E][];
  /** Waits until at least `count` records of the type match. */
  waitFor<E extends EventType>(
    type: E,
    where?: (value: EventMap[E]) => boolean,
    count?: number,
  ): Promise<EventMap[E][]>;
  /**
   * Imports a new unpaid bill linked to the payer (919876543210) and has the payer ask for its payment link.
   */
  billWithLink(): Promise<{ billNumber: string; consumerNumber: string; linkId: string; paymentId: string }>;
  /** Posts to the simulator's control API: pay or fail a link, or set faults. */
  simulator(path: string, body?: unknown): Promise<SimulatorAnswer>;
  close(): Promise<void>;
}

export async function startHarness(name: string, settings: Record<string, string> = {}): Promise<Harness> {
  const infra = await testInfra();
  const kafka: TestKafka = await createTestKafka(`bp_${name}`);
  const publisher = new Publisher(kafka.kafka, kafka.settings);
  await publisher.connect();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const keys = { PAYMENT_PROVIDER_KEY_ID: 'rzp_test_seva', PAYMENT_PROVIDER_KEY_SECRET: 'test-key-secret' };
  const simulatorPort = await freePort();
  const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
  const simulator: FastifyInstance = buildPaymentSimulator(
    loadPaymentSimulatorConfig({
      ...keys,
      LOG_LEVEL: 'silent',
      PAYMENT_WEBHOOK_SECRET: webhookSecret,
      PAYMENT_WEBHOOK_URL: `${url}/webhooks/payments`,
      PAYMENT_SIMULATOR_PUBLIC_URL: simulatorUrl,
    }),
  );
  await simulator.listen({ host: '127.0.0.1', port: simulatorPort });
  let clock = Date.now();
  const database = uniqueName(`test_bp_${name}`);
  const receiptDir = join(repoRoot, '.data/test-receipts', database);
  const service = await buildService(
    createBillPaymentService({ now: () => new Date(clock) }),
    loadBillPaymentConfig({
      ...keys,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: kafka.settings.namespace,
      DATABASE_URL: infra.databaseServerUrl,
      DATABASE_NAME: database,
      LOG_LEVEL: 'silent',
      BILLING_IMPORT_TOKEN: importToken,
      PAYMENT_PROVIDER_BASE_URL: simulatorUrl,
      PAYMENT_WEBHOOK_SECRET: webhookSecret,
      PUBLIC_URL: url,
      RECEIPT_DIR: receiptDir,
      RECEIPT_LINK_SECRET: 'test-receipt-link-secret',
      REMINDER_BUSINESS_NUMBER_ID: businessNumberId,
      ...settings,
    }),
  );
  await service.app.listen({ host: '127.0.0.1', port });
  const records = await new RecordCollector(
    kafka.kafka,
    (['billingEvents', 'billingBills', 'whatsappOutbound'] as const).map((key) =>
      namespaced(kafka.settings, topics[key].name),
    ),
  ).start();
  const values = <E extends EventType>(
    list: CollectedRecord[],
    type: E,
    where?: (value: EventMap[E]) => boolean,
  ) =>
    list
      .filter((record) => record.type === type)
      .map((record) => record.value as EventMap[E])
      .filter((value) => where?.(value) ?? true);
  const publish: Harness['publish'] = async (topic, type, key, value) => {
    const requestId = (value as { requestId?: string }).requestId;
    await publisher.publish(topic, [{ type, key, value, ...(requestId ? { eventId: requestId } : {}) }]);
  };
  let bills = 0;
  const harness: Harness = {
    service,
    db: service.runtime.db,
    url,
    simulatorUrl,
    records,
    setClock: (at) => {
      clock = at;
    },
    clock: () => clock,
    async importBills(rows, token = importToken) {
      const response = await fetch(`${url}/bills/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ bills: rows }),
      });
      return { status: response.status, body: (await response.json()) as ImportReport };
    },
    command: (type, value) => publish('billingCommands', type, value.citizenWaId, value as never),
    async billWithLink() {
      const serial = ++bills;
      const billNumber = `WSB-107-${name.toUpperCase()}-${serial}`;
      const consumerNumber = `WS/107/${name.toUpperCase()}/${serial}`;
      await harness.importBills([billRow({ billNumber, consumerNumber })]);
      const requestId = `${name}-link-${serial}`;
      await harness.command('billing.payment-link-requested', {
        requestId,
        businessNumberId,
        citizenWaId: '919876543210',
        billNumber,
        language: null,
      });
      const [created] = await harness.waitFor(
        'billing.payment-link-created',
        (value) => value.requestId === requestId,
      );
      return {
        billNumber,
        consumerNumber,
        linkId: created!.url.split('/').at(-1)!,
        paymentId: created!.paymentId,
      };
    },
    publish,
    seen: (type, where) => values(records.records, type, where),
    async waitFor(type, where, count = 1) {
      const list = await records.waitFor((all) => values(all, type, where).length >= count);
      return values(list, type, where);
    },
    async simulator(path, body) {
      const response = await fetch(`${simulatorUrl}${path}`, {
        method: 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as SimulatorAnswer;
    },
    async close() {
      await records.stop();
      await service.close();
      await simulator.close();
      await publisher.disconnect();
      await dropDatabase(service.runtime.databaseUrl);
      await rm(receiptDir, { recursive: true, force: true });
    },
  };
  return harness;
}

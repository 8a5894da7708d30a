import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { billPaymentService } from '@seva/bill-payment/app';
import { loadBillPaymentConfig } from '@seva/bill-payment/config';
import { conversationService } from '@seva/conversation/app';
import { loadConversationConfig } from '@seva/conversation/config';
import { databaseUrl, dropDatabase } from '@seva/database';
import { gatewayService } from '@seva/gateway/app';
import { loadGatewayConfig } from '@seva/gateway/config';
import { grievanceService } from '@seva/grievance/app';
import { loadGrievanceConfig } from '@seva/grievance/config';
import { notificationService } from '@seva/notification/app';
import { loadNotificationConfig } from '@seva/notification/config';
import { buildPaymentSimulator } from '@seva/payment-simulator/app';
import { loadPaymentSimulatorConfig } from '@seva/payment-simulator/config';
import { type BuiltService, buildService } from '@seva/service-kit';
import { eventually, repoRoot, testInfra, uniqueName } from '@seva/testkit';
import { buildSimulator } from '@seva/wa-simulator/app';
import { loadSimulatorConfig } from '@seva/wa-simulator/config';

type FastifyInstance = ReturnType<typeof buildSimulator>;

/** The development settings every process of the platform shares (infra/dev.env). */
export const devEnvironment: Record<string, string> = Object.fromEntries(
  readFileSync(join(repoRoot, 'infra/dev.env'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

export const businessNumberId = devEnvironment.WHATSAPP_NUMBERS!.split('=')[0]!;

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

type Running = BuiltService<never, never> | { close(): Promise<void> };

export interface Platform {
  readonly simulatorUrl: string;
  readonly grievanceUrl: string;
  readonly billPaymentUrl: string;
  readonly paymentSimulatorUrl: string;
  readonly namespace: string;
  /** Environment of a service process of this platform (for services run as child processes). */
  env(service: string, extra?: Record<string, string>): Record<string, string>;
  /** Starts the conversation service as its own process (so a test can kill it); resolves once it is ready. */
  startConversationProcess(extra?: Record<string, string>): Promise<ChildProcess>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Leave conversation to the test, which runs it as a child process (so it can be killed). */
  readonly conversationAsProcess?: boolean;
}

/**
 * Every service the grievance journey needs, wired as in production (Kafka topics in a namespace of their own,
 * a database each), the gateway and notification talking to the WhatsApp simulator over HTTP.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const infra = await testInfra();
  const namespace = `${uniqueName('e2e')}.`;
  const ports = await Promise.all(Array.from({ length: 6 }, () => freePort()));
  const [gatewayPort, grievancePort, simulatorPort, conversationPort, billPaymentPort, paymentSimulatorPort] =
    ports as [number, number, number, number, number, number];
  const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
  const billPaymentUrl = `http://127.0.0.1:${billPaymentPort}`;
  const paymentSimulatorUrl = `http://127.0.0.1:${paymentSimulatorPort}`;
  const databases: string[] = [];
  const env = (service: string, extra: Record<string, string> = {}): Record<string, string> => {
    const database = `${namespace.slice(0, -1)}_${service.replace('-', '_')}`;
    if (!databases.includes(database)) databases.push(database);
    return {
      ...devEnvironment,
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      KAFKA_NAMESPACE: namespace,
      DATABASE_URL: infra.databaseServerUrl,
      DATABASE_NAME: database,
      HOST: '127.0.0.1',
      WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
      MEDIA_DIR: join(repoRoot, '.data', 'e2e-media'),
      WINDOW_RECHECK_MS: '200',
      PAYMENT_PROVIDER_BASE_URL: paymentSimulatorUrl,
      PUBLIC_URL: billPaymentUrl,
      DEMO_SEED: 'false',
      // Receipt numbers restart with every database: each run keeps its own files.
      RECEIPT_DIR: join(repoRoot, '.data', 'e2e-receipts', namespace),
      ...extra,
    };
  };

  const running: Running[] = [];
  const children: ChildProcess[] = [];
  const simulator: FastifyInstance = buildSimulator(
    loadSimulatorConfig({
      ...devEnvironment,
      PORT: String(simulatorPort),
      LOG_LEVEL: 'warn',
      GATEWAY_WEBHOOK_URL: `http://127.0.0.1:${gatewayPort}/webhooks/whatsapp`,
      GATEWAY_MISSED_CALL_URL: `http://127.0.0.1:${gatewayPort}/webhooks/missed-call`,
      SIMULATOR_PUBLIC_URL: simulatorUrl,
    }),
  );
  await simulator.listen({ host: '127.0.0.1', port: simulatorPort });
  running.push({ close: () => simulator.close() });

  const listen = async (service: BuiltService<any, any>, port: number) => {
    await service.app.listen({ host: '127.0.0.1', port });
    running.push(service);
  };
  const grievance = await buildService(grievanceService(), loadGrievanceConfig(env('grievance')));
  await listen(grievance, grievancePort);
  await listen(await buildService(notificationService, loadNotificationConfig(env('notification'))), 0);
  await listen(await buildService(gatewayService, loadGatewayConfig(env('gateway'))), gatewayPort);
  const payments = buildPaymentSimulator(
    loadPaymentSimulatorConfig({
      ...devEnvironment,
      PORT: String(paymentSimulatorPort),
      LOG_LEVEL: 'warn',
      PAYMENT_WEBHOOK_URL: `${billPaymentUrl}/webhooks/payments`,
      PAYMENT_SIMULATOR_PUBLIC_URL: paymentSimulatorUrl,
    }),
  );
  await payments.listen({ host: '127.0.0.1', port: paymentSimulatorPort });
  running.push({ close: () => payments.close() });
  await listen(
    await buildService(billPaymentService, loadBillPaymentConfig(env('bill-payment'))),
    billPaymentPort,
  );

  const startConversationProcess = async (extra: Record<string, string> = {}) => {
    const child = spawn(process.execPath, [join(repoRoot, 'services/conversation/dist/server.js')], {
      env: { PATH: process.env.PATH, ...env('conversation', { PORT: String(conversationPort), ...extra }) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    await eventually(
      async () => {
        const response = await fetch(`http://127.0.0.1:${conversationPort}/readyz`);
        if (response.status !== 200) throw new Error(`conversation not ready: ${response.status}`);
      },
      60000,
      200,
    );
    return child;
  };
  if (!options.conversationAsProcess)
    await listen(await buildService(conversationService, loadConversationConfig(env('conversation'))), 0);

  return {
    simulatorUrl,
    grievanceUrl: `http://127.0.0.1:${grievancePort}`,
    billPaymentUrl,
    paymentSimulatorUrl,
    namespace,
    env,
    startConversationProcess,
    async stop() {
      for (const child of children) child.kill('SIGKILL');
      for (const service of running.reverse()) await service.close().catch(() => undefined);
      await Promise.all(
        databases.map((name) =>
          dropDatabase(databaseUrl(infra.databaseServerUrl, name)).catch(() => undefined),
        ),
      );
    },
  };
}

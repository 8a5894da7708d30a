import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, dropDatabase } from '@seva/database';
import { createKafka, ensureTopics } from '@seva/kafka';
import { CountingDbProxy, type DbCounts } from './counting-db-proxy.js';
import { findFreePort } from './find-free-port.js';
import type { KafkaBroker } from './kafka-broker.js';
import { ServiceProcess } from './service-process.js';

export type ServiceName =
  | 'gateway'
  | 'conversation'
  | 'grievance'
  | 'bill-payment'
  | 'notification'
  | 'wa-simulator';

export interface PlatformSettings {
  readonly repoRoot: string;
  readonly broker: KafkaBroker;
  readonly databaseServerUrl: string;
  readonly scale: 1 | 2;
  /** Only the gateway and the simulator: webhooks into Kafka, nobody consuming them. */
  readonly ingestOnly: boolean;
  /** Messages per second the business number may send, shared by the notification instances. */
  readonly sendRate: number;
  /** Nice value of the consumer services, as `npm run up` sets it (the gateway keeps 0). */
  readonly consumerNiceness: number;
  readonly logDir: string;
  readonly cpuProfile: boolean;
  /** Route each service's database connections through a proxy that counts round trips. */
  readonly countDbRoundTrips: boolean;
  readonly log: (line: string) => void;
}

/** The development settings every process shares (infra/dev.env), as `npm run up` reads them. */
function readDevEnvironment(repoRoot: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(join(repoRoot, 'infra/dev.env'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * A whole platform of our own: every service and the WhatsApp simulator as separate processes, started the
 * way infra/scripts/up.sh starts them, with topics and consumer groups under a namespace and databases named
 * for this run only, so it shares the broker and the database server with other runs without seeing them.
 */
export class Platform {
  readonly processes: ServiceProcess[] = [];
  /** Settings changed from infra/dev.env, for the report. */
  readonly overrides: Record<string, string> = {};
  /** Database of each service. */
  readonly databases = new Map<string, string>();
  private readonly proxies = new Map<string, CountingDbProxy>();

  private constructor(
    private readonly settings: PlatformSettings,
    readonly namespace: string,
    readonly devEnv: Record<string, string>,
  ) {}

  static create(settings: PlatformSettings): Platform {
    const id = `lg_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    return new Platform(settings, `${id}.`, readDevEnvironment(settings.repoRoot));
  }

  /** The business number every citizen writes to, and its access token. */
  get businessNumber(): { id: string; token: string } {
    const [id, token] = this.devEnv.WHATSAPP_NUMBERS!.split(',')[0]!.split('=');
    return { id: id!, token: token! };
  }

  get appSecret(): string {
    return this.devEnv.WHATSAPP_APP_SECRET!;
  }

  runs(service: ServiceName): boolean {
    return this.instances(service).length > 0;
  }

  instances(service: ServiceName): ServiceProcess[] {
    return this.processes.filter((process) => process.settings.service === service);
  }

  first(service: ServiceName): ServiceProcess {
    const found = this.instances(service)[0];
    if (!found) throw new Error(`${service} is not running`);
    return found;
  }

  /** The environment the first instance of `service` runs with. */
  envOf(service: ServiceName): Record<string, string> | undefined {
    return this.instances(service)[0]?.settings.env;
  }

  async start(): Promise<void> {
    const { broker, scale } = this.settings;
    // Topics are created once here: services starting together would otherwise race to create them.
    const kafka = createKafka({ brokers: broker.brokers.split(','), clientId: 'seva-loadgen' });
    await ensureTopics(kafka, { namespace: this.namespace });

    const simulatorPort = await findFreePort();
    const gatewayPort = await findFreePort();
    const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
    this.add('wa-simulator', 'wa-simulator', 'tools/wa-simulator', simulatorPort, {
      ...this.devEnv,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GATEWAY_WEBHOOK_URL: `http://127.0.0.1:${gatewayPort}/webhooks/whatsapp`,
      GATEWAY_MISSED_CALL_URL: `http://127.0.0.1:${gatewayPort}/webhooks/missed-call`,
      SIMULATOR_PUBLIC_URL: simulatorUrl,
    });
    const serviceEnv = async (service: string, extra: Record<string, string> = {}) => {
      const database = `${this.namespace.slice(0, -1)}_${service.replace('-', '_')}`;
      this.databases.set(service, database);
      let databaseServerUrl = this.settings.databaseServerUrl;
      if (this.settings.countDbRoundTrips) {
        const server = new URL(databaseServerUrl);
        const proxy = new CountingDbProxy(server.hostname, Number(server.port || 5432));
        this.proxies.set(service, proxy);
        server.port = String(await proxy.start());
        databaseServerUrl = server.toString();
      }
      return {
        ...this.devEnv,
        HOST: '127.0.0.1',
        KAFKA_BROKERS: broker.brokers,
        KAFKA_NAMESPACE: this.namespace,
        DATABASE_URL: databaseServerUrl,
        DATABASE_NAME: database,
        WHATSAPP_GRAPH_BASE_URL: simulatorUrl,
        MEDIA_DIR: join(this.settings.logDir, 'media'),
        ...extra,
      };
    };
    // Each notification process paces its own sends: the number's rate is shared out between them.
    const sendRate = String(Math.max(1, Math.floor(this.settings.sendRate / scale)));
    this.overrides.WHATSAPP_SEND_RATE = sendRate;
    const lower = { PROCESS_NICENESS: String(this.settings.consumerNiceness) };
    const services: Array<[ServiceName, Record<string, string>]> = this.settings.ingestOnly
      ? [['gateway', {}]]
      : [
          ['gateway', {}],
          ['conversation', lower],
          ['grievance', lower],
          // No demo connections: every citizen is asked for a consumer number, an answer bill-payment gives.
          [
            'bill-payment',
            { ...lower, DEMO_SEED: 'false', RECEIPT_DIR: join(this.settings.logDir, 'receipts') },
          ],
          ['notification', { ...lower, WHATSAPP_SEND_RATE: sendRate }],
        ];
    if (!this.settings.ingestOnly)
      this.overrides.PROCESS_NICENESS = `${lower.PROCESS_NICENESS} (consumers), 0 (gateway)`;
    for (const [service, extra] of services) {
      const port = service === 'gateway' ? gatewayPort : await findFreePort();
      this.add(service, service, `services/${service}`, port, await serviceEnv(service, extra));
    }

    await this.startAll([...this.processes]);

    // Second instances join the same consumer groups and databases once the first ones have migrated them; the
    // load generator spreads webhooks over both gateways, as a load balancer in front of them would.
    if (scale === 2) {
      const doubled: ServiceName[] = this.settings.ingestOnly
        ? ['gateway']
        : ['gateway', 'conversation', 'notification'];
      const extra: ServiceProcess[] = [];
      for (const service of doubled)
        extra.push(
          this.add(service, `${service}-2`, `services/${service}`, await findFreePort(), {
            ...this.first(service).settings.env,
          }),
        );
      await this.startAll(extra);
    }
  }

  /** How often each process ended without being asked to during the run, for those that did. */
  unexpectedExits(): Record<string, number> {
    return Object.fromEntries(
      this.processes.filter((service) => service.unexpectedExits > 0).map((s) => [s.name, s.unexpectedExits]),
    );
  }

  /**
   * Starts processes and waits until each is ready and still running: a process whose port was taken in the
   * meantime fails to listen, and a readiness check answered by the port's owner would pass it for ready.
   */
  private async startAll(starting: readonly ServiceProcess[]): Promise<void> {
    for (const service of starting) service.start();
    const ready = await Promise.allSettled(starting.map((service) => service.waitReady()));
    for (const [index, outcome] of ready.entries()) {
      const service = starting[index]!;
      if (outcome.status === 'rejected')
        throw new Error(`${service.name} did not start: ${(outcome.reason as Error).message}`);
      if (service.pid === undefined)
        throw new Error(`${service.name} exited after it was ready (see its log)`);
      this.settings.log(`${service.name} ready in ${outcome.value} ms on ${service.url}`);
    }
  }

  /** Database round trips each service made so far (only when counting was asked for). */
  dbCounts(): Record<string, DbCounts> {
    return Object.fromEntries([...this.proxies].map(([service, proxy]) => [service, proxy.snapshot()]));
  }

  /** Stops every process gracefully, drops the run's databases and deletes its topics and consumer groups. */
  async stop(): Promise<void> {
    await Promise.all(this.processes.map((service) => service.stop()));
    for (const proxy of this.proxies.values()) await proxy.close();
    for (const folder of ['media', 'receipts'])
      rmSync(join(this.settings.logDir, folder), { recursive: true, force: true });
    for (const name of this.databases.values()) {
      await dropDatabase(databaseUrl(this.settings.databaseServerUrl, name)).catch((error: Error) =>
        this.settings.log(`could not drop database ${name}: ${error.message}`),
      );
    }
    // A private broker is thrown away with its data; the shared one keeps nothing of the run.
    if (this.settings.broker.isPrivate) return;
    const kafka = createKafka({ brokers: this.settings.broker.brokers.split(','), clientId: 'seva-loadgen' });
    const admin = kafka.admin();
    try {
      await admin.connect();
      const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(this.namespace));
      if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    } catch (error) {
      this.settings.log(`could not delete the run's topics: ${(error as Error).message}`);
    }
    try {
      const groups = (await admin.listGroups()).groups
        .map((group) => group.groupId)
        .filter((group) => group.startsWith(this.namespace));
      if (groups.length > 0) await admin.deleteGroups(groups);
    } catch (error) {
      this.settings.log(`could not delete the run's consumer groups: ${(error as Error).message}`);
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private add(
    serviceName: ServiceName,
    name: string,
    folder: string,
    port: number,
    env: Record<string, string>,
  ): ServiceProcess {
    const service = new ServiceProcess({
      name,
      service: serviceName,
      script: join(this.settings.repoRoot, folder, 'dist/server.js'),
      port,
      env,
      logDir: this.settings.logDir,
      cpuProfile: this.settings.cpuProfile,
    });
    this.processes.push(service);
    return service;
  }
}

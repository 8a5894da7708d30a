import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeFaults, type FaultFigures } from './analyze-faults.js';
import { CitizenPool } from './citizen-pool.js';
import { countPerSecond } from './count-per-second.js';
import type { DbCounts } from './counting-db-proxy.js';
import { type FaultTarget, injectFaults } from './inject-faults.js';
import type { KafkaBroker } from './kafka-broker.js';
import { type BaselineFigures, measureKafkaBaseline } from './measure-kafka-baseline.js';
import { measureOutboxBatches, type OutboxBatches } from './measure-outbox-batches.js';
import type { ScenarioOptions } from './parse-options.js';
import type { PlanSettings } from './plan-conversation.js';
import { Platform } from './platform.js';
import { readSendOutcomes, type SendOutcomes } from './read-send-outcomes.js';
import { type Reconciliation, reconcileReplies } from './reconcile-replies.js';
import { ReplyCollector } from './reply-collector.js';
import { type ResourceFigures, ResourceMonitor } from './resource-monitor.js';
import { runClosedLoop } from './run-closed-loop.js';
import { runOpenLoop } from './run-open-loop.js';
import type { SendContext } from './send-turn.js';
import { type ProfileSummary, summarizeCpuProfile } from './summarize-cpu-profile.js';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.js';
import { AckRecorder, WebhookClient } from './webhook-client.js';

export interface ScenarioContext {
  readonly repoRoot: string;
  readonly broker: KafkaBroker;
  readonly databaseServerUrl: string;
  readonly sendRate: number;
  readonly cpuProfile: boolean;
  readonly countDbRoundTrips: boolean;
  readonly seed: number;
  readonly logDir: string;
  readonly log: (line: string) => void;
  /** Called with the platform once it runs and with undefined once stopped, so an interrupt can stop it. */
  readonly onPlatform?: (platform: Platform | undefined) => void;
}

export interface RateFigures {
  /** Over the load window. */
  readonly mean: number;
  /** Exceeded in 90% of the seconds of the load window: what was sustained. */
  readonly p10: number;
  readonly max: number;
  readonly perSecond: number[];
}

export interface ScenarioReport {
  readonly name: string;
  readonly options: ScenarioOptions;
  readonly startedAt: string;
  readonly platform: {
    readonly processes: Array<{ name: string; port: number }>;
    readonly grievance: boolean;
    readonly settings: Record<string, string>;
    readonly simulator: Record<string, unknown>;
  };
  readonly baseline: BaselineFigures | undefined;
  readonly load: {
    readonly loadSeconds: number;
    readonly turnsSent: number;
    readonly offeredPerSecond: number;
    readonly citizens: number;
    readonly citizensRetired: number;
    readonly skippedArrivals: number;
    readonly photoUploadErrors: number;
  };
  readonly ack: LatencySummary;
  readonly endToEnd: {
    readonly firstReply: LatencySummary;
    readonly lastReply: LatencySummary;
    /** First replies to citizens' first messages, and to every later message. */
    readonly firstContact: LatencySummary;
    readonly laterTurns: LatencySummary;
  };
  readonly throughput: {
    readonly acceptedPerSecond: RateFigures;
    readonly repliesPerSecond: RateFigures;
    readonly repliesDelivered: number;
    /** Replies over the time from the load's start to the last reply. */
    readonly repliesPerSecondOverall: number;
    /** From the end of the load to the last reply: the backlog the platform had left. */
    readonly drainSeconds: number;
    /** Status webhooks the simulator posts back: three per reply (sent, delivered, read). */
    readonly statusWebhooksPerSecond: number;
    readonly ratioToKafkaBaseline: number | undefined;
  };
  readonly errors: {
    readonly non200: Record<string, number>;
    readonly timeouts: number;
    readonly connectionErrors: number;
    readonly retries: number;
    readonly undelivered: number;
    readonly acceptedAsDuplicate: number;
    readonly replyPollErrors: number;
  };
  readonly correctness: Omit<Reconciliation, 'answered'> & {
    readonly strayReplies: number;
    readonly warmup: { lost: number; duplicated: number; outOfOrder: number };
    /** Lost replies by the cause notification recorded (or "unexplained"). */
    readonly lostByCause: Record<string, number>;
    /**
     * The wait for the last replies ended on its time limit while replies were still arriving: the platform
     * was behind, so "lost" counts replies still queued, not only replies that will never come.
     */
    readonly stillDeliveringAtEnd: boolean;
  };
  /** What notification recorded about the replies it was asked to send. */
  readonly sendOutcomes: Omit<SendOutcomes, 'notSent'> | undefined;
  readonly faults: FaultFigures[] | undefined;
  readonly resources: ResourceFigures;
  /** CPU time per accepted citizen message during the load, ms, by process: what one message costs. */
  readonly cpuMsPerMessage: Record<string, number>;
  readonly outboxBatches: Record<string, OutboxBatches>;
  readonly dbRoundTripsPerMessage: Record<string, number> | undefined;
  readonly dbCounts: Record<string, DbCounts> | undefined;
  readonly cpuProfiles: ProfileSummary[] | undefined;
}

function rates(timestamps: readonly number[], startAt: number, endAt: number): RateFigures {
  const perSecond = countPerSecond(timestamps, startAt, endAt);
  const sorted = [...perSecond].sort((a, b) => a - b);
  const total = perSecond.reduce((sum, count) => sum + count, 0);
  return {
    mean: Math.round((total / Math.max(1, (endAt - startAt) / 1000)) * 10) / 10,
    p10: sorted[Math.floor(sorted.length * 0.1)] ?? 0,
    max: sorted.at(-1) ?? 0,
    perSecond,
  };
}

/**
 * Waits for the replies still owed, giving up when none came for `quietMs` or after `maxMs`. True when it gave
 * up on the time limit while replies were still coming: the platform was behind, not losing them.
 */
async function drain(pool: CitizenPool, quietMs: number, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  let received = pool.received();
  let progressAt = Date.now();
  while (pool.outstanding() > 0 && Date.now() < deadline && Date.now() - progressAt < quietMs) {
    await sleep(250);
    const now = pool.received();
    if (now !== received) {
      received = now;
      progressAt = Date.now();
    }
  }
  return pool.outstanding() > 0 && Date.now() >= deadline && Date.now() - progressAt < quietMs;
}

/**
 * One benchmark run end to end: a fresh platform, the Kafka baseline if asked, a short warm-up, the load (with
 * faults if asked), the wait for the last replies, the reconciliation of every reply with its turn, resource
 * figures, and the platform stopped and its databases and topics removed.
 */
export async function runScenario(
  scenario: ScenarioOptions,
  context: ScenarioContext,
): Promise<ScenarioReport> {
  const { log } = context;
  const startedAt = new Date();
  const platform = Platform.create({
    repoRoot: context.repoRoot,
    broker: context.broker,
    databaseServerUrl: context.databaseServerUrl,
    scale: scenario.scale,
    sendRate: context.sendRate,
    logDir: context.logDir,
    cpuProfile: context.cpuProfile,
    countDbRoundTrips: context.countDbRoundTrips,
    log,
  });
  context.onPlatform?.(platform);
  let report: Omit<ScenarioReport, 'cpuProfiles'> | undefined;
  try {
    log(`starting the platform (namespace ${platform.namespace})`);
    await platform.start();
    const simulatorUrl = platform.first('wa-simulator').url;
    const gatewayUrl = platform.first('gateway').url;

    let baseline: BaselineFigures | undefined;
    if (scenario.baseline) {
      log('measuring the raw Kafka baseline');
      baseline = await measureKafkaBaseline({
        brokers: context.broker.brokers,
        namespace: platform.namespace,
      });
      log(
        `baseline: ${baseline.batched.producedAndConsumedPerSecond} msg/s batched, ${baseline.oneRecordPerRequest.producedPerSecond} msg/s one record per request`,
      );
    }

    const setup = (await (await fetch(`${simulatorUrl}/_sim/setup`)).json()) as {
      businessNumbers: Array<{ id: string; displayPhoneNumber: string }>;
    };
    const number = setup.businessNumbers.find((candidate) => candidate.id === platform.businessNumber.id);
    if (!number) throw new Error('the simulator does not host the business number of infra/dev.env');
    if (scenario.holdStatuses) {
      const held = await fetch(`${simulatorUrl}/_sim/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ statusIntervalMs: 60_000 }),
      });
      if (held.status !== 200) throw new Error(`the simulator refused the status interval: ${held.status}`);
    }
    const simulatorSettings = (await (await fetch(`${simulatorUrl}/_sim/config`)).json()) as Record<
      string,
      unknown
    >;

    const collector = new ReplyCollector(simulatorUrl);
    collector.start();
    const recorder = new AckRecorder();
    const client = new WebhookClient({
      url: `${gatewayUrl}/webhooks/whatsapp`,
      appSecret: platform.appSecret,
      timeoutMs: 10_000,
      maxAttempts: 60,
      retryForMs: scenario.faults ? 180_000 : 60_000,
      recorder,
    });
    const sendContext: SendContext = {
      client,
      number,
      accessToken: platform.businessNumber.token,
      simulatorUrl,
      runId: platform.namespace.slice(0, -1),
      sequence: 0,
    };
    const planSettings: PlanSettings = {
      // Open loop does not wait for replies, so the registration notice could pass the next answer.
      submit: scenario.mode === 'closed',
      grievance: platform.hasGrievance,
      photoShare: 0.2,
    };

    // A few seconds of light load first: connection pools, JIT and consumer fetches warmed, as in production.
    log('warming up');
    const warmPool = new CitizenPool(collector, planSettings, context.seed + 7919, '8');
    const warmStart = Date.now();
    await runClosedLoop(
      { rate: 20, citizens: 20, startAt: warmStart, endAt: warmStart + 5000, turnTimeoutMs: 20_000 },
      warmPool,
      sendContext,
    );
    await drain(warmPool, 10_000, 30_000);
    const warm = reconcileReplies(warmPool.all);
    recorder.reset();

    const pool = new CitizenPool(collector, planSettings, context.seed);
    const monitor = new ResourceMonitor(
      () => platform.processes,
      () => context.broker.pid(),
    );
    await monitor.begin();
    const startAt = Date.now() + 100;
    const endAt = startAt + scenario.durationSeconds * 1000;
    const dbBefore = context.countDbRoundTrips ? platform.dbCounts() : undefined;
    await sleep(startAt - Date.now());
    monitor.markStart();
    log(`load: ${scenario.mode} loop, ${scenario.rate} msg/s for ${scenario.durationSeconds} s`);

    const targets: FaultTarget[] = scenario.faults
      ? ['gateway', 'conversation', 'notification', ...(scenario.restartKafka ? (['kafka'] as const) : [])]
      : [];
    // Spread over the first three quarters, so the load goes on for a while after the last fault; a consumer
    // restarted after kill -9 may take as long as the group's session timeout (30 s) to be ready again.
    const faultPlan = targets.map((target, index) => ({
      target,
      at: startAt + Math.round(((index + 0.5) / targets.length) * 0.75 * scenario.durationSeconds * 1000),
    }));
    const faulting = injectFaults(faultPlan, platform, context.broker, log);
    const progress = setInterval(() => {
      const second = Math.round((Date.now() - startAt) / 1000);
      log(
        `  ${second} s: ${recorder.acceptedAt.length} accepted, ${pool.received()} replies, ${pool.outstanding()} owed`,
      );
    }, 10_000);
    const figures: {
      turnsSent: number;
      citizensRetired: number;
      photoUploadErrors: number;
      skippedArrivals?: number;
    } =
      scenario.mode === 'closed'
        ? await runClosedLoop(
            {
              rate: scenario.rate,
              citizens: scenario.citizens,
              startAt,
              endAt,
              turnTimeoutMs: scenario.faults ? 90_000 : 30_000,
            },
            pool,
            sendContext,
          )
        : await runOpenLoop(
            { rate: scenario.rate, citizens: scenario.citizens, startAt, endAt },
            pool,
            sendContext,
          );
    const loadEndedAt = Date.now();
    monitor.markEnd();
    const dbAfter = context.countDbRoundTrips ? platform.dbCounts() : undefined;
    const faultEvents = await faulting;
    log(`load over; waiting for ${pool.outstanding()} replies still owed`);
    const stillDelivering = await drain(
      pool,
      scenario.faults ? 90_000 : 30_000,
      scenario.faults ? 300_000 : 120_000,
    );
    if (stillDelivering) log(`replies were still coming after the wait: ${pool.outstanding()} owed`);
    // Late repeats would show up a moment after the last expected reply.
    await sleep(3000);
    clearInterval(progress);
    await collector.stop();
    client.close();

    const reconciliation = reconcileReplies(pool.all);
    const { answered, ...correctness } = reconciliation;
    const notificationDatabase = platform.databases.get('notification');
    const sendOutcomes = notificationDatabase
      ? await readSendOutcomes(context.databaseServerUrl, notificationDatabase).catch(() => undefined)
      : undefined;
    // A reply notification gave up on (or never finished sending) explains a loss, and dates it.
    const notSent = new Map(sendOutcomes?.notSent.map((record) => [record.causationId, record]));
    const lostByCause: Record<string, number> = {};
    for (const lost of reconciliation.lostTurns) {
      const record = notSent.get(lost.messageId);
      if (record) {
        lost.cause = `notification recorded it ${record.status}: ${record.reason ?? 'no reason'}`;
        lost.at = record.at;
      }
      const cause = record ? `notification: ${record.status}` : 'unexplained';
      lostByCause[cause] = (lostByCause[cause] ?? 0) + 1;
    }
    const resources = monitor.finish();
    const outboxBatches: Record<string, OutboxBatches> = {};
    for (const [service, database] of platform.databases) {
      const batches = await measureOutboxBatches(
        context.databaseServerUrl,
        database,
        new Date(startAt),
      ).catch(() => undefined);
      if (batches) outboxBatches[service] = batches;
    }

    const mainArrivals = pool.all.flatMap((citizen) => citizen.replies.map((reply) => reply.at));
    const lastReplyAt = Math.max(startAt, ...mainArrivals);
    const repliesPerSecond = rates(mainArrivals, startAt, endAt);
    let dbRoundTripsPerMessage: Record<string, number> | undefined;
    let dbCounts: Record<string, DbCounts> | undefined;
    if (dbBefore && dbAfter) {
      dbCounts = {};
      dbRoundTripsPerMessage = {};
      const messages = Math.max(1, recorder.acceptedAt.length);
      for (const [service, after] of Object.entries(dbAfter)) {
        const before = dbBefore[service];
        const roundTrips = after.roundTrips - (before?.roundTrips ?? 0);
        dbCounts[service] = {
          roundTrips,
          parses: after.parses - (before?.parses ?? 0),
          connections: after.connections - (before?.connections ?? 0),
        };
        dbRoundTripsPerMessage[service] = Math.round((roundTrips / messages) * 10) / 10;
      }
    }

    report = {
      name: scenario.name,
      options: scenario,
      startedAt: startedAt.toISOString(),
      platform: {
        processes: platform.processes.map((service) => ({ name: service.name, port: service.settings.port })),
        grievance: platform.hasGrievance,
        settings: {
          ...platform.overrides,
          CONSUMER_CONCURRENCY: platform.envOf('conversation').CONSUMER_CONCURRENCY ?? '12 (default)',
        },
        simulator: simulatorSettings,
      },
      baseline,
      load: {
        loadSeconds: Math.round((loadEndedAt - startAt) / 100) / 10,
        turnsSent: figures.turnsSent,
        offeredPerSecond: Math.round((figures.turnsSent / scenario.durationSeconds) * 10) / 10,
        citizens: pool.all.length,
        citizensRetired: figures.citizensRetired,
        skippedArrivals: figures.skippedArrivals ?? 0,
        photoUploadErrors: figures.photoUploadErrors,
      },
      ack: summarizeLatencies(recorder.latencies),
      endToEnd: {
        firstReply: summarizeLatencies(answered.map((turn) => turn.firstReplyMs)),
        lastReply: summarizeLatencies(
          answered.flatMap((turn) => (turn.lastReplyMs === undefined ? [] : [turn.lastReplyMs])),
        ),
        firstContact: summarizeLatencies(answered.filter((t) => t.firstContact).map((t) => t.firstReplyMs)),
        laterTurns: summarizeLatencies(answered.filter((t) => !t.firstContact).map((t) => t.firstReplyMs)),
      },
      throughput: {
        acceptedPerSecond: rates(recorder.acceptedAt, startAt, endAt),
        repliesPerSecond,
        repliesDelivered: mainArrivals.length,
        repliesPerSecondOverall:
          Math.round((mainArrivals.length / Math.max(1, (lastReplyAt - startAt) / 1000)) * 10) / 10,
        drainSeconds: Math.max(0, Math.round((lastReplyAt - loadEndedAt) / 100) / 10),
        statusWebhooksPerSecond: Math.round(repliesPerSecond.mean * 3),
        ratioToKafkaBaseline: undefined,
      },
      errors: {
        non200: Object.fromEntries(recorder.byStatus),
        timeouts: recorder.timeouts,
        connectionErrors: recorder.connectionErrors,
        retries: recorder.retries,
        undelivered: recorder.undelivered,
        acceptedAsDuplicate: recorder.duplicateAnswers,
        replyPollErrors: collector.pollErrors,
      },
      correctness: {
        ...correctness,
        lostTurns: correctness.lostTurns.slice(0, 50),
        duplicatedTurns: correctness.duplicatedTurns.slice(0, 50),
        strayReplies: collector.strays,
        warmup: { lost: warm.lost, duplicated: warm.duplicated, outOfOrder: warm.outOfOrder },
        lostByCause,
        stillDeliveringAtEnd: stillDelivering,
      },
      sendOutcomes: sendOutcomes
        ? { byStatus: sendOutcomes.byStatus, asTemplate: sendOutcomes.asTemplate }
        : undefined,
      faults: scenario.faults
        ? analyzeFaults(
            faultEvents,
            startAt,
            answered,
            mainArrivals,
            reconciliation.lostTurns,
            reconciliation.duplicatedTurns,
          )
        : undefined,
      resources,
      cpuMsPerMessage: Object.fromEntries(
        Object.entries(resources.cpu).map(([name, cpu]) => [
          name,
          Math.round(((cpu.seconds * 1000) / Math.max(1, recorder.acceptedAt.length)) * 10) / 10,
        ]),
      ),
      outboxBatches,
      dbRoundTripsPerMessage,
      dbCounts,
    };
  } finally {
    log('stopping the platform');
    await platform.stop();
    context.onPlatform?.(undefined);
  }
  const profileDir = join(context.logDir, 'profiles');
  const cpuProfiles =
    context.cpuProfile && existsSync(profileDir)
      ? readdirSync(profileDir)
          .filter((file) => file.endsWith('.cpuprofile'))
          .map((file) => summarizeCpuProfile(join(profileDir, file)))
      : undefined;
  if (!report) throw new Error('the scenario ended without a report');
  return { ...report, cpuProfiles };
}

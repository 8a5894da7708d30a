import { existsSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeFaults, type FaultFigures } from './analyze-faults.js';
import { CitizenPool } from './citizen-pool.js';
import { countPerSecond } from './count-per-second.js';
import type { DbCounts } from './counting-db-proxy.js';
import { type FaultTarget, injectFaults } from './inject-faults.js';
import type { KafkaBroker } from './kafka-broker.js';
import { listPostgresPids } from './list-postgres-pids.js';
import { type BaselineFigures, measureKafkaBaseline } from './measure-kafka-baseline.js';
import type { ScenarioOptions } from './parse-options.js';
import { pinToCpus } from './pin-to-cpus.js';
import type { PlanSettings } from './plan-conversation.js';
import { Platform } from './platform.js';
import { readLogLines } from './read-log-lines.js';
import { type OutboxBatches, readOutboxBatches } from './read-outbox-batches.js';
import { readSendOutcomes, type SendOutcomes } from './read-send-outcomes.js';
import { type Reconciliation, reconcileReplies } from './reconcile-replies.js';
import { ReplyCollector } from './reply-collector.js';
import { type ResourceFigures, ResourceMonitor } from './resource-monitor.js';
import { runClosedLoop } from './run-closed-loop.js';
import { runOpenLoop } from './run-open-loop.js';
import { type RampWindow, runRamp } from './run-ramp.js';
import type { SendContext } from './send-turn.js';
import { type ProfileSummary, summarizeCpuProfile } from './summarize-cpu-profile.js';
import { type LatencySummary, p99Per10Seconds, summarizeLatencies } from './summarize-latencies.js';
import { AckRecorder, WebhookClient } from './webhook-client.js';

export interface ScenarioContext {
  readonly repoRoot: string;
  readonly broker: KafkaBroker;
  readonly databaseServerUrl: string;
  readonly sendRate: number;
  readonly consumerNiceness: number;
  readonly cpuProfile: boolean;
  readonly countDbRoundTrips: boolean;
  readonly seed: number;
  readonly logDir: string;
  readonly log: (line: string) => void;
  /** Called with the platform once it runs and with undefined once stopped, so an interrupt can stop it. */
  readonly onPlatform?: (platform: Platform | undefined) => void;
  /** Hears how to give the pinned processes every CPU back while a run is pinned (`cpus`), undefined after. */
  readonly onPinned?: (unpin: (() => Promise<void>) | undefined) => void;
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
  /** p99 of the acknowledgements given in each 10 s of the load, ms. */
  readonly ackP99Per10Seconds: number[];
  /** The gateway's own account of each 10 s of the load, from its log. */
  readonly gatewayTimings: GatewayTimings[];
  /** Acknowledgements of the warm-up at the run's rate (the gateway alone), before the measured load. */
  readonly warmupAck?: LatencySummary;
  readonly endToEnd: {
    readonly firstReply: LatencySummary;
    readonly lastReply: LatencySummary;
    /** First replies to citizens' first messages, and to every later message. */
    readonly firstContact: LatencySummary;
    readonly laterTurns: LatencySummary;
    /** First replies by step of the conversation ("greet", "submit"): which turns make the tail. */
    readonly byStep: Record<string, LatencySummary>;
    /** p99 of the first reply of messages sent in each 10 s of the load, ms: how latency moved. */
    readonly p99Per10Seconds: number[];
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
    /** The first answer's body of each HTTP status other than 200. */
    readonly samples: Record<string, string>;
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
  /**
   * Processes that ended without being asked to (not the faults' kills), by name: a crash explains the losses
   * of its run, which then say nothing about the platform's guarantees.
   */
  readonly unexpectedExits: Record<string, number>;
  /** What notification recorded about the replies it was asked to send. */
  readonly sendOutcomes: Omit<SendOutcomes, 'notSent'> | undefined;
  readonly faults: FaultFigures[] | undefined;
  /** Figures of each step of a ramp. */
  readonly ramp: RampStep[] | undefined;
  readonly resources: ResourceFigures;
  /**
   * How late the load generator's own event loop ran during the load, ms: when high, the generator was the
   * bottleneck and its latency figures are inflated by its own delay.
   */
  readonly loadgenEventLoopDelay: { p50: number; p99: number; max: number };
  /** CPU time per accepted citizen message during the load, ms, by process: what one message costs. */
  readonly cpuMsPerMessage: Record<string, number>;
  /** The same over every process but the load generator, summed before rounding. */
  readonly platformCpuMsPerMessage: number;
  /**
   * The machine's context switches per accepted citizen message during the load: how often a core went from
   * one process or thread to another, each hop between processes costing at least one.
   */
  readonly contextSwitchesPerMessage: number | undefined;
  readonly outboxBatches: Record<string, OutboxBatches>;
  readonly dbRoundTripsPerMessage: Record<string, number> | undefined;
  readonly dbCounts: Record<string, DbCounts> | undefined;
  readonly cpuProfiles: ProfileSummary[] | undefined;
}

/**
 * One "webhook timings" line of a gateway: p99 of the claims, of the publishes and of its event loop's delay
 * over the 10 s before `secondsIntoLoad`, ms. A late event loop delays every wait of a webhook.
 */
export interface GatewayTimings {
  readonly process: string;
  readonly secondsIntoLoad: number;
  readonly webhooks: number;
  readonly claimP99Ms: number | null;
  readonly publishP99Ms: number;
  /** Writing the rows of the media the webhooks carried; null when none carried any. */
  readonly mediaP99Ms: number | null;
  readonly eventLoopDelayP99Ms: number;
}

export interface RampStep {
  readonly rate: number;
  readonly acceptedPerSecond: number;
  readonly repliesPerSecond: number;
  readonly skippedArrivals: number;
  readonly ack: LatencySummary;
  /** Of messages sent during the step, whenever their reply came. */
  readonly endToEnd: LatencySummary;
  readonly machineBusyPercent: number | undefined;
  /** Every process of the platform plus broker and Postgres, without the load generator, % of one core. */
  readonly platformCpuPercent: number;
  /** Other people's processes on the shared machine, % of one core. */
  readonly otherProcessesPercent: number | undefined;
  /** CPU the host kept for other machines while this one had work, % of one core. */
  readonly hostStealPercent: number | undefined;
}

function summarizeRamp(
  windows: readonly RampWindow[],
  recorder: AckRecorder,
  arrivals: readonly number[],
  answered: Reconciliation['answered'],
): RampStep[] {
  return windows.map((window) => {
    const seconds = (window.endAt - window.startAt) / 1000;
    const inWindow = (at: number) => at >= window.startAt && at < window.endAt;
    const ack = recorder.latencies.filter((_, index) => inWindow(recorder.acceptedAt[index]!));
    return {
      rate: window.rate,
      acceptedPerSecond: Math.round((ack.length / seconds) * 10) / 10,
      repliesPerSecond: Math.round((arrivals.filter(inWindow).length / seconds) * 10) / 10,
      skippedArrivals: window.skippedArrivals,
      ack: summarizeLatencies(ack),
      endToEnd: summarizeLatencies(
        answered.filter((turn) => inWindow(turn.sentAt)).map((turn) => turn.firstReplyMs),
      ),
      machineBusyPercent: window.resources.machineBusyPercent,
      otherProcessesPercent: window.resources.otherProcessesPercentOfOneCore,
      hostStealPercent: window.resources.hostStealPercentOfOneCore,
      platformCpuPercent:
        Math.round(
          Object.entries(window.resources.cpu)
            .filter(([name]) => name !== 'loadgen')
            .reduce((sum, [, cpu]) => sum + cpu.percentOfOneCore, 0) * 10,
        ) / 10,
    };
  });
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
  // Replies to refused messages are waited for too: seeing them keeps the order check unambiguous.
  while (pool.outstanding(true) > 0 && Date.now() < deadline && Date.now() - progressAt < quietMs) {
    await sleep(250);
    const now = pool.received();
    if (now !== received) {
      received = now;
      progressAt = Date.now();
    }
  }
  return pool.outstanding(true) > 0 && Date.now() >= deadline && Date.now() - progressAt < quietMs;
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
    consumerNiceness: scenario.consumerNiceness ?? context.consumerNiceness,
    logDir: context.logDir,
    cpuProfile: context.cpuProfile,
    countDbRoundTrips: context.countDbRoundTrips,
    ingestOnly: scenario.ingestOnly ?? false,
    log,
  });
  context.onPlatform?.(platform);
  // Pinned before the platform starts, so its processes inherit the pin; the broker and Postgres are pinned too,
  // looked up again when given back (a broker restarted meanwhile has a new pid).
  const unpin = scenario.cpus
    ? await pinToCpus(scenario.cpus, async () => {
        const brokerPid = await context.broker.pid();
        return [process.pid, ...(brokerPid ? [brokerPid] : []), ...listPostgresPids()];
      })
    : undefined;
  context.onPinned?.(unpin);
  let report: Omit<ScenarioReport, 'cpuProfiles' | 'outboxBatches' | 'gatewayTimings'> | undefined;
  // The services' last counts are logged as they stop, so their logs are read after the platform stopped.
  let load = { startAt: Number.POSITIVE_INFINITY, endAt: Number.POSITIVE_INFINITY };
  try {
    log(`starting the platform (namespace ${platform.namespace})`);
    await platform.start();
    const simulatorUrl = platform.first('wa-simulator').url;

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
      urls: platform.instances('gateway').map((gateway) => `${gateway.url}/webhooks/whatsapp`),
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
      grievance: platform.runs('grievance'),
      bills: scenario.mode === 'closed' && platform.runs('bill-payment'),
      photoShare: 0.2,
    };

    // A few seconds of light load first: connection pools, JIT and consumer fetches warmed, as in production.
    log('warming up');
    const warmPool = new CitizenPool(collector, planSettings, context.seed + 7919, '8');
    const warmStart = Date.now();
    const warmWindow = { rate: 20, citizens: 20, startAt: warmStart, endAt: warmStart + 5000 };
    let warmAck: LatencySummary | undefined;
    if (scenario.ingestOnly) {
      await (await runOpenLoop(warmWindow, warmPool, sendContext)).settled;
      recorder.reset();
      // Then the run's own rate for a while: at 20 msg/s the JIT has not optimised the webhook path yet, and
      // the first seconds at full rate (sockets opened, code compiled) say nothing about a running gateway.
      const fullStart = Date.now();
      const fullRate = scenario.rampRates?.[0] ?? scenario.rate;
      const fullWindow = {
        rate: fullRate,
        citizens: scenario.citizens,
        startAt: fullStart,
        endAt: fullStart + 10_000,
      };
      await (await runOpenLoop(fullWindow, warmPool, sendContext)).settled;
      warmAck = summarizeLatencies(recorder.latencies);
    } else {
      await runClosedLoop({ ...warmWindow, turnTimeoutMs: 20_000 }, warmPool, sendContext);
      await drain(warmPool, 10_000, 30_000);
    }
    const warm = reconcileReplies(scenario.ingestOnly ? [] : warmPool.all);
    recorder.reset();

    const pool = new CitizenPool(collector, planSettings, context.seed);
    const monitor = new ResourceMonitor(
      () => platform.processes,
      () => context.broker.pid(),
    );
    await monitor.begin();
    const loadSeconds = scenario.durationSeconds * (scenario.rampRates?.length ?? 1);
    const startAt = Date.now() + 100;
    const endAt = startAt + loadSeconds * 1000;
    load = { startAt, endAt };
    const dbBefore = context.countDbRoundTrips ? platform.dbCounts() : undefined;
    await sleep(startAt - Date.now());
    monitor.markStart();
    const eventLoopResolutionMs = 10;
    const eventLoop = monitorEventLoopDelay({ resolution: eventLoopResolutionMs });
    eventLoop.enable();
    log(`load: ${scenario.mode} loop, ${scenario.rate} msg/s for ${scenario.durationSeconds} s`);

    const targets: FaultTarget[] = scenario.faults
      ? [
          'gateway',
          'conversation',
          'grievance',
          'bill-payment',
          'notification',
          ...(scenario.restartKafka ? (['kafka'] as const) : []),
          ...(scenario.restartPostgres ? (['postgres'] as const) : []),
        ]
      : [];
    // Spread over the first three quarters, so the load goes on for a while after the last fault; a consumer
    // restarted after kill -9 may take as long as the group's session timeout (30 s) to be ready again.
    const faultPlan = targets.map((target, index) => ({
      target,
      at: startAt + Math.round(((index + 0.5) / targets.length) * 0.75 * scenario.durationSeconds * 1000),
    }));
    const faulting = injectFaults(
      faultPlan,
      { platform, broker: context.broker, databaseServerUrl: context.databaseServerUrl },
      log,
    );
    const progress = setInterval(() => {
      const second = Math.round((Date.now() - startAt) / 1000);
      log(
        `  ${second} s: ${recorder.acceptedAt.length} accepted, ${pool.received()} replies, ${pool.outstanding()} owed`,
      );
    }, 10_000);
    let rampWindows: RampWindow[] | undefined;
    const ramp = async () => {
      const ran = await runRamp(
        scenario.rampRates ?? [],
        scenario.durationSeconds,
        pool,
        sendContext,
        () =>
          new ResourceMonitor(
            () => platform.processes,
            () => context.broker.pid(),
          ),
        log,
      );
      rampWindows = ran.windows;
      return ran.figures;
    };
    const openLoop = async () => {
      const ran = await runOpenLoop(
        { rate: scenario.rate, citizens: scenario.citizens, startAt, endAt },
        pool,
        sendContext,
      );
      await ran.settled;
      return ran;
    };
    const figures: {
      turnsSent: number;
      citizensRetired: number;
      photoUploadErrors: number;
      skippedArrivals?: number;
    } = scenario.rampRates
      ? await ramp()
      : scenario.mode === 'closed'
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
        : await openLoop();
    const loadEndedAt = Date.now();
    monitor.markEnd();
    eventLoop.disable();
    // Node records the whole time between two ticks of the timer, so an idle loop reads as its period.
    const lateMs = (nanos: number) =>
      Math.max(0, Math.round((nanos / 1e6 - eventLoopResolutionMs) * 10) / 10);
    const dbAfter = context.countDbRoundTrips ? platform.dbCounts() : undefined;
    const faultEvents = await faulting;
    log(`load over; waiting for ${pool.outstanding()} replies still owed`);
    const stillDelivering =
      !scenario.ingestOnly &&
      (await drain(pool, scenario.faults ? 90_000 : 30_000, scenario.faults ? 300_000 : 120_000));
    if (stillDelivering) log(`replies were still coming after the wait: ${pool.outstanding()} owed`);
    // Late repeats would show up a moment after the last expected reply.
    await sleep(3000);
    clearInterval(progress);
    await collector.stop();
    client.close();

    // With nobody consuming, no reply is owed: only acknowledgements are measured.
    const reconciliation = reconcileReplies(scenario.ingestOnly ? [] : pool.all);
    const { answered, ...correctness } = reconciliation;
    const notificationDatabase = platform.databases.get('notification');
    const sendOutcomes = notificationDatabase
      ? await readSendOutcomes(context.databaseServerUrl, notificationDatabase).catch(() => undefined)
      : undefined;
    // A reply notification gave up on (or never finished sending) explains a loss, and dates it. Turns whose
    // replies look alike (two text prompts in a row) cannot tell which of them lost its reply, so a record for
    // a neighbouring turn of the same citizen explains the loss too.
    const notSent = new Map(sendOutcomes?.notSent.map((record) => [record.causationId, record]));
    const byWaId = new Map(pool.all.map((citizen) => [citizen.waId, citizen]));
    const lostByCause: Record<string, number> = {};
    for (const lost of reconciliation.lostTurns) {
      const turns = byWaId.get(lost.waId)?.turns ?? [];
      const neighbours = [0, -1, 1, -2, 2].map((offset) => turns[lost.turn + offset]?.messageId);
      const causation = neighbours.find((messageId) => messageId !== undefined && notSent.has(messageId));
      const record = causation === undefined ? undefined : notSent.get(causation);
      if (causation !== undefined) notSent.delete(causation);
      if (record) {
        lost.cause = `notification recorded it ${record.status}: ${record.reason ?? 'no reason'}`;
        lost.at = record.at;
      }
      const cause = record ? `notification: ${record.status}` : 'unexplained';
      lostByCause[cause] = (lostByCause[cause] ?? 0) + 1;
    }
    const resources = monitor.finish();

    const mainArrivals = pool.all.flatMap((citizen) => citizen.replies.map((reply) => reply.at));
    const lastReplyAt = Math.max(startAt, ...mainArrivals);
    const repliesPerSecond = rates(mainArrivals, startAt, endAt);
    const messages = Math.max(1, recorder.acceptedAt.length);
    const perMessage = (amount: number, decimals = 1) =>
      Math.round((amount / messages) * 10 ** decimals) / 10 ** decimals;
    // Two decimals: a change worth a few per cent moves the 4-5 ms a message costs by a tenth or two.
    const msPerMessage = (seconds: number) => perMessage(seconds * 1000, 2);
    let dbRoundTripsPerMessage: Record<string, number> | undefined;
    let dbCounts: Record<string, DbCounts> | undefined;
    if (dbBefore && dbAfter) {
      dbCounts = {};
      dbRoundTripsPerMessage = {};
      for (const [service, after] of Object.entries(dbAfter)) {
        const before = dbBefore[service];
        const roundTrips = after.roundTrips - (before?.roundTrips ?? 0);
        dbCounts[service] = {
          roundTrips,
          parses: after.parses - (before?.parses ?? 0),
          connections: after.connections - (before?.connections ?? 0),
        };
        dbRoundTripsPerMessage[service] = perMessage(roundTrips);
      }
    }

    report = {
      name: scenario.name,
      options: scenario,
      startedAt: startedAt.toISOString(),
      platform: {
        processes: platform.processes.map((service) => ({ name: service.name, port: service.settings.port })),
        settings: {
          ...platform.overrides,
          CONSUMER_CONCURRENCY: platform.envOf('conversation')?.CONSUMER_CONCURRENCY ?? '12 (default)',
        },
        simulator: simulatorSettings,
      },
      baseline,
      load: {
        loadSeconds: Math.round((loadEndedAt - startAt) / 100) / 10,
        turnsSent: figures.turnsSent,
        offeredPerSecond: Math.round((figures.turnsSent / loadSeconds) * 10) / 10,
        citizens: pool.all.length,
        citizensRetired: figures.citizensRetired,
        skippedArrivals: figures.skippedArrivals ?? 0,
        photoUploadErrors: figures.photoUploadErrors,
      },
      ack: summarizeLatencies(recorder.latencies),
      // By the time of the answer: a burst of slow answers shows as one window.
      ackP99Per10Seconds: p99Per10Seconds(
        recorder.latencies.map((ms, index) => ({ at: recorder.acceptedAt[index]!, ms })),
        startAt,
        Math.ceil(loadSeconds / 10),
      ),
      ...(warmAck ? { warmupAck: warmAck } : {}),
      endToEnd: {
        firstReply: summarizeLatencies(answered.map((turn) => turn.firstReplyMs)),
        lastReply: summarizeLatencies(
          answered.flatMap((turn) => (turn.lastReplyMs === undefined ? [] : [turn.lastReplyMs])),
        ),
        firstContact: summarizeLatencies(answered.filter((t) => t.firstContact).map((t) => t.firstReplyMs)),
        laterTurns: summarizeLatencies(answered.filter((t) => !t.firstContact).map((t) => t.firstReplyMs)),
        byStep: Object.fromEntries(
          [...new Set(answered.map((turn) => turn.label))].map((label) => [
            label,
            summarizeLatencies(answered.filter((t) => t.label === label).map((t) => t.firstReplyMs)),
          ]),
        ),
        p99Per10Seconds: p99Per10Seconds(
          answered.map((turn) => ({ at: turn.sentAt, ms: turn.firstReplyMs })),
          startAt,
          Math.ceil(loadSeconds / 10),
        ),
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
        samples: Object.fromEntries(recorder.samples),
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
      unexpectedExits: platform.unexpectedExits(),
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
      ramp: rampWindows ? summarizeRamp(rampWindows, recorder, mainArrivals, answered) : undefined,
      resources,
      loadgenEventLoopDelay: {
        p50: lateMs(eventLoop.percentile(50)),
        p99: lateMs(eventLoop.percentile(99)),
        max: lateMs(eventLoop.max),
      },
      cpuMsPerMessage: Object.fromEntries(
        Object.entries(resources.cpu).map(([name, cpu]) => [name, msPerMessage(cpu.seconds)]),
      ),
      platformCpuMsPerMessage: msPerMessage(
        Object.entries(resources.cpu)
          .filter(([name]) => name !== 'loadgen')
          .reduce((sum, [, cpu]) => sum + cpu.seconds, 0),
      ),
      contextSwitchesPerMessage:
        resources.contextSwitches === undefined ? undefined : perMessage(resources.contextSwitches),
      dbRoundTripsPerMessage,
      dbCounts,
    };
  } finally {
    log('stopping the platform');
    await platform.stop();
    context.onPlatform?.(undefined);
    await unpin?.();
    context.onPinned?.(undefined);
  }
  const cpuProfiles = context.cpuProfile
    ? platform.processes
        .flatMap((service) => service.cpuProfiles())
        .filter(({ file }) => existsSync(file))
        .map(({ file, mainThreadCpuSeconds }) => summarizeCpuProfile(file, mainThreadCpuSeconds))
    : undefined;
  if (!report) throw new Error('the scenario ended without a report');
  const processes = platform.processes.map(({ settings }) => settings);
  const outboxBatches = readOutboxBatches(context.logDir, processes, load.startAt);
  // A line covers the 10 s before it: the one written just after the load ends still describes the load.
  const gatewayTimings = readLogLines<Omit<GatewayTimings, 'process' | 'secondsIntoLoad'>>(
    context.logDir,
    processes,
    'webhook timings',
    load.startAt,
  )
    .filter((line) => line.at < load.endAt + 10_000)
    .sort((a, b) => a.at - b.at)
    .map((line) => ({
      process: line.process,
      secondsIntoLoad: Math.round((line.at - load.startAt) / 1000),
      webhooks: line.webhooks ?? 0,
      claimP99Ms: line.claimP99Ms ?? null,
      publishP99Ms: line.publishP99Ms ?? 0,
      mediaP99Ms: line.mediaP99Ms ?? null,
      eventLoopDelayP99Ms: line.eventLoopDelayP99Ms ?? 0,
    }));
  return { ...report, cpuProfiles, outboxBatches, gatewayTimings };
}

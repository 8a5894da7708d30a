import type { MachineDescription } from './describe-machine.js';
import type { TargetResult } from './evaluate-targets.js';
import type { GatewayTimings, ScenarioReport } from './run-scenario.js';

export interface BenchmarkReport {
  readonly generatedAt: string;
  readonly command: string;
  readonly machine: MachineDescription;
  readonly settings: {
    readonly kafka: string;
    readonly sendRate: number;
    readonly consumerNiceness: number;
    readonly seed: number;
  };
  readonly targets: TargetResult[];
  readonly scenarios: ScenarioReport[];
}

const notesStart = '<!-- notes:start -->';
const notesEnd = '<!-- notes:end -->';

const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'not met');
const row = (cells: ReadonlyArray<string | number | undefined>) =>
  `| ${cells.map((cell) => (cell === undefined ? '–' : String(cell))).join(' | ')} |`;
const header = (cells: readonly string[]) => `${row(cells)}\n|${cells.map(() => '---').join('|')}|`;
const triple = (summary: { p50: number; p95: number; p99: number }) =>
  `${summary.p50} / ${summary.p95} / ${summary.p99}`;

function errorsOf(scenario: ScenarioReport): string {
  const { non200, timeouts, connectionErrors, undelivered } = scenario.errors;
  const parts = [
    ...Object.entries(non200).map(([status, count]) => `${count}× ${status}`),
    timeouts ? `${timeouts} timeouts` : '',
    connectionErrors ? `${connectionErrors} refused/reset` : '',
    undelivered ? `${undelivered} never accepted` : '',
    scenario.load.skippedArrivals
      ? `${scenario.load.skippedArrivals} arrivals not sent (no idle citizen)`
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

function runsTable(scenarios: readonly ScenarioReport[]): string[] {
  return [
    header([
      'run',
      'sent msg/s',
      'accepted/s mean (p10)',
      'replies/s mean',
      'drain after load',
      'ack p50 / p95 / p99 ms',
      'end-to-end p50 / p95 / p99 ms',
      'lost / dup / out of order',
      'webhook errors',
    ]),
    ...scenarios.map((s) =>
      row([
        s.name,
        s.load.offeredPerSecond,
        `${s.throughput.acceptedPerSecond.mean} (${s.throughput.acceptedPerSecond.p10})`,
        s.throughput.repliesPerSecond.mean,
        `${s.throughput.drainSeconds} s`,
        triple(s.ack),
        s.options.ingestOnly ? 'no consumers' : triple(s.endToEnd.firstReply),
        s.options.ingestOnly
          ? 'no replies expected'
          : `${s.correctness.lost} / ${s.correctness.duplicated} / ${s.correctness.outOfOrder}`,
        errorsOf(s),
      ]),
    ),
  ];
}

function resourcesTables(scenarios: readonly ScenarioReport[]): string[] {
  const names = [...new Set(scenarios.flatMap((s) => Object.keys(s.resources.cpu)))];
  const memoryNames = [...new Set(scenarios.flatMap((s) => Object.keys(s.resources.memory)))];
  return [
    '### CPU during the load (% of one core; the machine has two)',
    '',
    header(['run', ...names, 'other processes', 'taken by the host (steal)', 'machine busy']),
    ...scenarios.map((s) =>
      row([
        s.name,
        ...names.map((name) => s.resources.cpu[name]?.percentOfOneCore),
        s.resources.otherProcessesPercentOfOneCore,
        s.resources.hostStealPercentOfOneCore,
        s.resources.machineBusyPercent === undefined ? undefined : `${s.resources.machineBusyPercent}%`,
      ]),
    ),
    '',
    'Taken by the host: time the virtual machine had work for a core and the host ran something else instead (steal in /proc/stat); it counts in "machine busy", and no process sees it.',
    '',
    `Load generator's event-loop delay during the load (p99 / max, ms; high values would mean the generator itself held webhooks back): ${scenarios
      .map((s) => `${s.name} ${s.loadgenEventLoopDelay.p99} / ${s.loadgenEventLoopDelay.max}`)
      .join('; ')}.`,
    '',
    '### CPU time per accepted citizen message (ms; includes its replies and their status webhooks)',
    '',
    header(['run', ...names, 'total (without loadgen)', 'context switches (whole machine)']),
    ...scenarios.map((s) =>
      row([
        s.name,
        ...names.map((name) => s.cpuMsPerMessage[name]),
        s.platformCpuMsPerMessage,
        s.contextSwitchesPerMessage,
      ]),
    ),
    '',
    'Context switches: how often a core of the machine went from one thread to another during the load, per citizen message; each hop of a message between processes costs at least one, and on full cores the processes also take turns.',
    '',
    '### Peak memory (VmHWM, MiB; RSS sampled each second in the JSON report)',
    '',
    header(['run', ...memoryNames]),
    ...scenarios.map((s) => row([s.name, ...memoryNames.map((name) => s.resources.memory[name]?.peakMiB)])),
  ];
}

function rampTables(scenarios: readonly ScenarioReport[]): string[] {
  return scenarios
    .filter((s) => s.ramp)
    .flatMap((s) => [
      `## Capacity: ${s.name}`,
      '',
      `Open loop, ${s.options.durationSeconds} s per step on one platform, no pause between steps; end-to-end counts the messages sent during the step, whenever their reply came.`,
      '',
      header([
        'offered msg/s',
        'accepted/s',
        'replies/s',
        'ack p50 / p95 / p99 ms',
        'end-to-end p50 / p95 / p99 ms',
        'platform CPU (% of one core)',
        'other processes',
        'taken by the host (steal)',
        'machine busy',
      ]),
      ...(s.ramp ?? []).map((step) =>
        row([
          step.rate,
          step.acceptedPerSecond,
          step.repliesPerSecond,
          triple(step.ack),
          triple(step.endToEnd),
          step.platformCpuPercent,
          step.otherProcessesPercent,
          step.hostStealPercent,
          step.machineBusyPercent === undefined ? undefined : `${step.machineBusyPercent}%`,
        ]),
      ),
      '',
    ]);
}

function faultsTable(scenarios: readonly ScenarioReport[]): string[] {
  const faulted = scenarios.filter((s) => s.faults);
  if (faulted.length === 0) return [];
  return [
    '## Faults',
    '',
    header([
      'run',
      'fault',
      'at (s)',
      'ready again after',
      'recovery (kill → first reply to a new message that needs it)',
      'longest time without a reply',
      'lost',
      'dup',
    ]),
    ...faulted.flatMap((s) =>
      (s.faults ?? []).map((fault) =>
        row([
          s.name,
          fault.error ? `${fault.action} (failed: ${fault.error})` : fault.action,
          fault.atSecond,
          fault.readyAfterMs === undefined ? undefined : `${(fault.readyAfterMs / 1000).toFixed(1)} s`,
          fault.recoveryMs === undefined ? undefined : `${(fault.recoveryMs / 1000).toFixed(1)} s`,
          `${(fault.longestReplyGapMs / 1000).toFixed(1)} s`,
          fault.lost,
          fault.duplicated,
        ]),
      ),
    ),
    '',
    "Recovery ends with the first reply, to a message first sent after the kill, that the killed part had to produce: any reply for the gateway, conversation and notification; a filing's registration notice for grievance; the answer to a request for bills for bill-payment. For the broker and Postgres it ends with the first reply to a message sent once the stopping server was gone (a stop serves clients until it is done, even Postgres's fast stop, which cuts the sessions only at its end).",
    '',
  ];
}

function internalsSection(scenarios: readonly ScenarioReport[]): string[] {
  const lines: string[] = [];
  const counted = scenarios.find((s) => s.dbRoundTripsPerMessage);
  if (counted?.dbRoundTripsPerMessage && counted.dbCounts) {
    lines.push(
      '### Database round trips per citizen message',
      '',
      `Counted by a proxy in front of Postgres (simple queries plus extended-protocol syncs) during "${counted.name}"; per accepted citizen message, so the notification column includes the work of about three status webhooks per reply.`,
      '',
      header([
        'service',
        'round trips per message',
        'round trips',
        'statements parsed',
        'connections opened',
      ]),
      ...Object.entries(counted.dbRoundTripsPerMessage).map(([service, perMessage]) =>
        row([
          service,
          perMessage,
          counted.dbCounts?.[service]?.roundTrips,
          counted.dbCounts?.[service]?.parses,
          counted.dbCounts?.[service]?.connections,
        ]),
      ),
      '',
    );
  }
  const batched = scenarios.filter((s) => Object.keys(s.outboxBatches).length > 0);
  if (batched.length > 0) {
    lines.push(
      '### Outbox relay batches (records per produce request)',
      '',
      header(['run', 'service', 'events', 'batches', 'mean batch', 'largest batch']),
      ...batched.flatMap((s) =>
        Object.entries(s.outboxBatches)
          // Services that published a handful of events (media, complaints) say nothing about batching.
          .filter(([, b]) => b.events >= 100)
          .map(([service, b]) =>
            row([s.name, service, b.events, b.batches, b.meanBatchSize, b.maxBatchSize]),
          ),
      ),
      '',
    );
  }
  const profiled = scenarios.filter((s) => s.cpuProfiles?.length);
  if (profiled.length > 0)
    lines.push(
      '### CPU profile of the busiest service of each run',
      '',
      "Where the main thread was when sampled, by the package that caused it (native work such as socket writes counted for the nearest package up the stack), over the process's whole life (start-up and warm-up included), from `node --cpu-prof` with a sample every 10 ms of wall time; the JSON report has every service, plain self time and the top functions. A sample is taken whenever the thread has work, whether it runs or waits for a core (reads from sockets, done before JavaScript is called, count as idle). With both cores full the waits are long, so the sampled time exceeds the CPU the thread used (both are given), and each wait counts where the thread stopped, often in a write to a socket that woke another process (the share of writes is given). The shares say where the work is, not how much CPU it took; the CPU of each process is in the tables above.",
      '',
    );
  for (const s of profiled) {
    const busiest = Object.entries(s.resources.cpu)
      .filter(
        ([name]) => !['loadgen', 'kafka-broker', 'postgres (whole server)', 'wa-simulator'].includes(name),
      )
      .sort((a, b) => b[1].percentOfOneCore - a[1].percentOfOneCore)[0]?.[0];
    const profile = s.cpuProfiles?.find((candidate) => candidate.file.endsWith(`/${busiest}-1.cpuprofile`));
    if (!profile) continue;
    const sampledSeconds = Math.round(profile.profiledSeconds * profile.busyPercent) / 100;
    const cpu =
      profile.mainThreadCpuSeconds === undefined
        ? ''
        : `, main thread's CPU ${profile.mainThreadCpuSeconds} s`;
    lines.push(
      `- ${s.name}, **${busiest}** (life ${profile.profiledSeconds} s, with work ${sampledSeconds.toFixed(1)} s${cpu}; writes ${profile.writesPercent}% of the samples): ${profile.byCausingPackage
        .slice(0, 8)
        .map((p) => `${p.name} ${p.percent}%`)
        .join(', ')}.`,
    );
  }
  if (profiled.length > 0) lines.push('');
  return lines;
}

/** Each 10 s of the gateways' own timings, named by process when more than one gateway ran. */
function describeGatewayTimings(timings: readonly GatewayTimings[]): string {
  const named = new Set(timings.map((t) => t.process)).size > 1;
  return timings
    .map(
      (t) =>
        `${named ? `${t.process} ` : ''}${t.eventLoopDelayP99Ms} / ${t.claimP99Ms ?? '–'} / ${t.publishP99Ms} / ${t.mediaP99Ms ?? '–'}`,
    )
    .join(', ');
}

/**
 * docs/benchmarks.md from a report: the machine, the targets, every run's figures. The notes between the
 * notes markers of the previous file (the analysis, written by hand) are kept.
 */
export function renderMarkdown(
  report: BenchmarkReport,
  previous: string | undefined,
  options: { notes: boolean } = { notes: true },
): string {
  const { machine, scenarios } = report;
  const kept =
    previous?.includes(notesStart) && previous.includes(notesEnd)
      ? previous.slice(previous.indexOf(notesStart), previous.indexOf(notesEnd) + notesEnd.length)
      : `${notesStart}\n## Notes\n\n(Analysis of these figures goes here; it is kept when the figures are regenerated.)\n${notesEnd}`;
  const baseline = scenarios.find((s) => s.baseline)?.baseline;
  const lines = [
    '# Benchmarks',
    '',
    'Measured by `tools/loadgen`: it starts an isolated platform as separate processes (gateway, conversation,',
    'grievance, bill-payment, notification and the WhatsApp simulator; topics and consumer groups under a namespace',
    'of their own, databases of their own) on the shared Kafka broker and Postgres server, posts signed webhooks to',
    'the gateway as Meta does (retrying the same message id on anything but 200), and matches every reply the',
    'simulator records to the citizen turn it answers. `pnpm --filter @seva/loadgen bench` reruns everything below and rewrites this file',
    '(the JSON of the last run is `tools/loadgen/reports/latest.json`).',
    '',
    `Generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC by \`${report.command}\`.`,
    '',
    '## Machine',
    '',
    header(['CPU', 'cores', 'memory', 'Node', 'Kafka', 'Postgres', 'kernel']),
    row([
      machine.cpuModel,
      machine.cores,
      `${machine.memoryGiB} GiB`,
      machine.node,
      machine.kafka,
      machine.postgres,
      machine.kernel,
    ]),
    '',
    `Everything runs on this one machine: the broker (${report.settings.kafka}), Postgres, the services, the simulator and the load generator, and the machine is shared with other test runs. Notification sends at up to ${report.settings.sendRate} messages/s for the business number (Meta's highest tier), shared between its instances. Conversation, grievance, bill-payment and notification run at nice ${report.settings.consumerNiceness}, the gateway at 0, as \`npm run up\` starts them: webhooks are answered first when the cores are contended.`,
    '',
    '## Targets',
    '',
    header(['target', 'measured', 'verdict']),
    ...report.targets.map((target) => row([target.target, target.measured, verdict(target.met)])),
    '',
    '## Runs',
    '',
    'Closed loop: each citizen sends, waits for its replies, thinks, sends its next turn (greetings, language, menu,',
    'complaint filing with city, description, type, locality, pin, photos, then submit or cancel; "menu" to go back).',
    'Open loop: webhooks at a fixed rate whatever the replies. Acknowledgement latency is the webhook POST until',
    "the gateway's answer; end-to-end is the webhook's first attempt until the simulator recorded the turn's first",
    'reply. Lost: an expected reply that never came; dup: a reply beyond those expected; out of order: a reply in a',
    "turn's place that is not that turn's answer. Every run starts after a warm-up: 5 s at 20 msg/s, then, for",
    "the gateway alone, 10 s at the run's (first) rate, whose acknowledgement figures are given below the table.",
    '',
    ...runsTable(scenarios),
    '',
    ...scenarios.flatMap((s) => {
      const notes = [
        ...Object.entries(s.unexpectedExits).map(
          ([name, exits]) =>
            `${name} exited on its own ${exits === 1 ? 'once' : `${exits} times`} (see its log)`,
        ),
        s.correctness.stillDeliveringAtEnd
          ? `the platform was still delivering a backlog when the wait for replies ended, so its "lost" are replies still queued`
          : '',
        Object.keys(s.correctness.lostByCause).length
          ? `lost by cause: ${Object.entries(s.correctness.lostByCause)
              .map(([cause, count]) => `${count} ${cause}`)
              .join(', ')}`
          : '',
        s.correctness.repliesToUnacknowledged
          ? `${s.correctness.repliesToUnacknowledged} replies answered messages the gateway had refused with 503 (its publish completed after the timeout; Meta's retry of those is recognised)`
          : '',
        s.ack.p99 > 50 && !s.options.rampRates
          ? `ack p99 per 10 s of the load: ${s.ackP99Per10Seconds.join(', ')} ms; in the same 10 s, machine busy: ${s.resources.machineBusyPercentPer10Seconds.slice(0, s.ackP99Per10Seconds.length).join(', ')}%, CPU taken by the host: ${s.resources.hostStealPercentOfOneCorePer10Seconds.slice(0, s.ackP99Per10Seconds.length).join(', ')}% of one core`
          : '',
        s.ack.p99 > 50 && !s.options.rampRates && s.gatewayTimings.length
          ? `the gateway's own p99 per 10 s (event-loop delay / claim in Postgres / publish to Kafka / media rows): ${describeGatewayTimings(s.gatewayTimings)} ms`
          : '',
        s.warmupAck
          ? `warm-up at full rate: ack p50 / p95 / p99 ${s.warmupAck.p50} / ${s.warmupAck.p95} / ${s.warmupAck.p99} ms, max ${s.warmupAck.max} ms`
          : '',
        s.sendOutcomes?.asTemplate
          ? `${s.sendOutcomes.asTemplate} replies went as templates (window looked closed)`
          : '',
      ].filter(Boolean);
      return notes.length ? [`- ${s.name}: ${notes.join('; ')}.`] : [];
    }),
    '',
    ...(baseline
      ? [
          '## Kafka baseline',
          '',
          `Raw kafkajs on the same broker, one topic of ${baseline.partitions} partitions, ${baseline.messageBytes}-byte records with the platform's headers, producer settings of the platform (idempotent, acks=all, one request in flight), consumed by a group:`,
          '',
          `- batches of ${baseline.batched.batchSize} records per request: ${baseline.batched.producedPerSecond} msg/s produced, ${baseline.batched.producedAndConsumedPerSecond} msg/s produced and consumed (${baseline.batched.messages} records);`,
          `- one record per request, ${baseline.oneRecordPerRequest.concurrency} callers at once (as the gateway publishes): ${baseline.oneRecordPerRequest.producedPerSecond} msg/s produced, ${baseline.oneRecordPerRequest.producedAndConsumedPerSecond} msg/s produced and consumed.`,
          '',
          `Replies delivered per second as a share of the batched baseline: ${scenarios
            .map((s) => `${s.name} ${s.throughput.ratioToKafkaBaseline ?? '–'}`)
            .join('; ')}.`,
          '',
        ]
      : []),
    ...rampTables(scenarios),
    '## Resources',
    '',
    ...resourcesTables(scenarios),
    '',
    ...faultsTable(scenarios),
    ...(internalsSection(scenarios).length
      ? ['## Inside the services', '', ...internalsSection(scenarios)]
      : []),
  ];
  if (options.notes) lines.push(kept, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`.replace(/\n+$/, '\n');
}

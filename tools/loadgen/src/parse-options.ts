import { parseArgs } from 'node:util';
import { cpuListPattern } from './pin-to-cpus.js';

export type LoadMode = 'closed' | 'open';

/** One benchmark run: a fresh platform, one kind of load, optionally faults. */
export interface ScenarioOptions {
  readonly name: string;
  /**
   * closed: each citizen sends, waits for its replies, then sends the next turn (end-to-end latency).
   * open: webhooks arrive at a fixed rate whatever the replies (acknowledgement latency and throughput).
   */
  readonly mode: LoadMode;
  /** Citizen messages per second offered. */
  readonly rate: number;
  readonly durationSeconds: number;
  readonly citizens: number;
  /** Instances of conversation and notification. */
  readonly scale: 1 | 2;
  readonly faults: boolean;
  /** Also restart the Kafka broker during the faults. */
  readonly restartKafka: boolean;
  readonly restartPostgres: boolean;
  /** Measure raw Kafka produce-then-consume throughput before the load. */
  readonly baseline: boolean;
  /** Count each service's database round trips through a proxy (adds a little latency: a separate run). */
  readonly countDbRoundTrips: boolean;
  /**
   * Hold the simulator's sent/delivered/read status webhooks back 60 s each (a diagnostic: it shows what the
   * three status webhooks per reply cost; Meta always sends them).
   */
  readonly holdStatuses: boolean;
  /**
   * Only the gateway and the simulator run: what ingest alone (signature, de-duplication, Kafka before 200)
   * reaches on this machine when nothing else competes for it. No replies are expected.
   */
  readonly ingestOnly?: boolean;
  /** The consumers' nice value for this run only (the comparison with the gateway's priority). */
  readonly consumerNiceness?: number;
  /** Open-loop steps of rising rate on one platform, each `durationSeconds` long (then `rate` is unused). */
  readonly rampRates?: readonly number[];
  /**
   * Only these CPUs (taskset's list, `0`) for the load generator, every process it starts, the broker and the
   * machine's Postgres server during this run: what the platform does with fewer cores.
   */
  readonly cpus?: string;
}

export interface Options {
  readonly scenarios: readonly ScenarioOptions[];
  /** Markdown summary to (re)write, if any. */
  readonly out: string | undefined;
  /** Messages per second per business number across all notification instances (Meta allows up to 1,000). */
  readonly sendRate: number;
  /**
   * Nice value of the consumer services (conversation, grievance, bill-payment, notification), as `npm run up`
   * sets it.
   */
  readonly consumerNiceness: number;
  /** Run a broker of our own (from the project's Kafka jars) instead of the shared one. */
  readonly privateKafka: boolean;
  readonly kafkaBrokers: string;
  readonly databaseUrl: string;
  /** Write V8 CPU profiles of every service process (node --cpu-prof) next to the logs. */
  readonly cpuProfile: boolean;
  readonly seed: number;
  /** Print progress lines to stderr. */
  readonly verbose: boolean;
  /** Where reports and logs go (tools/loadgen/reports by default). */
  readonly reportsDir: string | undefined;
}

const usage = `Usage: node tools/loadgen/dist/main.js [options]

  --rate N            citizen messages per second (default 200)
  --duration S        seconds of load (default 60)
  --citizens N        simulated citizens (default 500)
  --mode closed|open  closed: turn by turn, waiting for replies (default); open: fixed arrival rate
  --scale 1|2         instances of the gateway, conversation and notification (default 1; with
                      --ingest-only, of the gateway): webhooks go to each gateway in turn
  --faults            kill -9 and restart each service (gateway, conversation, grievance, bill-payment,
                      notification) during the load
  --restart-kafka     with --faults, also restart the Kafka broker (disrupts every user of a shared broker)
  --restart-postgres  with --faults, also restart this machine's Postgres cluster (pg_ctlcluster restart -m
                      fast; disrupts every user of the server)
  --private-kafka     run a broker of our own on free ports (safe to restart) instead of the shared one
  --ramp R1,R2,...    open loop in steps of these rates, --duration seconds each, on one platform
  --ingest-only       only the gateway and the simulator: webhook ingest capacity, no replies
  --cpus LIST         run on these CPUs only (taskset's list, e.g. 0): the load generator, the platform, the
                      broker and this machine's Postgres server (every user's), given every CPU back after
  --no-baseline       skip the raw Kafka throughput baseline
  --count-db          count each service's database round trips per message (through a proxy)
  --suite             the whole benchmark: the targets as stated (open loop 1000/s with the Kafka baseline,
                      the same for 30 s with the consumers at the gateway's priority, closed loop 500/s
                      with one and with two instances, and on one core,
                      the gateway alone at 1000/s and in a ramp of 200 to 1000/s), a ramp of 25 to
                      400/s, then at a rate this machine sustains (--sustainable-rate, default 20):
                      database round trips, open and closed loop, status webhooks held back, scale 2,
                      faults for 180 s; --duration sets the 60 s runs' length, --restart-kafka and
                      --restart-postgres add a broker and a Postgres restart to the faults
  --send-rate N       business number send rate, messages/s, shared by notification instances (default 1000)
  --consumer-niceness N  CPU nice value of conversation, grievance, bill-payment and notification
                      (default 10, as \`npm run up\` runs them; 0 for the gateway's priority)
  --cpu-prof          write CPU profiles of the services and the simulator (node --cpu-prof) next to their logs
  --hold-statuses     diagnostic: the simulator holds status webhooks back 60 s each (Meta sends three per reply)
  --out FILE          write the Markdown summary there (e.g. docs/benchmarks.md)
  --reports DIR       where JSON reports and logs go (default tools/loadgen/reports)
  --seed N            random seed of the conversation mix (default 1)
  --quiet             no progress lines
`;

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new Error(`--${name} must be a positive number\n${usage}`);
  return number;
}

function niceness(value: string | undefined): number {
  if (value === undefined) return 10;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 19)
    throw new Error(`--consumer-niceness must be a whole number from 0 to 19\n${usage}`);
  return number;
}

/** The suite behind `pnpm --filter @seva/loadgen bench`: every figure of docs/benchmarks.md in one run. */
function suite(
  duration: number,
  sustainable: number,
  restarts: Pick<ScenarioOptions, 'restartKafka' | 'restartPostgres'>,
): ScenarioOptions[] {
  const base = {
    durationSeconds: duration,
    scale: 1 as const,
    faults: false,
    restartKafka: false,
    restartPostgres: false,
    baseline: false,
    countDbRoundTrips: false,
    holdStatuses: false,
  };
  // Enough citizens that each thinks about three seconds between messages.
  const citizensFor = (rate: number) => Math.max(20, Math.round(rate * 3));
  return [
    {
      ...base,
      name: `closed loop, ${sustainable} msg/s, database round trips counted`,
      mode: 'closed',
      rate: sustainable,
      durationSeconds: 20,
      citizens: citizensFor(sustainable),
      countDbRoundTrips: true,
    },
    // The targets, as stated.
    { ...base, name: 'open loop, 1000 msg/s', mode: 'open', rate: 1000, citizens: 3000, baseline: true },
    // What the consumers' lower priority buys: the same load with every process at the same priority.
    {
      ...base,
      name: "open loop, 1000 msg/s, consumers at the gateway's priority",
      mode: 'open',
      rate: 1000,
      durationSeconds: 30,
      citizens: 3000,
      consumerNiceness: 0,
    },
    { ...base, name: 'closed loop, 500 msg/s', mode: 'closed', rate: 500, citizens: 1500 },
    // What a core is worth: the same on one of the two, with everything the run needs.
    {
      ...base,
      name: 'closed loop, 500 msg/s, one core',
      mode: 'closed',
      rate: 500,
      citizens: 1500,
      cpus: '0',
    },
    // Scale-out at the target load: a second gateway, conversation and notification on the same two cores.
    {
      ...base,
      name: 'closed loop, 500 msg/s, scale 2',
      mode: 'closed',
      rate: 500,
      citizens: 1500,
      scale: 2,
    },
    // Ingest alone: the gateway with the machine to itself (no consumers), for the acknowledgement target.
    {
      ...base,
      name: 'open loop, 1000 msg/s, gateway only',
      mode: 'open',
      rate: 1000,
      citizens: 3000,
      ingestOnly: true,
    },
    // The rate up to which the gateway alone acknowledges within the target.
    {
      ...base,
      name: 'open loop ramp, 200 to 1000 msg/s, gateway only',
      mode: 'open',
      rate: 1000,
      durationSeconds: 15,
      citizens: 3000,
      ingestOnly: true,
      rampRates: [200, 400, 600, 800, 1000],
    },
    // Where this machine's capacity lies, what it sustains, and what the status webhooks cost.
    {
      ...base,
      name: 'open loop ramp, 25 to 400 msg/s',
      mode: 'open',
      rate: 400,
      durationSeconds: 20,
      citizens: citizensFor(400),
      rampRates: [25, 50, 100, 150, 200, 250, 300, 350, 400],
    },
    {
      ...base,
      name: `closed loop, ${sustainable} msg/s`,
      mode: 'closed',
      rate: sustainable,
      citizens: citizensFor(sustainable),
    },
    {
      ...base,
      name: `closed loop, ${sustainable} msg/s, status webhooks held back`,
      mode: 'closed',
      rate: sustainable,
      citizens: citizensFor(sustainable),
      holdStatuses: true,
    },
    {
      ...base,
      name: `closed loop, ${sustainable} msg/s, scale 2`,
      mode: 'closed',
      rate: sustainable,
      citizens: citizensFor(sustainable),
      scale: 2,
    },
    {
      ...base,
      name: `closed loop, ${Math.round(sustainable * 0.66)} msg/s, faults`,
      mode: 'closed',
      rate: Math.round(sustainable * 0.66),
      durationSeconds: Math.max(duration, 180),
      citizens: citizensFor(Math.round(sustainable * 0.66)),
      faults: true,
      ...restarts,
    },
  ];
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      rate: { type: 'string' },
      duration: { type: 'string' },
      citizens: { type: 'string' },
      mode: { type: 'string' },
      scale: { type: 'string' },
      faults: { type: 'boolean', default: false },
      'restart-kafka': { type: 'boolean', default: false },
      'restart-postgres': { type: 'boolean', default: false },
      'private-kafka': { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'count-db': { type: 'boolean', default: false },
      suite: { type: 'boolean', default: false },
      'send-rate': { type: 'string' },
      'consumer-niceness': { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'hold-statuses': { type: 'boolean', default: false },
      'sustainable-rate': { type: 'string' },
      ramp: { type: 'string' },
      'ingest-only': { type: 'boolean', default: false },
      cpus: { type: 'string' },
      out: { type: 'string' },
      reports: { type: 'string' },
      seed: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const mode = values.mode ?? 'closed';
  if (mode !== 'closed' && mode !== 'open') throw new Error(`--mode must be closed or open\n${usage}`);
  const scale = values.scale ?? '1';
  if (scale !== '1' && scale !== '2') throw new Error(`--scale must be 1 or 2\n${usage}`);
  for (const restart of ['restart-kafka', 'restart-postgres'] as const)
    if (values[restart] && !values.faults && !values.suite)
      throw new Error(`--${restart} needs --faults\n${usage}`);
  const rate = positiveNumber('rate', values.rate, 200);
  const durationSeconds = positiveNumber('duration', values.duration, 60);
  const citizens = values.citizens === undefined ? undefined : positiveNumber('citizens', values.citizens, 1);
  const rampRates = values.ramp?.split(',').map((rate) => Math.round(positiveNumber('ramp', rate, 1)));
  const cpus = values.cpus;
  if (cpus !== undefined) {
    if (!cpuListPattern.test(cpus)) throw new Error(`--cpus must be a CPU list such as 0 or 0-1\n${usage}`);
    // A restarted server would run on every CPU; the suite chooses its runs' CPUs itself.
    if (values['restart-postgres'] || values.suite)
      throw new Error(`--cpus cannot be combined with --restart-postgres or --suite\n${usage}`);
  }

  const single: ScenarioOptions = {
    name: `${mode} loop, ${rate} msg/s${scale === '2' ? ', scale 2' : ''}${values.faults ? ', faults' : ''}`,
    mode,
    rate,
    durationSeconds,
    citizens: Math.round(citizens ?? 500),
    scale: scale === '2' ? 2 : 1,
    faults: values.faults,
    restartKafka: values['restart-kafka'],
    restartPostgres: values['restart-postgres'],
    baseline: !values['no-baseline'],
    countDbRoundTrips: values['count-db'],
    holdStatuses: values['hold-statuses'],
    ingestOnly: values['ingest-only'],
    ...(cpus === undefined ? {} : { cpus, name: `${mode} loop, ${rate} msg/s, CPUs ${cpus}` }),
    ...(rampRates
      ? { rampRates, mode: 'open' as const, name: `open loop ramp, ${rampRates.join(', ')} msg/s` }
      : {}),
  };
  return {
    scenarios: values.suite
      ? suite(
          values.duration === undefined ? 60 : durationSeconds,
          Math.round(positiveNumber('sustainable-rate', values['sustainable-rate'], 20)),
          { restartKafka: values['restart-kafka'], restartPostgres: values['restart-postgres'] },
        )
      : [single],
    out: values.out,
    sendRate: Math.round(positiveNumber('send-rate', values['send-rate'], 1000)),
    consumerNiceness: niceness(values['consumer-niceness']),
    privateKafka: values['private-kafka'],
    kafkaBrokers: env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    cpuProfile: values['cpu-prof'],
    seed: Math.round(positiveNumber('seed', values.seed, 1)),
    verbose: !values.quiet,
    reportsDir: values.reports,
  };
}

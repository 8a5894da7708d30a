#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describeMachine } from './describe-machine.js';
import { evaluateTargets } from './evaluate-targets.js';
import { KafkaBroker } from './kafka-broker.js';
import { parseOptions } from './parse-options.js';
import type { Platform } from './platform.js';
import { type BenchmarkReport, renderMarkdown } from './render-markdown.js';
import { runScenario, type ScenarioReport } from './run-scenario.js';

const repoRoot = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

async function describePostgres(serverUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
    // Autovacuum decides whether the services vacuum their databases themselves, which Postgres's CPU includes.
    const { rows } = await client.query<{ version: string; autovacuum: string }>(
      "select current_setting('server_version') as version, current_setting('autovacuum') as autovacuum",
    );
    return rows[0] && `${rows[0].version}, autovacuum ${rows[0].autovacuum}`;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => {
    if (options.verbose)
      process.stderr.write(`[loadgen ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const reportsDir = resolve(options.reportsDir ?? join(repoRoot, 'tools/loadgen/reports'));
  const logRoot = join(reportsDir, 'logs', stamp);
  mkdirSync(logRoot, { recursive: true });

  const broker = options.privateKafka
    ? await KafkaBroker.startPrivate(repoRoot, join(tmpdir(), `seva-loadgen-kafka-${stamp}`))
    : KafkaBroker.shared(options.kafkaBrokers, repoRoot);
  if (broker.isPrivate) log(`private Kafka broker on ${broker.brokers}`);

  // Ctrl-C or a TERM stops the platform first, so no service process is left behind, nor Postgres on one core.
  let running: Platform | undefined;
  let unpin: (() => Promise<void>) | undefined;
  let interrupted = false;
  const interrupt = async (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    await running?.stop().catch(() => undefined);
    await unpin?.().catch(() => undefined);
    await broker.stop().catch(() => undefined);
    process.exit(130);
  };
  process.on('SIGINT', () => void interrupt('SIGINT'));
  process.on('SIGTERM', () => void interrupt('SIGTERM'));

  const scenarios: ScenarioReport[] = [];
  try {
    for (const [index, scenario] of options.scenarios.entries()) {
      log(`scenario ${index + 1}/${options.scenarios.length}: ${scenario.name}`);
      scenarios.push(
        await runScenario(scenario, {
          repoRoot,
          broker,
          databaseServerUrl: options.databaseUrl,
          sendRate: options.sendRate,
          consumerNiceness: options.consumerNiceness,
          cpuProfile: options.cpuProfile,
          countDbRoundTrips: scenario.countDbRoundTrips,
          seed: options.seed + index,
          logDir: join(logRoot, `${index + 1}-${slug(scenario.name)}`),
          log,
          onPlatform: (platform) => {
            running = platform;
          },
          onPinned: (giveBack) => {
            unpin = giveBack;
          },
        }),
      );
    }
  } finally {
    await broker.stop();
  }

  const baseline = scenarios.find((scenario) => scenario.baseline)?.baseline;
  const withRatio = scenarios.map((scenario) => ({
    ...scenario,
    throughput: {
      ...scenario.throughput,
      ratioToKafkaBaseline: baseline
        ? Math.round(
            (scenario.throughput.repliesPerSecond.mean / baseline.batched.producedAndConsumedPerSecond) *
              1000,
          ) / 1000
        : undefined,
    },
  }));
  const report: BenchmarkReport = {
    generatedAt: new Date().toISOString(),
    command: `node tools/loadgen/dist/main.js ${process.argv.slice(2).join(' ')}`.trim(),
    machine: describeMachine(broker.version(), await describePostgres(options.databaseUrl)),
    settings: {
      kafka: broker.isPrivate ? 'private broker started for the run' : `shared broker ${broker.brokers}`,
      sendRate: options.sendRate,
      consumerNiceness: options.consumerNiceness,
      seed: options.seed,
    },
    targets: evaluateTargets(withRatio),
    scenarios: withRatio,
  };

  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(reportsDir, `${stamp}.json`), json);
  writeFileSync(join(reportsDir, 'latest.json'), json);
  log(`report: ${join(reportsDir, `${stamp}.json`)} (and latest.json)`);
  if (options.out) {
    const out = resolve(options.out);
    const previous = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderMarkdown(report, previous));
    // The repository's formatter aligns Markdown tables; the summary is left as it would leave it.
    const biome = join(repoRoot, 'node_modules/.bin/biome');
    if (existsSync(biome)) {
      try {
        execFileSync(biome, ['format', '--write', out], { cwd: repoRoot, stdio: 'ignore' });
      } catch {
        log('could not format the summary with biome; it is written unformatted');
      }
    }
    log(`summary: ${out}`);
  }
  process.stdout.write(`${renderMarkdown(report, undefined, { notes: false })}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`loadgen: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

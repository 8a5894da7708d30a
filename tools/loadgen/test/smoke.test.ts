import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, testInfra } from '@seva/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateTargets } from '../src/evaluate-targets.js';
import { KafkaBroker } from '../src/kafka-broker.js';
import { renderMarkdown } from '../src/render-markdown.js';
import { runScenario } from '../src/run-scenario.js';

const logDir = mkdtempSync(join(tmpdir(), 'loadgen-smoke-'));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));

describe('the load harness, with a tiny load', () => {
  it('runs a whole platform, reports every figure, and every reply belongs to its turn exactly once', async () => {
    const infra = await testInfra();
    const report = await runScenario(
      {
        name: 'smoke',
        mode: 'closed',
        rate: 2,
        durationSeconds: 10,
        citizens: 5,
        scale: 1,
        faults: false,
        restartKafka: false,
        restartPostgres: false,
        baseline: false,
        countDbRoundTrips: false,
        holdStatuses: false,
      },
      {
        repoRoot,
        broker: KafkaBroker.shared(infra.kafkaBrokers.join(','), repoRoot),
        databaseServerUrl: infra.databaseServerUrl,
        sendRate: 80,
        consumerNiceness: 10,
        cpuProfile: false,
        countDbRoundTrips: false,
        seed: 1,
        logDir,
        log: () => undefined,
      },
    );

    expect(report.load.turnsSent).toBeGreaterThan(0);
    expect(report.correctness.turnsAccepted).toBe(report.load.turnsSent);
    expect(report.correctness.repliesReceived).toBeGreaterThanOrEqual(report.correctness.turnsAccepted);
    expect(report.correctness).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, strayReplies: 0 });
    expect(report.correctness.warmup).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0 });
    for (const summary of [report.ack, report.endToEnd.firstReply]) {
      expect(summary).toEqual({
        count: expect.any(Number),
        p50: expect.any(Number),
        p95: expect.any(Number),
        p99: expect.any(Number),
        max: expect.any(Number),
        mean: expect.any(Number),
      });
      expect(summary.count).toBeGreaterThan(0);
    }
    expect(report.throughput.acceptedPerSecond.perSecond).toHaveLength(10);
    expect(report.throughput.repliesDelivered).toBe(report.correctness.repliesReceived);
    expect(report.errors.undelivered).toBe(0);
    for (const name of ['wa-simulator', 'gateway', 'conversation', 'notification']) {
      expect(report.resources.memory[name]?.peakMiB).toBeGreaterThan(0);
      expect(report.resources.cpu[name]?.seconds).toBeGreaterThanOrEqual(0);
    }
    expect(report.faults).toBeUndefined();

    const targets = evaluateTargets([report]);
    expect(targets.at(-1)).toMatchObject({ met: true });
    const markdown = renderMarkdown(
      {
        generatedAt: new Date().toISOString(),
        command: 'smoke',
        machine: {
          cpuModel: 'test',
          cores: 2,
          memoryGiB: 1,
          node: process.version,
          kafka: 'test',
          postgres: 'test',
          kernel: 'test',
        },
        settings: { kafka: 'shared', sendRate: 80, consumerNiceness: 10, seed: 1 },
        targets,
        scenarios: [report],
      },
      undefined,
    );
    expect(markdown).toContain('| smoke |');
    expect(markdown).toContain('<!-- notes:start -->');
  });
});

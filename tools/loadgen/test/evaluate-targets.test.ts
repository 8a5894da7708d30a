import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../src/evaluate-targets.js';
import type { ScenarioReport } from '../src/run-scenario.js';

const latency = (p99: number) => ({ p50: p99 / 2, p95: p99, p99 });

/** Only the fields the targets read; the rest of a report does not matter here. */
function report(overrides: {
  name: string;
  options: Partial<ScenarioReport['options']>;
  lostByCause?: Record<string, number>;
  stillDeliveringAtEnd?: boolean;
  unexpectedExits?: Record<string, number>;
  ramp?: Array<{
    rate: number;
    acceptedPerSecond: number;
    ack: ReturnType<typeof latency>;
    endToEnd?: ReturnType<typeof latency>;
  }>;
}): ScenarioReport {
  const lostByCause = overrides.lostByCause ?? {};
  return {
    name: overrides.name,
    options: {
      mode: 'closed',
      rate: 20,
      durationSeconds: 60,
      scale: 1,
      faults: false,
      restartKafka: false,
      restartPostgres: false,
      ...overrides.options,
    },
    throughput: {
      acceptedPerSecond: { mean: 20, p10: 19 },
      repliesPerSecond: { mean: 20 },
      drainSeconds: 0,
    },
    load: { offeredPerSecond: 20, skippedArrivals: 0 },
    ack: latency(40),
    endToEnd: { firstReply: latency(400) },
    correctness: {
      lost: Object.values(lostByCause).reduce((sum, count) => sum + count, 0),
      duplicated: 0,
      outOfOrder: 0,
      lostByCause,
      stillDeliveringAtEnd: overrides.stillDeliveringAtEnd ?? false,
    },
    unexpectedExits: overrides.unexpectedExits ?? {},
    ramp: overrides.ramp,
  } as unknown as ScenarioReport;
}

const losses = (scenarios: ScenarioReport[]) =>
  evaluateTargets(scenarios).find((target) => target.target.startsWith('zero lost'))!;

describe('judging the targets', () => {
  it('counts every loss of a run that had delivered everything it could', () => {
    const judged = losses([
      report({ name: 'settled', options: {}, lostByCause: { unexplained: 1, 'notification: sending': 1 } }),
    ]);
    expect(judged).toMatchObject({ met: false });
    expect(judged.measured).toMatch(/^2 lost/);
  });

  it('counts only replies notification gave up on in a run still working off its backlog', () => {
    const judged = losses([
      report({
        name: 'overloaded',
        options: { mode: 'open', rate: 1000 },
        stillDeliveringAtEnd: true,
        lostByCause: { unexplained: 900, 'notification: sending': 5, 'notification: dropped': 2 },
      }),
    ]);
    expect(judged).toMatchObject({ met: false });
    expect(judged.measured).toMatch(/^2 lost \(2 notification: dropped\)/);
    expect(
      losses([
        report({
          name: 'overloaded',
          options: { mode: 'open', rate: 1000 },
          stillDeliveringAtEnd: true,
          lostByCause: { unexplained: 900, 'notification: sending': 5 },
        }),
      ]),
    ).toMatchObject({ met: true });
  });

  it('does not call a run in which a process crashed a success, and names it', () => {
    const judged = losses([
      report({ name: 'steady', options: {} }),
      report({ name: 'crashed', options: {}, unexpectedExits: { 'bill-payment': 1 } }),
    ]);
    expect(judged).toMatchObject({ met: false });
    expect(judged.measured).toMatch(/; a process exited on its own in crashed$/);
  });

  it('names the highest gateway-only ramp step taken in full within 50 ms', () => {
    const gateway = evaluateTargets([
      report({ name: 'gateway only', options: { mode: 'open', rate: 1000, ingestOnly: true } }),
      report({
        name: 'gateway ramp',
        options: { mode: 'open', rate: 500, ingestOnly: true, rampRates: [100, 200, 300] },
        ramp: [
          { rate: 100, acceptedPerSecond: 100, ack: latency(20) },
          { rate: 200, acceptedPerSecond: 199, ack: latency(45) },
          { rate: 300, acceptedPerSecond: 240, ack: latency(30) },
        ],
      }),
    ]).find((target) => target.target.includes('gateway alone'))!;
    expect(gateway.measured).toMatch(/ack p99 ≤ 50 ms up to 200 msg\/s \(p99 45 ms\) of the ramp$/);
  });

  it('judges end to end by the run on every core, not by one on fewer', () => {
    const oneCore = report({ name: 'closed loop, one core', options: { rate: 500, cpus: '0' } });
    const endToEnd = evaluateTargets([oneCore, report({ name: 'closed loop', options: { rate: 500 } })]).find(
      (target) => target.target.startsWith('end-to-end'),
    )!;
    expect(endToEnd.scenario).toBe('closed loop');
  });

  it('names the highest step of the ramp with replies within 500 ms, up to the first step that misses', () => {
    const endToEnd = evaluateTargets([
      report({ name: 'closed loop', options: { rate: 500 } }),
      report({
        name: 'ramp',
        options: { mode: 'open', rate: 20, rampRates: [20, 40, 60, 80] },
        ramp: [
          { rate: 20, acceptedPerSecond: 20, ack: latency(20), endToEnd: latency(300) },
          { rate: 40, acceptedPerSecond: 40, ack: latency(20), endToEnd: latency(480) },
          { rate: 60, acceptedPerSecond: 60, ack: latency(20), endToEnd: latency(2000) },
          // After the backlog of the step before is worked off, a later step may look good again by chance.
          { rate: 80, acceptedPerSecond: 80, ack: latency(20), endToEnd: latency(450) },
        ],
      }),
    ]).find((target) => target.target.startsWith('end-to-end'))!;
    expect(endToEnd.measured).toMatch(
      /; p99 ≤ 500 ms up to 40 msg\/s \(p99 480 ms\) of the 20 to 80 msg\/s ramp$/,
    );
  });

  it.each([
    [{}, '… including through kill -9 of each service'],
    [{ restartKafka: true }, '… including through kill -9 of each service and a broker restart'],
    [
      { restartKafka: true, restartPostgres: true },
      '… including through kill -9 of each service, a broker restart and a Postgres restart',
    ],
  ])('names the faults the zero-loss target was held through (%o)', (restarts, target) => {
    const judged = evaluateTargets([report({ name: 'faults', options: { faults: true, ...restarts } })]);
    expect(judged.find((result) => result.target.startsWith('… including'))).toMatchObject({
      target,
      met: true,
    });
  });
});

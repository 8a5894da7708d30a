import type { CitizenPool } from './citizen-pool.js';
import type { ResourceFigures, ResourceMonitor } from './resource-monitor.js';
import { type OpenLoopFigures, runOpenLoop } from './run-open-loop.js';
import type { SendContext } from './send-turn.js';

export interface RampWindow {
  readonly rate: number;
  readonly startAt: number;
  readonly endAt: number;
  readonly turnsSent: number;
  readonly skippedArrivals: number;
  readonly resources: ResourceFigures;
}

/**
 * Open-loop load in steps of rising rate on one platform, without pause: where acknowledgement and end-to-end
 * latency start to climb and replies stop keeping up is the platform's capacity on this machine. Each step has
 * citizens of its own (three seconds of think time each) and its own CPU window.
 */
export async function runRamp(
  rates: readonly number[],
  stepSeconds: number,
  pool: CitizenPool,
  context: SendContext,
  createMonitor: () => ResourceMonitor,
  log: (line: string) => void,
): Promise<{ windows: RampWindow[]; figures: Omit<OpenLoopFigures, 'settled'> }> {
  const windows: RampWindow[] = [];
  const steps: OpenLoopFigures[] = [];
  for (const rate of rates) {
    const monitor = createMonitor();
    await monitor.begin(1000, false);
    const startAt = Date.now();
    const endAt = startAt + stepSeconds * 1000;
    monitor.markStart();
    log(`  ramp step: ${rate} msg/s for ${stepSeconds} s`);
    const step = await runOpenLoop({ rate, citizens: Math.max(20, rate * 3), startAt, endAt }, pool, context);
    monitor.markEnd();
    steps.push(step);
    windows.push({
      rate,
      startAt,
      endAt,
      turnsSent: step.turnsSent,
      skippedArrivals: step.skippedArrivals,
      resources: monitor.finish(),
    });
  }
  await Promise.all(steps.map((step) => step.settled));
  const sum = (pick: (step: OpenLoopFigures) => number) =>
    steps.reduce((total, step) => total + pick(step), 0);
  return {
    windows,
    figures: {
      turnsSent: sum((step) => step.turnsSent),
      skippedArrivals: sum((step) => step.skippedArrivals),
      citizensRetired: sum((step) => step.citizensRetired),
      photoUploadErrors: sum((step) => step.photoUploadErrors),
    },
  };
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { KafkaBroker } from './kafka-broker.js';
import type { Platform, ServiceName } from './platform.js';
import { restartPostgres } from './restart-postgres.js';

export type FaultTarget =
  | Extract<ServiceName, 'gateway' | 'conversation' | 'grievance' | 'bill-payment' | 'notification'>
  | 'kafka'
  | 'postgres';

export interface FaultScope {
  readonly platform: Platform;
  readonly broker: KafkaBroker;
  /** The Postgres server the services use, restarted by a 'postgres' fault. */
  readonly databaseServerUrl: string;
}

export interface FaultEvent {
  readonly target: FaultTarget;
  readonly action: string;
  /** Epoch ms of the kill (or of the start of the broker's stop). */
  readonly at: number;
  /** Broker and Postgres restarts: epoch ms the stopping server was gone; messages sent before were served. */
  readonly downAt?: number;
  /** From the kill until the restarted process answered /readyz (or the broker listened again, or Postgres was up). */
  readonly readyAfterMs: number | undefined;
  readonly error?: string;
}

const failedAction: Partial<Record<FaultTarget, string>> = {
  kafka: 'broker restart',
  postgres: 'Postgres restart',
};

/** Quiet time after a fault's recovery before the next, so each recovery is measured on its own. */
const settleMs = 15_000;

/**
 * During the load, at each planned time: kill -9 one instance of the service and start it again at once, as a
 * supervisor would; or restart the Kafka broker, or the Postgres server. Runs the faults one after another, in the order given, each
 * no sooner than `settleMs` after the previous one's process was ready again.
 */
export async function injectFaults(
  plan: ReadonlyArray<{ readonly target: FaultTarget; readonly at: number }>,
  { platform, broker, databaseServerUrl }: FaultScope,
  log: (line: string) => void,
): Promise<FaultEvent[]> {
  const events: FaultEvent[] = [];
  let earliest = 0;
  for (const { target, at } of plan) {
    const wait = Math.max(at, earliest) - Date.now();
    if (wait > 0) await sleep(wait);
    const started = Date.now();
    try {
      if (target === 'kafka') {
        log('restarting the Kafka broker');
        const { downAt } = await broker.restart();
        events.push({
          target,
          action: broker.isPrivate ? 'broker stopped and started' : 'infra/scripts/kafka.sh restart',
          at: started,
          downAt,
          readyAfterMs: Date.now() - started,
        });
      } else if (target === 'postgres') {
        log('restarting Postgres');
        const { command, downAt } = await restartPostgres(databaseServerUrl);
        events.push({ target, action: command, at: started, downAt, readyAfterMs: Date.now() - started });
      } else {
        const instance = platform.instances(target)[0];
        if (!instance) throw new Error(`${target} is not running`);
        log(`kill -9 ${instance.name} (pid ${instance.pid})`);
        await instance.kill();
        instance.start();
        await instance.waitReady();
        events.push({
          target,
          action: `kill -9 ${instance.name}, restarted at once`,
          at: started,
          readyAfterMs: Date.now() - started,
        });
        log(`${instance.name} ready again ${Date.now() - started} ms after the kill`);
      }
    } catch (error) {
      events.push({
        target,
        action: failedAction[target] ?? 'kill -9 and restart',
        at: started,
        readyAfterMs: undefined,
        error: (error as Error).message,
      });
      log(`fault on ${target} failed: ${(error as Error).message}`);
    }
    earliest = Date.now() + settleMs;
  }
  return events;
}

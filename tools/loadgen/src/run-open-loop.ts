import { setTimeout as sleep } from 'node:timers/promises';
import type { Citizen } from './citizen.js';
import type { CitizenPool } from './citizen-pool.js';
import { type SendContext, sendTurn } from './send-turn.js';

export interface OpenLoopSettings {
  readonly rate: number;
  readonly citizens: number;
  readonly startAt: number;
  readonly endAt: number;
}

export interface OpenLoopFigures {
  turnsSent: number;
  /**
   * Arrivals that found every citizen still waiting for the gateway to accept its previous message: the
   * gateway was too slow for the offered rate with this many citizens. Counted, not sent.
   */
  skippedArrivals: number;
  citizensRetired: number;
  photoUploadErrors: number;
  /** Resolves once every webhook sent has been accepted or given up on (retries included). */
  settled: Promise<void>;
}

/**
 * Webhooks at a fixed arrival rate whatever the replies: each arrival is the next turn of the citizen idle the
 * longest. A citizen has at most one webhook in flight, so its messages reach the gateway in order, as the
 * planned replies assume; it does not wait for replies, which may therefore lag behind without slowing arrivals.
 * Returns when the last arrival was sent; the figures' counters still move until `settled`.
 */
export async function runOpenLoop(
  settings: OpenLoopSettings,
  pool: CitizenPool,
  context: SendContext,
): Promise<OpenLoopFigures> {
  const idle: Citizen[] = Array.from({ length: settings.citizens }, () => pool.create());
  let head = 0;
  const inFlight = new Set<Promise<void>>();
  const figures: OpenLoopFigures = {
    turnsSent: 0,
    skippedArrivals: 0,
    citizensRetired: 0,
    photoUploadErrors: 0,
    settled: Promise.resolve(),
  };

  const takeIdle = (): Citizen | undefined => {
    if (head >= idle.length) return undefined;
    const citizen = idle[head++]!;
    // Compacted now and then so the queue does not grow without bound.
    if (head > 4096) {
      idle.splice(0, head);
      head = 0;
    }
    return citizen;
  };

  const dispatch = (citizen: Citizen) => {
    const step = citizen.nextStep();
    const sending: Promise<void> = sendTurn(citizen, step, context)
      .then((turn) => {
        // A message the gateway never took leaves the citizen's state unknown: a new citizen takes over.
        if (turn.accepted) idle.push(citizen);
        else {
          figures.citizensRetired++;
          idle.push(pool.create());
        }
      })
      .catch(() => {
        figures.photoUploadErrors++;
        figures.citizensRetired++;
        idle.push(pool.create());
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };

  const totalArrivals = Math.floor(((settings.endAt - settings.startAt) / 1000) * settings.rate);
  while (Date.now() < settings.endAt && figures.turnsSent + figures.skippedArrivals < totalArrivals) {
    const due = Math.min(totalArrivals, Math.floor(((Date.now() - settings.startAt) / 1000) * settings.rate));
    while (figures.turnsSent + figures.skippedArrivals < due) {
      const citizen = takeIdle();
      if (citizen) {
        figures.turnsSent++;
        dispatch(citizen);
      } else {
        figures.skippedArrivals++;
      }
    }
    await sleep(1);
  }
  figures.settled = Promise.all([...inFlight]).then(() => undefined);
  return figures;
}

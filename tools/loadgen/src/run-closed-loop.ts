import { setTimeout as sleep } from 'node:timers/promises';
import type { CitizenPool } from './citizen-pool.js';
import { type SendContext, sendTurn } from './send-turn.js';

export interface ClosedLoopSettings {
  readonly rate: number;
  readonly citizens: number;
  readonly startAt: number;
  readonly endAt: number;
  /** How long a citizen waits for its replies before giving up on the conversation. */
  readonly turnTimeoutMs: number;
}

export interface ClosedLoopFigures {
  readonly turnsSent: number;
  /** Citizens that gave up: a reply did not come within the turn timeout, or the webhook was never accepted. */
  readonly citizensRetired: number;
  readonly photoUploadErrors: number;
}

/**
 * Citizens holding conversations turn by turn: send, wait for every reply the turn gets, send the next. Each
 * citizen sends at most once every `citizens / rate` seconds (the think time), so the offered rate is the
 * target while replies come quickly and drops as they slow down: the loop is closed by the platform's latency.
 */
export async function runClosedLoop(
  settings: ClosedLoopSettings,
  pool: CitizenPool,
  context: SendContext,
): Promise<ClosedLoopFigures> {
  const intervalMs = (settings.citizens / settings.rate) * 1000;
  let turnsSent = 0;
  let citizensRetired = 0;
  let photoUploadErrors = 0;

  const phone = async (slot: number) => {
    let citizen = pool.create();
    // Staggered, so the first messages arrive at the target rate rather than all at once.
    let nextAt = settings.startAt + (slot / settings.rate) * 1000;
    // Bounded: a citizen cannot send more often than once per interval, nor after the end.
    const maxTurns = Math.ceil((settings.endAt - settings.startAt) / intervalMs) + 1;
    for (let sent = 0; sent < maxTurns; sent++) {
      const wait = nextAt - Date.now();
      if (wait > 0) await sleep(wait);
      if (Date.now() >= settings.endAt) return;
      const step = citizen.nextStep();
      let turn: Awaited<ReturnType<typeof sendTurn>>;
      try {
        turn = await sendTurn(citizen, step, context);
      } catch {
        photoUploadErrors++;
        citizensRetired++;
        citizen = pool.create();
        nextAt = Date.now() + intervalMs;
        continue;
      }
      turnsSent++;
      const answered = turn.accepted && (await citizen.waitForExpectedReplies(settings.turnTimeoutMs));
      if (!answered) {
        citizensRetired++;
        citizen = pool.create();
      }
      nextAt = Math.max(Date.now(), turn.firstSentAt + intervalMs);
    }
  };

  await Promise.all(Array.from({ length: settings.citizens }, (_, slot) => phone(slot)));
  return { turnsSent, citizensRetired, photoUploadErrors };
}

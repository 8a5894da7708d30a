import type { FaultEvent, FaultTarget } from './inject-faults.js';
import { stepLabels } from './plan-conversation.js';
import type { AnsweredTurn, TurnOutcome } from './reconcile-replies.js';

export interface FaultFigures extends FaultEvent {
  /** Seconds into the load. */
  readonly atSecond: number;
  /**
   * From the kill to the first reply to a message first sent after the kill: when new work flows again.
   * For grievance, to the first registration notice of a filing submitted after the kill, the one reply it
   * causes; for bill-payment, to the first answer to a request for bills sent after the kill; for the broker
   * and Postgres, to the first reply to a message sent once the stopping server was gone.
   */
  readonly recoveryMs: number | undefined;
  /** Longest time without any reply delivered, from the kill on (until the next fault). */
  readonly longestReplyGapMs: number;
  /** Lost and duplicated replies that went wrong between this fault and the next (or 5 s before it). */
  readonly lost: number;
  readonly duplicated: number;
}

/**
 * The turns whose replies need a service that only some turns reach, and which of their replies it causes: a
 * filing's first reply ("submitted") comes from conversation, its registration notice from grievance.
 */
const reachedBy: Partial<Record<FaultTarget, { label: string; reply: 'first' | 'last' }>> = {
  grievance: { label: stepLabels.submit, reply: 'last' },
  'bill-payment': { label: stepLabels.bills, reply: 'first' },
};

/** When a turn shows the fault's target at work again, if it does. */
function workingAgainAt(target: FaultTarget, turn: AnsweredTurn): number | undefined {
  const reached = reachedBy[target];
  if (!reached) return turn.firstReplyAt;
  if (turn.label !== reached.label) return undefined;
  if (reached.reply === 'first') return turn.firstReplyAt;
  return turn.lastReplyMs === undefined ? undefined : turn.sentAt + turn.lastReplyMs;
}

/** Attributes the run's outcomes to the faults: recovery time, the silence each caused, its losses and repeats. */
export function analyzeFaults(
  events: readonly FaultEvent[],
  loadStartAt: number,
  answered: readonly AnsweredTurn[],
  arrivals: readonly number[],
  lostTurns: readonly TurnOutcome[],
  duplicatedTurns: readonly TurnOutcome[],
): FaultFigures[] {
  const sortedArrivals = [...arrivals].sort((a, b) => a - b);
  return events.map((event, index) => {
    const nextAt = events[index + 1]?.at ?? Number.POSITIVE_INFINITY;
    let firstReplyAt: number | undefined;
    for (const turn of answered) {
      if (turn.sentAt < (event.downAt ?? event.at)) continue;
      const at = workingAgainAt(event.target, turn);
      if (at !== undefined && (firstReplyAt === undefined || at < firstReplyAt)) firstReplyAt = at;
    }
    // Silence that runs into the next fault counts for this one until the next fault starts.
    let longestGap = 0;
    let previous = event.at;
    for (const at of sortedArrivals) {
      if (at <= event.at) continue;
      longestGap = Math.max(longestGap, Math.min(at, nextAt) - previous);
      if (at > nextAt) break;
      previous = at;
    }
    const inWindow = (turn: TurnOutcome) => turn.at >= event.at - 5000 && turn.at < nextAt - 5000;
    return {
      ...event,
      atSecond: Math.round((event.at - loadStartAt) / 100) / 10,
      recoveryMs: firstReplyAt === undefined ? undefined : firstReplyAt - event.at,
      longestReplyGapMs: longestGap,
      lost: lostTurns.filter(inWindow).length,
      duplicated: duplicatedTurns.filter(inWindow).length,
    };
  });
}

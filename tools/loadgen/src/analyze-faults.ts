import type { FaultEvent } from './inject-faults.js';
import type { AnsweredTurn, TurnOutcome } from './reconcile-replies.js';

export interface FaultFigures extends FaultEvent {
  /** Seconds into the load. */
  readonly atSecond: number;
  /** From the kill to the first reply to a message first sent after the kill: when new work flows again. */
  readonly recoveryMs: number | undefined;
  /** Longest time without any reply delivered, from the kill on (until the next fault). */
  readonly longestReplyGapMs: number;
  /** Lost and duplicated replies of turns sent from 30 s before this fault until the next one. */
  readonly lost: number;
  readonly duplicated: number;
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
      if (turn.sentAt < event.at) continue;
      if (firstReplyAt === undefined || turn.firstReplyAt < firstReplyAt) firstReplyAt = turn.firstReplyAt;
    }
    let longestGap = 0;
    let previous = event.at;
    for (const at of sortedArrivals) {
      if (at <= event.at) continue;
      if (at > nextAt) break;
      longestGap = Math.max(longestGap, at - previous);
      previous = at;
    }
    const inWindow = (turn: TurnOutcome) => turn.sentAt >= event.at - 30_000 && turn.sentAt < nextAt - 30_000;
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

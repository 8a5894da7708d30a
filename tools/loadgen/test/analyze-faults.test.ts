import { describe, expect, it } from 'vitest';
import { analyzeFaults } from '../src/analyze-faults.js';
import type { FaultEvent } from '../src/inject-faults.js';
import type { AnsweredTurn } from '../src/reconcile-replies.js';

const killAt = 10_000;

function turn(label: string, sentAt: number, firstReplyMs: number, lastReplyMs?: number): AnsweredTurn {
  return {
    label,
    sentAt,
    firstContact: false,
    firstReplyMs,
    lastReplyMs: lastReplyMs ?? firstReplyMs,
    firstReplyAt: sentAt + firstReplyMs,
  };
}

function kill(target: FaultEvent['target']): FaultEvent {
  return { target, action: `kill -9 ${target}`, at: killAt, readyAfterMs: 2000 };
}

// A turn sent before the kill; after it a menu turn, a filing whose registration notice came late, and bills.
const answered = [
  turn('greet', killAt - 500, 100),
  turn('menu', killAt + 1000, 200),
  turn('submit', killAt + 2000, 300, 6000),
  turn('bills', killAt + 3000, 400),
];

describe('analyzeFaults', () => {
  it.each([
    { target: 'conversation', recoveryMs: 1200, why: 'the first reply to a turn sent after the kill' },
    { target: 'gateway', recoveryMs: 1200, why: 'the first reply to a turn sent after the kill' },
    { target: 'grievance', recoveryMs: 8000, why: "a new filing's registration notice" },
    { target: 'bill-payment', recoveryMs: 3400, why: 'the answer to a new request for bills' },
  ] as const)('measures $target recovered at $why', ({ target, recoveryMs }) => {
    const [figures] = analyzeFaults([kill(target)], 0, answered, [], [], []);
    expect(figures?.recoveryMs).toBe(recoveryMs);
  });

  it.each(['kafka', 'postgres'] as const)(
    'counts a %s restart from the moment the stopping server was gone',
    (target) => {
      const restart: FaultEvent = { ...kill(target), downAt: killAt + 2500 };
      const [figures] = analyzeFaults([restart], 0, answered, [], [], []);
      // The menu turn and the filing were sent while the broker was still stopping; the bills turn after.
      expect(figures?.recoveryMs).toBe(3400);
    },
  );

  it('leaves grievance unrecovered while no filing sent after the kill was registered', () => {
    const unregistered = [
      turn('menu', killAt + 1000, 200),
      { ...turn('submit', killAt + 2000, 300), lastReplyMs: undefined },
    ];
    const [figures] = analyzeFaults([kill('grievance')], 0, unregistered, [], [], []);
    expect(figures?.recoveryMs).toBeUndefined();
  });
});

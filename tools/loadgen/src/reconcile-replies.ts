import type { Citizen, Reply, Turn } from './citizen.js';
import type { ReplyTag } from './describe-reply.js';
import type { ExpectedReply } from './plan-conversation.js';

export interface TurnOutcome {
  readonly waId: string;
  readonly turn: number;
  readonly label: string;
  /** The citizen message's WhatsApp id. */
  readonly messageId: string;
  /** Epoch ms the webhook was first sent. */
  readonly sentAt: number;
  /** When it went wrong, as far as known: the repeat's arrival; for a loss, the sending (or the cause's time). */
  at: number;
  /** What caused it, when the platform's records tell. */
  cause?: string;
}

export interface Mismatch extends TurnOutcome {
  readonly expected: string;
  readonly got: string;
  /** The citizen's first turns and replies, for diagnosis: times relative to its first message. */
  readonly history: { turns: string[]; replies: string[] };
}

function historyOf(citizen: Citizen): Mismatch['history'] {
  const origin = citizen.turns[0]?.firstSentAt ?? 0;
  return {
    turns: citizen.turns
      .slice(0, 6)
      .map(
        (turn) =>
          `${turn.index} ${turn.label} sent +${turn.firstSentAt - origin} ms, ${turn.accepted ? `200 at +${(turn.acceptedAt ?? 0) - origin} ms` : 'never accepted'} after ${turn.attempts} attempt(s)${turn.answeredAsDuplicate ? ' (answered as already taken)' : ''}`,
      ),
    replies: [...citizen.replies]
      .sort((a, b) => a.seq - b.seq)
      .slice(0, 6)
      .map(
        (reply) => `+${reply.at - origin} ms ${reply.tag.type} [${reply.tag.options.slice(0, 2).join(',')}]`,
      ),
  };
}

export interface AnsweredTurn {
  /** The step of the conversation plan ("greet", "submit"). */
  readonly label: string;
  readonly sentAt: number;
  /** The citizen's first message: the platform knows nothing of it yet (no session, no 24-hour window). */
  readonly firstContact: boolean;
  /** Webhook first sent to the turn's first reply recorded by the simulator, ms. */
  readonly firstReplyMs: number;
  /** ... to its last reply, when every reply came. */
  readonly lastReplyMs: number | undefined;
  /** Epoch ms of the first reply. */
  readonly firstReplyAt: number;
}

export interface Reconciliation {
  readonly turnsAccepted: number;
  readonly turnsNotAccepted: number;
  readonly repliesExpected: number;
  readonly repliesReceived: number;
  /** Expected replies that never came. */
  readonly lost: number;
  /** Replies beyond those expected: a turn answered twice. */
  readonly duplicated: number;
  /** Replies in a turn's place whose shape is not what that turn gets: order broken (or the bot changed). */
  readonly outOfOrder: number;
  /**
   * Replies to messages the gateway never acknowledged (it answered 503 after its publish timeout, yet the
   * event reached Kafka): legitimate, since Meta would deliver the message again and it would be recognised.
   */
  readonly repliesToUnacknowledged: number;
  readonly answered: AnsweredTurn[];
  readonly lostTurns: TurnOutcome[];
  readonly duplicatedTurns: TurnOutcome[];
  readonly mismatches: Mismatch[];
}

export function fits(tag: ReplyTag, expected: ExpectedReply): boolean {
  switch (expected.kind) {
    case 'any':
      return true;
    case 'text':
      return tag.type === 'text';
    case 'choice':
      return tag.type === 'interactive' && tag.options.includes(expected.option);
  }
}

const describeExpected = (expected: ExpectedReply) =>
  expected.kind === 'choice' ? `interactive with ${expected.option}` : expected.kind;

interface Slot {
  readonly turn: Turn;
  readonly position: number;
  readonly expected: ExpectedReply;
  /** The turn's webhook was never acknowledged: its replies may come or not. */
  readonly optional: boolean;
}

const outcome = (citizen: Citizen, turn: Turn, at = turn.firstSentAt): TurnOutcome => ({
  waId: citizen.waId,
  turn: turn.index,
  label: turn.label,
  messageId: turn.messageId,
  sentAt: turn.firstSentAt,
  at,
});

/**
 * Lines up each citizen's replies, in the order the simulator recorded them, with the replies its accepted
 * turns must get, in the order it sent them: the n-th reply belongs to the n-th expected one. A reply equal to
 * the one before it that does not fit its place is a repeat (duplicated); a place whose reply fits a later
 * place, when replies are fewer than places, is a loss; leftover replies are repeats too.
 */
export function reconcileReplies(citizens: readonly Citizen[]): Reconciliation {
  let turnsAccepted = 0;
  let turnsNotAccepted = 0;
  let repliesExpected = 0;
  let repliesReceived = 0;
  let outOfOrder = 0;
  let repliesToUnacknowledged = 0;
  const answered: AnsweredTurn[] = [];
  const lostTurns: TurnOutcome[] = [];
  const duplicatedTurns: TurnOutcome[] = [];
  const mismatches: Mismatch[] = [];

  for (const citizen of citizens) {
    const replies = [...citizen.replies].sort((a, b) => a.seq - b.seq);
    repliesReceived += replies.length;
    const slots: Slot[] = [];
    for (const turn of citizen.turns) {
      if (turn.accepted) turnsAccepted++;
      else turnsNotAccepted++;
      for (const [position, expected] of turn.expect.entries())
        slots.push({ turn, position, expected, optional: !turn.accepted });
    }
    repliesExpected += slots.filter((slot) => !slot.optional).length;

    const matched = new Map<Turn, Array<Reply | undefined>>();
    let r = 0;
    let lastTurn: Turn | undefined;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s]!;
      while (
        r > 0 &&
        r < replies.length &&
        !fits(replies[r]!.tag, slot.expected) &&
        replies[r]!.tag.hash === replies[r - 1]!.tag.hash
      ) {
        duplicatedTurns.push(outcome(citizen, lastTurn ?? slot.turn, replies[r]!.at));
        r++;
      }
      const reply = replies[r];
      if (slot.optional) {
        if (reply && fits(reply.tag, slot.expected)) {
          repliesToUnacknowledged++;
          lastTurn = slot.turn;
          r++;
        }
        continue;
      }
      const place = matched.get(slot.turn) ?? [];
      matched.set(slot.turn, place);
      if (!reply) {
        lostTurns.push(outcome(citizen, slot.turn));
        place[slot.position] = undefined;
        continue;
      }
      if (fits(reply.tag, slot.expected)) {
        place[slot.position] = reply;
        lastTurn = slot.turn;
        r++;
        continue;
      }
      const fewerReplies = replies.length - r < slots.slice(s).filter((later) => !later.optional).length;
      const fitsLater = slots.slice(s + 1, s + 4).some((later) => fits(reply.tag, later.expected));
      if (fewerReplies && fitsLater) {
        lostTurns.push(outcome(citizen, slot.turn));
        place[slot.position] = undefined;
        continue;
      }
      outOfOrder++;
      if (mismatches.length < 20)
        mismatches.push({
          ...outcome(citizen, slot.turn),
          expected: describeExpected(slot.expected),
          got: `${reply.tag.type} [${reply.tag.options.join(',')}] ${reply.tag.preview}`,
          history: historyOf(citizen),
        });
      place[slot.position] = reply;
      lastTurn = slot.turn;
      r++;
    }
    for (; r < replies.length; r++) {
      const turn = lastTurn ?? citizen.turns.at(-1);
      if (turn) duplicatedTurns.push(outcome(citizen, turn, replies[r]!.at));
    }

    for (const [turn, place] of matched) {
      const first = place[0];
      if (!first) continue;
      const last = place[turn.expect.length - 1];
      const complete = place.length === turn.expect.length && place.every((reply) => reply !== undefined);
      answered.push({
        label: turn.label,
        sentAt: turn.firstSentAt,
        firstContact: turn.index === 0,
        firstReplyMs: first.at - turn.firstSentAt,
        lastReplyMs: complete && last ? last.at - turn.firstSentAt : undefined,
        firstReplyAt: first.at,
      });
    }
  }
  return {
    turnsAccepted,
    turnsNotAccepted,
    repliesExpected,
    repliesReceived,
    lost: lostTurns.length,
    duplicated: duplicatedTurns.length,
    outOfOrder,
    repliesToUnacknowledged,
    answered,
    lostTurns,
    duplicatedTurns,
    mismatches,
  };
}

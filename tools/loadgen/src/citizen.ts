import type { CitizenInput } from './build-inbound-webhook.js';
import type { ReplyTag } from './describe-reply.js';
import {
  type ConversationState,
  type ExpectedReply,
  type PlanSettings,
  planConversation,
  type Step,
} from './plan-conversation.js';

/** One message the citizen sent, and what became of its webhook. */
export interface Turn {
  readonly index: number;
  readonly label: string;
  readonly messageId: string;
  readonly input: CitizenInput;
  readonly expect: readonly ExpectedReply[];
  /** Epoch ms of the first attempt to deliver the webhook. */
  readonly firstSentAt: number;
  accepted: boolean;
  acceptedAt?: number;
  attempts: number;
  /** The 200 said the id was taken before (by an earlier attempt the gateway was still working on). */
  answeredAsDuplicate: boolean;
}

/** A business message the simulator recorded for this citizen. */
export interface Reply {
  /** Epoch ms at which the simulator took the send request. */
  readonly at: number;
  readonly seq: number;
  readonly tag: ReplyTag;
}

/** Deterministic per seed, so a run can be repeated with the same conversations. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A simulated citizen: a WhatsApp id, the conversations it plans one after another, the turns it sent and the
 * replies the simulator recorded for it, in the simulator's order.
 */
export class Citizen {
  readonly turns: Turn[] = [];
  readonly replies: Reply[] = [];
  /** Replies the turns sent so far asked for (of accepted turns). */
  expectedReplies = 0;
  /** ... and of turns the gateway never acknowledged, which may be answered all the same. */
  possibleReplies = 0;
  private readonly state: ConversationState = { language: null, complaints: 0 };
  private readonly random: () => number;
  private planned: Step[] = [];
  private waiter: { count: number; resolve: (arrived: boolean) => void } | undefined;

  constructor(
    readonly waId: string,
    readonly name: string,
    seed: number,
    private readonly settings: PlanSettings,
  ) {
    this.random = createRandom(seed);
  }

  /** The next turn of the current conversation, planning a new conversation when one ended. */
  nextStep(): Step {
    if (this.planned.length === 0) this.planned = planConversation(this.random, this.state, this.settings);
    return this.planned.shift()!;
  }

  chance(): number {
    return this.random();
  }

  /** Records a sent turn; accepted turns count towards the replies the citizen must get. */
  recordTurn(turn: Turn): void {
    this.turns.push(turn);
    if (turn.accepted) this.expectedReplies += turn.expect.length;
    this.possibleReplies += turn.expect.length;
  }

  addReply(reply: Reply): void {
    this.replies.push(reply);
    if (this.waiter && this.replies.length >= this.waiter.count) {
      this.waiter.resolve(true);
      this.waiter = undefined;
    }
  }

  /** Resolves true once every reply expected so far has arrived, false after `timeoutMs`. */
  waitForExpectedReplies(timeoutMs: number): Promise<boolean> {
    const count = this.expectedReplies;
    if (this.replies.length >= count) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve(false);
      }, timeoutMs);
      this.waiter = {
        count,
        resolve: (arrived) => {
          clearTimeout(timer);
          resolve(arrived);
        },
      };
    });
  }
}

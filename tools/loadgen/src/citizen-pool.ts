import { Citizen } from './citizen.js';
import type { PlanSettings } from './plan-conversation.js';
import type { ReplyCollector } from './reply-collector.js';

const names = ['Asha Devi', 'Gurpreet Singh', 'Manpreet Kaur', 'Ramesh Kumar', 'Sunita Sahu', 'Harjit Gill'];

/**
 * Every citizen of a run. A citizen whose message could not be delivered, or whose reply did not come in time,
 * is retired and another one takes its place: its conversation state is no longer known for certain.
 */
export class CitizenPool {
  readonly all: Citizen[] = [];

  constructor(
    private readonly collector: ReplyCollector,
    private readonly settings: PlanSettings,
    private readonly seed: number,
    /** First digits of the pool's WhatsApp ids after the country code: pools of one run never share a citizen. */
    private readonly prefix = '7',
  ) {}

  create(): Citizen {
    const number = this.all.length;
    // 91 (India) then ten digits: unique in the run, which has databases and a simulator of its own.
    const waId = `91${this.prefix}${String(number).padStart(9, '0')}`;
    const citizen = new Citizen(
      waId,
      `${names[number % names.length]} ${number}`,
      this.seed * 1_000_003 + number,
      this.settings,
    );
    this.all.push(citizen);
    this.collector.register(citizen);
    return citizen;
  }

  /**
   * Replies the accepted turns asked for that have not arrived (never negative per citizen); with
   * `unacknowledged`, also those of turns the gateway refused, whose events may have reached Kafka anyway.
   */
  outstanding(unacknowledged = false): number {
    return this.all.reduce(
      (sum, citizen) =>
        sum +
        Math.max(
          0,
          (unacknowledged ? citizen.possibleReplies : citizen.expectedReplies) - citizen.replies.length,
        ),
      0,
    );
  }

  received(): number {
    return this.all.reduce((sum, citizen) => sum + citizen.replies.length, 0);
  }
}

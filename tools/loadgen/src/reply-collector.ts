import { setTimeout as sleep } from 'node:timers/promises';
import type { Citizen } from './citizen.js';
import { describeReply } from './describe-reply.js';

interface Recorded {
  seq: number;
  waId: string;
  at: number;
  message: Record<string, unknown>;
}

/**
 * Follows every business message the simulator records (GET /_sim/messages?since=) and hands each to its
 * citizen, in the simulator's order. The time of a reply is the simulator's, taken when notification's send
 * request arrived, so polling delay does not count in the latency.
 */
export class ReplyCollector {
  private readonly citizens = new Map<string, Citizen>();
  /** Epoch ms of every reply, in order. */
  readonly arrivals: number[] = [];
  /** Replies to WhatsApp ids no citizen of this run has. */
  strays = 0;
  pollErrors = 0;
  private since = 0;
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly simulatorUrl: string,
    private readonly pollIntervalMs = 50,
  ) {}

  register(citizen: Citizen): void {
    this.citizens.set(citizen.waId, citizen);
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    // One last look, so nothing recorded before the stop is missed.
    await this.poll().catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let full = false;
      try {
        full = await this.poll();
      } catch {
        this.pollErrors++;
      }
      if (!full) await sleep(this.pollIntervalMs);
    }
  }

  /** Takes what was recorded since the last poll; true when the page was full (more is waiting). */
  private async poll(): Promise<boolean> {
    const limit = 5000;
    const response = await fetch(`${this.simulatorUrl}/_sim/messages?since=${this.since}&limit=${limit}`, {
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 200) throw new Error(`simulator answered ${response.status}`);
    const { messages, last } = (await response.json()) as { messages: Recorded[]; last: number };
    for (const recorded of messages) {
      this.arrivals.push(recorded.at);
      const citizen = this.citizens.get(recorded.waId);
      if (!citizen) {
        this.strays++;
        continue;
      }
      citizen.addReply({ at: recorded.at, seq: recorded.seq, tag: describeReply(recorded.message) });
    }
    this.since = last;
    return messages.length === limit;
  }
}

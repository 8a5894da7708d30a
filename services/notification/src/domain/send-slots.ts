/**
 * Bounds the Graph API calls in flight. The consumer hands over up to a hundred records per partition at once,
 * and a send that waits too long for its answer ends in a timeout that cannot tell whether the message went:
 * retried, the citizen may get it twice. Waiting here, before the call, costs no such doubt.
 */
export class SendSlots {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.inUse >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inUse++;
    try {
      return await call();
    } finally {
      // The slot passes straight to the next caller waiting, if any, so the count never drops below busy.
      const next = this.waiting.shift();
      if (next) next();
      else this.inUse--;
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Token bucket per business number: Meta caps each number's throughput (80 messages per second by default,
 * up to 1,000 when raised) and answers 130429 beyond it, so sends are paced here instead of bounced there.
 * Each process paces its own sends: with several replicas, give each its share of the number's rate.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; refilledAt: number }>();

  /** A tenth of a second's worth may go at once: a full second's burst on top of the steady rate would double it. */
  constructor(
    private readonly perSecond: number,
    private readonly burst: number = Math.max(1, Math.ceil(perSecond / 10)),
  ) {}

  async take(key: string): Promise<void> {
    for (;;) {
      const now = performance.now();
      const bucket = this.buckets.get(key) ?? { tokens: this.burst, refilledAt: now };
      bucket.tokens = Math.min(
        this.burst,
        bucket.tokens + ((now - bucket.refilledAt) / 1000) * this.perSecond,
      );
      bucket.refilledAt = now;
      this.buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - bucket.tokens) / this.perSecond) * 1000));
    }
  }
}

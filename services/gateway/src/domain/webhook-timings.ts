import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from 'pino';

const microseconds = (ms: number) => Math.max(1, Math.round(ms * 1000));
/**
 * The 99th percentile in ms, to 0.1 ms, of a histogram recording `perMs` units a millisecond, less `offsetMs`
 * (what every sample holds besides the time measured).
 */
const p99Ms = (histogram: { percentile(p: number): number }, perMs: number, offsetMs = 0) =>
  Math.max(0, Math.round((histogram.percentile(99) / perMs - offsetMs) * 10) / 10);
// A 20 ms timer: fine enough for delays that matter against a 50 ms answer, cheap while idle.
const loopResolutionMs = 20;

/**
 * Where the wait before Meta's answer goes: the claim in Postgres, the publish to Kafka, the rows of any media
 * (only webhooks that carry some write them), and how late the gateway's own event loop ran. Logged every
 * `intervalMs` while webhooks arrive. When the cores are contended, a late event loop delays every step, and
 * these lines tell that apart from a slow database or broker.
 */
export class WebhookTimings {
  private readonly claims = createHistogram();
  private readonly publishes = createHistogram();
  private readonly mediaRows = createHistogram();
  private readonly loop = monitorEventLoopDelay({ resolution: loopResolutionMs });
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    private readonly intervalMs = 10_000,
  ) {}

  start(): void {
    this.loop.enable();
    this.timer = setInterval(() => this.report(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.report();
    this.loop.disable();
  }

  claimed(ms: number): void {
    this.claims.record(microseconds(ms));
  }

  published(ms: number): void {
    this.publishes.record(microseconds(ms));
  }

  mediaQueued(ms: number): void {
    this.mediaRows.record(microseconds(ms));
  }

  private report(): void {
    if (this.publishes.count > 0)
      this.log.info(
        {
          webhooks: this.publishes.count,
          claimP99Ms: this.claims.count > 0 ? p99Ms(this.claims, 1e3) : null,
          publishP99Ms: p99Ms(this.publishes, 1e3),
          mediaP99Ms: this.mediaRows.count > 0 ? p99Ms(this.mediaRows, 1e3) : null,
          // Node records the whole time between two ticks of the timer, so an idle loop reads as its period.
          eventLoopDelayP99Ms: p99Ms(this.loop, 1e6, loopResolutionMs),
        },
        'webhook timings',
      );
    this.claims.reset();
    this.publishes.reset();
    this.mediaRows.reset();
    this.loop.reset();
  }
}

import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { WebhookTimings } from '../src/domain/webhook-timings.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, log: pino({ level: 'info' }, stream) };
}

describe('webhook timings', () => {
  it('logs the claim, publish and media p99 of the webhooks since the last line, and nothing while none came', async () => {
    const { lines, log } = capture();
    const timings = new WebhookTimings(log, 60_000);
    timings.start();
    for (let i = 1; i <= 100; i++) {
      timings.claimed(i / 10);
      timings.published(i);
      if (i % 10 === 0) timings.mediaQueued(i / 2);
    }
    // A status-only webhook publishes without a claim.
    timings.published(0.5);
    timings.stop();
    // Stopped with nothing new: no second line.
    timings.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'webhook timings', webhooks: 101 });
    expect(lines[0]!.claimP99Ms).toBeCloseTo(9.9, 0);
    expect(lines[0]!.publishP99Ms).toBeCloseTo(99, -1);
    expect(lines[0]!.mediaP99Ms).toBeCloseTo(50, 0);
    expect(lines[0]!.eventLoopDelayP99Ms).toEqual(expect.any(Number));
  });

  it('counts only how late the event loop ran, not the period of the timer that measures it', async () => {
    const { lines, log } = capture();
    const timings = new WebhookTimings(log, 60_000);
    timings.start();
    // An idle loop: Node's monitor alone would read each tick as its full 20 ms period.
    await new Promise((resolve) => setTimeout(resolve, 100));
    timings.published(1);
    timings.stop();
    expect(lines[0]!.eventLoopDelayP99Ms).toBeLessThan(20);
    // No webhook carried media.
    expect(lines[0]!.mediaP99Ms).toBeNull();
  });
});

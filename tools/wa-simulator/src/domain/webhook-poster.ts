import { setTimeout as sleep } from 'node:timers/promises';
import { signBody, type WebhookBody } from '@seva/whatsapp';
import type { FastifyBaseLogger } from 'fastify';
import type { FaultInjector } from './faults.js';
import { type GatewayAnswer, postToGateway } from './post-to-gateway.js';
import { runInBackground } from './run-in-background.js';

/** Meta retries a webhook the endpoint did not accept for days, backing off; a few quick tries suit development. */
const retryDelaysMs = [1_000, 5_000, 15_000];

const isRetryable = (answer: GatewayAnswer): boolean =>
  answer.status === null || answer.status === 429 || answer.status >= 500;

export interface WebhookPosterDeps {
  readonly url: string;
  readonly appSecret: string;
  readonly faults: FaultInjector;
  /** Aborted when the simulator stops: pending deliveries and retries end. */
  readonly signal: AbortSignal;
  readonly log: FastifyBaseLogger;
}

/** Delivers webhooks to the gateway the way Meta does. */
export class WebhookPoster {
  constructor(private readonly deps: WebhookPosterDeps) {}

  /**
   * Signs the exact bytes sent (X-Hub-Signature-256), waits the configured delay, posts, and posts the same
   * bytes again when duplicates are configured. Returns the first answer; when it asks for a retry (5xx, 429,
   * no answer) the delivery is retried in the background and `onRetried` hears each later answer.
   */
  async post(body: WebhookBody, onRetried?: (answer: GatewayAnswer) => void): Promise<GatewayAnswer> {
    const raw = Buffer.from(JSON.stringify(body));
    const headers = {
      'content-type': 'application/json',
      'x-hub-signature-256': signBody(raw, this.deps.appSecret),
    };
    const { webhookDelayMs, duplicateWebhooks } = this.deps.faults.current;
    if (webhookDelayMs > 0) await sleep(webhookDelayMs, undefined, { signal: this.deps.signal });
    const answer = await this.send(raw, headers);
    if (duplicateWebhooks) await this.send(raw, headers);
    if (isRetryable(answer))
      runInBackground(this.retry(raw, headers, onRetried), this.deps.log, 'webhook retry');
    return answer;
  }

  private async retry(
    raw: Buffer,
    headers: Record<string, string>,
    onRetried: ((answer: GatewayAnswer) => void) | undefined,
  ): Promise<void> {
    for (const delay of retryDelaysMs) {
      await sleep(delay, undefined, { signal: this.deps.signal });
      const answer = await this.send(raw, headers);
      onRetried?.(answer);
      if (!isRetryable(answer)) return;
    }
    this.deps.log.warn({ url: this.deps.url }, 'webhook not accepted after every retry; dropped');
  }

  private async send(raw: Buffer, headers: Record<string, string>): Promise<GatewayAnswer> {
    const answer = await postToGateway(this.deps.url, raw, headers, this.deps.signal);
    const ok = answer.status !== null && answer.status < 300;
    this.deps.log[ok ? 'debug' : 'warn'](
      {
        url: this.deps.url,
        status: answer.status,
        error: answer.error,
        answer: ok ? undefined : answer.body,
      },
      ok ? 'webhook delivered' : 'webhook not accepted',
    );
    return answer;
  }
}

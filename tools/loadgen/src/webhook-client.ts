import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { signBody } from '@seva/whatsapp';

export interface PostOutcome {
  /** HTTP status, or null when there was no answer (refused connection, reset, timeout). */
  readonly status: number | null;
  /** The start of the answer's body when it was not 200. */
  readonly body?: string;
  readonly error?: 'timeout' | 'connection';
  /** From the request being issued to the last byte of the answer. */
  readonly latencyMs: number;
  /** The gateway counted the message as one it had already taken. */
  readonly duplicate: boolean;
}

export interface Delivery {
  readonly accepted: boolean;
  readonly attempts: number;
  /** Epoch ms of the first attempt (what end-to-end latency counts from) and of the 200. */
  readonly firstSentAt: number;
  readonly acceptedAt: number | undefined;
  /** The 200 said the id was taken before: a retry of a message an earlier attempt delivered. */
  readonly answeredAsDuplicate: boolean;
}

/** What every attempt ended in: the figures behind acknowledgement latency and error counts. */
export class AckRecorder {
  /** Latency of each 200, ms. */
  readonly latencies: number[] = [];
  /** Epoch ms of each 200, for accepted-per-second. */
  readonly acceptedAt: number[] = [];
  readonly byStatus = new Map<string, number>();
  timeouts = 0;
  connectionErrors = 0;
  retries = 0;
  duplicateAnswers = 0;
  /** Messages given up on after every retry. */
  undelivered = 0;
  /** The first answer of each status other than 200, for diagnosis. */
  readonly samples = new Map<string, string>();

  /** Forgets everything recorded (the warm-up's figures). */
  reset(): void {
    this.latencies.length = 0;
    this.acceptedAt.length = 0;
    this.byStatus.clear();
    this.timeouts = 0;
    this.connectionErrors = 0;
    this.retries = 0;
    this.duplicateAnswers = 0;
    this.undelivered = 0;
    this.samples.clear();
  }

  record(outcome: PostOutcome, at: number): void {
    if (outcome.status === 200) {
      this.latencies.push(outcome.latencyMs);
      this.acceptedAt.push(at);
      if (outcome.duplicate) this.duplicateAnswers++;
      return;
    }
    if (outcome.error === 'timeout') this.timeouts++;
    else if (outcome.error === 'connection') this.connectionErrors++;
    else {
      const key = String(outcome.status);
      this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
      if (!this.samples.has(key)) this.samples.set(key, outcome.body ?? '');
    }
  }
}

export interface WebhookClientOptions {
  /** The webhook URL of each gateway instance; attempts go to each in turn, as through a load balancer. */
  readonly urls: readonly string[];
  readonly appSecret: string;
  /** An attempt without an answer by then counts as a timeout (and is retried). */
  readonly timeoutMs: number;
  /** Retries stop after this many attempts or once `retryForMs` passed since the first. */
  readonly maxAttempts: number;
  readonly retryForMs: number;
  readonly recorder: AckRecorder;
}

/**
 * Posts signed webhooks to the gateway the way Meta does: the same bytes (same message id) again, later, when
 * the answer is not 200 or there is none, backing off, until accepted. Connections are kept alive, as Meta's are.
 */
export class WebhookClient {
  // Every connection opened stays open for the next webhooks. With Node's default of 256 idle connections, each
  // lull closed the rest and the next burst opened them again, and under load the gateway takes a long time
  // to accept a new connection: Node 20's libuv (1.46) accepts one per turn of the event loop.
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1024, maxFreeSockets: 1024 });
  private readonly targets: URL[];
  private next = 0;
  private stopped = false;

  constructor(private readonly options: WebhookClientOptions) {
    this.targets = options.urls.map((url) => new URL(url));
  }

  /** Stops retrying (the run is over) and closes idle connections. */
  close(): void {
    this.stopped = true;
    this.agent.destroy();
  }

  async deliver(body: unknown): Promise<Delivery> {
    const raw = Buffer.from(JSON.stringify(body));
    const signature = signBody(raw, this.options.appSecret);
    const firstSentAt = Date.now();
    let attempt = 0;
    while (attempt < this.options.maxAttempts) {
      attempt++;
      if (attempt > 1) this.options.recorder.retries++;
      const outcome = await this.post(raw, signature);
      const at = Date.now();
      this.options.recorder.record(outcome, at);
      if (outcome.status === 200) {
        return {
          accepted: true,
          attempts: attempt,
          firstSentAt,
          acceptedAt: at,
          answeredAsDuplicate: outcome.duplicate,
        };
      }
      // 4xx other than 429 is our mistake (bad signature, bad body): Meta would not retry it either.
      if (outcome.status !== null && outcome.status !== 429 && outcome.status < 500) break;
      if (this.stopped || at - firstSentAt > this.options.retryForMs) break;
      await sleep(Math.min(250 * 2 ** (attempt - 1), 4000));
    }
    this.options.recorder.undelivered++;
    return {
      accepted: false,
      attempts: attempt,
      firstSentAt,
      acceptedAt: undefined,
      answeredAsDuplicate: false,
    };
  }

  private post(raw: Buffer, signature: string): Promise<PostOutcome> {
    const target = this.targets[this.next++ % this.targets.length]!;
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: Omit<PostOutcome, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...outcome, latencyMs: performance.now() - started });
      };
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': raw.length,
            'x-hub-signature-256': signature,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            let duplicate = false;
            if (response.statusCode === 200) {
              try {
                const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                  messages?: number;
                  duplicates?: number;
                };
                duplicate = (answer.duplicates ?? 0) > 0 && (answer.messages ?? 0) === 0;
              } catch {
                // A 200 is an acceptance whatever its body.
              }
            }
            const body =
              response.statusCode === 200 ? undefined : Buffer.concat(chunks).toString('utf8').slice(0, 300);
            finish({
              status: response.statusCode ?? null,
              duplicate,
              ...(body === undefined ? {} : { body }),
            });
          });
          response.on('error', () => finish({ status: null, error: 'connection', duplicate: false }));
        },
      );
      req.setTimeout(this.options.timeoutMs, () => {
        finish({ status: null, error: 'timeout', duplicate: false });
        req.destroy();
      });
      req.on('error', () => finish({ status: null, error: 'connection', duplicate: false }));
      req.end(raw);
    });
  }
}

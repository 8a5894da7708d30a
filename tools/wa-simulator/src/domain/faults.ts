import { type Static, Type } from '@seva/service-kit';

/** In force until configured otherwise, and what a setting left out of a configuration falls back to. */
const defaults = { latencyMs: 0, duplicateWebhooks: false, webhookDelayMs: 0, statusIntervalMs: 50 };

export const faultsSchema = Type.Object(
  {
    /** Added before every Graph API answer. */
    latencyMs: Type.Integer({ minimum: 0, maximum: 60_000, default: defaults.latencyMs }),
    /** Sends number `every`, 2×`every`... (counted from the last configuration) are refused with 130429. */
    throttle: Type.Optional(
      Type.Object(
        {
          every: Type.Integer({ minimum: 1 }),
          /** Meta answers 130429 with HTTP 400; 429 checks that a client copes with the status alone too. */
          httpStatus: Type.Union([Type.Literal(400), Type.Literal(429)], { default: 400 }),
        },
        { additionalProperties: false },
      ),
    ),
    /** Sends to these citizens fail with `code`: at once in the response, or later as a `failed` status webhook. */
    recipientErrors: Type.Array(
      Type.Object(
        {
          waId: Type.String({ pattern: '^\\d{7,15}$' }),
          code: Type.Integer({ minimum: 1 }),
          via: Type.Union([Type.Literal('response'), Type.Literal('status')], { default: 'response' }),
        },
        { additionalProperties: false },
      ),
      { default: [] },
    ),
    /** Every webhook is posted twice, as Meta sometimes does. */
    duplicateWebhooks: Type.Boolean({ default: defaults.duplicateWebhooks }),
    /** Waited before posting each webhook. */
    webhookDelayMs: Type.Integer({ minimum: 0, maximum: 60_000, default: defaults.webhookDelayMs }),
    /** Waited before each of the sent, delivered and read statuses of a business message. */
    statusIntervalMs: Type.Integer({ minimum: 0, maximum: 60_000, default: defaults.statusIntervalMs }),
  },
  { additionalProperties: false },
);

export type Faults = Static<typeof faultsSchema>;

const noFaults: Faults = { ...defaults, recipientErrors: [] };

export type SendVerdict =
  | { readonly outcome: 'accept' }
  | { readonly outcome: 'throttle'; readonly httpStatus: 400 | 429 }
  | { readonly outcome: 'refuse'; readonly code: number }
  | { readonly outcome: 'fail-later'; readonly code: number };

/** The faults in force, and the count of sends that every-Nth throttling needs. */
export class FaultInjector {
  private faults: Faults = noFaults;
  private sends = 0;

  get current(): Faults {
    return this.faults;
  }

  /** Replaces every fault (an empty object clears them) and restarts the send count. */
  configure(faults: Faults): void {
    this.faults = faults;
    this.sends = 0;
  }

  /** Decides the fate of one valid send to `waId`; throttling is counted over every send, whoever the citizen. */
  judgeSend(waId: string): SendVerdict {
    this.sends += 1;
    const { throttle, recipientErrors } = this.faults;
    if (throttle && this.sends % throttle.every === 0)
      return { outcome: 'throttle', httpStatus: throttle.httpStatus };
    const failure = recipientErrors.find((error) => error.waId === waId);
    if (!failure) return { outcome: 'accept' };
    return failure.via === 'response'
      ? { outcome: 'refuse', code: failure.code }
      : { outcome: 'fail-later', code: failure.code };
  }
}

import { type Static, Type } from '@seva/service-kit';

export const faultsSchema = Type.Object(
  {
    /**
     * How many times each webhook is posted: 3 posts the same signed body three times, as providers do on
     * retries.
     */
    duplicateWebhooks: Type.Integer({ minimum: 1, maximum: 10, default: 1 }),
    /** Payments are captured for ₹1 more than their link asks, and reported so in webhooks and on fetch. */
    tamperAmount: Type.Boolean({ default: false }),
    /** Payments happen but no webhook is posted: the service has to find out by fetching. */
    dropWebhooks: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

export type Faults = Static<typeof faultsSchema>;

export const noFaults: Faults = { duplicateWebhooks: 1, tamperAmount: false, dropWebhooks: false };

/** A payment link as the provider reports it. Amounts in paise. */
export interface ProviderLink {
  readonly id: string;
  readonly url: string;
  /** The reference given at creation: the id of the payment here. */
  readonly reference: string;
  readonly amountPaise: number;
  readonly status: 'created' | 'partially_paid' | 'paid' | 'expired' | 'cancelled';
  /** Every attempt to pay it, oldest first. */
  readonly attempts: readonly { readonly paymentId: string; readonly status: string }[];
  readonly orderId: string | null;
}

/** One payment attempt as the provider reports it. */
export interface ProviderPayment {
  readonly id: string;
  readonly amountPaise: number;
  readonly currency: string;
  /** created, authorized, captured, refunded or failed. */
  readonly status: string;
  readonly orderId: string | null;
  readonly errorDescription: string | null;
}

export interface NewPaymentLink {
  /** The payment's id here; the provider refuses a second link with the same reference. */
  readonly reference: string;
  readonly amountPaise: number;
  readonly description: string;
  readonly expiresAt: Date;
  readonly notes: Readonly<Record<string, string>>;
  readonly callbackUrl?: string;
}

/** What a verified webhook names: only a pointer to look the payment up by, never facts to act on. */
export interface WebhookNotice {
  readonly event: string;
  /** The reference the link was created with (the payment's id here). */
  readonly reference: string | null;
  readonly linkId: string | null;
}

/** The provider did not answer as expected; asking again later may work. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** A payment gateway with payment links, signed webhooks and lookups; see razorpay-like-provider.ts. */
export interface PaymentProvider {
  createLink(link: NewPaymentLink): Promise<ProviderLink>;
  fetchLink(id: string): Promise<ProviderLink>;
  fetchPayment(id: string): Promise<ProviderPayment>;
  /** Checks the webhook's signature over its exact bytes, in constant time. */
  verifyWebhook(raw: Buffer, signature: string | undefined): boolean;
  /** Which payment a verified webhook body is about; null for events this service does not act on. */
  readNotice(body: unknown): WebhookNotice | null;
}

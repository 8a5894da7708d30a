import type { ServiceRuntime } from '@seva/service-kit';
import type { Config } from './config.js';
import type { Db } from './db.js';
import type { PaymentNewsDeps } from './domain/accept-payment-webhook.js';
import { ensureReceiptPdf } from './domain/ensure-receipt-pdf.js';
import type { PaymentProvider } from './domain/payment-provider.js';
import { RazorpayLikeProvider } from './domain/razorpay-like-provider.js';
import { ReceiptLinks } from './domain/receipt-links.js';
import { ReceiptStore } from './domain/receipt-store.js';

/** What the routes, consumers and jobs of one running service share. */
export interface BillingContext {
  readonly runtime: ServiceRuntime<Config, Db>;
  readonly now: () => Date;
  readonly provider: PaymentProvider;
  readonly links: ReceiptLinks;
  /** The receipt's PDF, rendered and stored on first use; undefined for an unknown receipt. */
  readonly receiptPdf: (receiptNumber: string) => Promise<Buffer | undefined>;
  /** For settling payments from webhooks and reconciliation. */
  readonly news: PaymentNewsDeps;
}

const contexts = new WeakMap<ServiceRuntime<Config, Db>, BillingContext>();

export function billingContext(runtime: ServiceRuntime<Config, Db>, now: () => Date): BillingContext {
  let context = contexts.get(runtime);
  if (context) return context;
  const { config, db, log } = runtime;
  const provider = new RazorpayLikeProvider({
    baseUrl: config.PAYMENT_PROVIDER_BASE_URL,
    keyId: config.PAYMENT_PROVIDER_KEY_ID,
    keySecret: config.PAYMENT_PROVIDER_KEY_SECRET,
    webhookSecret: config.PAYMENT_WEBHOOK_SECRET,
    timeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
  });
  const links = new ReceiptLinks({
    secret: config.RECEIPT_LINK_SECRET,
    publicUrl: config.PUBLIC_URL,
    ttlHours: config.RECEIPT_LINK_TTL_HOURS,
  });
  const store = new ReceiptStore(config.RECEIPT_DIR);
  const receiptPdf = (receiptNumber: string) => ensureReceiptPdf(db, store, receiptNumber);
  context = {
    runtime,
    now,
    provider,
    links,
    receiptPdf,
    news: {
      db,
      provider,
      now,
      log,
      links,
      // The PDF can always be rendered again at the first download, so a failure here only costs a log line.
      onReceipt: async (receiptNumber) => {
        await receiptPdf(receiptNumber).catch((error) =>
          log.error({ err: error, receiptNumber }, 'receipt PDF not rendered'),
        );
      },
    },
  };
  contexts.set(runtime, context);
  return context;
}

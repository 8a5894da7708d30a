import { loadConfig, type Static, serviceConfig, Type } from '@seva/service-kit';

const secret = (minLength: number) => Type.String({ minLength });
const httpUrl = (fallback: string) => Type.String({ default: fallback, pattern: '^https?://' });

export const configSchema = serviceConfig(
  { port: 3003, database: 'seva_bill_payment' },
  {
    /** Bearer token of the city billing systems that post bills to /bills/import. */
    BILLING_IMPORT_TOKEN: secret(16),

    /**
     * The payment provider's API (Razorpay's shape); tests and `npm run up` point it at
     * tools/payment-simulator.
     */
    PAYMENT_PROVIDER_BASE_URL: httpUrl('https://api.razorpay.com'),
    PAYMENT_PROVIDER_KEY_ID: Type.String({ minLength: 1 }),
    PAYMENT_PROVIDER_KEY_SECRET: secret(8),
    /** Webhooks are signed with it (X-Razorpay-Signature). */
    PAYMENT_WEBHOOK_SECRET: secret(8),
    PAYMENT_PROVIDER_TIMEOUT_MS: Type.Integer({ default: 10_000, minimum: 100 }),
    /** How long a payment link stays payable; a link still valid for a while is handed out again. */
    PAYMENT_LINK_TTL_MINUTES: Type.Integer({ default: 60, minimum: 16, maximum: 7 * 24 * 60 }),
    /** Where the provider sends the citizen after paying, e.g. a wa.me link back to the chat. */
    PAYMENT_CALLBACK_URL: Type.Optional(Type.String({ pattern: '^https?://' })),

    /** Pending payments older than this are looked up at the provider (lost webhooks, abandoned links). */
    RECONCILE_AFTER_MINUTES: Type.Integer({ default: 15, minimum: 1 }),
    RECONCILE_INTERVAL_MS: Type.Integer({ default: 60_000, minimum: 10 }),

    /** How WhatsApp and citizens reach this service: receipt links start with it. */
    PUBLIC_URL: httpUrl('http://127.0.0.1:3003'),
    RECEIPT_DIR: Type.String({ default: '.data/receipts', minLength: 1 }),
    /** Signs receipt links (HMAC-SHA256) so they can be handed to WhatsApp as document links. */
    RECEIPT_LINK_SECRET: secret(16),
    RECEIPT_LINK_TTL_HOURS: Type.Integer({ default: 72, minimum: 1, maximum: 24 * 30 }),

    /** Bills due within this many days get one reminder per linked number. */
    REMINDER_DAYS_BEFORE: Type.Integer({ default: 3, minimum: 0, maximum: 30 }),
    REMINDER_INTERVAL_MS: Type.Integer({ default: 3_600_000, minimum: 10 }),
    /** The business number reminders come from, for numbers that never wrote to the platform. */
    REMINDER_BUSINESS_NUMBER_ID: Type.String({ pattern: '^\\d+$' }),

    /**
     * Loads a few connections and bills of the pilot cities at start, linked to the simulator's test numbers.
     */
    DEMO_SEED: Type.Boolean({ default: false }),
  },
);
export type Config = Static<typeof configSchema>;

export const loadBillPaymentConfig = (env: NodeJS.ProcessEnv = process.env): Config =>
  loadConfig(configSchema, env);

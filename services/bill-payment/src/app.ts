import { fileURLToPath } from 'node:url';
import { intervalJob, type ServiceSpec } from '@seva/service-kit';
import type { Config } from './config.js';
import { billingConsumers } from './consumers/billing-handlers.js';
import { billingContext } from './context.js';
import { createDatabaseClient, type Db } from './db.js';
import { acceptPaymentWebhook } from './domain/accept-payment-webhook.js';
import { importBills } from './domain/import-bills.js';
import { reconcilePayments } from './domain/reconcile-payments.js';
import { seedDemoBills } from './domain/seed-demo-bills.js';
import { sendDueReminders } from './domain/send-due-reminders.js';
import { billImport } from './routes/bill-import.js';
import { paymentWebhook } from './routes/payment-webhook.js';
import { receipts } from './routes/receipts.js';

export interface BillPaymentOptions {
  /** The service's clock: tests move it forward to reach expiries, reconciliation ages and due dates. */
  readonly now?: () => Date;
}

/** The bill-payment service; the clock can be replaced, everything else comes from its settings. */
export function createBillPaymentService(options: BillPaymentOptions = {}): ServiceSpec<Config, Db> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'bill-payment',
    migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
    createDatabaseClient,
    outbox: true,
    app: async (fastify, { runtime }) => {
      const context = billingContext(runtime, now);
      const { config, db } = runtime;
      await fastify.register(billImport, {
        token: config.BILLING_IMPORT_TOKEN,
        importBills: (rows) => importBills(rows, { db, now }),
      });
      await fastify.register(paymentWebhook, {
        provider: context.provider,
        accept: (notice) => acceptPaymentWebhook(notice, context.news),
      });
      await fastify.register(receipts, { db, links: context.links, now, pdf: context.receiptPdf });
    },
    consumers: (runtime) => billingConsumers(billingContext(runtime, now)),
    jobs: (runtime) => {
      const { news } = billingContext(runtime, now);
      const { config, db, log } = runtime;
      return [
        ...(config.DEMO_SEED
          ? [{ start: () => seedDemoBills({ db, now, log }), stop: () => Promise.resolve() }]
          : []),
        intervalJob(
          'payment reconciliation',
          config.RECONCILE_INTERVAL_MS,
          () =>
            reconcilePayments({
              ...news,
              afterMinutes: config.RECONCILE_AFTER_MINUTES,
              providerTimeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
            }),
          log,
        ),
        intervalJob(
          'due-date reminders',
          config.REMINDER_INTERVAL_MS,
          () =>
            sendDueReminders({
              db,
              now,
              daysBefore: config.REMINDER_DAYS_BEFORE,
              defaultBusinessNumberId: config.REMINDER_BUSINESS_NUMBER_ID,
            }),
          log,
        ),
      ];
    },
  };
}

export const billPaymentService = createBillPaymentService();

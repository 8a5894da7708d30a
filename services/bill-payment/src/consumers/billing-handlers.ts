import { handleOnce } from '@seva/outbox';
import type { ConsumerGroup } from '@seva/service-kit';
import type { BillingContext } from '../context.js';
import type { Tx } from '../db.js';
import { createPaymentLink } from '../domain/create-payment-link.js';
import { listBills } from '../domain/list-bills.js';
import { listReceipts } from '../domain/list-receipts.js';
import { recordReminderChoice } from '../domain/record-reminder-choice.js';

/** Commands are applied once per event id, with their reply written in the same transaction. */
const commandsConsumer = 'bill-payment.billing-commands';

/** Citizens' billing commands from the chat. */
export function billingConsumers(context: BillingContext): ConsumerGroup[] {
  const { db, config, log } = context.runtime;
  const once = async (eventId: string, effect: (tx: Tx) => Promise<void>) => {
    await handleOnce(db, commandsConsumer, eventId, effect);
  };
  const linkDeps = {
    db,
    provider: context.provider,
    now: context.now,
    linkTtlMinutes: config.PAYMENT_LINK_TTL_MINUTES,
    callbackUrl: config.PAYMENT_CALLBACK_URL,
    log,
  };
  return [
    {
      groupId: 'bill-payment',
      handlers: {
        billingCommands: {
          'billing.bills-requested': (command, event) => once(event.eventId, (tx) => listBills(tx, command)),
          'billing.payment-link-requested': (command, event) =>
            createPaymentLink(command, event, commandsConsumer, linkDeps),
          'billing.receipts-requested': (command, event) =>
            once(event.eventId, (tx) => listReceipts(tx, command, context.links, context.now())),
          'billing.reminders-choice-requested': (choice) => recordReminderChoice(db, choice),
        },
      },
    },
  ];
}

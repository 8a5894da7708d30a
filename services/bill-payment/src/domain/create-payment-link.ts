import { createHash } from 'node:crypto';
import type { PaymentLinkRefusal, PaymentLinkRequested } from '@seva/contracts';
import { toLanguage } from '@seva/i18n';
import { getCity } from '@seva/master-data';
import { handleOnce } from '@seva/outbox';
import type { Logger } from 'pino';
import type { Db, Tx } from '../db.js';
import type { Payment } from '../generated/prisma/client.js';
import { type PaymentProvider, ProviderError, type ProviderLink } from './payment-provider.js';
import { periodOf } from './period-of.js';
import { queueReply } from './queue-reply.js';
import { recordContact } from './record-contact.js';

export interface PaymentLinkDeps {
  readonly db: Db;
  readonly provider: PaymentProvider;
  readonly now: () => Date;
  readonly linkTtlMinutes: number;
  readonly callbackUrl: string | undefined;
  readonly log: Logger;
}

/**
 * Attempts the subscriber makes (with backoff) while the provider does not answer, before telling the
 * citizen.
 */
const providerAttempts = 3;
/** A link this close to expiry is not handed out again: the citizen needs time to pay. */
const reuseMarginMs = 5 * 60_000;

/** The payment a request creates has an id derived from the request, so a retried request finds its own. */
const paymentIdFor = (requestId: string): string =>
  `sp_${createHash('sha256').update(requestId).digest('hex').slice(0, 24)}`;

type Choice =
  | { refuse: PaymentLinkRefusal }
  | { payment: Payment; description: string; notes: Record<string, string> };

/**
 * Answers billing.payment-link-requested for a bill the citizen may pay (a connection linked to their number,
 * bill unpaid): hands out their own payment's link again while it is valid for the bill's current amount,
 * otherwise records a new payment and asks the provider for a link for exactly the bill's amount, with the
 * payment's id as reference. The provider is called outside any transaction; the reply is written once per
 * command.
 */
export async function createPaymentLink(
  command: PaymentLinkRequested,
  event: { eventId: string; attempt: number },
  consumer: string,
  deps: PaymentLinkDeps,
): Promise<void> {
  const handled = await deps.db.processedEvent.findUnique({
    where: { consumer_eventId: { consumer, eventId: event.eventId } },
  });
  if (handled) return;
  const now = deps.now();
  let choice = await deps.db.$transaction((tx) => choosePayment(tx, command, now, deps.linkTtlMinutes));
  let created: ProviderLink | undefined;
  if ('payment' in choice && !choice.payment.providerLinkId) {
    try {
      created = await deps.provider.createLink({
        reference: choice.payment.id,
        amountPaise: choice.payment.amountPaise,
        description: choice.description,
        expiresAt: choice.payment.expiresAt,
        notes: choice.notes,
        ...(deps.callbackUrl ? { callbackUrl: deps.callbackUrl } : {}),
      });
    } catch (error) {
      if (!(error instanceof ProviderError) || event.attempt < providerAttempts) throw error;
      deps.log.error({ err: error, billNumber: command.billNumber }, 'payment provider unavailable');
      choice = { refuse: 'PROVIDER_UNAVAILABLE' };
    }
  }
  await handleOnce(deps.db, consumer, event.eventId, async (tx) => {
    if ('refuse' in choice) {
      await queueReply(tx, command, 'billing.payment-link-refused', {
        billNumber: command.billNumber,
        reason: choice.refuse,
      });
      return;
    }
    let { payment } = choice;
    if (created) {
      payment = await tx.payment.update({
        where: { id: payment.id },
        data: { providerLinkId: created.id, providerLinkUrl: created.url },
      });
    }
    await queueReply(tx, command, 'billing.payment-link-created', {
      billNumber: command.billNumber,
      paymentId: payment.id,
      url: payment.providerLinkUrl!,
      amountPaise: payment.amountPaise,
      expiresAt: payment.expiresAt.getTime(),
    });
  });
}

async function choosePayment(
  tx: Tx,
  command: PaymentLinkRequested,
  now: Date,
  linkTtlMinutes: number,
): Promise<Choice> {
  const waId = command.citizenWaId;
  await recordContact(tx, command);
  // Requests for one bill take turns, so a citizen's requests that overlap end up with one payment (and, the
  // reference being that payment's id, one link at the provider).
  const locked = await tx.$queryRawUnsafe<unknown[]>(
    'select 1 from bill where bill_number = $1 for update',
    command.billNumber,
  );
  if (locked.length === 0) return { refuse: 'UNKNOWN_BILL' };
  const bill = await tx.bill.findUniqueOrThrow({
    where: { billNumber: command.billNumber },
    include: { connection: { include: { linkedNumbers: { where: { waId } } } } },
  });
  if (bill.connection.linkedNumbers.length === 0) return { refuse: 'NOT_LINKED' };
  if (bill.status === 'PAID') return { refuse: 'ALREADY_PAID' };
  if (bill.status === 'CANCELLED') return { refuse: 'CANCELLED' };

  const { connection } = bill;
  const city = getCity(connection.tenantId)?.names.en ?? connection.tenantId;
  const service = connection.service === 'WATER' ? 'Water' : 'Sewerage';
  const [from, to] = periodOf(bill).split('/');
  const described = {
    description: `${service} bill ${bill.billNumber}, ${city}, consumer ${connection.consumerNumber}, ${from} to ${to}`,
    notes: {
      bill_number: bill.billNumber,
      consumer_number: connection.consumerNumber,
      tenant_id: connection.tenantId,
    },
  };
  const id = paymentIdFor(command.requestId);
  const withNotes = (payment: Payment): Choice => ({
    payment,
    ...described,
    notes: { ...described.notes, seva_payment_id: payment.id },
  });
  const own = await tx.payment.findUnique({ where: { id } });
  if (own) return withNotes(own);
  const reusable = await tx.payment.findFirst({
    where: {
      billNumber: bill.billNumber,
      payerWaId: waId,
      state: 'CREATED',
      flaggedReason: null,
      amountPaise: bill.amountPaise,
      expiresAt: { gt: new Date(now.getTime() + reuseMarginMs) },
    },
    orderBy: { expiresAt: 'desc' },
  });
  if (reusable) return withNotes(reusable);
  const contact = await tx.contact.findUnique({ where: { waId } });
  return withNotes(
    await tx.payment.create({
      data: {
        id,
        billNumber: bill.billNumber,
        amountPaise: bill.amountPaise,
        payerWaId: waId,
        businessNumberId: command.businessNumberId,
        language: toLanguage(command.language ?? contact?.language),
        expiresAt: new Date(now.getTime() + linkTtlMinutes * 60_000),
        createdAt: now,
      },
    }),
  );
}

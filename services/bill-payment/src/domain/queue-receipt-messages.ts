import { toLanguage } from '@seva/i18n';
import { addToOutbox } from '@seva/outbox';
import { buildDocument, buildText } from '@seva/whatsapp';
import type { Tx } from '../db.js';
import type { Bill, Connection, Payment } from '../generated/prisma/client.js';
import { formatRupees } from './format-rupees.js';
import { messages } from './messages.js';
import type { ReceiptLink } from './receipt-links.js';

export interface PaidFacts {
  readonly payment: Payment;
  readonly bill: Bill;
  readonly connection: Connection;
  readonly linkedWaIds: readonly string[];
  readonly receiptNumber: string;
  readonly link: ReceiptLink;
}

/**
 * Queues, in the settling transaction, a thank-you text and the receipt as a document to the payer and to
 * every other number linked to the connection, each in their language. Numbers whose 24-hour window is closed
 * get the approved seva_payment_receipt template instead of the text; the document has no template to stand
 * in for it, so it waits for them to write (the template tells them to). Request ids derive from the receipt,
 * so a repeated settlement queues nothing new.
 */
export async function queueReceiptMessages(tx: Tx, facts: PaidFacts): Promise<void> {
  const { payment, bill, connection, receiptNumber } = facts;
  const recipients = [payment.payerWaId, ...facts.linkedWaIds.filter((waId) => waId !== payment.payerWaId)];
  const contacts = new Map(
    (await tx.contact.findMany({ where: { waId: { in: recipients } } })).map((contact) => [
      contact.waId,
      contact,
    ]),
  );
  const amount = formatRupees(payment.amountPaise);
  await addToOutbox(
    tx,
    'whatsappOutbound',
    recipients.flatMap((waId) => {
      const contact = contacts.get(waId);
      const language = toLanguage(waId === payment.payerWaId ? payment.language : contact?.language);
      const translate = messages.translator(language);
      const params = {
        amount,
        service: translate(`service.${connection.service}`),
        billNumber: bill.billNumber,
        consumerNumber: connection.consumerNumber,
        receiptNumber,
      };
      const to = {
        businessNumberId:
          waId === payment.payerWaId
            ? payment.businessNumberId
            : (contact?.businessNumberId ?? payment.businessNumberId),
        citizenWaId: waId,
        causationId: payment.id,
        // Receipts follow a payment on the provider's page: notification checks the window itself.
        citizenLastInboundAt: null,
      };
      const request = (
        part: string,
        message: object,
        fallbackTemplate: { name: string; language: string; parameters: string[] } | null,
      ) => {
        const requestId = `receipt:${receiptNumber}:${waId}:${part}`;
        return {
          type: 'whatsapp.outbound-request' as const,
          key: waId,
          eventId: requestId,
          value: { requestId, ...to, message: JSON.stringify(message), fallbackTemplate },
        };
      };
      return [
        request('thanks', buildText(translate('receipt.thanks', params)), {
          name: 'seva_payment_receipt',
          language,
          parameters: [amount, bill.billNumber, receiptNumber],
        }),
        request(
          'document',
          buildDocument({
            link: facts.link.url,
            filename: `${receiptNumber}.pdf`,
            caption: translate('receipt.caption', params),
          }),
          null,
        ),
      ];
    }),
  );
}

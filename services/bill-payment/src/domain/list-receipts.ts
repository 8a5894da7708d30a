import type { ReceiptsRequested } from '@seva/contracts';
import type { Tx } from '../db.js';
import { periodOf } from './period-of.js';
import { queueReply } from './queue-reply.js';
import type { ReceiptLinks } from './receipt-links.js';
import { recordContact } from './record-contact.js';

/** As many as a WhatsApp list shows. */
const maxListed = 10;

/**
 * Answers billing.receipts-requested ("My receipts"): the latest receipts of the connections linked to the
 * citizen's number, whoever paid them, each with a fresh signed link the chat can send as a document.
 */
export async function listReceipts(
  tx: Tx,
  command: ReceiptsRequested,
  links: ReceiptLinks,
  now: Date,
): Promise<void> {
  await recordContact(tx, command);
  const receipts = await tx.receipt.findMany({
    where: { payment: { bill: { connection: { linkedNumbers: { some: { waId: command.citizenWaId } } } } } },
    include: { payment: { include: { bill: { include: { connection: true } } } } },
    orderBy: { createdAt: 'desc' },
    take: maxListed,
  });
  await queueReply(tx, command, 'billing.receipts-listed', {
    receipts: receipts.map(({ receiptNumber, storageKey, createdAt, payment }) => ({
      receiptNumber,
      billNumber: payment.billNumber,
      consumerNumber: payment.bill.connection.consumerNumber,
      tenantId: payment.bill.connection.tenantId,
      service: payment.bill.connection.service,
      period: periodOf(payment.bill),
      amountPaise: payment.amountPaise,
      paidAt: (payment.settledAt ?? createdAt).getTime(),
      url: links.issue(receiptNumber, now).url,
      filename: storageKey,
    })),
  });
}

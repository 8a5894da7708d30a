import { getCity } from '@seva/master-data';
import { maskPhone } from '@seva/service-kit';
import type { Db } from '../db.js';
import { findTaxHead } from './find-tax-head.js';
import type { ReceiptStore } from './receipt-store.js';
import { renderReceipt } from './render-receipt.js';
import { taxHeadsOf } from './tax-heads-of.js';

/**
 * The receipt's PDF, rendered from the database and stored the first time it is needed: right after the
 * payment settles, or at the first download when that render was lost (the process stopped in between).
 * Undefined for an unknown receipt number.
 */
export async function ensureReceiptPdf(
  db: Db,
  store: ReceiptStore,
  receiptNumber: string,
): Promise<Buffer | undefined> {
  const receipt = await db.receipt.findUnique({
    where: { receiptNumber },
    include: { payment: { include: { bill: { include: { connection: true } } } } },
  });
  if (!receipt) return undefined;
  const stored = await store.read(receipt.storageKey);
  if (stored) return stored;
  const { payment } = receipt;
  const { bill } = payment;
  const { connection } = bill;
  const city = getCity(connection.tenantId);
  const bytes = await renderReceipt({
    receiptNumber,
    issuedAt: receipt.createdAt,
    issuer: city ? `${city.ulbType} ${city.names.en}` : connection.tenantId,
    city: city?.names.en ?? connection.tenantId,
    service: connection.service,
    consumerNumber: connection.consumerNumber,
    holderName: connection.holderName,
    billNumber: bill.billNumber,
    periodFrom: bill.periodFrom,
    periodTo: bill.periodTo,
    taxHeads: taxHeadsOf(bill).map((head) => ({
      ...head,
      name: findTaxHead(head.code)?.name ?? head.code,
    })),
    amountPaise: payment.amountPaise,
    transactionId: payment.providerPaymentId ?? payment.id,
    paidBy: `+${maskPhone(payment.payerWaId)}`,
  });
  await store.write(receipt.storageKey, bytes);
  return bytes;
}

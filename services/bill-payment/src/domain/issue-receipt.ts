import { getCity } from '@seva/master-data';
import type { Tx } from '../db.js';
import { indianDate } from './indian-date.js';

export interface IssuedReceipt {
  readonly receiptNumber: string;
  readonly storageKey: string;
}

/** Indian financial year (April to March) of a date: `2025-26`. */
function financialYear(now: Date): string {
  const today = indianDate(now);
  const start = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Numbers a receipt in the settling transaction: one sequence per city and financial year, taken from a
 * counter row whose update holds off other settlements of that city until commit, so numbers have no gaps or
 * repeats. `RCPT-107-2025-26-000042` is Amritsar's (city code 107) 42nd receipt of 2025-26.
 */
export async function issueReceipt(
  tx: Tx,
  payment: { paymentId: string; tenantId: string },
  now: Date,
): Promise<IssuedReceipt> {
  const year = financialYear(now);
  const [counter] = await tx.$queryRawUnsafe<{ last_value: number }[]>(
    `insert into receipt_counter (tenant_id, financial_year, last_value) values ($1, $2, 1)
     on conflict (tenant_id, financial_year) do update set last_value = receipt_counter.last_value + 1
     returning last_value`,
    payment.tenantId,
    year,
  );
  const sequence = counter!.last_value;
  const cityCode = getCity(payment.tenantId)?.cityCode ?? payment.tenantId.replace(/\W/g, '').toUpperCase();
  const receiptNumber = `RCPT-${cityCode}-${year}-${String(sequence).padStart(6, '0')}`;
  const storageKey = `${receiptNumber}.pdf`;
  await tx.receipt.create({
    data: {
      receiptNumber,
      paymentId: payment.paymentId,
      tenantId: payment.tenantId,
      financialYear: year,
      sequence,
      storageKey,
      createdAt: now,
    },
  });
  return { receiptNumber, storageKey };
}

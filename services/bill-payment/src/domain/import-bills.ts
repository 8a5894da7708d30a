import { addToOutbox } from '@seva/outbox';
import type { Db, Tx } from '../db.js';
import { isoDay } from './iso-day.js';
import { periodOf } from './period-of.js';
import { type BillInput, readBillRow } from './read-bill-row.js';
import { taxHeadsOf } from './tax-heads-of.js';

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly results: { index: number; billNumber: string; outcome: ImportOutcome }[];
  readonly errors: { index: number; billNumber: string | null; errors: string[] }[];
}

/** A row that is well formed but contradicts what is already recorded. */
class ConflictError extends Error {}

const headsKey = (heads: BillInput['taxHeads']) =>
  heads.map((head) => `${head.code}=${head.amountPaise}`).join();

/**
 * Imports a batch from a city billing system, one transaction per row so every valid row lands whatever the
 * others hold. A bill number seen before is left alone when nothing changed, updated while it is unpaid, and
 * refused once paid or cancelled. The connection's holder, address and linked numbers follow the latest row.
 * A new bill is announced (billing.bill-issued) in its row's transaction.
 */
export async function importBills(
  rows: readonly unknown[],
  deps: { db: Db; now: () => Date },
): Promise<ImportReport> {
  const results: ImportReport['results'] = [];
  const errors: ImportReport['errors'] = [];
  for (const [index, raw] of rows.entries()) {
    const read = readBillRow(raw);
    const billNumber =
      'bill' in read
        ? read.bill.billNumber
        : typeof (raw as { billNumber?: unknown })?.billNumber === 'string'
          ? (raw as { billNumber: string }).billNumber
          : null;
    if ('errors' in read) {
      errors.push({ index, billNumber, errors: read.errors });
      continue;
    }
    try {
      const outcome = await deps.db.$transaction((tx) => saveBill(tx, read.bill, deps.now()));
      results.push({ index, billNumber: read.bill.billNumber, outcome });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      errors.push({ index, billNumber, errors: [error.message] });
    }
  }
  const count = (outcome: ImportOutcome) => results.filter((result) => result.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: errors.length,
    results,
    errors,
  };
}

async function saveBill(tx: Tx, bill: BillInput, now: Date): Promise<ImportOutcome> {
  // Rows of one connection lock it first, so concurrent imports of its bills take turns.
  await tx.$executeRawUnsafe(
    `insert into connection (tenant_id, consumer_number, service, holder_name, address, created_at, updated_at)
     values ($1, $2, $3::service_kind, $4, $5, $6, $6)
     on conflict (tenant_id, consumer_number) do update set updated_at = connection.updated_at`,
    bill.tenantId,
    bill.consumerNumber,
    bill.service,
    bill.holderName,
    bill.address,
    now,
  );
  const connection = await tx.connection.findUniqueOrThrow({
    where: { tenantId_consumerNumber: { tenantId: bill.tenantId, consumerNumber: bill.consumerNumber } },
  });
  if (connection.service !== bill.service)
    throw new ConflictError(
      `consumerNumber: ${bill.consumerNumber} is a ${connection.service} connection, not ${bill.service}`,
    );
  if (connection.holderName !== bill.holderName || connection.address !== bill.address) {
    await tx.connection.update({
      where: { id: connection.id },
      data: { holderName: bill.holderName, address: bill.address, updatedAt: now },
    });
  }
  await tx.linkedNumber.deleteMany({
    where: { connectionId: connection.id, waId: { notIn: [...bill.linkedWaIds] } },
  });
  await tx.linkedNumber.createMany({
    skipDuplicates: true,
    data: bill.linkedWaIds.map((waId) => ({ connectionId: connection.id, waId })),
  });

  const fields = {
    periodFrom: bill.periodFrom,
    periodTo: bill.periodTo,
    dueDate: bill.dueDate,
    amountPaise: bill.amountPaise,
    taxHeads: bill.taxHeads.map(({ code, amountPaise }) => ({ code, amountPaise })),
  };
  const existing = await tx.bill.findUnique({ where: { billNumber: bill.billNumber } });
  if (!existing) {
    await tx.bill.create({
      data: {
        billNumber: bill.billNumber,
        connectionId: connection.id,
        ...fields,
        issuedAt: now,
        updatedAt: now,
      },
    });
    await addToOutbox(tx, 'billingBills', [
      {
        type: 'billing.bill-issued',
        key: bill.consumerNumber,
        eventId: `bill-issued:${bill.billNumber}`,
        value: {
          billNumber: bill.billNumber,
          consumerNumber: bill.consumerNumber,
          tenantId: bill.tenantId,
          service: bill.service,
          period: periodOf(bill),
          amountPaise: bill.amountPaise,
          dueDate: isoDay(bill.dueDate),
          linkedWaIds: [...bill.linkedWaIds],
        },
      },
    ]);
    return 'created';
  }
  if (existing.connectionId !== connection.id)
    throw new ConflictError(`billNumber: ${bill.billNumber} belongs to another connection`);
  const same =
    existing.periodFrom.getTime() === fields.periodFrom.getTime() &&
    existing.periodTo.getTime() === fields.periodTo.getTime() &&
    existing.dueDate.getTime() === fields.dueDate.getTime() &&
    existing.amountPaise === fields.amountPaise &&
    headsKey(taxHeadsOf(existing)) === headsKey(fields.taxHeads);
  if (same) return 'unchanged';
  if (existing.status !== 'ACTIVE')
    throw new ConflictError(
      `billNumber: ${bill.billNumber} is ${existing.status.toLowerCase()} and cannot change`,
    );
  // A payment link already handed out for the old amount is refused when paid (see check-with-provider.ts).
  await tx.bill.update({ where: { billNumber: bill.billNumber }, data: { ...fields, updatedAt: now } });
  return 'updated';
}

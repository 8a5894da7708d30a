import type { BillsListedReason, BillsRequested } from '@seva/contracts';
import type { Tx } from '../db.js';
import { isoDay } from './iso-day.js';
import { periodOf } from './period-of.js';
import { queueReply } from './queue-reply.js';
import { recordContact } from './record-contact.js';
import { taxHeadsOf } from './tax-heads-of.js';

/** More than a chat can page through; the oldest due come first. */
const maxListed = 50;

/**
 * Answers billing.bills-requested: the unpaid bills of the connections linked to the citizen's number, or of
 * the consumer number they typed only when that connection is linked to their number. Someone else's consumer
 * number gets an empty list with the reason NOT_LINKED, never its bills.
 */
export async function listBills(tx: Tx, command: BillsRequested): Promise<void> {
  const waId = command.citizenWaId;
  await recordContact(tx, command);
  const typed = command.consumerNumber?.trim();
  const connections = await tx.connection.findMany({
    where: typed
      ? { consumerNumber: { equals: typed, mode: 'insensitive' } }
      : { linkedNumbers: { some: { waId } } },
    select: { id: true, linkedNumbers: { where: { waId }, select: { waId: true } } },
  });
  const linked = connections.filter((connection) => connection.linkedNumbers.length > 0);
  let reason: BillsListedReason | null = null;
  if (connections.length === 0) reason = typed ? 'UNKNOWN_CONSUMER' : 'NO_LINKED_CONNECTIONS';
  else if (linked.length === 0) reason = 'NOT_LINKED';

  const bills =
    linked.length === 0
      ? []
      : await tx.bill.findMany({
          where: { connectionId: { in: linked.map((connection) => connection.id) }, status: 'ACTIVE' },
          include: { connection: true },
          orderBy: [{ dueDate: 'asc' }, { billNumber: 'asc' }],
          take: maxListed,
        });
  await queueReply(tx, command, 'billing.bills-listed', {
    bills: bills.map((bill) => ({
      billNumber: bill.billNumber,
      consumerNumber: bill.connection.consumerNumber,
      tenantId: bill.connection.tenantId,
      service: bill.connection.service,
      period: periodOf(bill),
      amountPaise: bill.amountPaise,
      dueDate: isoDay(bill.dueDate),
      taxHeads: taxHeadsOf(bill),
    })),
    reason,
  });
}

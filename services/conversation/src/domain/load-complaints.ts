import type { Complaint } from '@seva/contracts';
import type { Tx } from '../db.js';
import type { ComplaintSummary } from '../screens/my-complaints.js';

/** The citizen's complaints from this service's projection, newest first. */
export async function loadComplaints(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<ComplaintSummary[]> {
  const rows = await tx.complaintView.findMany({
    where: { businessNumberId, citizenWaId },
    orderBy: { updatedAt: 'desc' },
    take: 50,
  });
  return rows.map((row) => ({
    number: row.number,
    status: row.status,
    complaintType: row.complaintType,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    history: (row.complaint as unknown as Complaint).history,
  }));
}

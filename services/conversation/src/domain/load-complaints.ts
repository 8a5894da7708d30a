import type { Complaint } from '@seva/contracts';
import type { Tx } from '../db.js';
import type { ComplaintSummary } from '../screens/my-complaints.js';

/** The citizen's complaints from this service's projection, newest first. */
export async function loadComplaints(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<ComplaintSummary[]> {
  const rows = await tx.$queryRawUnsafe<
    Array<{
      number: string;
      status: string;
      complaint_type: string;
      description: string;
      complaint: Complaint;
      created_at: Date;
      updated_at: Date;
    }>
  >(
    `select number, status, complaint_type, description, complaint, created_at, updated_at
     from complaint_view where business_number_id = $1 and citizen_wa_id = $2
     order by updated_at desc limit 50`,
    businessNumberId,
    citizenWaId,
  );
  return rows.map((row) => ({
    number: row.number,
    status: row.status,
    complaintType: row.complaint_type,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    history: row.complaint.history,
  }));
}

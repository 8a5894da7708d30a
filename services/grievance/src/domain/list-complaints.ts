import type { Db } from '../db.js';
import type { Complaint, Prisma } from '../generated/prisma/client.js';
import { AppError } from './app-error.js';
import type { StaffIdentity } from './create-staff-token-verifier.js';
import { restrictToStaff } from './restrict-to-staff.js';
import { openStatuses } from './workflow.js';

export interface ComplaintFilters {
  readonly status?: readonly string[];
  readonly type?: string;
  readonly locality?: string;
  /** A day (YYYY-MM-DD, from its start in India) or an instant. */
  readonly from?: string;
  /** A day (up to its end in India) or an instant, exclusive. */
  readonly to?: string;
  readonly slaBreached?: boolean;
  readonly tenant?: string;
  readonly page: number;
  readonly pageSize: number;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 24 * 60 * 60 * 1000;

/** A filter bound as an instant: a bare day starts at midnight in India, and an upper bound takes the whole day. */
function boundOf(value: string, upper: boolean): Date {
  if (!dayPattern.test(value)) return new Date(value);
  const start = new Date(`${value}T00:00:00+05:30`);
  return upper ? new Date(start.getTime() + dayMs) : start;
}

/** One page of the complaints a staff member may see, newest first, with the number matching the filters. */
export async function listComplaints(
  db: Db,
  staff: StaffIdentity,
  filters: ComplaintFilters,
  now: Date,
): Promise<{ items: Complaint[]; total: number }> {
  if (filters.tenant !== undefined && !staff.tenants.includes(filters.tenant)) {
    throw new AppError('TENANT_NOT_ALLOWED', `the token does not cover ${filters.tenant}`);
  }
  const breached: Prisma.ComplaintWhereInput = {
    status: { in: [...openStatuses] },
    OR: [{ slaDueAt: { lte: now } }, { escalationLevel: { gt: 0 } }],
  };
  const where: Prisma.ComplaintWhereInput = {
    AND: [
      restrictToStaff(staff),
      filters.tenant !== undefined ? { tenantId: filters.tenant } : {},
      filters.status !== undefined ? { status: { in: [...filters.status] } } : {},
      filters.type !== undefined ? { complaintType: filters.type } : {},
      filters.locality !== undefined ? { localityCode: filters.locality } : {},
      filters.from !== undefined ? { createdAt: { gte: boundOf(filters.from, false) } } : {},
      filters.to !== undefined ? { createdAt: { lt: boundOf(filters.to, true) } } : {},
      filters.slaBreached === undefined ? {} : filters.slaBreached ? breached : { NOT: breached },
    ],
  };
  const [items, total] = await db.$transaction([
    db.complaint.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
    db.complaint.count({ where }),
  ]);
  return { items, total };
}

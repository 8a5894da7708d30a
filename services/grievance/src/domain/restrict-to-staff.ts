import type { Prisma } from '../generated/prisma/client.js';
import type { StaffIdentity } from './create-staff-token-verifier.js';

/**
 * The complaints a staff member may reach: those of their cities and, for a GRO or LME whose token names a
 * department, of that department only. Anything else is answered as if it did not exist.
 */
export function restrictToStaff(staff: StaffIdentity): Prisma.ComplaintWhereInput {
  const departmental =
    staff.department !== null && staff.roles.some((role) => role === 'GRO' || role === 'LME');
  return {
    tenantId: { in: [...staff.tenants] },
    ...(departmental ? { department: staff.department! } : {}),
  };
}

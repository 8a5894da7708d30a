import type { ComplaintChanged } from '@seva/contracts';

/**
 * A handler for `grievance.complaint-changed` that writes one line per change:
 * `<number> <change> <status> by <actorRole>`, e.g. `PB-PGR-2026-11-24-000001 RESOLVED RESOLVED by LME`.
 */
export function printComplaintChange(write: (line: string) => void = console.log) {
  return async (event: ComplaintChanged): Promise<void> => {
    write(`${event.complaint.number} ${event.change} ${event.complaint.status} by ${event.actorRole}`);
  };
}

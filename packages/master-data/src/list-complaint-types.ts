import { readSeedFile } from './read-seed-file.js';
import type { ComplaintType } from './types.js';

/**
 * Complaint types, all categories or one (by category code), in the source's order. Only types offered to
 * citizens unless `includeInactive` is set.
 */
export function listComplaintTypes(
  category?: string,
  options: { includeInactive?: boolean } = {},
): readonly ComplaintType[] {
  return readSeedFile('complaint-types.json').complaintTypes.filter(
    (type) =>
      (category === undefined || type.category === category) && (options.includeInactive || type.active),
  );
}

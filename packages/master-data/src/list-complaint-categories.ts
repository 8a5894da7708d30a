import { readSeedFile } from './read-seed-file.js';
import type { ComplaintCategory } from './types.js';

/** Complaint categories in menu order; only those with a type offered to citizens unless asked otherwise. */
export function listComplaintCategories(
  options: { includeInactive?: boolean } = {},
): readonly ComplaintCategory[] {
  const { categories } = readSeedFile('complaint-types.json');
  return options.includeInactive ? categories : categories.filter((category) => category.active);
}

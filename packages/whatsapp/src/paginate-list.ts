import { LIST_ROWS_MAX } from './limits.js';
import type { ListRow } from './outbound-types.js';

export interface ListPageOptions {
  /** Zero-based page number. */
  page: number;
  /** Rows per page before the More row; at most 9 so the More row still fits in Meta's ten. */
  pageSize?: number;
  /** Appended when rows remain after this page; its id should tell the caller which page to show next. */
  moreRow: ListRow;
}

/**
 * One page of a choice longer than a list message can hold (wards, offices, services...). Nothing is dropped:
 * every page but the last ends with the More row. The last page also uses the slot the More row would have taken,
 * so ten rows or fewer fit on a single page.
 */
export function paginateList(
  rows: readonly ListRow[],
  { page, pageSize = LIST_ROWS_MAX - 1, moreRow }: ListPageOptions,
): ListRow[] {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LIST_ROWS_MAX - 1) {
    throw new RangeError(`pageSize must be 1 to ${LIST_ROWS_MAX - 1} so the More row fits, got ${pageSize}`);
  }
  const start = page * pageSize;
  if (!Number.isInteger(page) || page < 0 || (page > 0 && start >= rows.length)) {
    throw new RangeError(`page ${page} does not exist for ${rows.length} rows of ${pageSize} per page`);
  }
  const remaining = rows.length - start;
  if (remaining <= pageSize + 1) return rows.slice(start);
  return [...rows.slice(start, start + pageSize), moreRow];
}

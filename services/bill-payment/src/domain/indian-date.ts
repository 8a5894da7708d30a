/** The calendar date in India (IST, no daylight saving) at `now`, as a Date at UTC midnight of that date. */
export function indianDate(now: Date): Date {
  const ist = new Date(now.getTime() + 330 * 60_000);
  return new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), ist.getUTCDate()));
}

/** A date as events and SQL date parameters carry it: `2025-08-15` (the UTC calendar day). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

import { isoDay } from './iso-day.js';

/** A billing period as events carry it, an ISO interval: `2025-04-01/2025-06-30`. */
export const periodOf = (bill: { periodFrom: Date; periodTo: Date }): string =>
  `${isoDay(bill.periodFrom)}/${isoDay(bill.periodTo)}`;

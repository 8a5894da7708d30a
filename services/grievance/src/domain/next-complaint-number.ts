import type { SqlClient } from '@seva/outbox';

/** Complaint numbers follow the calendar day in India, where every city served is. */
const indianDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The next complaint number, DIGIT's format: `PB-PGR-2026-11-24-000123`, state code from the tenant id
 * (`pb.amritsar` -> PB), then the day and a counter. The number does not name the city, so the counter is
 * per state and day, which keeps numbers unique across cities. Taken in the filing's transaction: the
 * counter row is locked only until that commits, and a rolled-back filing gives its number back.
 */
export async function nextComplaintNumber(tx: SqlClient, tenantId: string, now: Date): Promise<string> {
  const stateCode = tenantId.split('.')[0]!.toUpperCase();
  const day = indianDay.format(now);
  const [row] = await tx.$queryRawUnsafe<Array<{ last_value: number }>>(
    `insert into complaint_counter (state_code, day, last_value) values ($1, $2::date, 1)
     on conflict (state_code, day) do update set last_value = complaint_counter.last_value + 1
     returning last_value`,
    stateCode,
    day,
  );
  return `${stateCode}-PGR-${day}-${String(row!.last_value).padStart(6, '0')}`;
}

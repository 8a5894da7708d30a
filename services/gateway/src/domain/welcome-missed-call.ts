import { encodeEvent, type Publisher } from '@seva/kafka';
import type { SqlClient } from '@seva/outbox';
import { publishInTime } from './publish-in-time.js';

export interface MissedCall {
  readonly callId: string;
  readonly citizenWaId: string;
  readonly businessNumberId: string;
  readonly provider: string;
}

/**
 * Turns a missed call into a missed-call event, at most one per caller and number within the quiet period:
 * people often ring twice or three times. Returns false when the call fell inside the quiet period.
 * The quiet period is claimed before publishing and given back if Kafka refuses, so the provider's retry works.
 */
export async function welcomeMissedCall(
  call: MissedCall,
  deps: { sql: SqlClient; publisher: Publisher; quietMinutes: number; publishTimeoutMs: number },
): Promise<boolean> {
  const claimed = await deps.sql.$queryRawUnsafe<Array<{ previous: Date | null }>>(
    `insert into missed_call_welcome as w (caller_wa_id, business_number_id, last_welcomed_at)
     values ($1, $2, now())
     on conflict (caller_wa_id, business_number_id) do update set last_welcomed_at = now()
       where w.last_welcomed_at < now() - make_interval(mins => $3)
     returning (select last_welcomed_at from missed_call_welcome
                where caller_wa_id = $1 and business_number_id = $2) as previous`,
    call.citizenWaId,
    call.businessNumberId,
    deps.quietMinutes,
  );
  if (claimed.length === 0) return false;
  try {
    const record = encodeEvent('telephonyMissedCall', {
      type: 'telephony.missed-call',
      key: call.citizenWaId,
      eventId: `missed-call:${call.provider}:${call.callId}`,
      value: { ...call, calledAt: Date.now() },
    });
    await publishInTime(deps.publisher, [record], deps.publishTimeoutMs);
  } catch (error) {
    const previous = claimed[0]?.previous;
    await deps.sql.$executeRawUnsafe(
      previous
        ? 'update missed_call_welcome set last_welcomed_at = $3 where caller_wa_id = $1 and business_number_id = $2'
        : 'delete from missed_call_welcome where caller_wa_id = $1 and business_number_id = $2',
      call.citizenWaId,
      call.businessNumberId,
      ...(previous ? [previous] : []),
    );
    throw error;
  }
  return true;
}

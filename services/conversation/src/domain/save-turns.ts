import type { EncodedRecord } from '@seva/kafka';
import { insertIntoOutbox, notifyRelay, recordRows } from '@seva/outbox';
import type { Tx } from '../db.js';
import { type SessionState, sessionVersion } from '../engine/types.js';

export interface TurnWrites {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  readonly state: SessionState;
  /** Null keeps the name already known. */
  readonly name: string | null;
  /** Time of the latest message answered, or null when no turn answered a message of the citizen's. */
  readonly inboundAt: number | null;
  /** The turns' replies and commands, for the outbox, in order. */
  readonly records: readonly EncodedRecord[];
}

/**
 * Writes what turns decided, one entry per citizen, in one statement however many there are: the sessions,
 * each citizen's language, name and last message time, and the replies and commands for the outbox. The
 * session rows are locked by loadSessions, which also serialises every write of the citizen rows (only turns
 * write them).
 */
export async function saveTurns(tx: Tx, writes: readonly TurnWrites[]): Promise<void> {
  const values: unknown[] = [
    sessionVersion,
    writes.map((write) => write.businessNumberId),
    writes.map((write) => write.citizenWaId),
    writes.map((write) => JSON.stringify(write.state)),
    writes.map((write) => write.state.language),
    writes.map((write) => write.name),
    writes.map((write) => (write.inboundAt === null ? null : new Date(write.inboundAt))),
  ];
  const rows = recordRows(
    writes.flatMap((write) => write.records),
    values.length,
  );
  const [result] = await tx.$queryRawUnsafe<Array<{ saved: number }>>(
    `with input as (
       select * from unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::timestamptz[])
         as i(business_number_id, citizen_wa_id, state, language, name, inbound_at)
     ),
     saved as (
       update session s set version = $1, state = i.state, updated_at = now()
       from input i
       where s.business_number_id = i.business_number_id and s.citizen_wa_id = i.citizen_wa_id
       returning 1
     ),
     citizen_row as (
       insert into citizen (business_number_id, citizen_wa_id, language, name, last_inbound_at, updated_at)
       select business_number_id, citizen_wa_id, language, name, inbound_at, now() from input
       order by business_number_id, citizen_wa_id
       on conflict (business_number_id, citizen_wa_id) do update set
         language = excluded.language,
         name = coalesce(excluded.name, citizen.name),
         last_inbound_at = greatest(citizen.last_inbound_at, excluded.last_inbound_at),
         updated_at = now()
     ),
     added as (${insertIntoOutbox(rows.select)})
     select (select count(*) from saved)::int as saved, ${notifyRelay('added')} as notified`,
    ...values,
    ...rows.values,
  );
  // loadSessions creates the rows; missing one means a caller skipped it, which must not pass silently.
  if (result?.saved !== writes.length)
    throw new Error(
      `saved ${result?.saved ?? 0} of ${writes.length} sessions: a session was not loaded first`,
    );
}

import type { EncodedRecord } from '@seva/kafka';
import type { Language } from '@seva/master-data';
import { insertIntoOutbox, notifyRelay, recordRows } from '@seva/outbox';
import type { Tx } from '../db.js';
import { type SessionState, sessionVersion } from '../engine/types.js';

export interface TurnWrites {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  readonly state: SessionState;
  /** Null keeps the name already known. */
  readonly name: string | null;
  /** Time of the message being answered, or null when the turn is not a message of the citizen's. */
  readonly inboundAt: number | null;
  /** The turn's replies and commands, for the outbox. */
  readonly records: EncodedRecord[];
}

/**
 * Writes what a turn decided in one statement: the session, the citizen's language, name and last message
 * time, and the replies and commands for the outbox. The session row is locked by loadSession, which also
 * serialises every write of the citizen row (only turns write it).
 */
export async function saveTurn(tx: Tx, writes: TurnWrites): Promise<void> {
  const language: Language | null = writes.state.language;
  const values: unknown[] = [
    writes.businessNumberId,
    writes.citizenWaId,
    sessionVersion,
    JSON.stringify(writes.state),
    language,
    writes.name,
    writes.inboundAt === null ? null : new Date(writes.inboundAt),
  ];
  const rows = recordRows(writes.records, values.length);
  const [result] = await tx.$queryRawUnsafe<Array<{ saved: number }>>(
    `with saved as (
       update session set version = $3, state = $4::jsonb, updated_at = now()
       where business_number_id = $1 and citizen_wa_id = $2
       returning 1
     ),
     citizen_row as (
       insert into citizen (business_number_id, citizen_wa_id, language, name, last_inbound_at, updated_at)
       values ($1, $2, $5, $6, $7, now())
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
  // loadSession creates the row; not finding it means a caller skipped it, which must not pass silently.
  if (result?.saved !== 1) throw new Error(`no session for ${writes.businessNumberId}/${writes.citizenWaId}`);
}

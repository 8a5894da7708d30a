import type { Language } from '@seva/master-data';
import type { Tx } from '../db.js';

export interface CitizenFacts {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
  readonly language: Language | null;
  /** Null keeps the name already known. */
  readonly name: string | null;
  /** Time of the message being answered, or null when the turn is not a message of the citizen's. */
  readonly inboundAt: number | null;
}

/**
 * Records the citizen's language, name and last message time in one statement, and returns the last message
 * time known, whatever caused the turn.
 */
export async function recordCitizen(tx: Tx, facts: CitizenFacts): Promise<number | null> {
  const [row] = await tx.$queryRawUnsafe<Array<{ last_inbound_at: Date | null }>>(
    `insert into citizen (business_number_id, citizen_wa_id, language, name, last_inbound_at, updated_at)
     values ($1, $2, $3, $4, $5, now())
     on conflict (business_number_id, citizen_wa_id) do update set
       language = excluded.language,
       name = coalesce(excluded.name, citizen.name),
       last_inbound_at = greatest(citizen.last_inbound_at, excluded.last_inbound_at),
       updated_at = now()
     returning last_inbound_at`,
    facts.businessNumberId,
    facts.citizenWaId,
    facts.language,
    facts.name,
    facts.inboundAt === null ? null : new Date(facts.inboundAt),
  );
  return row?.last_inbound_at?.getTime() ?? null;
}

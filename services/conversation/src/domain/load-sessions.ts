import { type Language, languages } from '@seva/master-data';
import type { Tx } from '../db.js';
import { initialState } from '../engine/handle-message.js';
import { type SessionState, sessionVersion } from '../engine/types.js';

export interface CitizenKey {
  readonly businessNumberId: string;
  readonly citizenWaId: string;
}

/** One string per citizen of a business number, to key maps by. */
export const citizenKey = (citizen: CitizenKey) => `${citizen.businessNumberId} ${citizen.citizenWaId}`;

export interface KnownCitizen {
  readonly name: string | null;
  /** When the citizen last wrote, if ever. */
  readonly lastInboundAt: number | null;
}

export interface LoadedSession {
  readonly state: SessionState;
  /** The saved conversation was of an older engine and could not be carried over. */
  readonly reset: boolean;
  /** What is recorded of the citizen, read with the lock; null before their first turn is saved. */
  readonly citizen: KnownCitizen | null;
}

interface SessionRow {
  business_number_id: string;
  citizen_wa_id: string;
  version: number;
  state: unknown;
  name: string | null;
  last_inbound_at: Date | null;
  known: boolean;
}

/**
 * Steps that carry a saved state from one engine version to the next; a version with no way forward is reset
 * to the main menu, keeping the language, and the citizen is told why.
 */
const migrations: Record<number, (state: unknown) => SessionState | null> = {};

/**
 * Reads and locks the citizens' conversations for the rest of the transaction (created on first contact), and
 * reads what is recorded of each citizen in the same round trip. Rows are locked in key order, so two
 * transactions locking some of the same conversations wait for each other instead of deadlocking.
 */
export async function loadSessions(
  tx: Tx,
  citizens: readonly CitizenKey[],
): Promise<Map<string, LoadedSession>> {
  const wanted = new Map(citizens.map((citizen) => [citizenKey(citizen), citizen]));
  const columns = [
    [...wanted.values()].map((citizen) => citizen.businessNumberId),
    [...wanted.values()].map((citizen) => citizen.citizenWaId),
  ];
  const lock = () =>
    tx.$queryRawUnsafe<SessionRow[]>(
      `select s.business_number_id, s.citizen_wa_id, s.version, s.state, c.name, c.last_inbound_at,
              c.citizen_wa_id is not null as known
       from session s left join citizen c using (business_number_id, citizen_wa_id)
       where (s.business_number_id, s.citizen_wa_id) in (select * from unnest($1::text[], $2::text[]))
       order by s.business_number_id, s.citizen_wa_id
       for update of s`,
      ...columns,
    );
  let rows = await lock();
  if (rows.length < wanted.size) {
    // First contact; two first messages racing both insert, one wins, and both then lock the same row.
    await tx.$executeRawUnsafe(
      `insert into session (business_number_id, citizen_wa_id, version, state)
       select business_number_id, citizen_wa_id, $3, $4::jsonb
       from unnest($1::text[], $2::text[]) as t(business_number_id, citizen_wa_id)
       order by business_number_id, citizen_wa_id
       on conflict do nothing`,
      ...columns,
      sessionVersion,
      JSON.stringify(initialState),
    );
    rows = await lock();
  }
  return new Map(
    rows.map((row) => [
      citizenKey({ businessNumberId: row.business_number_id, citizenWaId: row.citizen_wa_id }),
      readSession(row),
    ]),
  );
}

function readSession(row: SessionRow): LoadedSession {
  const citizen = row.known
    ? { name: row.name, lastInboundAt: row.last_inbound_at?.getTime() ?? null }
    : null;
  let version = row.version;
  let state: unknown = row.state;
  while (version < sessionVersion && state) {
    state = migrations[version]?.(state) ?? null;
    version++;
  }
  if (version === sessionVersion && state) return { state: state as SessionState, reset: false, citizen };
  const language =
    (state as { language?: unknown } | null)?.language ?? (row.state as { language?: unknown }).language;
  const kept = languages.includes(language as Language) ? (language as Language) : null;
  return {
    state: { language: kept, screen: kept ? { kind: 'menu' } : { kind: 'language' } },
    reset: true,
    citizen,
  };
}

import { type Language, languages } from '@seva/master-data';
import type { Tx } from '../db.js';
import { initialState } from '../engine/handle-message.js';
import { type SessionState, sessionVersion } from '../engine/types.js';

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

/**
 * Steps that carry a saved state from one engine version to the next; a version with no way forward is reset
 * to the main menu, keeping the language, and the citizen is told why.
 */
const migrations: Record<number, (state: unknown) => SessionState | null> = {};

/**
 * Reads and locks the citizen's conversation for the rest of the transaction (created on first contact), and
 * reads what is recorded of the citizen in the same round trip.
 */
export async function loadSession(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<LoadedSession> {
  const lock = () =>
    tx.$queryRawUnsafe<
      Array<{
        version: number;
        state: unknown;
        name: string | null;
        last_inbound_at: Date | null;
        known: boolean;
      }>
    >(
      `select s.version, s.state, c.name, c.last_inbound_at, c.citizen_wa_id is not null as known
       from session s left join citizen c using (business_number_id, citizen_wa_id)
       where s.business_number_id = $1 and s.citizen_wa_id = $2
       for update of s`,
      businessNumberId,
      citizenWaId,
    );
  let [row] = await lock();
  if (!row) {
    // First contact; two first messages racing both insert, one wins, and both then lock the same row.
    await tx.$executeRawUnsafe(
      `insert into session (business_number_id, citizen_wa_id, version, state) values ($1, $2, $3, $4::jsonb)
       on conflict do nothing`,
      businessNumberId,
      citizenWaId,
      sessionVersion,
      JSON.stringify(initialState),
    );
    [row] = await lock();
  }
  const citizen = row!.known
    ? { name: row!.name, lastInboundAt: row!.last_inbound_at?.getTime() ?? null }
    : null;
  let version = row!.version;
  let state: unknown = row!.state;
  while (version < sessionVersion && state) {
    state = migrations[version]?.(state) ?? null;
    version++;
  }
  if (version === sessionVersion && state) return { state: state as SessionState, reset: false, citizen };
  const language =
    (state as { language?: unknown } | null)?.language ?? (row!.state as { language?: unknown }).language;
  const kept = languages.includes(language as Language) ? (language as Language) : null;
  return {
    state: { language: kept, screen: kept ? { kind: 'menu' } : { kind: 'language' } },
    reset: true,
    citizen,
  };
}

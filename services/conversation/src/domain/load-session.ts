import { type Language, languages } from '@seva/master-data';
import type { Tx } from '../db.js';
import { initialState } from '../engine/handle-message.js';
import { type SessionState, sessionVersion } from '../engine/types.js';

export interface LoadedSession {
  readonly state: SessionState;
  /** The saved conversation was of an older engine and could not be carried over. */
  readonly reset: boolean;
}

/**
 * Steps that carry a saved state from one engine version to the next; a version with no way forward is reset
 * to the main menu, keeping the language, and the citizen is told why.
 */
const migrations: Record<number, (state: unknown) => SessionState | null> = {};

/** Reads and locks the citizen's conversation for the rest of the transaction (created on first contact). */
export async function loadSession(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<LoadedSession> {
  const lock = () =>
    tx.$queryRawUnsafe<Array<{ version: number; state: unknown }>>(
      'select version, state from session where business_number_id = $1 and citizen_wa_id = $2 for update',
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
  let version = row!.version;
  let state: unknown = row!.state;
  while (version < sessionVersion && state) {
    state = migrations[version]?.(state) ?? null;
    version++;
  }
  if (version === sessionVersion && state) return { state: state as SessionState, reset: false };
  const language =
    (state as { language?: unknown } | null)?.language ?? (row!.state as { language?: unknown }).language;
  const kept = languages.includes(language as Language) ? (language as Language) : null;
  return { state: { language: kept, screen: kept ? { kind: 'menu' } : { kind: 'language' } }, reset: true };
}

export async function saveSession(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
  state: SessionState,
): Promise<void> {
  const updated = await tx.$executeRawUnsafe(
    `update session set version = $3, state = $4::jsonb, updated_at = now()
     where business_number_id = $1 and citizen_wa_id = $2`,
    businessNumberId,
    citizenWaId,
    sessionVersion,
    JSON.stringify(state),
  );
  // loadSession creates the row; not finding it means a caller skipped it, which must not pass silently.
  if (updated === 0) throw new Error(`no session for ${businessNumberId}/${citizenWaId}`);
}

import type { Tx } from '../db.js';
import { isLanguage } from '../engine/i18n.js';
import type { Recipient } from './queue-replies.js';

/** Who replies go to when the citizen did not just write: their language (English if never chosen) and name. */
export async function findRecipient(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<Recipient & { name: string | null }> {
  const [citizen] = await tx.$queryRawUnsafe<
    Array<{ language: string | null; name: string | null; last_inbound_at: Date | null }>
  >(
    'select language, name, last_inbound_at from citizen where business_number_id = $1 and citizen_wa_id = $2',
    businessNumberId,
    citizenWaId,
  );
  return {
    businessNumberId,
    citizenWaId,
    language: citizen?.language && isLanguage(citizen.language) ? citizen.language : 'en',
    name: citizen?.name ?? null,
    lastInboundAt: citizen?.last_inbound_at?.getTime() ?? null,
  };
}

import type { Tx } from '../db.js';
import { isLanguage } from '../engine/i18n.js';
import type { Recipient } from './queue-replies.js';

/** Who replies go to when the citizen did not just write: their language (English if never chosen) and name. */
export async function findRecipient(
  tx: Tx,
  businessNumberId: string,
  citizenWaId: string,
): Promise<Recipient & { name: string | null }> {
  const citizen = await tx.citizen.findUnique({
    where: { businessNumberId_citizenWaId: { businessNumberId, citizenWaId } },
  });
  return {
    businessNumberId,
    citizenWaId,
    language: citizen?.language && isLanguage(citizen.language) ? citizen.language : 'en',
    name: citizen?.name ?? null,
    lastInboundAt: citizen?.lastInboundAt?.getTime() ?? null,
  };
}

import { addToOutbox } from '@seva/outbox';
import type { Tx } from '../db.js';
import type { Command } from '../engine/types.js';
import { complaintFromAnswers } from '../flows/file-complaint.js';
import type { Recipient } from './queue-replies.js';

/** Sends the commands a turn decided, through the outbox; photos are named by the storage keys the gateway gave. */
export async function issueCommands(
  tx: Tx,
  to: Recipient & { citizenName: string | null },
  commands: readonly Command[],
  causationId: string,
) {
  for (const [index, command] of commands.entries()) {
    const requestId = `${causationId}:command:${index}`;
    if (command.kind === 'file-complaint') {
      const complaint = complaintFromAnswers(command.answers);
      const stored = await tx.storedMedia.findMany({
        where: { mediaId: { in: complaint.photos.map((photo) => photo.mediaId) }, storageKey: { not: null } },
      });
      await addToOutbox(tx, 'grievanceCommands', [
        {
          type: 'grievance.file-requested',
          key: to.citizenWaId,
          eventId: requestId,
          value: {
            requestId,
            businessNumberId: to.businessNumberId,
            citizenWaId: to.citizenWaId,
            citizenName: to.citizenName,
            language: to.language,
            ...complaint,
            photos: stored.map((photo) => ({
              storageKey: photo.storageKey!,
              mimeType: photo.mimeType,
              sha256: photo.sha256 ?? '',
            })),
          },
        },
      ]);
    } else {
      await addToOutbox(tx, 'grievanceCommands', [
        {
          type: 'grievance.citizen-action-requested',
          key: to.citizenWaId,
          eventId: requestId,
          value: {
            requestId,
            businessNumberId: to.businessNumberId,
            citizenWaId: to.citizenWaId,
            complaintNumber: command.number,
            action: command.action,
            rating: command.rating ?? null,
            comment: command.comment ?? null,
          },
        },
      ]);
    }
  }
}

import { type EncodedRecord, encodeEvent } from '@seva/kafka';
import type { Tx } from '../db.js';
import type { Command } from '../engine/types.js';
import { complaintFromAnswers } from '../flows/file-complaint.js';
import type { Recipient } from './queue-replies.js';

/**
 * The commands a turn decided, encoded for the outbox. Request ids derive from the cause, so the same message
 * handled again sends nothing new; photos are named by the storage keys the gateway gave.
 */
export async function encodeCommands(
  tx: Tx,
  to: Recipient & { citizenName: string | null },
  commands: readonly Command[],
  causationId: string,
): Promise<EncodedRecord[]> {
  const records: EncodedRecord[] = [];
  for (const [index, command] of commands.entries()) {
    const requestId = `${causationId}:command:${index}`;
    const base = { requestId, businessNumberId: to.businessNumberId, citizenWaId: to.citizenWaId };
    const key = to.citizenWaId;
    switch (command.kind) {
      case 'file-complaint': {
        const complaint = complaintFromAnswers(command.answers);
        const stored =
          complaint.photos.length === 0
            ? []
            : await tx.$queryRawUnsafe<
                Array<{ storage_key: string; mime_type: string; sha256: string | null }>
              >(
                `select storage_key, mime_type, sha256 from stored_media
                 where media_id = any($1::text[]) and storage_key is not null`,
                complaint.photos.map((photo) => photo.mediaId),
              );
        records.push(
          encodeEvent('grievanceCommands', {
            type: 'grievance.file-requested',
            key,
            eventId: requestId,
            value: {
              ...base,
              citizenName: to.citizenName,
              language: to.language,
              ...complaint,
              photos: stored.map((photo) => ({
                storageKey: photo.storage_key,
                mimeType: photo.mime_type,
                sha256: photo.sha256 ?? '',
              })),
            },
          }),
        );
        break;
      }
      case 'citizen-action':
        records.push(
          encodeEvent('grievanceCommands', {
            type: 'grievance.citizen-action-requested',
            key,
            eventId: requestId,
            value: {
              ...base,
              complaintNumber: command.number,
              action: command.action,
              rating: command.rating ?? null,
              comment: command.comment ?? null,
            },
          }),
        );
        break;
      case 'request-bills':
        records.push(
          encodeEvent('billingCommands', {
            type: 'billing.bills-requested',
            key,
            eventId: requestId,
            value: { ...base, consumerNumber: command.consumerNumber, language: to.language },
          }),
        );
        break;
      case 'request-payment-link':
        records.push(
          encodeEvent('billingCommands', {
            type: 'billing.payment-link-requested',
            key,
            eventId: requestId,
            value: { ...base, billNumber: command.billNumber, language: to.language },
          }),
        );
        break;
      case 'request-receipts':
        records.push(
          encodeEvent('billingCommands', {
            type: 'billing.receipts-requested',
            key,
            eventId: requestId,
            value: { ...base, language: to.language },
          }),
        );
        break;
      case 'choose-reminders':
        records.push(
          encodeEvent('billingCommands', {
            type: 'billing.reminders-choice-requested',
            key,
            eventId: requestId,
            // Reminder words come only in messages, and this message is the citizen's latest.
            value: { ...base, stopped: command.stopped, writtenAt: to.lastInboundAt ?? Date.now() },
          }),
        );
        break;
    }
  }
  return records;
}

import type { CommandRejected, ComplaintChanged } from '@seva/contracts';
import { handleOnce } from '@seva/outbox';
import type { Db } from '../db.js';
import { text } from '../engine/compose.js';
import { translator } from '../engine/i18n.js';
import type { Reply } from '../engine/types.js';
import { findRecipient } from './find-recipient.js';
import { queueReplies } from './queue-replies.js';

/** Changes made by staff or the system that the citizen is told about. */
const announced = new Set(['ASSIGNED', 'REASSIGN_REQUESTED', 'RESOLVED', 'REJECTED', 'CLOSED']);

/**
 * Keeps this service's view of a citizen's complaints, and tells the citizen, in their language, what changed:
 * the number once a complaint they filed is registered, and each status change made by staff. A status
 * update that finds the 24-hour window closed goes as the approved template.
 */
export async function applyComplaintEvent(
  db: Db,
  event: ComplaintChanged,
  eventId: string,
): Promise<boolean> {
  return handleOnce(db, 'conversation', eventId, async (tx) => {
    const { complaint } = event;
    const view = {
      businessNumberId: complaint.businessNumberId,
      citizenWaId: complaint.citizenWaId,
      tenantId: complaint.tenantId,
      complaintType: complaint.complaintType,
      status: complaint.status,
      description: complaint.description,
      localityName: complaint.localityName,
      rating: complaint.rating,
      complaint: complaint as object,
      createdAt: new Date(complaint.createdAt),
      updatedAt: new Date(complaint.updatedAt),
    };
    const existing = await tx.complaintView.findUnique({
      where: { number: complaint.number },
      select: { updatedAt: true },
    });
    // Events of one complaint arrive in order, but a replay must not roll a newer view back.
    if (existing && existing.updatedAt.getTime() > complaint.updatedAt) return;
    await tx.complaintView.upsert({
      where: { number: complaint.number },
      create: { number: complaint.number, ...view },
      update: view,
    });

    const to = await findRecipient(tx, complaint.businessNumberId, complaint.citizenWaId);
    const t = translator(to.language);
    const status = t(`status.${complaint.status}`);
    const template = { name: 'seva_complaint_update', parameters: [complaint.number, status] };
    const replies: Reply[] = [];
    if (event.change === 'FILED' && complaint.source === 'whatsapp') {
      replies.push({ ...text(t('complaint.filed', { number: complaint.number })), template });
    } else if (announced.has(event.change) && event.actorRole !== 'CITIZEN') {
      const body = t('update.status', { number: complaint.number, status });
      const ask = complaint.status === 'RESOLVED' ? `\n\n${t('update.resolved.ask')}` : '';
      replies.push({ ...text(body + ask), template });
    }
    await queueReplies(tx, to, replies, eventId);
  });
}

/** Refusals of a filing; any other refusal concerns an action on an existing complaint. */
const filingRefusals = new Set([
  'UNKNOWN_CITY',
  'UNKNOWN_COMPLAINT_TYPE',
  'COMPLAINT_TYPE_INACTIVE',
  'UNKNOWN_LOCALITY',
  'INVALID_LOCATION',
  'DESCRIPTION_REQUIRED',
]);
/** Refusal codes the citizen is told about in their own words; others get a general apology. */
const explained = new Set([
  ...filingRefusals,
  'RATING_OUT_OF_RANGE',
  'NOT_YOUR_COMPLAINT',
  'COMPLAINT_NOT_FOUND',
  'ACTION_NOT_ALLOWED',
  'REOPEN_WINDOW_PASSED',
]);

/** A command the grievance service refused: the citizen hears why, in their language. */
export async function applyCommandRejected(
  db: Db,
  event: CommandRejected,
  eventId: string,
): Promise<boolean> {
  return handleOnce(db, 'conversation', eventId, async (tx) => {
    const to = await findRecipient(tx, event.businessNumberId, event.citizenWaId);
    const t = translator(to.language);
    const key =
      event.requestId.endsWith(':command:0') && event.code !== 'ACTION_NOT_ALLOWED'
        ? 'complaint.refused'
        : 'myComplaints.refused';
    await queueReplies(tx, to, [text(t(key, { reason: event.message }))], eventId);
  });
}

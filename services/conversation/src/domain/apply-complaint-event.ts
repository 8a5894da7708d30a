import type { CommandRejected, ComplaintChanged } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { handleOnce } from '@seva/outbox';
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
  sql: SqlDatabase,
  event: ComplaintChanged,
  eventId: string,
): Promise<boolean> {
  return handleOnce(sql, 'conversation', eventId, async (tx) => {
    const { complaint } = event;
    // Events of one complaint arrive in order, but a replay must not roll a newer view back: the `where` keeps
    // a newer row, and the event then announces nothing.
    const written = await tx.$executeRawUnsafe(
      `insert into complaint_view (number, business_number_id, citizen_wa_id, tenant_id, complaint_type, status,
         description, locality_name, rating, complaint, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)
       on conflict (number) do update set
         business_number_id = excluded.business_number_id,
         citizen_wa_id = excluded.citizen_wa_id,
         tenant_id = excluded.tenant_id,
         complaint_type = excluded.complaint_type,
         status = excluded.status,
         description = excluded.description,
         locality_name = excluded.locality_name,
         rating = excluded.rating,
         complaint = excluded.complaint,
         created_at = excluded.created_at,
         updated_at = excluded.updated_at
       where complaint_view.updated_at <= excluded.updated_at`,
      complaint.number,
      complaint.businessNumberId,
      complaint.citizenWaId,
      complaint.tenantId,
      complaint.complaintType,
      complaint.status,
      complaint.description,
      complaint.localityName,
      complaint.rating,
      JSON.stringify(complaint),
      new Date(complaint.createdAt),
      new Date(complaint.updatedAt),
    );
    if (written === 0) return;

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
  sql: SqlDatabase,
  event: CommandRejected,
  eventId: string,
): Promise<boolean> {
  return handleOnce(sql, 'conversation', eventId, async (tx) => {
    const to = await findRecipient(tx, event.businessNumberId, event.citizenWaId);
    const t = translator(to.language);
    const key =
      event.requestId.endsWith(':command:0') && event.code !== 'ACTION_NOT_ALLOWED'
        ? 'complaint.refused'
        : 'myComplaints.refused';
    await queueReplies(tx, to, [text(t(key, { reason: event.message }))], eventId);
  });
}

import type { FileRequested } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';
import { insertIntoOutbox, notifyRelay, outboxRows } from '@seva/outbox';
import { AppError } from './app-error.js';
import { type AnnouncedComplaint, buildComplaintChanged } from './build-complaint-changed.js';
import { checkFileCommand } from './check-file-command.js';
import { computeSlaDue } from './compute-sla-due.js';
import { nextComplaintNumber } from './next-complaint-number.js';
import { rejectCommand } from './reject-command.js';

/**
 * The complaint, its first history entry and the FILED event in one statement ($1–$20 the complaint, then
 * the outbox rows). One statement after the number is taken keeps the day's counter row locked for a single
 * round trip, since every filing of the state that day waits for that lock.
 */
const insertFiling = (outboxSelect: string) => `
  with complaint_row as (
    insert into complaint (number, request_id, tenant_id, complaint_type, department, description,
      locality_code, locality_name, latitude, longitude, photo_keys, citizen_wa_id, citizen_name,
      business_number_id, language, source, status, sla_hours, sla_due_at, created_at, updated_at)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9::float8, $10::float8, $11::text[], $12, $13, $14, $15, $16, $17,
      $18::int, $19::timestamptz, $20::timestamptz, $20::timestamptz)
  ), history_row as (
    insert into complaint_history (complaint_number, action, from_status, to_status, actor_role, actor_id, at)
    values ($1, 'FILE', null, $17, 'CITIZEN', $12, $20::timestamptz)
  ), added as (${insertIntoOutbox(outboxSelect)})
  select ${notifyRelay('added')} as notified`;

/**
 * Files a citizen's complaint once per request id: the complaint, its first history entry and the FILED event
 * are written in one transaction. A repeated command finds its complaint and does nothing (the citizen was
 * told the first time). Two deliveries racing past that check collide on the unique request id; the loser's
 * retry then finds the complaint. A command the master data refuses is answered with command-rejected.
 */
export async function fileComplaint(
  command: FileRequested,
  deps: { sql: SqlDatabase; now: Date },
): Promise<void> {
  const { sql, now } = deps;
  const filed = await sql.$queryRawUnsafe<unknown[]>(
    'select 1 from complaint where request_id = $1',
    command.requestId,
  );
  if (filed.length > 0) return;
  let checked: ReturnType<typeof checkFileCommand>;
  try {
    checked = checkFileCommand(command);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await rejectCommand(sql, command, error);
    return;
  }
  await sql.$transaction(async (tx) => {
    const complaint: AnnouncedComplaint = {
      number: await nextComplaintNumber(tx, command.tenantId, now),
      requestId: command.requestId,
      tenantId: checked.city.tenantId,
      complaintType: checked.type.serviceCode,
      department: checked.type.department.code,
      description: checked.description,
      localityCode: command.localityCode,
      localityName: checked.localityName,
      latitude: command.latitude,
      longitude: command.longitude,
      photoKeys: command.photos.map((photo) => photo.storageKey),
      citizenWaId: command.citizenWaId,
      citizenName: command.citizenName,
      businessNumberId: command.businessNumberId,
      language: command.language,
      source: 'whatsapp',
      status: 'PENDINGFORASSIGNMENT',
      assignee: null,
      rating: null,
      escalationLevel: 0,
      slaHours: checked.type.slaHours,
      slaDueAt: computeSlaDue(now, checked.type.slaHours),
      resolvedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      history: [
        {
          action: 'FILE',
          fromStatus: null,
          toStatus: 'PENDINGFORASSIGNMENT',
          actorRole: 'CITIZEN',
          actorId: command.citizenWaId,
          comment: null,
          at: now,
        },
      ],
    };
    const event = buildComplaintChanged(complaint, {
      change: 'FILED',
      requestId: command.requestId,
      actorRole: 'CITIZEN',
      actorId: command.citizenWaId,
      cause: command.requestId,
    });
    const rows = outboxRows('grievanceEvents', [event], 20);
    await tx.$queryRawUnsafe(
      insertFiling(rows.select),
      complaint.number,
      complaint.requestId,
      complaint.tenantId,
      complaint.complaintType,
      complaint.department,
      complaint.description,
      complaint.localityCode,
      complaint.localityName,
      complaint.latitude,
      complaint.longitude,
      complaint.photoKeys,
      complaint.citizenWaId,
      complaint.citizenName,
      complaint.businessNumberId,
      complaint.language,
      complaint.source,
      complaint.status,
      complaint.slaHours,
      complaint.slaDueAt,
      complaint.createdAt,
      ...rows.values,
    );
  });
}

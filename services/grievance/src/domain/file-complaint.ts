import type { FileRequested } from '@seva/contracts';
import { type Db, withHistory } from '../db.js';
import { announceChange } from './announce-change.js';
import { AppError } from './app-error.js';
import { checkFileCommand } from './check-file-command.js';
import { computeSlaDue } from './compute-sla-due.js';
import { nextComplaintNumber } from './next-complaint-number.js';
import { rejectCommand } from './reject-command.js';

/**
 * Files a citizen's complaint once per request id: the complaint, its first history entry and the FILED event
 * are written in one transaction. A repeated command finds its complaint and does nothing (the citizen was
 * told the first time). Two deliveries racing past that check collide on the unique request id; the loser's
 * retry then finds the complaint. A command the master data refuses is answered with command-rejected.
 */
export async function fileComplaint(command: FileRequested, deps: { db: Db; now: Date }): Promise<void> {
  const { db, now } = deps;
  const filed = await db.complaint.findUnique({
    where: { requestId: command.requestId },
    select: { number: true },
  });
  if (filed) return;
  let checked: ReturnType<typeof checkFileCommand>;
  try {
    checked = checkFileCommand(command);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await rejectCommand(db, command, error);
    return;
  }
  await db.$transaction(async (tx) => {
    const complaint = await tx.complaint.create({
      data: {
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
        slaHours: checked.type.slaHours,
        slaDueAt: computeSlaDue(now, checked.type.slaHours),
        createdAt: now,
        updatedAt: now,
        history: {
          create: {
            action: 'FILE',
            fromStatus: null,
            toStatus: 'PENDINGFORASSIGNMENT',
            actorRole: 'CITIZEN',
            actorId: command.citizenWaId,
            comment: null,
            at: now,
          },
        },
      },
      include: withHistory,
    });
    await announceChange(tx, complaint, {
      change: 'FILED',
      requestId: command.requestId,
      actorRole: 'CITIZEN',
      actorId: command.citizenWaId,
      cause: command.requestId,
    });
  });
}

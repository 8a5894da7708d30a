import type { CitizenActionRequested } from '@seva/contracts';
import { handleOnce } from '@seva/outbox';
import type { Db } from '../db.js';
import { actOnComplaint } from './act-on-complaint.js';
import { AppError } from './app-error.js';
import { rejectCommand } from './reject-command.js';

/**
 * A citizen reopens, rates or comments on their own complaint from the chat. Applied once per request id (the
 * id is recorded with the effect, a refusal included); a refused action is answered with command-rejected.
 */
export async function takeCitizenAction(
  command: CitizenActionRequested,
  deps: { db: Db; now: Date },
): Promise<void> {
  await handleOnce(deps.db, 'grievance.citizen-action', command.requestId, async (tx) => {
    try {
      await actOnComplaint(
        tx,
        command.complaintNumber,
        { action: command.action, rating: command.rating, comment: command.comment },
        { roles: ['CITIZEN'], id: command.citizenWaId },
        { requestId: command.requestId, now: deps.now },
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await rejectCommand(tx, command, error);
    }
  });
}

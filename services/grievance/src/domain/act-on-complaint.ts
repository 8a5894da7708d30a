import { type ComplaintWithHistory, type Tx, withHistory } from '../db.js';
import type { Prisma } from '../generated/prisma/client.js';
import { announceChange } from './announce-change.js';
import { AppError } from './app-error.js';
import { type ActionRequest, type Actor, applyAction } from './apply-action.js';

export interface ActContext {
  /** The command or API request, recorded on the event. */
  readonly requestId: string;
  readonly now: Date;
  /** Limits which complaints the actor may reach (staff: their cities and department); others are not found. */
  readonly scope?: Prisma.ComplaintWhereInput;
}

/**
 * Takes a workflow action on a complaint inside the caller's transaction: the row is locked first, so people
 * acting at once take turns and each sees the state the previous one left; then the action is checked,
 * stored with its history entry, and announced.
 */
export async function actOnComplaint(
  tx: Tx,
  number: string,
  request: ActionRequest,
  actor: Actor,
  context: ActContext,
): Promise<ComplaintWithHistory> {
  await tx.$executeRawUnsafe('select 1 from complaint where number = $1 for update', number);
  const complaint = await tx.complaint.findFirst({ where: { ...context.scope, number } });
  if (!complaint) throw new AppError('COMPLAINT_NOT_FOUND', `no complaint ${number}`);
  const transition = applyAction(complaint, request, actor, context.now);
  const updated = await tx.complaint.update({
    where: { number },
    data: { ...transition.update, history: { create: transition.history } },
    include: withHistory,
  });
  await announceChange(tx, updated, {
    change: transition.change,
    requestId: context.requestId,
    actorRole: transition.actorRole,
    actorId: actor.id,
    cause: context.requestId,
  });
  return updated;
}

import type { ComplaintChange } from '@seva/contracts';
import { AppError } from './app-error.js';
import { computeSlaDue } from './compute-sla-due.js';
import {
  type ActorRole,
  type ComplaintStatus,
  changeOfAction,
  reopenWindowMs,
  type WorkflowAction,
  workflow,
} from './workflow.js';

/** What applyAction needs to know of a complaint. */
export interface ComplaintState {
  readonly status: string;
  readonly citizenWaId: string;
  readonly assignee: string | null;
  readonly slaHours: number;
  readonly resolvedAt: Date | null;
}

export interface ActionRequest {
  readonly action: WorkflowAction;
  /** The LME an ASSIGN hands the complaint to. */
  readonly assignee?: string | null;
  readonly comment?: string | null;
  /** 1 to 5, with RATE. */
  readonly rating?: number | null;
}

export interface Actor {
  /** A staff token may carry several roles; the action is taken in the first the workflow accepts. */
  readonly roles: readonly ActorRole[];
  /** The citizen's WhatsApp id or the staff member's user id. */
  readonly id: string;
}

/** Columns of the complaint an action changes. */
export interface ComplaintUpdate {
  status: ComplaintStatus;
  updatedAt: Date;
  assignee?: string | null;
  rating?: number | null;
  resolvedAt?: Date | null;
  closedAt?: Date;
  slaDueAt?: Date;
  escalationLevel?: number;
}

export interface Transition {
  readonly change: ComplaintChange;
  readonly actorRole: ActorRole;
  readonly update: ComplaintUpdate;
  readonly history: {
    readonly action: WorkflowAction;
    readonly fromStatus: string;
    readonly toStatus: ComplaintStatus;
    readonly actorRole: ActorRole;
    readonly actorId: string;
    readonly comment: string | null;
    readonly at: Date;
  };
}

/**
 * Works out what an action does to a complaint, or refuses it with the reason. Pure: the caller stores the
 * transition. Checks run from the most general to the most specific, so a citizen never learns anything about
 * a complaint that is not theirs, and a role that may never take an action is told so whatever the state.
 */
export function applyAction(
  complaint: ComplaintState,
  request: ActionRequest,
  actor: Actor,
  now: Date,
): Transition {
  const { action } = request;
  if (actor.roles.includes('CITIZEN') && complaint.citizenWaId !== actor.id) {
    throw new AppError('NOT_YOUR_COMPLAINT', 'this complaint was filed by someone else');
  }
  const roleMayEver = workflow.some(
    (rule) => rule.action === action && rule.roles.some((role) => actor.roles.includes(role)),
  );
  if (!roleMayEver) {
    throw new AppError('ROLE_NOT_ALLOWED', `${actor.roles.join(', ') || 'no role'} may not ${action}`);
  }
  const rule = workflow.find(
    (candidate) => candidate.from === complaint.status && candidate.action === action,
  );
  const role = rule?.roles.find((candidate) => actor.roles.includes(candidate));
  if (!rule || !role) {
    throw new AppError(
      'ACTION_NOT_ALLOWED',
      `${action} is not allowed while the complaint is ${complaint.status}`,
    );
  }
  if (role === 'LME' && (action === 'RESOLVE' || action === 'REASSIGN') && complaint.assignee !== actor.id) {
    throw new AppError('NOT_YOUR_COMPLAINT', 'this complaint is assigned to someone else');
  }

  const comment = request.comment?.trim() || null;
  const update: ComplaintUpdate = {
    status: rule.to,
    updatedAt: now,
  };
  switch (action) {
    case 'ASSIGN': {
      const assignee = request.assignee?.trim();
      if (!assignee) throw new AppError('DETAILS_MISSING', 'ASSIGN needs the assignee');
      update.assignee = assignee;
      break;
    }
    case 'REASSIGN':
      // Back with the routing officer: nobody works on it until it is assigned again.
      update.assignee = null;
      break;
    case 'RESOLVE':
    case 'REJECT':
      update.resolvedAt = now;
      break;
    case 'REOPEN':
      if (!complaint.resolvedAt || now.getTime() - complaint.resolvedAt.getTime() > reopenWindowMs) {
        throw new AppError('REOPEN_WINDOW_PASSED', 'a complaint can be reopened only within 10 days');
      }
      // A fresh round of work: unassigned, with the type's whole SLA and no escalation.
      update.assignee = null;
      update.rating = null;
      update.resolvedAt = null;
      update.slaDueAt = computeSlaDue(now, complaint.slaHours);
      update.escalationLevel = 0;
      break;
    case 'RATE': {
      const rating = request.rating;
      if (rating == null || !Number.isInteger(rating) || rating < 1 || rating > 5) {
        throw new AppError('RATING_OUT_OF_RANGE', `a rating is a whole number from 1 to 5, not ${rating}`);
      }
      update.rating = rating;
      update.closedAt = now;
      break;
    }
    case 'COMMENT':
      if (!comment) throw new AppError('DETAILS_MISSING', 'COMMENT needs the comment text');
      break;
  }
  return {
    change: changeOfAction[action],
    actorRole: role,
    update,
    history: {
      action,
      fromStatus: complaint.status,
      toStatus: rule.to,
      actorRole: role,
      actorId: actor.id,
      comment,
      at: now,
    },
  };
}

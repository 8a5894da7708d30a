import { describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/app-error.js';
import { applyAction, type ComplaintState } from '../src/domain/apply-action.js';
import {
  type ActorRole,
  actorRoles,
  type ComplaintStatus,
  complaintStatuses,
  type WorkflowAction,
  workflowActions,
} from '../src/domain/workflow.js';

const now = new Date('2026-11-24T10:00:00Z');
const dayMs = 24 * 60 * 60 * 1000;

/** DIGIT's PGR workflow as the service must implement it, written out independently of the table. */
const expected: Array<[ComplaintStatus, WorkflowAction, ActorRole, ComplaintStatus]> = [
  ['PENDINGFORASSIGNMENT', 'ASSIGN', 'GRO', 'PENDINGATLME'],
  ['PENDINGFORASSIGNMENT', 'REJECT', 'GRO', 'REJECTED'],
  ['PENDINGFORREASSIGNMENT', 'ASSIGN', 'GRO', 'PENDINGATLME'],
  ['PENDINGFORREASSIGNMENT', 'REJECT', 'GRO', 'REJECTED'],
  ['PENDINGATLME', 'RESOLVE', 'LME', 'RESOLVED'],
  ['PENDINGATLME', 'REASSIGN', 'LME', 'PENDINGFORREASSIGNMENT'],
  ['RESOLVED', 'RATE', 'CITIZEN', 'CLOSEDAFTERRESOLUTION'],
  ['RESOLVED', 'REOPEN', 'CITIZEN', 'PENDINGFORASSIGNMENT'],
  ['REJECTED', 'RATE', 'CITIZEN', 'CLOSEDAFTERREJECTION'],
  ['REJECTED', 'REOPEN', 'CITIZEN', 'PENDINGFORASSIGNMENT'],
  ...(
    ['PENDINGFORASSIGNMENT', 'PENDINGATLME', 'PENDINGFORREASSIGNMENT', 'RESOLVED', 'REJECTED'] as const
  ).flatMap((status) =>
    (['CITIZEN', 'GRO', 'LME', 'SUPERVISOR'] as const).map(
      (role) =>
        [status, 'COMMENT', role, status] as [ComplaintStatus, WorkflowAction, ActorRole, ComplaintStatus],
    ),
  ),
];

const complaint = (status: string, changes: Partial<ComplaintState> = {}): ComplaintState => ({
  status,
  citizenWaId: '919800000001',
  assignee: 'lme-1',
  slaHours: 96,
  resolvedAt: new Date(now.getTime() - dayMs),
  ...changes,
});
/** Each role acting as the one who may: the complaint's own citizen, its assigned LME. */
const actorAs = (role: ActorRole) => ({
  roles: [role],
  id: role === 'CITIZEN' ? '919800000001' : role === 'LME' ? 'lme-1' : `${role.toLowerCase()}-1`,
});
const request = (action: WorkflowAction) => ({ action, assignee: 'lme-2', rating: 4, comment: 'noted' });

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the action was allowed');
}

const combinations = complaintStatuses.flatMap((status) =>
  workflowActions.flatMap((action) => actorRoles.map((role) => [status, action, role] as const)),
);

describe('the workflow', () => {
  it('covers every state, action and role', () => {
    expect(combinations).toHaveLength(7 * 7 * 5);
  });

  it.each(combinations)('%s + %s by %s', (status, action, role) => {
    const rule = expected.find(([from, a, r]) => from === status && a === action && r === role);
    if (rule) {
      const transition = applyAction(complaint(status), request(action), actorAs(role), now);
      expect(transition.update.status).toBe(rule[3]);
      expect(transition.history).toMatchObject({
        action,
        fromStatus: status,
        toStatus: rule[3],
        actorRole: role,
      });
      return;
    }
    const roleMayEver = expected.some(([, a, r]) => a === action && r === role);
    expect(refusal(() => applyAction(complaint(status), request(action), actorAs(role), now)).code).toBe(
      roleMayEver ? 'ACTION_NOT_ALLOWED' : 'ROLE_NOT_ALLOWED',
    );
  });

  it('names the state and the action when refusing one', () => {
    const error = refusal(() =>
      applyAction(complaint('PENDINGFORASSIGNMENT'), request('RESOLVE'), actorAs('LME'), now),
    );
    expect(error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', httpStatus: 409 });
    expect(error.message).toContain('RESOLVE');
    expect(error.message).toContain('PENDINGFORASSIGNMENT');
  });

  it('announces each action as its change', () => {
    const changes = expected
      .filter(([, , role]) => role !== 'SUPERVISOR')
      .map(([from, action, role]) => [
        action,
        applyAction(complaint(from), request(action), actorAs(role), now).change,
      ]);
    expect(Object.fromEntries(changes)).toEqual({
      ASSIGN: 'ASSIGNED',
      REJECT: 'REJECTED',
      RESOLVE: 'RESOLVED',
      REASSIGN: 'REASSIGN_REQUESTED',
      RATE: 'CLOSED',
      REOPEN: 'REOPENED',
      COMMENT: 'COMMENTED',
    });
  });

  it('acts in the role the workflow accepts when a token carries several', () => {
    const transition = applyAction(
      complaint('PENDINGFORASSIGNMENT'),
      request('ASSIGN'),
      { roles: ['LME', 'GRO'], id: 'both-1' },
      now,
    );
    expect(transition.actorRole).toBe('GRO');
    expect(transition.update.assignee).toBe('lme-2');
  });

  describe('reopening', () => {
    it('is allowed up to 10 days after resolution and starts a fresh round', () => {
      const transition = applyAction(
        complaint('RESOLVED', { resolvedAt: new Date(now.getTime() - 10 * dayMs) }),
        request('REOPEN'),
        actorAs('CITIZEN'),
        now,
      );
      expect(transition.update).toEqual({
        status: 'PENDINGFORASSIGNMENT',
        updatedAt: now,
        assignee: null,
        rating: null,
        resolvedAt: null,
        slaDueAt: new Date(now.getTime() + 96 * 60 * 60 * 1000),
        escalationLevel: 0,
      });
    });

    it.each(['RESOLVED', 'REJECTED'])('is refused once 10 days after %s have passed', (status) => {
      const late = complaint(status, { resolvedAt: new Date(now.getTime() - 10 * dayMs - 1) });
      expect(refusal(() => applyAction(late, request('REOPEN'), actorAs('CITIZEN'), now)).code).toBe(
        'REOPEN_WINDOW_PASSED',
      );
    });
  });

  it.each([0, 6, 7, 2.5, null])('refuses the rating %s', (rating) => {
    const error = refusal(() =>
      applyAction(complaint('RESOLVED'), { action: 'RATE', rating }, actorAs('CITIZEN'), now),
    );
    expect(error).toMatchObject({ code: 'RATING_OUT_OF_RANGE', httpStatus: 400 });
  });

  it('closes with the rating', () => {
    const { update } = applyAction(
      complaint('RESOLVED'),
      { action: 'RATE', rating: 5 },
      actorAs('CITIZEN'),
      now,
    );
    expect(update).toMatchObject({ status: 'CLOSEDAFTERRESOLUTION', rating: 5, closedAt: now });
  });

  it("refuses a citizen acting on someone else's complaint, whatever its state", () => {
    for (const status of complaintStatuses) {
      const error = refusal(() =>
        applyAction(complaint(status), request('COMMENT'), { roles: ['CITIZEN'], id: '919800000002' }, now),
      );
      expect(error).toMatchObject({ code: 'NOT_YOUR_COMPLAINT', httpStatus: 403 });
    }
  });

  it.each(['RESOLVE', 'REASSIGN'] as const)(
    'refuses %s by an LME the complaint is not assigned to',
    (action) => {
      const error = refusal(() =>
        applyAction(complaint('PENDINGATLME'), request(action), { roles: ['LME'], id: 'lme-9' }, now),
      );
      expect(error.code).toBe('NOT_YOUR_COMPLAINT');
    },
  );

  it('hands a reassigned complaint back to the routing officer', () => {
    const { update } = applyAction(complaint('PENDINGATLME'), request('REASSIGN'), actorAs('LME'), now);
    expect(update.assignee).toBeNull();
  });

  it.each([
    ['ASSIGN without an assignee', 'PENDINGFORASSIGNMENT', { action: 'ASSIGN' as const }, 'GRO' as const],
    [
      'COMMENT without text',
      'PENDINGATLME',
      { action: 'COMMENT' as const, comment: '  ' },
      'SUPERVISOR' as const,
    ],
  ])('refuses %s', (_case, status, action, role) => {
    expect(refusal(() => applyAction(complaint(status), action, actorAs(role), now)).code).toBe(
      'DETAILS_MISSING',
    );
  });
});

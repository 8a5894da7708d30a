import type { ComplaintChange } from '@seva/contracts';

/** The states of DIGIT's PGR workflow. */
export const complaintStatuses = [
  'PENDINGFORASSIGNMENT',
  'PENDINGATLME',
  'PENDINGFORREASSIGNMENT',
  'RESOLVED',
  'REJECTED',
  'CLOSEDAFTERRESOLUTION',
  'CLOSEDAFTERREJECTION',
] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const workflowActions = [
  'ASSIGN',
  'REASSIGN',
  'RESOLVE',
  'REJECT',
  'REOPEN',
  'RATE',
  'COMMENT',
] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/** Who can act: the citizen who filed, the grievance routing officer, the last-mile employee, supervisors, partners. */
export const actorRoles = ['CITIZEN', 'GRO', 'LME', 'SUPERVISOR', 'PARTNER'] as const;
export type ActorRole = (typeof actorRoles)[number];

export interface WorkflowRule {
  readonly from: ComplaintStatus;
  readonly action: WorkflowAction;
  readonly roles: readonly ActorRole[];
  readonly to: ComplaintStatus;
}

/** Complaints someone still has to work on: only these run against their SLA. */
export const openStatuses: readonly ComplaintStatus[] = [
  'PENDINGFORASSIGNMENT',
  'PENDINGATLME',
  'PENDINGFORREASSIGNMENT',
];

/** Everyone involved may comment until the complaint is closed; partners only read. */
const commenters: readonly ActorRole[] = ['CITIZEN', 'GRO', 'LME', 'SUPERVISOR'];
const commentable: readonly ComplaintStatus[] = [...openStatuses, 'RESOLVED', 'REJECTED'];

/** The whole workflow: an action is possible exactly when a rule names the state, the action and the role. */
export const workflow: readonly WorkflowRule[] = [
  { from: 'PENDINGFORASSIGNMENT', action: 'ASSIGN', roles: ['GRO'], to: 'PENDINGATLME' },
  { from: 'PENDINGFORASSIGNMENT', action: 'REJECT', roles: ['GRO'], to: 'REJECTED' },
  { from: 'PENDINGFORREASSIGNMENT', action: 'ASSIGN', roles: ['GRO'], to: 'PENDINGATLME' },
  { from: 'PENDINGFORREASSIGNMENT', action: 'REJECT', roles: ['GRO'], to: 'REJECTED' },
  { from: 'PENDINGATLME', action: 'RESOLVE', roles: ['LME'], to: 'RESOLVED' },
  { from: 'PENDINGATLME', action: 'REASSIGN', roles: ['LME'], to: 'PENDINGFORREASSIGNMENT' },
  { from: 'RESOLVED', action: 'RATE', roles: ['CITIZEN'], to: 'CLOSEDAFTERRESOLUTION' },
  { from: 'RESOLVED', action: 'REOPEN', roles: ['CITIZEN'], to: 'PENDINGFORASSIGNMENT' },
  { from: 'REJECTED', action: 'RATE', roles: ['CITIZEN'], to: 'CLOSEDAFTERREJECTION' },
  { from: 'REJECTED', action: 'REOPEN', roles: ['CITIZEN'], to: 'PENDINGFORASSIGNMENT' },
  ...commentable.map((status) => ({
    from: status,
    action: 'COMMENT' as const,
    roles: commenters,
    to: status,
  })),
];

/** What each action is announced as on `grievance.complaint-changed`. */
export const changeOfAction: Readonly<Record<WorkflowAction, ComplaintChange>> = {
  ASSIGN: 'ASSIGNED',
  REASSIGN: 'REASSIGN_REQUESTED',
  RESOLVE: 'RESOLVED',
  REJECT: 'REJECTED',
  REOPEN: 'REOPENED',
  RATE: 'CLOSED',
  COMMENT: 'COMMENTED',
};

/** How long after being resolved or rejected a citizen may reopen a complaint. */
export const reopenWindowMs = 10 * 24 * 60 * 60 * 1000;

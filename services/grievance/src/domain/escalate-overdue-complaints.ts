import { type Db, withHistory } from '../db.js';
import { announceChange } from './announce-change.js';
import { computeSlaDue } from './compute-sla-due.js';
import { openStatuses } from './workflow.js';

export interface EscalationDeps {
  readonly db: Db;
  readonly now: () => Date;
  /** Escalations per complaint at most (ESCALATION_MAX_LEVEL). */
  readonly maxLevel: number;
  readonly batchSize?: number;
}

/** Who a complaint goes to at each escalation level: level 1 the supervisor, level 2 the commissioner. */
const supervisingRoles = ['SUPERVISOR', 'COMMISSIONER'] as const;

interface OverdueRow {
  number: string;
  status: string;
  escalation_level: number;
  sla_hours: number;
}

/**
 * Escalates open complaints whose SLA ran out: one level up, the department given the type's SLA again, an
 * ESCALATE history entry naming the role now watching, and an ESCALATED event. The state does not change.
 * Rows are taken FOR UPDATE SKIP LOCKED, so replicas running this at once share the work and each complaint
 * is escalated once; a row being acted on is left for the next run. The time is the injected clock's, given
 * to SQL as a parameter. Returns true when a full batch was taken and there may be more.
 */
export async function escalateOverdueComplaints(deps: EscalationDeps): Promise<boolean> {
  const now = deps.now();
  const batchSize = deps.batchSize ?? 100;
  const escalated = await deps.db.$transaction(async (tx) => {
    const overdue = await tx.$queryRawUnsafe<OverdueRow[]>(
      `select number, status, escalation_level, sla_hours from complaint
       where status = any($1::text[]) and sla_due_at <= $2 and escalation_level < $3
       order by sla_due_at limit $4
       for update skip locked`,
      [...openStatuses],
      now,
      deps.maxLevel,
      batchSize,
    );
    for (const row of overdue) {
      const level = row.escalation_level + 1;
      const complaint = await tx.complaint.update({
        where: { number: row.number },
        data: {
          escalationLevel: level,
          slaDueAt: computeSlaDue(now, row.sla_hours),
          updatedAt: now,
          history: {
            create: {
              action: 'ESCALATE',
              fromStatus: row.status,
              toStatus: row.status,
              actorRole: 'SYSTEM',
              actorId: null,
              comment: `escalated to ${supervisingRoles[level - 1]}`,
              at: now,
            },
          },
        },
        include: withHistory,
      });
      await announceChange(tx, complaint, {
        change: 'ESCALATED',
        requestId: null,
        actorRole: 'SYSTEM',
        actorId: null,
        cause: `${row.number}:escalation-${level}`,
      });
    }
    return overdue.length;
  });
  return escalated === batchSize;
}

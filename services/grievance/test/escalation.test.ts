import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnComplaint } from '../src/domain/act-on-complaint.js';
import { escalateOverdueComplaints } from '../src/domain/escalate-overdue-complaints.js';
import { fileComplaint } from '../src/domain/file-complaint.js';
import {
  changesOf,
  fileCommand,
  hourMs,
  type RunningGrievance,
  startGrievance,
  TestClock,
} from './support.js';

describe('SLA escalation with a controlled clock', () => {
  const clock = new TestClock(new Date('2026-11-24T04:00:00Z'));
  let grievance: RunningGrievance;

  const escalate = (batchSize?: number) =>
    escalateOverdueComplaints({ db: grievance.db, now: clock.now, maxLevel: 2, batchSize });
  /** Files a street light complaint (96 hours SLA) now; returns its number. */
  const file = async () => {
    const command = fileCommand();
    await fileComplaint(command, { sql: grievance.service.runtime.sql, now: clock.now() });
    return (await grievance.db.complaint.findUniqueOrThrow({ where: { requestId: command.requestId } }))
      .number;
  };
  const complaint = (number: string) =>
    grievance.db.complaint.findUniqueOrThrow({
      where: { number },
      include: { history: { orderBy: { id: 'asc' } } },
    });

  beforeAll(async () => {
    grievance = await startGrievance('grievance_escalation', clock);
  });

  afterAll(async () => {
    await grievance?.close();
  });

  it('escalates to the supervisor, then the commissioner, and no further', async () => {
    const number = await file();
    const filedAt = clock.current;

    clock.advance(96 * hourMs - 1);
    await escalate();
    expect((await complaint(number)).escalationLevel).toBe(0);

    clock.advance(1);
    await escalate();
    const first = await complaint(number);
    expect(first).toMatchObject({
      escalationLevel: 1,
      status: 'PENDINGFORASSIGNMENT',
      slaDueAt: new Date(filedAt.getTime() + 2 * 96 * hourMs),
    });
    expect(first.history.at(-1)).toMatchObject({
      action: 'ESCALATE',
      fromStatus: 'PENDINGFORASSIGNMENT',
      toStatus: 'PENDINGFORASSIGNMENT',
      actorRole: 'SYSTEM',
      actorId: null,
      comment: 'escalated to SUPERVISOR',
      at: clock.current,
    });

    clock.advance(96 * hourMs - 1);
    await escalate();
    expect((await complaint(number)).escalationLevel).toBe(1);
    clock.advance(1);
    await escalate();
    expect((await complaint(number)).history.at(-1)?.comment).toBe('escalated to COMMISSIONER');

    clock.advance(10 * 96 * hourMs);
    await escalate();
    const last = await complaint(number);
    expect(last.escalationLevel).toBe(2);
    expect(last.history.filter((entry) => entry.action === 'ESCALATE')).toHaveLength(2);

    await grievance.events.waitFor(() => changesOf(grievance.events, number).length === 3);
    expect(
      changesOf(grievance.events, number).map((event) => [
        event.change,
        event.actorRole,
        event.complaint.escalationLevel,
        event.complaint.status,
      ]),
    ).toEqual([
      ['FILED', 'CITIZEN', 0, 'PENDINGFORASSIGNMENT'],
      ['ESCALATED', 'SYSTEM', 1, 'PENDINGFORASSIGNMENT'],
      ['ESCALATED', 'SYSTEM', 2, 'PENDINGFORASSIGNMENT'],
    ]);
  });

  it('leaves resolved complaints alone', async () => {
    const number = await file();
    await grievance.db.$transaction(async (tx) => {
      const context = { requestId: `staff-${number}`, now: clock.now() };
      await actOnComplaint(
        tx,
        number,
        { action: 'ASSIGN', assignee: 'lme-1' },
        { roles: ['GRO'], id: 'g' },
        context,
      );
    });
    await grievance.db.$transaction((tx) =>
      actOnComplaint(
        tx,
        number,
        { action: 'RESOLVE' },
        { roles: ['LME'], id: 'lme-1' },
        { requestId: `staff-${number}-2`, now: clock.now() },
      ),
    );
    clock.advance(200 * hourMs);
    await escalate();
    expect((await complaint(number)).escalationLevel).toBe(0);
  });

  it('escalates each complaint once when two jobs run at the same time', async () => {
    const numbers = await Promise.all(Array.from({ length: 12 }, file));
    clock.advance(97 * hourMs);
    // Two replicas, each taking small batches until nothing is left.
    const replica = async () => {
      let batches = 0;
      while (await escalate(2)) batches += 1;
      return batches;
    };
    await Promise.all([replica(), replica()]);
    for (const number of numbers) {
      const escalations = (await complaint(number)).history.filter((entry) => entry.action === 'ESCALATE');
      expect(escalations, number).toHaveLength(1);
    }
    await grievance.events.waitFor(() =>
      numbers.every((number) => changesOf(grievance.events, number).some((e) => e.change === 'ESCALATED')),
    );
    for (const number of numbers) {
      expect(changesOf(grievance.events, number).filter((e) => e.change === 'ESCALATED')).toHaveLength(1);
    }
  });
});

import type { CitizenActionRequested, CommandRejected, FileRequested } from '@seva/contracts';
import { Publisher } from '@seva/kafka';
import { eventually } from '@seva/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnComplaint } from '../src/domain/act-on-complaint.js';
import type { ActionRequest, Actor } from '../src/domain/apply-action.js';
import {
  changesOf,
  dayMs,
  fileCommand,
  type RunningGrievance,
  startGrievance,
  TestClock,
} from './support.js';

const citizen = '919800000001';

describe('citizen commands on real Kafka and Postgres', () => {
  const clock = new TestClock(new Date('2026-11-24T04:00:00Z'));
  let grievance: RunningGrievance;
  let publisher: Publisher;

  const file = (command: FileRequested, eventId = `file:${command.requestId}`) =>
    publisher.publish('grievanceCommands', [
      { type: 'grievance.file-requested', key: command.citizenWaId, eventId, value: command },
    ]);
  const act = (number: string, action: Partial<CitizenActionRequested>) => {
    const command: CitizenActionRequested = {
      requestId: `act-${Math.random().toString(36).slice(2)}`,
      businessNumberId: '100200300400500',
      citizenWaId: citizen,
      complaintNumber: number,
      action: 'COMMENT',
      rating: null,
      comment: null,
      ...action,
    };
    return publisher
      .publish('grievanceCommands', [
        {
          type: 'grievance.citizen-action-requested',
          key: command.citizenWaId,
          eventId: `act:${command.requestId}`,
          value: command,
        },
      ])
      .then(() => command);
  };
  const rejection = async (requestId: string) =>
    (
      await grievance.events.waitFor((records) =>
        records.some(
          (r) =>
            r.type === 'grievance.command-rejected' && (r.value as CommandRejected).requestId === requestId,
        ),
      )
    ).find((r) => (r.value as CommandRejected).requestId === requestId)!;
  const filed = async (command: FileRequested) => {
    await file(command);
    return eventually(async () => {
      const complaint = await grievance.db.complaint.findUnique({ where: { requestId: command.requestId } });
      expect(complaint).not.toBeNull();
      return complaint!;
    });
  };
  /** Staff work done directly in the domain: this file is about what citizens can do. */
  const staff = (number: string, request: ActionRequest, actor: Actor) =>
    grievance.db.$transaction((tx) =>
      actOnComplaint(tx, number, request, actor, { requestId: `staff-${Math.random()}`, now: clock.now() }),
    );
  const resolved = async () => {
    const complaint = await filed(fileCommand());
    await staff(complaint.number, { action: 'ASSIGN', assignee: 'lme-1' }, { roles: ['GRO'], id: 'gro-1' });
    await staff(complaint.number, { action: 'RESOLVE', comment: 'fixed' }, { roles: ['LME'], id: 'lme-1' });
    return complaint.number;
  };

  beforeAll(async () => {
    grievance = await startGrievance('grievance_commands', clock);
    publisher = new Publisher(grievance.kafka.kafka, grievance.kafka.settings);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher?.disconnect();
    await grievance?.close();
  });

  it('files a complaint and announces it with the whole complaint', async () => {
    const command = fileCommand();
    const complaint = await filed(command);
    // 04:00 UTC is 09:30 in India: the number carries the Indian day.
    expect(complaint.number).toMatch(/^PB-PGR-2026-11-24-\d{6}$/);
    expect(complaint).toMatchObject({
      tenantId: 'pb.amritsar',
      department: 'DEPT_1',
      status: 'PENDINGFORASSIGNMENT',
      localityName: 'Dasmesh Avenue',
      source: 'whatsapp',
      slaHours: 96,
      slaDueAt: new Date(clock.current.getTime() + 96 * 60 * 60 * 1000),
      photoKeys: ['media/ab/abc.jpg'],
    });
    await grievance.events.waitFor(() => changesOf(grievance.events, complaint.number).length === 1);
    const [event] = changesOf(grievance.events, complaint.number);
    expect(event).toMatchObject({
      change: 'FILED',
      requestId: command.requestId,
      actorRole: 'CITIZEN',
      actorId: citizen,
      complaint: {
        number: complaint.number,
        citizenWaId: citizen,
        description: command.description,
        status: 'PENDINGFORASSIGNMENT',
        history: [
          { action: 'FILE', fromStatus: null, toStatus: 'PENDINGFORASSIGNMENT', actorRole: 'CITIZEN' },
        ],
      },
    });
    const record = grievance.events.records.find(
      (r) => r.headers['seva-event-id'] === `complaint-changed:${command.requestId}`,
    );
    expect(record?.key).toBe(citizen);
  });

  it('files a repeated command once', async () => {
    const command = fileCommand();
    await file(command, 'first-delivery');
    await file(command, 'second-delivery');
    const complaint = await filed(command);
    await file(command, 'third-delivery');
    await grievance.events.waitFor(() => changesOf(grievance.events, complaint.number).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await grievance.db.complaint.count({ where: { requestId: command.requestId } })).toBe(1);
    expect(changesOf(grievance.events, complaint.number)).toHaveLength(1);
  });

  it('numbers complaints of every city of a state from one counter per day', async () => {
    const first = await filed(fileCommand({ tenantId: 'pb.jalandhar', localityCode: null }));
    const second = await filed(fileCommand({ tenantId: 'pb.zirakpur', localityCode: null }));
    const sequence = (number: string) => Number(number.slice(-6));
    expect(sequence(second.number)).toBe(sequence(first.number) + 1);
    clock.advance(dayMs);
    const nextDay = await filed(fileCommand());
    expect(nextDay.number).toBe('PB-PGR-2026-11-25-000001');
  });

  it.each([
    ['an unknown complaint type', { complaintType: 'NoSuchType' }, 'UNKNOWN_COMPLAINT_TYPE'],
    ['an inactive complaint type', { complaintType: 'HowToPayPT' }, 'COMPLAINT_TYPE_INACTIVE'],
    ['an unknown city', { tenantId: 'pb.atlantis' }, 'UNKNOWN_CITY'],
    ['a locality of another city', { localityCode: 'NOT-A-LOCALITY' }, 'UNKNOWN_LOCALITY'],
    ['an empty description', { description: '   ' }, 'DESCRIPTION_REQUIRED'],
    ['half a location pin', { longitude: null }, 'INVALID_LOCATION'],
  ])('answers a filing with %s with command-rejected', async (_case, changes, code) => {
    const command = fileCommand(changes);
    await file(command);
    const record = await rejection(command.requestId);
    expect(record.key).toBe(citizen);
    expect(record.value).toMatchObject({
      requestId: command.requestId,
      businessNumberId: command.businessNumberId,
      citizenWaId: citizen,
      code,
      message: expect.any(String),
    });
    expect(await grievance.db.complaint.count({ where: { requestId: command.requestId } })).toBe(0);
  });

  it('reopens a resolved complaint within 10 days', async () => {
    const number = await resolved();
    clock.advance(9 * dayMs);
    const command = await act(number, { action: 'REOPEN', comment: 'still dark' });
    await grievance.events.waitFor(() =>
      changesOf(grievance.events, number).some((e) => e.change === 'REOPENED'),
    );
    const event = changesOf(grievance.events, number).at(-1)!;
    expect(event).toMatchObject({
      change: 'REOPENED',
      requestId: command.requestId,
      actorRole: 'CITIZEN',
      complaint: { status: 'PENDINGFORASSIGNMENT', assignee: null },
    });
    expect(event.complaint.history.map((entry) => entry.action)).toEqual([
      'FILE',
      'ASSIGN',
      'RESOLVE',
      'REOPEN',
    ]);
  });

  it('refuses to reopen after 10 days', async () => {
    const number = await resolved();
    clock.advance(10 * dayMs + 60_000);
    const command = await act(number, { action: 'REOPEN' });
    expect((await rejection(command.requestId)).value).toMatchObject({ code: 'REOPEN_WINDOW_PASSED' });
    expect((await grievance.db.complaint.findUnique({ where: { number } }))?.status).toBe('RESOLVED');
  });

  it('refuses a rating of 7 and closes with a rating of 4', async () => {
    const number = await resolved();
    const seven = await act(number, { action: 'RATE', rating: 7 });
    expect((await rejection(seven.requestId)).value).toMatchObject({ code: 'RATING_OUT_OF_RANGE' });
    await act(number, { action: 'RATE', rating: 4 });
    await grievance.events.waitFor(() =>
      changesOf(grievance.events, number).some((e) => e.change === 'CLOSED'),
    );
    expect(changesOf(grievance.events, number).at(-1)!.complaint).toMatchObject({
      status: 'CLOSEDAFTERRESOLUTION',
      rating: 4,
    });
  });

  it("refuses an action on another citizen's complaint", async () => {
    const number = await resolved();
    const command = await act(number, { action: 'REOPEN', citizenWaId: '919800000002' });
    const record = await rejection(command.requestId);
    expect(record.value).toMatchObject({ code: 'NOT_YOUR_COMPLAINT', citizenWaId: '919800000002' });
    expect(record.key).toBe('919800000002');
  });

  it('refuses an action on a complaint that does not exist', async () => {
    const command = await act('PB-PGR-2000-01-01-000001', { action: 'COMMENT', comment: 'hello' });
    expect((await rejection(command.requestId)).value).toMatchObject({ code: 'COMPLAINT_NOT_FOUND' });
  });

  it('applies a repeated citizen command once', async () => {
    const complaint = await filed(fileCommand());
    const command = await act(complaint.number, { action: 'COMMENT', comment: 'please hurry' });
    await act(complaint.number, { ...command });
    await grievance.events.waitFor(() =>
      changesOf(grievance.events, complaint.number).some((e) => e.change === 'COMMENTED'),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const history = await grievance.db.complaintHistory.findMany({
      where: { complaintNumber: complaint.number },
    });
    expect(history.map((entry) => [entry.action, entry.comment])).toEqual([
      ['FILE', null],
      ['COMMENT', 'please hurry'],
    ]);
    expect(changesOf(grievance.events, complaint.number).map((e) => e.change)).toEqual([
      'FILED',
      'COMMENTED',
    ]);
  });
});

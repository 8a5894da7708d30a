import type { ComplaintChanged } from '@seva/contracts';
import { printComplaintChange } from '@seva/partner-consumer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileComplaint } from '../src/domain/file-complaint.js';
import {
  changesOf,
  dayMs,
  fileCommand,
  hourMs,
  type RunningGrievance,
  staffToken,
  startGrievance,
  TestClock,
} from './support.js';

interface Detail {
  number: string;
  status: string;
  assignee: string | null;
  history: Array<{ action: string; actorRole: string; actorId: string | null; comment: string | null }>;
  photos: Array<{ storageKey: string; url: string }>;
}

describe('staff and partner API on real Kafka and Postgres', () => {
  const clock = new TestClock(new Date('2026-11-24T04:00:00Z'));
  let grievance: RunningGrievance;
  let gro: string;

  const call = async (
    method: 'GET' | 'POST',
    url: string,
    token: string | undefined,
    payload?: Record<string, unknown>,
  ) =>
    grievance.service.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  const as = async (claims: Parameters<typeof staffToken>[0]) => staffToken(claims);
  const file = async (changes: Parameters<typeof fileCommand>[0] = {}) => {
    const command = fileCommand(changes);
    await fileComplaint(command, { sql: grievance.service.runtime.sql, now: clock.now() });
    return (await grievance.db.complaint.findUniqueOrThrow({ where: { requestId: command.requestId } }))
      .number;
  };

  beforeAll(async () => {
    grievance = await startGrievance('grievance_api', clock);
    gro = await as({ sub: 'gro-1', roles: ['GRO'] });
  });

  afterAll(async () => {
    await grievance?.close();
  });

  describe('authentication', () => {
    it('answers 401 without a token', async () => {
      const response = await call('GET', '/complaints', undefined);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json()).toMatchObject({ error: 'UNAUTHENTICATED' });
    });

    it.each([
      ['garbage', async () => 'not-a-token'],
      [
        'a token signed with another secret',
        () => staffToken({}, { secret: 'another-secret-of-thirty-two-chars!!' }),
      ],
      [
        'an expired token',
        () => staffToken({}, { expiresAt: Math.floor(clock.current.getTime() / 1000) - 60 }),
      ],
    ])('answers 401 to %s', async (_case, token) => {
      const response = await call('GET', '/complaints', await token());
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: 'UNAUTHENTICATED', message: expect.any(String) });
    });

    it('answers 401 before looking at the body', async () => {
      expect((await call('POST', '/complaints/X/actions', undefined, { action: 'FLY' })).statusCode).toBe(
        401,
      );
    });

    it('answers 403 to a token without any staff role', async () => {
      const response = await call('GET', '/complaints', await as({ roles: ['CITIZEN', 'ADMIN'] }));
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'ROLE_NOT_ALLOWED' });
    });
  });

  describe('a complaint from assignment to resolution', () => {
    let number: string;
    const lme = () => as({ sub: 'lme-1', roles: ['LME'] });

    beforeAll(async () => {
      number = await file();
    });

    it('shows the complaint with its history and photo links', async () => {
      const response = await call('GET', `/complaints/${number}`, gro);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        number,
        tenantId: 'pb.amritsar',
        status: 'PENDINGFORASSIGNMENT',
        citizenWaId: '919800000001',
        localityName: 'Dasmesh Avenue',
        slaDueAt: new Date(clock.current.getTime() + 96 * hourMs).toISOString(),
        photos: [{ storageKey: 'media/ab/abc.jpg', url: 'https://media.example.org/files/media/ab/abc.jpg' }],
        history: [{ action: 'FILE', actorRole: 'CITIZEN', actorId: '919800000001' }],
      });
      // Only what the response schema names is shown.
      expect(response.json()).not.toHaveProperty('requestId');
      expect(response.json().history[0]).not.toHaveProperty('id');
    });

    it('answers 409 to an action the state does not allow', async () => {
      const response = await call('POST', `/complaints/${number}/actions`, await lme(), {
        action: 'RESOLVE',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'ACTION_NOT_ALLOWED',
        message: 'RESOLVE is not allowed while the complaint is PENDINGFORASSIGNMENT',
      });
    });

    it.each([
      ['a partner', ['PARTNER'], { action: 'ASSIGN', assignee: 'lme-1' }],
      ['a supervisor', ['SUPERVISOR'], { action: 'REJECT' }],
      ['an LME', ['LME'], { action: 'ASSIGN', assignee: 'lme-1' }],
    ])('answers 403 when %s tries a routing officer action', async (_case, roles, body) => {
      const response = await call('POST', `/complaints/${number}/actions`, await as({ roles }), body);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'ROLE_NOT_ALLOWED' });
    });

    it.each([
      ['an unknown action', { action: 'CLOSE' }, 'VALIDATION_FAILED'],
      ['ASSIGN without assignee', { action: 'ASSIGN' }, 'DETAILS_MISSING'],
    ])('answers 400 to %s with the reason', async (_case, body, error) => {
      const response = await call('POST', `/complaints/${number}/actions`, gro, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error, message: expect.any(String) });
    });

    it('assigns, refuses a resolution by another LME, resolves, and announces each change', async () => {
      const assigned = await call('POST', `/complaints/${number}/actions`, gro, {
        action: 'ASSIGN',
        assignee: 'lme-1',
        comment: 'please check the pole',
      });
      expect(assigned.statusCode).toBe(200);
      expect(assigned.json<Detail>()).toMatchObject({ status: 'PENDINGATLME', assignee: 'lme-1' });

      const other = await call(
        'POST',
        `/complaints/${number}/actions`,
        await as({ sub: 'lme-2', roles: ['LME'] }),
        {
          action: 'RESOLVE',
        },
      );
      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ error: 'NOT_YOUR_COMPLAINT' });

      clock.advance(hourMs);
      const resolved = await call('POST', `/complaints/${number}/actions`, await lme(), {
        action: 'RESOLVE',
        comment: 'bulb replaced',
      });
      expect(resolved.statusCode).toBe(200);
      expect(
        resolved.json<Detail>().history.map((entry) => [entry.action, entry.actorRole, entry.actorId]),
      ).toEqual([
        ['FILE', 'CITIZEN', '919800000001'],
        ['ASSIGN', 'GRO', 'gro-1'],
        ['RESOLVE', 'LME', 'lme-1'],
      ]);

      await grievance.events.waitFor(() => changesOf(grievance.events, number).length === 3);
      const [, assignedEvent, resolvedEvent] = changesOf(grievance.events, number);
      expect(assignedEvent).toMatchObject({
        change: 'ASSIGNED',
        actorRole: 'GRO',
        actorId: 'gro-1',
        requestId: expect.any(String),
        complaint: { number, status: 'PENDINGATLME', assignee: 'lme-1', citizenWaId: '919800000001' },
      });
      expect(assignedEvent!.complaint.history.at(-1)).toMatchObject({
        action: 'ASSIGN',
        comment: 'please check the pole',
      });
      expect(resolvedEvent).toMatchObject({
        change: 'RESOLVED',
        actorRole: 'LME',
        actorId: 'lme-1',
        complaint: {
          number,
          tenantId: 'pb.amritsar',
          complaintType: 'StreetLightNotWorking',
          department: 'DEPT_1',
          status: 'RESOLVED',
          photoKeys: ['media/ab/abc.jpg'],
          updatedAt: clock.current.getTime(),
        },
      });
      expect(resolvedEvent!.complaint.history).toHaveLength(3);
      expect(resolvedEvent!.requestId).not.toBe(assignedEvent!.requestId);
    });

    it('takes comments from a supervisor without changing the state', async () => {
      const response = await call(
        'POST',
        `/complaints/${number}/comments`,
        await as({ roles: ['SUPERVISOR'] }),
        {
          comment: 'checked on site',
        },
      );
      expect(response.statusCode).toBe(201);
      expect(response.json<Detail>()).toMatchObject({ status: 'RESOLVED' });
      expect(response.json<Detail>().history.at(-1)).toMatchObject({
        action: 'COMMENT',
        actorRole: 'SUPERVISOR',
        comment: 'checked on site',
      });
      await grievance.events.waitFor(() =>
        changesOf(grievance.events, number).some((event) => event.change === 'COMMENTED'),
      );
    });

    it('refuses an empty comment and a partner comment', async () => {
      expect((await call('POST', `/complaints/${number}/comments`, gro, { comment: '' })).statusCode).toBe(
        400,
      );
      const partner = await call('POST', `/complaints/${number}/comments`, await as({ roles: ['PARTNER'] }), {
        comment: 'hello',
      });
      expect(partner.statusCode).toBe(403);
    });

    it("prints the complaint's events in order in the partner consumer", () => {
      const lines: string[] = [];
      const print = printComplaintChange((line) => lines.push(line));
      const events: ComplaintChanged[] = changesOf(grievance.events, number);
      for (const event of events) void print(event);
      expect(lines).toEqual([
        `${number} FILED PENDINGFORASSIGNMENT by CITIZEN`,
        `${number} ASSIGNED PENDINGATLME by GRO`,
        `${number} RESOLVED RESOLVED by LME`,
        `${number} COMMENTED RESOLVED by SUPERVISOR`,
      ]);
    });
  });

  describe('cities and departments', () => {
    let jalandhar: string;
    let garbage: string;

    beforeAll(async () => {
      jalandhar = await file({ tenantId: 'pb.jalandhar', localityCode: null });
      garbage = await file({ complaintType: 'GarbageNeedsTobeCleared' });
    });

    it("answers 404 for another city's complaint, as for one that does not exist", async () => {
      const read = await call('GET', `/complaints/${jalandhar}`, gro);
      const act = await call('POST', `/complaints/${jalandhar}/actions`, gro, { action: 'REJECT' });
      const missing = await call('GET', '/complaints/PB-PGR-2000-01-01-000001', gro);
      for (const response of [read, act, missing]) {
        expect(response.statusCode).toBe(404);
        expect(response.json().error).toBe('COMPLAINT_NOT_FOUND');
      }
      expect(read.json().message).toBe(`no complaint ${jalandhar}`);
      expect(await grievance.db.complaint.findUnique({ where: { number: jalandhar } })).toMatchObject({
        status: 'PENDINGFORASSIGNMENT',
      });
    });

    it("limits a routing officer with a department to that department's complaints", async () => {
      const streetLights = await as({ roles: ['GRO'], department: 'DEPT_1' });
      expect((await call('GET', `/complaints/${garbage}`, streetLights)).statusCode).toBe(404);
      const list = await call('GET', '/complaints?pageSize=100', streetLights);
      expect(list.json().items.map((item: { department: string }) => item.department)).not.toContain(
        'DEPT_3',
      );
      const sanitation = await as({ roles: ['GRO'], department: 'DEPT_3' });
      expect((await call('GET', `/complaints/${garbage}`, sanitation)).statusCode).toBe(200);
    });

    it('lets a partner read every department of its cities', async () => {
      const partner = await as({ roles: ['PARTNER'], tenants: ['pb.jalandhar'], department: 'DEPT_1' });
      expect((await call('GET', `/complaints/${jalandhar}`, partner)).statusCode).toBe(200);
    });
  });

  describe('listing', () => {
    const day = '2026-12-10';
    let token: string;
    let numbers: Record<'light' | 'garbage' | 'other' | 'late' | 'ludhiana', string>;

    const list = async (query: string, as = token) => {
      const response = await call('GET', `/complaints?${query}`, as);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{
        items: Array<{ number: string }>;
        total: number;
        page: number;
        pageSize: number;
      }>();
    };
    const numbersIn = async (query: string) => (await list(query)).items.map((item) => item.number);

    beforeAll(async () => {
      // A city of their own, so nothing filed by the other tests is listed.
      token = await as({ roles: ['SUPERVISOR'], tenants: ['pb.hoshiarpur', 'pb.ludhiana'] });
      clock.current = new Date(`${day}T03:00:00Z`);
      const light = await file({ tenantId: 'pb.hoshiarpur', localityCode: null, localityName: 'Model Town' });
      clock.advance(hourMs);
      const garbage = await file({
        tenantId: 'pb.hoshiarpur',
        complaintType: 'GarbageNeedsTobeCleared',
        localityCode: null,
      });
      clock.advance(hourMs);
      const other = await file({ tenantId: 'pb.hoshiarpur', localityCode: null });
      await grievance.db.complaint.update({ where: { number: other }, data: { localityCode: 'HLOC-1' } });
      clock.current = new Date(`${day}T20:00:00Z`); // 01:30 on the 11th in India
      const late = await file({ tenantId: 'pb.hoshiarpur', localityCode: null });
      const ludhiana = await file({ tenantId: 'pb.ludhiana', localityCode: null });
      numbers = { light, garbage, other, late, ludhiana };
      await call(
        'POST',
        `/complaints/${garbage}/actions`,
        await as({ roles: ['GRO'], tenants: ['pb.hoshiarpur'] }),
        {
          action: 'REJECT',
        },
      );
    });

    it('lists newest first with the total', async () => {
      const page = await list('');
      expect(page.total).toBe(5);
      expect(page.items.map((item) => item.number)).toEqual([
        numbers.ludhiana,
        numbers.late,
        numbers.other,
        numbers.garbage,
        numbers.light,
      ]);
    });

    it('pages', async () => {
      const second = await list('page=2&pageSize=2');
      expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(second.items.map((item) => item.number)).toEqual([numbers.other, numbers.garbage]);
      expect((await list('page=4&pageSize=2')).items).toEqual([]);
    });

    it('filters by status, repeated', async () => {
      expect(await numbersIn('status=REJECTED')).toEqual([numbers.garbage]);
      expect((await list('status=REJECTED&status=PENDINGFORASSIGNMENT')).total).toBe(5);
      expect(await numbersIn('status=RESOLVED')).toEqual([]);
    });

    it('filters by type, locality and city', async () => {
      expect(await numbersIn('type=GarbageNeedsTobeCleared')).toEqual([numbers.garbage]);
      expect(await numbersIn('locality=HLOC-1')).toEqual([numbers.other]);
      expect(await numbersIn('tenant=pb.ludhiana')).toEqual([numbers.ludhiana]);
    });

    it('filters by the day of filing in India, or by instants', async () => {
      expect(await numbersIn(`from=${day}&to=${day}`)).toEqual([
        numbers.other,
        numbers.garbage,
        numbers.light,
      ]);
      expect(await numbersIn('from=2026-12-11')).toEqual([numbers.ludhiana, numbers.late]);
      expect(await numbersIn(`from=${day}T04:00:00Z&to=${day}T05:00:00Z`)).toEqual([numbers.garbage]);
    });

    it('filters complaints past their SLA', async () => {
      expect(await numbersIn('slaBreached=true')).toEqual([]);
      clock.current = new Date(new Date(`${day}T03:00:00Z`).getTime() + 96 * hourMs + 1);
      expect(await numbersIn('slaBreached=true')).toEqual([numbers.light]);
      expect(await numbersIn('slaBreached=false')).toHaveLength(4);
      clock.advance(dayMs);
    });

    it.each([
      ['a page size over 100', 'pageSize=101'],
      ['page 0', 'page=0'],
      ['an unknown status', 'status=DONE'],
      ['a malformed date', 'from=yesterday'],
    ])('answers 400 to %s', async (_case, query) => {
      const response = await call('GET', `/complaints?${query}`, token);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    });

    it("answers 403 to a city that is not the token's", async () => {
      const response = await call('GET', '/complaints?tenant=pb.amritsar', token);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'TENANT_NOT_ALLOWED' });
    });
  });

  it('serves its OpenAPI description at /docs', async () => {
    const response = await grievance.service.app.inject({ url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/complaints',
        '/complaints/{number}',
        '/complaints/{number}/actions',
        '/complaints/{number}/comments',
      ]),
    );
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect((await grievance.service.app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });
});

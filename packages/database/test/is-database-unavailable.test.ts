import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/index.js';

const serverError = (code: string, message: string) =>
  Object.assign(new pg.DatabaseError(message, message.length, 'error'), { code, severity: 'FATAL' });

// Prisma 7 with the pg driver adapter, as it reported these failures (message shortened).
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error('Invalid `prisma.complaint.findFirst()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
  });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'the server shutting down (pg_ctl stop, restart)',
      serverError('57P01', 'terminating connection due to administrator command'),
    ],
    ['the server starting up', serverError('57P03', 'the database system is starting up')],
    ['no connection slot left', serverError('53300', 'sorry, too many clients already')],
    ['a connection exception', serverError('08006', 'connection failure')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a refused connection on every address',
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' }),
      ]),
    ],
    [
      'wrapped as a cause',
      new Error('claim failed', { cause: serverError('57P01', 'terminating connection') }),
    ],
    [
      'Prisma: server not reachable',
      prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }),
    ],
    [
      'Prisma: a raw query on a terminated connection',
      prismaError('P2010', { kind: 'postgres', originalCode: '57P01', code: '57P01', severity: 'FATAL' }),
    ],
    ['Prisma: a raw query on an unreachable server', prismaError('P2010', { kind: 'DatabaseNotReachable' })],
  ])('is true for %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', serverError('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', serverError('42601', 'syntax error at or near "selec"')],
    ['a deadlock, retried as any failure', serverError('40P01', 'deadlock detected')],
    ['Prisma: a record not found', prismaError('P2025', { kind: 'RecordNotFound' })],
    [
      'Prisma: a raw query refused by a rule',
      prismaError('P2010', { kind: 'postgres', originalCode: '23514' }),
    ],
    ['a plain error', new Error('no session for 919800000001')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('is true for the error pg gives when nothing listens on the port', async () => {
    // Port 1 is privileged and unused: the connection is refused at once.
    const client = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:1/postgres' });
    const error = await client.connect().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

import { KafkaUnavailableError } from '@seva/kafka';
import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createRequestErrorHandler } from '../src/index.js';

// What pg's pool rejects with while the server restarts (pg_ctl restart -m fast).
const serverShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
  name: 'error',
  code: '57P01',
  severity: 'FATAL',
});

async function buildApp() {
  const logged: Array<{ msg: string; err?: { message: string }; answered503?: number }> = [];
  const app = Fastify({
    logger: {
      level: 'error',
      stream: { write: (line: string) => void logged.push(JSON.parse(line)) },
    },
  });
  app.setErrorHandler(createRequestErrorHandler());
  app.get('/database-down', async () => {
    throw serverShutdown;
  });
  app.get('/kafka-down', async () => {
    throw new KafkaUnavailableError(new Error('no acknowledgement within 5000 ms'));
  });
  app.get('/bug', async () => {
    throw new Error('cannot read properties of undefined (reading "citizenWaId")');
  });
  app.post('/typed', { schema: { body: Type.Object({ name: Type.String() }) } }, async () => ({ ok: true }));
  // A route plugin's own handler answers its own errors and leaves the rest to the service's.
  await app.register(async (child) => {
    child.setErrorHandler((error) => {
      throw error;
    });
    child.get('/child/database-down', async () => {
      throw new Error('complaint lookup failed', { cause: serverShutdown });
    });
  });
  return { app, logged };
}

describe('createRequestErrorHandler', () => {
  it.each(['/database-down', '/child/database-down'])(
    'answers 503 with Retry-After when the database is down (%s)',
    async (url) => {
      const { app, logged } = await buildApp();
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toEqual({
        error: 'unavailable',
        message: 'the database is unavailable; try again later',
      });
      expect(logged.map((line) => line.msg)).toContain(
        'the database is unavailable; answering 503 until it is back',
      );
    },
  );

  it('answers 503 with Retry-After when Kafka does not acknowledge in time', async () => {
    const { app, logged } = await buildApp();
    const response = await app.inject({ method: 'GET', url: '/kafka-down' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toEqual({
      error: 'unavailable',
      message: 'Kafka is unavailable; try again later',
    });
    expect(logged.map((line) => line.msg)).toContain('Kafka is unavailable; answering 503 until it is back');
  });

  it('logs the 503s of an outage as one line with their count', async () => {
    const { app, logged } = await buildApp();
    for (let i = 0; i < 3; i++) {
      expect((await app.inject({ method: 'GET', url: '/database-down' })).statusCode).toBe(503);
    }
    expect(logged.filter((line) => line.msg.startsWith('the database is unavailable'))).toEqual([
      expect.objectContaining({ answered503: 1 }),
    ]);
  });

  it('answers 500 without internals, and logs the error', async () => {
    const { app, logged } = await buildApp();
    const response = await app.inject({ method: 'GET', url: '/bug' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: 'internal',
      message: 'the request failed; the error is logged',
    });
    expect(response.body).not.toContain('citizenWaId');
    expect(logged).toContainEqual(
      expect.objectContaining({
        msg: 'request failed',
        err: expect.objectContaining({ message: expect.stringContaining('citizenWaId') }),
      }),
    );
  });

  it("keeps Fastify's own 4xx answers", async () => {
    const { app } = await buildApp();
    const invalid = await app.inject({ method: 'POST', url: '/typed', payload: {} });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({
      code: 'FST_ERR_VALIDATION',
      message: "body must have required property 'name'",
    });
    const notJson = await app.inject({
      method: 'POST',
      url: '/typed',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(notJson.statusCode).toBe(400);
  });
});

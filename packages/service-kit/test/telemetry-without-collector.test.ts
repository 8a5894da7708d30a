import { context, propagation, trace } from '@opentelemetry/api';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTracing, startTelemetry, type Telemetry } from '../src/index.js';

describe('tracing without a collector', () => {
  let telemetry: Telemetry;
  beforeAll(() => {
    telemetry = startTelemetry({ serviceName: 'no-collector-test' });
  });
  afterAll(() => telemetry?.shutdown());

  it('records no spans but passes the caller trace on', async () => {
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const app = Fastify();
    await app.register(httpTracing);
    app.get('/probe', async () => {
      const span = trace.getActiveSpan();
      const headers: Record<string, string> = {};
      propagation.inject(context.active(), headers);
      return { recording: span?.isRecording(), traceId: span?.spanContext().traceId, headers };
    });
    const response = await app.inject({
      url: '/probe',
      headers: { traceparent: `00-${callerTrace}-00f067aa0ba902b7-01` },
    });
    const body = response.json();
    expect(body.recording).toBe(false);
    expect(body.traceId).toBe(callerTrace);
    expect(body.headers.traceparent).toMatch(new RegExp(`^00-${callerTrace}-[0-9a-f]{16}-00$`));
    await app.close();
  });
});

import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Publisher, Subscriber } from '@seva/kafka';
import { createTestKafka, type TestKafka } from '@seva/kafka/testing';
import { eventually } from '@seva/testkit';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTracing, startTelemetry, type Telemetry } from '../src/index.js';

const quiet = { warn: () => undefined, error: () => undefined };

describe('trace context from an HTTP request to the consumer of the event it produced', () => {
  const exporter = new InMemorySpanExporter();
  let telemetry: Telemetry;
  let kafka: TestKafka;
  let publisher: Publisher;

  beforeAll(async () => {
    telemetry = startTelemetry({
      serviceName: 'trace-test',
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    kafka = await createTestKafka('trace');
    publisher = new Publisher(kafka.kafka, kafka.settings);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher?.disconnect();
    await telemetry?.shutdown();
  });

  it('continues the caller trace through the HTTP span, the Kafka headers and the consumer span', async () => {
    const app = Fastify();
    await app.register(httpTracing);
    app.post('/missed-calls', async () => {
      await publisher.publish('telephonyMissedCall', [
        {
          type: 'telephony.missed-call',
          key: '919800000003',
          value: {
            callId: 'c1',
            citizenWaId: '919800000003',
            businessNumberId: '1001',
            calledAt: Date.now(),
            provider: 'test',
          },
        },
      ]);
      return { accepted: true };
    });
    await app.ready();

    const seen: Array<{ traceId: string; spanId: string }> = [];
    const subscriber = new Subscriber(kafka.kafka, kafka.settings, {
      groupId: 'trace',
      deadLetters: publisher,
      log: quiet,
      handlers: {
        telephonyMissedCall: {
          'telephony.missed-call': async () => {
            const context = trace.getActiveSpan()?.spanContext();
            if (context) seen.push({ traceId: context.traceId, spanId: context.spanId });
          },
        },
      },
    });
    await subscriber.start();
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/missed-calls',
        headers: { traceparent: `00-${callerTrace}-00f067aa0ba902b7-01` },
      });
      expect(response.statusCode).toBe(200);
      await eventually(() => expect(seen).toHaveLength(1));
    } finally {
      await subscriber.stop();
      await app.close();
    }

    const spans = exporter.getFinishedSpans();
    const server = spans.find((span) => span.name === 'POST /missed-calls');
    const consumer = spans.find((span) => span.name === 'seva.telephony.missed-call process');
    expect(server?.spanContext().traceId).toBe(callerTrace);
    expect(server?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(consumer?.spanContext().traceId).toBe(callerTrace);
    expect(consumer?.parentSpanContext?.spanId).toBe(server?.spanContext().spanId);
    expect(seen[0]).toEqual({ traceId: callerTrace, spanId: consumer?.spanContext().spanId });
  });
});

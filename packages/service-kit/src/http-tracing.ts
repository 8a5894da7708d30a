import {
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    otel?: { span: Span; context: Context };
  }
}

const tracer = trace.getTracer('@seva/service-kit');

/**
 * A server span per request, continuing the caller's W3C trace, active while the route handler runs, so
 * events the handler publishes carry the same trace into Kafka.
 */
export const httpTracing = fp(
  async (fastify) => {
    fastify.addHook('onRequest', async (request: FastifyRequest) => {
      const parent = propagation.extract(context.active(), request.headers);
      const route = request.routeOptions.url ?? request.url;
      const span = tracer.startSpan(
        `${request.method} ${route}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'http.request.method': request.method,
            'http.route': route,
            'url.path': request.url.split('?')[0],
          },
        },
        parent,
      );
      request.otel = { span, context: trace.setSpan(parent, span) };
    });
    fastify.addHook('onRoute', (route) => {
      const handler = route.handler;
      route.handler = function traced(request, reply) {
        const active = request.otel?.context;
        return active
          ? context.with(active, () => handler.call(this, request, reply))
          : handler.call(this, request, reply);
      };
    });
    fastify.addHook('onResponse', async (request, reply) => {
      const span = request.otel?.span;
      if (!span) return;
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
  },
  { name: 'seva-http-tracing' },
);

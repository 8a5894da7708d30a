import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TelemetrySettings {
  readonly serviceName: string;
  /** OTLP/HTTP collector base URL (e.g. http://jaeger:4318); spans are only exported when set. */
  readonly otlpEndpoint?: string | undefined;
  /** Extra processors, e.g. an in-memory exporter in tests. */
  readonly spanProcessors?: SpanProcessor[];
  /** OTEL_TRACES_SAMPLER is set: the SDK takes the sampler from the environment, whatever collects the spans. */
  readonly samplerFromEnvironment?: boolean;
}

export interface Telemetry {
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider (spans recorded only where a processor takes them, unless
 * OTEL_TRACES_SAMPLER says otherwise), the AsyncLocalStorage context manager and the W3C trace-context
 * propagator that the HTTP plugin and the Kafka package use.
 */
export function startTelemetry(settings: TelemetrySettings): Telemetry {
  const processors = [...(settings.spanProcessors ?? [])];
  if (settings.otlpEndpoint) {
    processors.push(
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
      ),
    );
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }),
    spanProcessors: processors,
    // Recording spans that nothing collects is work for nothing. Unrecorded spans still carry the trace context
    // over HTTP and Kafka, so log lines keep their trace ids; they pass it on as not sampled, so a service after
    // this one records that trace only if its own sampler ignores parents.
    ...(processors.length === 0 && !settings.samplerFromEnvironment
      ? { sampler: new AlwaysOffSampler() }
      : {}),
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

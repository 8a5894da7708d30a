import {
  type Context,
  context,
  propagation,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

const setter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

const getter: TextMapGetter<IHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => {
    const value = carrier[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? undefined : first.toString();
  },
};

/** W3C trace context (traceparent, tracestate) of the given or active context, as Kafka headers. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier, setter);
  return carrier;
}

/** The trace context a producer left in a record's headers. */
export const extractTraceContext = (headers: IHeaders): Context =>
  propagation.extract(context.active(), headers, getter);

export const headerString = (headers: IHeaders | undefined, name: string): string | undefined =>
  headers ? (getter.get(headers, name) as string | undefined) : undefined;

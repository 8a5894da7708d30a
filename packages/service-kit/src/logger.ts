import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';

/** Keys whose values are phone numbers or WhatsApp ids. */
const phoneKeys = new Set([
  'citizenWaId',
  'waId',
  'wa_id',
  'from',
  'to',
  'phone',
  'phoneNumber',
  'payerWaId',
  'callerNumber',
  'recipient_id',
  'display_phone_number',
]);

/** Keeps the country code start and last four digits: enough to tell citizens apart in a log, not to call them. */
export const maskPhone = (value: string): string =>
  value.replace(
    /\+?\d{10,15}/g,
    (digits) => `${digits.slice(0, 2)}${'*'.repeat(Math.max(digits.length - 6, 0))}${digits.slice(-4)}`,
  );

function maskDeep(value: unknown, key: string | undefined, depth: number): unknown {
  if (depth > 6 || value === null || value === undefined) return value;
  if (typeof value === 'string') return key && phoneKeys.has(key) ? maskPhone(value) : value;
  if (typeof value === 'number') return key && phoneKeys.has(key) ? maskPhone(String(value)) : value;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, key, depth + 1));
  if (typeof value === 'object' && !(value instanceof Error) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, k, depth + 1)]));
  }
  return value;
}

export interface LoggerSettings {
  readonly service: string;
  readonly level: string;
  /** Where lines go; standard output by default. */
  readonly destination?: pino.DestinationStream;
}

/** JSON logs with the active trace and span ids, and phone numbers masked in fields and messages. */
export function createLogger(settings: LoggerSettings): Logger {
  return pino(
    {
      level: settings.level,
      base: { service: settings.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
      },
      formatters: { log: (object) => maskDeep(object, undefined, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? maskPhone(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    settings.destination,
  );
}

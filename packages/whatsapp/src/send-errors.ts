export type SendErrorKind =
  | 'throttled'
  | 'server'
  | 'window-closed'
  | 'invalid-request'
  | 'auth'
  | 'recipient'
  | 'unknown';

/** A Graph API call that failed, with whether sending the same request again later can succeed. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly kind: SendErrorKind,
    readonly retryable: boolean,
    /** Meta's error code (`error.code`), when the response carried one. */
    readonly code: number | undefined,
    /** 0 when no response arrived (network failure or timeout). */
    readonly httpStatus: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SendError';
  }
}

// Meta recommends building error handling on `error.code`, not on the HTTP status:
// https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
const kindByCode = new Map<number, SendErrorKind>([
  // Throughput, rate and pair limits: the same request succeeds after backing off.
  [4, 'throttled'], // application request limit
  [80007, 'throttled'], // WhatsApp Business Account rate limit
  [130429, 'throttled'], // Cloud API throughput reached
  [131048, 'throttled'], // spam rate limit
  [131056, 'throttled'], // too many messages to the same citizen in a short time
  // Temporary trouble on Meta's side.
  [1, 'server'], // API unknown
  [2, 'server'], // API service: downtime or overload
  [131000, 'server'], // something went wrong
  [131016, 'server'], // service unavailable
  // The citizen last wrote more than 24 hours ago: only a template can reach them now.
  [131047, 'window-closed'],
  [131026, 'recipient'], // undeliverable: not on WhatsApp, old app version, terms not accepted
  // Credentials or account standing: an operator has to act.
  [0, 'auth'], // AuthException
  [10, 'auth'], // permission denied
  [190, 'auth'], // access token expired or invalid
  [368, 'auth'], // temporarily blocked for policy violations
  [131031, 'auth'], // business account locked
  // The request itself is wrong; sending it again fails the same way.
  [100, 'invalid-request'], // invalid parameter
  [131008, 'invalid-request'], // required parameter missing
  [131009, 'invalid-request'], // parameter value invalid
  [132000, 'invalid-request'], // template parameter count mismatch
  [132001, 'invalid-request'], // template does not exist in that language
]);

const retryableKinds = new Set<SendErrorKind>(['throttled', 'server']);

interface GraphErrorBody {
  error?: { message?: unknown; code?: unknown; error_data?: { details?: unknown }; fbtrace_id?: unknown };
}

/**
 * Classifies a failed Graph API response (`{ error: { message, type, code, error_data: { details }, fbtrace_id } }`).
 * A known error code decides; otherwise HTTP 429 and 5xx are retryable and any other status is permanent.
 */
export function classifySendError(httpStatus: number, body: unknown): SendError {
  const error =
    (typeof body === 'object' && body !== null ? (body as GraphErrorBody).error : undefined) ?? {};
  const code = Number.isInteger(error.code) ? (error.code as number) : undefined;
  const kind = (code === undefined ? undefined : kindByCode.get(code)) ?? kindFromStatus(httpStatus);
  const parts = [
    `WhatsApp API error (HTTP ${httpStatus}${code === undefined ? '' : `, code ${code}`})`,
    typeof error.message === 'string' ? error.message : undefined,
    typeof error.error_data?.details === 'string' ? error.error_data.details : undefined,
    typeof error.fbtrace_id === 'string' ? `fbtrace_id ${error.fbtrace_id}` : undefined,
  ];
  return new SendError(parts.filter(Boolean).join(': '), kind, retryableKinds.has(kind), code, httpStatus);
}

function kindFromStatus(httpStatus: number): SendErrorKind {
  if (httpStatus === 429) return 'throttled';
  if (httpStatus >= 500) return 'server';
  if (httpStatus === 401 || httpStatus === 403) return 'auth';
  return 'unknown';
}

import { randomBytes } from 'node:crypto';
import type { WebhookError } from '@seva/whatsapp';

interface KnownError {
  readonly title: string;
  readonly details?: string;
  /** Meta answers most WhatsApp errors with 400, whatever the cause. */
  readonly httpStatus?: number;
}

// Titles and details as the Cloud API words them, so logs and dashboards read the same against the simulator.
// https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
const knownErrors = new Map<number, KnownError>([
  [100, { title: 'Invalid parameter' }],
  [131008, { title: 'Required parameter is missing' }],
  [131009, { title: 'Parameter value is not valid' }],
  [190, { title: 'Invalid OAuth access token - Cannot parse access token', httpStatus: 401 }],
  [130429, { title: 'Rate limit hit', details: 'Cloud API message throughput has been reached.' }],
  [131048, { title: 'Spam rate limit hit' }],
  [131056, { title: '(Business Account, Consumer Account) pair rate limit hit' }],
  [
    131026,
    {
      title: 'Message undeliverable',
      details:
        'The recipient is not on WhatsApp, has not accepted the terms, or uses an old version of WhatsApp.',
    },
  ],
  [
    131047,
    {
      title: 'Re-engagement message',
      details:
        'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
    },
  ],
  [131051, { title: 'Unsupported message type' }],
  [131000, { title: 'Something went wrong', httpStatus: 500 }],
  [131016, { title: 'Service unavailable', httpStatus: 503 }],
  [368, { title: 'Temporarily blocked for policies violations' }],
]);

export interface GraphErrorBody {
  error: {
    message: string;
    type: 'OAuthException';
    code: number;
    error_data?: { messaging_product: 'whatsapp'; details: string };
    fbtrace_id: string;
  };
}

export interface GraphErrorReply {
  readonly statusCode: number;
  readonly body: GraphErrorBody;
}

const describeError = (code: number): KnownError => knownErrors.get(code) ?? { title: `Error ${code}` };

/**
 * The response the Graph API gives for error `code`: `{ error: { message, type, code, error_data, fbtrace_id } }`.
 * `details` replaces Meta's standard explanation (e.g. the list of invalid fields); `httpStatus` overrides the
 * status Meta uses for that code (HTTP 429 throttling, for a client that must cope with either).
 */
export function buildGraphError(
  code: number,
  options: { details?: string; httpStatus?: number } = {},
): GraphErrorReply {
  const known = describeError(code);
  const details = options.details ?? known.details;
  return {
    statusCode: options.httpStatus ?? known.httpStatus ?? 400,
    body: {
      error: {
        // WhatsApp errors carry their code in the message; the token error is Graph's own and does not.
        message: code === 190 ? known.title : `(#${code}) ${known.title}`,
        type: 'OAuthException',
        code,
        ...(details === undefined ? {} : { error_data: { messaging_product: 'whatsapp', details } }),
        fbtrace_id: `A${randomBytes(16).toString('base64url')}`,
      },
    },
  };
}

/** The error object a `failed` status webhook carries. */
export function buildWebhookError(code: number): WebhookError {
  const known = describeError(code);
  return {
    code,
    title: known.title,
    message: known.title,
    ...(known.details === undefined ? {} : { error_data: { details: known.details } }),
    href: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes',
  };
}

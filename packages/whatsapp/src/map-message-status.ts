import type { MessageStatus, StatusError, StatusKind } from '@seva/contracts';
import {
  epochMillis,
  expectArray,
  expectInteger,
  expectRecord,
  expectString,
  stringOrNull,
} from './read-fields.js';
import type { WebhookError, WebhookStatus } from './webhook-types.js';

const statusKinds = new Map<string, StatusKind>([
  ['sent', 'SENT'],
  ['delivered', 'DELIVERED'],
  ['read', 'READ'],
  ['failed', 'FAILED'],
]);

/** Turns one webhook status into the platform's event; statuses Meta may add later read as UNKNOWN. */
export function mapMessageStatus(raw: unknown, businessNumberId: string, path: string): MessageStatus {
  const status = expectRecord(raw, path) as unknown as WebhookStatus;
  return {
    messageId: expectString(status.id, `${path}.id`),
    businessNumberId,
    citizenWaId: expectString(status.recipient_id, `${path}.recipient_id`),
    status: statusKinds.get(status.status) ?? 'UNKNOWN',
    at: epochMillis(status.timestamp, `${path}.timestamp`),
    errors: expectArray(status.errors, `${path}.errors`).map((error, i) =>
      mapError(error, `${path}.errors[${i}]`),
    ),
    callbackData: stringOrNull(status.biz_opaque_callback_data),
  };
}

/** Meta's error object as it appears on statuses, messages and the change value. */
export function mapError(raw: unknown, path: string): StatusError {
  const error = expectRecord(raw, path) as unknown as WebhookError;
  return {
    code: expectInteger(error.code, `${path}.code`),
    title: stringOrNull(error.title) ?? stringOrNull(error.message) ?? 'untitled error',
    detail: stringOrNull(error.error_data?.details),
  };
}

import type { InboundMessage, MessageStatus, StatusError } from '@seva/contracts';
import { WebhookPayloadError } from './errors.js';
import { mapInboundMessage } from './map-inbound-message.js';
import { mapError, mapMessageStatus } from './map-message-status.js';
import { expectArray, expectRecord, expectString, stringOrNull } from './read-fields.js';
import type { WebhookContact } from './webhook-types.js';

export interface ParsedWebhook {
  messages: Array<{ businessNumberId: string; message: InboundMessage }>;
  statuses: Array<{ businessNumberId: string; status: MessageStatus }>;
  /** Errors Meta reports for a business number as a whole rather than for one message. */
  errors: Array<{ businessNumberId: string } & StatusError>;
}

/**
 * Reads every entry and change of a webhook body. One delivery can batch several business numbers (one change
 * each), so every item is returned with the phone-number-id that received it.
 * Throws WebhookPayloadError when the body is not a WhatsApp Business Account notification at all.
 */
export function parseWebhook(body: unknown): ParsedWebhook {
  const root = expectRecord(body, 'body');
  if (root.object !== 'whatsapp_business_account') {
    throw new WebhookPayloadError(
      `object is ${JSON.stringify(root.object)}, not "whatsapp_business_account"`,
    );
  }
  if (!Array.isArray(root.entry)) throw new WebhookPayloadError('entry is not an array');

  const parsed: ParsedWebhook = { messages: [], statuses: [], errors: [] };
  root.entry.forEach((rawEntry, e) => {
    const entry = expectRecord(rawEntry, `entry[${e}]`);
    expectArray(entry.changes, `entry[${e}].changes`).forEach((rawChange, c) => {
      const path = `entry[${e}].changes[${c}]`;
      const change = expectRecord(rawChange, path);
      // Other subscribed fields (template status, account updates...) belong to other consumers.
      if (change.field !== 'messages') return;
      readChangeValue(expectRecord(change.value, `${path}.value`), `${path}.value`, parsed);
    });
  });
  return parsed;
}

function readChangeValue(value: Record<string, unknown>, path: string, parsed: ParsedWebhook): void {
  const metadata = expectRecord(value.metadata, `${path}.metadata`);
  const businessNumberId = expectString(metadata.phone_number_id, `${path}.metadata.phone_number_id`);

  const citizenNames = new Map<string, string>();
  const contacts = expectArray(value.contacts, `${path}.contacts`) as Array<Partial<WebhookContact> | null>;
  for (const contact of contacts) {
    const waId = stringOrNull(contact?.wa_id);
    const name = stringOrNull(contact?.profile?.name);
    if (waId !== null && name !== null) citizenNames.set(waId, name);
  }

  expectArray(value.messages, `${path}.messages`).forEach((message, i) => {
    parsed.messages.push({
      businessNumberId,
      message: mapInboundMessage(message, businessNumberId, citizenNames, `${path}.messages[${i}]`),
    });
  });
  expectArray(value.statuses, `${path}.statuses`).forEach((status, i) => {
    parsed.statuses.push({
      businessNumberId,
      status: mapMessageStatus(status, businessNumberId, `${path}.statuses[${i}]`),
    });
  });
  expectArray(value.errors, `${path}.errors`).forEach((error, i) => {
    parsed.errors.push({ businessNumberId, ...mapError(error, `${path}.errors[${i}]`) });
  });
}

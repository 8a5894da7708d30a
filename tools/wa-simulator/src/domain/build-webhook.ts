import { createHash } from 'node:crypto';
import type { WebhookBody, WebhookError, WebhookStatus, WebhookValue } from '@seva/whatsapp';
import type { BusinessNumber } from './business-numbers.js';
import type { BusinessEntry, DeliveryStatus } from './conversation-store.js';
import { unixSeconds } from './ids.js';

/**
 * Meta's envelope around one change of the `messages` field. Each simulated number is its own WhatsApp
 * Business Account, so the account id (`entry[].id`) is the phone-number-id.
 */
export function wrapInWebhook(
  number: BusinessNumber,
  content: Pick<WebhookValue, 'contacts' | 'messages' | 'statuses'>,
): WebhookBody {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: number.id,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: number.displayPhoneNumber, phone_number_id: number.id },
              ...content,
            },
          },
        ],
      },
    ],
  };
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * A status of a business message, with the pricing conversation Meta bills it under. Templates open a
 * (billable) utility conversation, replies a free service one. Meta opens a 24-hour window at the first
 * message; windows here are calendar days, so the id is derived rather than stored.
 */
export function buildStatus(
  entry: BusinessEntry,
  status: DeliveryStatus,
  at: number,
  errors: WebhookError[],
): WebhookStatus {
  const base = {
    id: entry.id,
    status,
    timestamp: unixSeconds(at),
    recipient_id: entry.waId,
    ...(entry.callbackData === null ? {} : { biz_opaque_callback_data: entry.callbackData }),
  };
  if (status === 'failed') return { ...base, errors };
  const category = entry.message.type === 'template' ? 'utility' : 'service';
  const windowStart = Math.floor(entry.at / dayMs) * dayMs;
  const conversationId = createHash('sha256')
    .update(`${entry.businessNumberId}:${entry.waId}:${category}:${windowStart}`)
    .digest('hex')
    .slice(0, 32);
  return {
    ...base,
    conversation: {
      id: conversationId,
      // Meta states when the window closes only on the first status, `sent`.
      ...(status === 'sent' ? { expiration_timestamp: unixSeconds(windowStart + dayMs) } : {}),
      origin: { type: category },
    },
    pricing: { billable: category !== 'service', pricing_model: 'CBP', category },
  };
}

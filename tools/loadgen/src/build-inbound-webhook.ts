import type { WebhookBody, WebhookMessage } from '@seva/whatsapp';

/** What a citizen does on the phone in one turn. */
export type CitizenInput =
  | { readonly kind: 'text'; readonly text: string }
  /** A tap on a reply button or a list row of the last business message. */
  | { readonly kind: 'choice'; readonly id: string; readonly title: string; readonly from: 'button' | 'list' }
  | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number }
  /** A photo; the media id is known once the file is uploaded to the simulator, just before sending. */
  | { readonly kind: 'photo'; readonly mediaId: string; readonly sha256: string; readonly caption: string };

export interface BusinessNumber {
  /** phone-number-id */
  readonly id: string;
  readonly displayPhoneNumber: string;
}

export interface Sender {
  readonly waId: string;
  readonly name: string;
}

function toWebhookMessage(from: string, id: string, timestamp: string, input: CitizenInput): WebhookMessage {
  const base = { from, id, timestamp };
  switch (input.kind) {
    case 'text':
      return { ...base, type: 'text', text: { body: input.text } };
    case 'choice':
      return {
        ...base,
        type: 'interactive',
        interactive:
          input.from === 'button'
            ? { type: 'button_reply', button_reply: { id: input.id, title: input.title } }
            : { type: 'list_reply', list_reply: { id: input.id, title: input.title } },
      };
    case 'location':
      return {
        ...base,
        type: 'location',
        location: { latitude: input.latitude, longitude: input.longitude },
      };
    case 'photo':
      return {
        ...base,
        type: 'image',
        image: { id: input.mediaId, mime_type: 'image/jpeg', sha256: input.sha256, caption: input.caption },
      };
  }
}

/**
 * One citizen message in the body Meta posts for the `messages` field (as in packages/whatsapp/test/fixtures),
 * one message per delivery as Meta usually sends them.
 */
export function buildInboundWebhook(
  number: BusinessNumber,
  sender: Sender,
  messageId: string,
  sentAtMs: number,
  input: CitizenInput,
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
              contacts: [{ profile: { name: sender.name }, wa_id: sender.waId }],
              messages: [
                toWebhookMessage(sender.waId, messageId, String(Math.floor(sentAtMs / 1000)), input),
              ],
            },
          },
        ],
      },
    ],
  };
}

/**
 * The body Meta POSTs to the webhook for the `messages` field of a WhatsApp Business Account, as documented in
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 * Only the properties the platform reads are listed; Meta adds others (referral, identity, pricing details...).
 */
export interface WebhookBody {
  object: 'whatsapp_business_account';
  entry: WebhookEntry[];
}

export interface WebhookEntry {
  /** WhatsApp Business Account id. */
  id: string;
  changes: WebhookChange[];
}

export interface WebhookChange {
  /** Only `messages` carries messages and statuses; other subscribed fields are skipped by the parser. */
  field: string;
  value: WebhookValue;
}

export interface WebhookValue {
  messaging_product: 'whatsapp';
  metadata: WebhookMetadata;
  contacts?: WebhookContact[];
  messages?: WebhookMessage[];
  statuses?: WebhookStatus[];
  /** Errors not tied to one message (for example the app failing to authenticate). */
  errors?: WebhookError[];
}

export interface WebhookMetadata {
  display_phone_number: string;
  phone_number_id: string;
}

export interface WebhookContact {
  profile?: { name?: string };
  wa_id: string;
}

export interface WebhookError {
  code: number;
  title: string;
  /** Same as `title` according to Meta. */
  message?: string;
  error_data?: { details?: string };
  href?: string;
}

/** What every message carries, whatever its type. */
export interface WebhookMessageBase {
  from: string;
  /** wamid. */
  id: string;
  /** Unix time in seconds, as a string. */
  timestamp: string;
  /** Present when the citizen replied to (quoted) an earlier message, or tapped a template quick-reply button. */
  context?: { from?: string; id: string; forwarded?: boolean; frequently_forwarded?: boolean };
  errors?: WebhookError[];
}

export interface WebhookMedia {
  id: string;
  mime_type: string;
  sha256?: string;
  caption?: string;
}

export interface TextMessage extends WebhookMessageBase {
  type: 'text';
  text: { body: string };
}

export interface InteractiveMessage extends WebhookMessageBase {
  type: 'interactive';
  interactive:
    | { type: 'button_reply'; button_reply: { id: string; title: string } }
    | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } }
    | { type: 'nfm_reply'; nfm_reply: { name?: string; body?: string; response_json: string } };
}

/** A tap on a quick-reply button of a template message. */
export interface ButtonMessage extends WebhookMessageBase {
  type: 'button';
  button: { payload: string; text: string };
}

export interface ImageMessage extends WebhookMessageBase {
  type: 'image';
  image: WebhookMedia;
}

export interface VideoMessage extends WebhookMessageBase {
  type: 'video';
  video: WebhookMedia;
}

export interface AudioMessage extends WebhookMessageBase {
  type: 'audio';
  /** `voice` is true for a voice note recorded in WhatsApp, absent or false for an attached audio file. */
  audio: WebhookMedia & { voice?: boolean };
}

export interface DocumentMessage extends WebhookMessageBase {
  type: 'document';
  document: WebhookMedia & { filename?: string };
}

export interface StickerMessage extends WebhookMessageBase {
  type: 'sticker';
  sticker: WebhookMedia & { animated?: boolean };
}

export interface LocationMessage extends WebhookMessageBase {
  type: 'location';
  location: { latitude: number; longitude: number; name?: string; address?: string; url?: string };
}

export interface SharedContact {
  name: { formatted_name: string; first_name?: string; last_name?: string };
  phones?: Array<{ phone?: string; wa_id?: string; type?: string }>;
}

export interface ContactsMessage extends WebhookMessageBase {
  type: 'contacts';
  contacts: SharedContact[];
}

export interface ReactionMessage extends WebhookMessageBase {
  type: 'reaction';
  /** `emoji` is omitted when the citizen removes their reaction. */
  reaction: { message_id: string; emoji?: string };
}

/** A message type the Cloud API cannot deliver; `errors` says why (code 131051 or 131060). */
export interface UnsupportedMessage extends WebhookMessageBase {
  type: 'unsupported';
  unsupported?: { type: string };
}

export type WebhookMessage =
  | TextMessage
  | InteractiveMessage
  | ButtonMessage
  | ImageMessage
  | VideoMessage
  | AudioMessage
  | DocumentMessage
  | StickerMessage
  | LocationMessage
  | ContactsMessage
  | ReactionMessage
  | UnsupportedMessage;

export interface WebhookStatus {
  /** wamid of the message the business sent. */
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** Unix time in seconds, as a string. */
  timestamp: string;
  recipient_id: string;
  conversation?: { id: string; expiration_timestamp?: string; origin?: { type: string } };
  pricing?: { billable?: boolean; pricing_model?: string; category?: string };
  /** Present when `status` is `failed`. */
  errors?: WebhookError[];
  /** The biz_opaque_callback_data the message was sent with. */
  biz_opaque_callback_data?: string;
}

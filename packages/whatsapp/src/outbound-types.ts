// Message objects for POST /{version}/{phone-number-id}/messages, without `messaging_product`, `recipient_type`
// and `to`, which the client adds when it sends. Shapes follow
// https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/messages

export interface ReplyButton {
  id: string;
  title: string;
}

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export interface ListSection {
  /** Required by Meta when the list has more than one section. */
  title?: string;
  rows: ListRow[];
}

/** A media file either already uploaded to Meta (`id`) or fetched by Meta from a public HTTPS `link`. */
export type MediaSource = { link: string; id?: never } | { id: string; link?: never };

export interface TextHeader {
  type: 'text';
  text: string;
}

export interface InteractiveFrame {
  header?: TextHeader;
  body: { text: string };
  footer?: { text: string };
}

export interface OutboundText {
  type: 'text';
  text: { body: string; preview_url: boolean };
}

export interface OutboundReplyButtons {
  type: 'interactive';
  interactive: InteractiveFrame & {
    type: 'button';
    action: { buttons: Array<{ type: 'reply'; reply: ReplyButton }> };
  };
}

export interface OutboundList {
  type: 'interactive';
  interactive: InteractiveFrame & {
    type: 'list';
    action: { button: string; sections: ListSection[] };
  };
}

export interface OutboundLocationRequest {
  type: 'interactive';
  interactive: {
    type: 'location_request_message';
    body: { text: string };
    action: { name: 'send_location' };
  };
}

export interface OutboundImage {
  type: 'image';
  image: MediaSource & { caption?: string };
}

export interface OutboundDocument {
  type: 'document';
  document: MediaSource & { caption?: string; filename?: string };
}

export interface OutboundTemplate {
  type: 'template';
  template: {
    name: string;
    language: { code: string };
    components?: Array<{ type: 'body'; parameters: Array<{ type: 'text'; text: string }> }>;
  };
}

export type OutboundMessage =
  | OutboundText
  | OutboundReplyButtons
  | OutboundList
  | OutboundLocationRequest
  | OutboundImage
  | OutboundDocument
  | OutboundTemplate;

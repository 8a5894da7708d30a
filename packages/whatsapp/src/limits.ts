// Meta's limits for messages the business sends, from the Cloud API reference:
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
// https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
// Meta states them in characters; they are counted here in Unicode code points (see codePointLength).

/**
 * biz_opaque_callback_data of a send request, echoed in the message's status webhooks: at most 512 characters.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
 */
export const CALLBACK_DATA_MAX = 512;

/** Reply buttons message: "up to three predefined replies". */
export const REPLY_BUTTONS_MAX = 3;
/** Reply button label: maximum 20 characters. */
export const BUTTON_TITLE_MAX = 20;
/** Reply button id: maximum 256 characters. */
export const BUTTON_ID_MAX = 256;

/** List message: up to 10 rows for all sections combined. */
export const LIST_ROWS_MAX = 10;
/** List message: up to 10 sections. */
export const LIST_SECTIONS_MAX = 10;
/** List section title: maximum 24 characters. */
export const SECTION_TITLE_MAX = 24;
/** List row title: maximum 24 characters. */
export const ROW_TITLE_MAX = 24;
/** List row description: maximum 72 characters. */
export const ROW_DESCRIPTION_MAX = 72;
/** List row id: maximum 200 characters. */
export const ROW_ID_MAX = 200;
/** Label of the button that opens the list: maximum 20 characters. */
export const LIST_BUTTON_TEXT_MAX = 20;

/** Text header of an interactive message: maximum 60 characters. */
export const HEADER_TEXT_MAX = 60;
/** Footer of an interactive message: maximum 60 characters. */
export const FOOTER_TEXT_MAX = 60;
/** Body of a reply buttons or location request message: maximum 1024 characters. */
export const INTERACTIVE_BODY_MAX = 1024;
/** Body of a list message: maximum 4096 characters (lists allow more than other interactive messages). */
export const LIST_BODY_MAX = 4096;

/** Text message body: maximum 4096 characters. */
export const TEXT_BODY_MAX = 4096;
/** Caption of an image or document: maximum 1024 characters. */
export const CAPTION_MAX = 1024;

/**
 * Length in Unicode code points. `string.length` counts UTF-16 units, so an emoji outside the Basic Multilingual
 * Plane counts twice. Devanagari, Gurmukhi and Odia sit inside that plane, but a letter the reader sees as one
 * (क + ि = कि) is still several code points: limits are kept by code point, not by what looks like one character.
 */
export function codePointLength(text: string): number {
  return [...text].length;
}

export { buildDocument } from './build-document.js';
export { buildImage } from './build-image.js';
export { buildList, type ListInput } from './build-list.js';
export { buildLocationRequest } from './build-location-request.js';
export { buildReplyButtons, type ReplyButtonsInput } from './build-reply-buttons.js';
export { buildTemplate, type TemplateInput } from './build-template.js';
export { buildText } from './build-text.js';
export { MediaTooLargeError, MessageLimitError, WebhookPayloadError } from './errors.js';
export {
  GraphApiClient,
  type GraphApiClientOptions,
  type GraphCallOptions,
  type MediaInfo,
  type SendOptions,
} from './graph-client.js';
export { type GraphAccess, type GraphSettings, graphAccess, graphSettings } from './graph-settings.js';
export * from './limits.js';
export type * from './outbound-types.js';
export { type ListPageOptions, paginateList } from './paginate-list.js';
export { type ParsedWebhook, parseWebhook } from './parse-webhook.js';
export { classifySendError, SendError, type SendErrorKind } from './send-errors.js';
export { truncateToLimit } from './truncate-to-limit.js';
export { validateOutboundMessage } from './validate-message.js';
export { signBody, verifySignature } from './verify-signature.js';
export type * from './webhook-types.js';

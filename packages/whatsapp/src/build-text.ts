import { checkLength } from './check-limits.js';
import { TEXT_BODY_MAX } from './limits.js';
import type { OutboundText } from './outbound-types.js';

/** A plain text message; `previewUrl` asks WhatsApp to render a preview of the first link in the body. */
export function buildText(body: string, options: { previewUrl?: boolean } = {}): OutboundText {
  return {
    type: 'text',
    text: { body: checkLength('text.body', body, TEXT_BODY_MAX), preview_url: options.previewUrl ?? false },
  };
}

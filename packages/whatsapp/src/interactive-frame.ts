import { checkLength } from './check-limits.js';
import { FOOTER_TEXT_MAX, HEADER_TEXT_MAX } from './limits.js';
import type { InteractiveFrame } from './outbound-types.js';

/** Body, optional text header and optional footer, shared by every interactive message with options. */
export function interactiveFrame(
  body: string,
  bodyMax: number,
  header?: string,
  footer?: string,
): InteractiveFrame {
  return {
    ...(header === undefined
      ? {}
      : { header: { type: 'text', text: checkLength('header', header, HEADER_TEXT_MAX) } }),
    body: { text: checkLength('body', body, bodyMax) },
    ...(footer === undefined ? {} : { footer: { text: checkLength('footer', footer, FOOTER_TEXT_MAX) } }),
  };
}

import { checkCount, checkLength, checkUnique } from './check-limits.js';
import { interactiveFrame } from './interactive-frame.js';
import { BUTTON_ID_MAX, BUTTON_TITLE_MAX, INTERACTIVE_BODY_MAX, REPLY_BUTTONS_MAX } from './limits.js';
import type { OutboundReplyButtons, ReplyButton } from './outbound-types.js';

export interface ReplyButtonsInput {
  body: string;
  buttons: readonly ReplyButton[];
  header?: string;
  footer?: string;
}

/** Up to three buttons shown under the message; the tapped button's id comes back as a BUTTON_REPLY. */
export function buildReplyButtons({
  body,
  buttons,
  header,
  footer,
}: ReplyButtonsInput): OutboundReplyButtons {
  checkCount('buttons', buttons.length, REPLY_BUTTONS_MAX);
  checkUnique(
    'button ids',
    buttons.map((button) => button.id),
  );
  checkUnique(
    'button titles',
    buttons.map((button) => button.title),
  );
  return {
    type: 'interactive',
    interactive: {
      type: 'button',
      ...interactiveFrame(body, INTERACTIVE_BODY_MAX, header, footer),
      action: {
        buttons: buttons.map((button, i) => ({
          type: 'reply',
          reply: {
            id: checkLength(`buttons[${i}].id`, button.id, BUTTON_ID_MAX),
            title: checkLength(`buttons[${i}].title`, button.title, BUTTON_TITLE_MAX),
          },
        })),
      },
    },
  };
}

import { checkLength } from './check-limits.js';
import { INTERACTIVE_BODY_MAX } from './limits.js';
import type { OutboundLocationRequest } from './outbound-types.js';

/** A message with a "Send location" button; the citizen's answer arrives as a LOCATION message. */
export function buildLocationRequest(body: string): OutboundLocationRequest {
  return {
    type: 'interactive',
    interactive: {
      type: 'location_request_message',
      body: { text: checkLength('body', body, INTERACTIVE_BODY_MAX) },
      action: { name: 'send_location' },
    },
  };
}

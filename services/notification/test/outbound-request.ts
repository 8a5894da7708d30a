import type { OutboundRequest } from '@seva/contracts';
import { buildText } from '@seva/whatsapp';

export const testBusinessNumberId = '100200300400500';

/** A text reply to a citizen named after `name`, as conversation would request it. */
export const outboundRequest = (name: string, overrides: Partial<OutboundRequest> = {}): OutboundRequest => ({
  requestId: `req-${name}`,
  businessNumberId: testBusinessNumberId,
  citizenWaId: `91980000${name}`,
  message: JSON.stringify(buildText(`to ${name}`)),
  fallbackTemplate: null,
  causationId: `cause-${name}`,
  citizenLastInboundAt: null,
  ...overrides,
});

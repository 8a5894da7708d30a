import { mediaObject } from './media-object.js';
import type { MediaSource, OutboundDocument } from './outbound-types.js';

/** `filename` is what the citizen's phone saves the file as, so it should carry the extension. */
export function buildDocument(
  input: MediaSource & { filename?: string; caption?: string },
): OutboundDocument {
  return {
    type: 'document',
    document: {
      ...mediaObject(input, input.caption),
      ...(input.filename === undefined ? {} : { filename: input.filename }),
    },
  };
}

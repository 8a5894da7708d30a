import { mediaObject } from './media-object.js';
import type { MediaSource, OutboundImage } from './outbound-types.js';

export function buildImage(input: MediaSource & { caption?: string }): OutboundImage {
  return { type: 'image', image: mediaObject(input, input.caption) };
}

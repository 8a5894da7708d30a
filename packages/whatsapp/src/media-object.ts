import { checkLength } from './check-limits.js';
import { CAPTION_MAX } from './limits.js';
import type { MediaSource } from './outbound-types.js';

/** The `{ link | id, caption? }` object image and document messages share. */
export function mediaObject(
  source: MediaSource,
  caption: string | undefined,
): MediaSource & { caption?: string } {
  const located: MediaSource = source.link === undefined ? { id: source.id } : { link: source.link };
  return caption === undefined
    ? located
    : { ...located, caption: checkLength('caption', caption, CAPTION_MAX) };
}

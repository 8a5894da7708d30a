import type { InboundMessage } from '@seva/contracts';
import type { Input } from './types.js';

/** What the engine reacts to in a citizen's message; anything it cannot use becomes `other`, never an error. */
export function readInput(message: InboundMessage): Input {
  switch (message.kind) {
    case 'TEXT':
      return message.text?.trim()
        ? { kind: 'text', text: message.text.trim() }
        : { kind: 'other', what: 'empty text' };
    case 'BUTTON_REPLY':
    case 'LIST_REPLY':
      return message.reply
        ? { kind: 'choice', id: message.reply.id, title: message.reply.title }
        : { kind: 'other', what: 'reply without choice' };
    case 'LOCATION':
      return message.location
        ? {
            kind: 'location',
            pin: { latitude: message.location.latitude, longitude: message.location.longitude },
          }
        : { kind: 'other', what: 'location without coordinates' };
    case 'IMAGE':
      return message.media
        ? { kind: 'photo', photo: { mediaId: message.media.mediaId, mimeType: message.media.mimeType } }
        : { kind: 'other', what: 'image without media' };
    default:
      return { kind: 'other', what: message.kind.toLowerCase() };
  }
}

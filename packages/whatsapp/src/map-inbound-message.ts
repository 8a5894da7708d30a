import type { InboundKind, InboundMessage } from '@seva/contracts';
import { epochMillis, expectRecord, expectString, stringOrNull } from './read-fields.js';
import type {
  InteractiveMessage,
  WebhookMedia,
  WebhookMessage,
  WebhookMessageBase,
} from './webhook-types.js';

type Content = Pick<InboundMessage, 'kind'> &
  Partial<
    Pick<InboundMessage, 'text' | 'reply' | 'media' | 'location' | 'unsupportedReason' | 'contextMessageId'>
  >;

/**
 * Turns one webhook message into the platform's event. Missing identity (id, sender, time) is a broken payload and
 * throws; content the platform cannot use becomes kind UNSUPPORTED so the citizen still gets an answer.
 */
export function mapInboundMessage(
  raw: unknown,
  businessNumberId: string,
  citizenNames: ReadonlyMap<string, string>,
  path: string,
): InboundMessage {
  const message = expectRecord(raw, path) as unknown as WebhookMessage;
  const citizenWaId = expectString(message.from, `${path}.from`);
  return {
    messageId: expectString(message.id, `${path}.id`),
    businessNumberId,
    citizenWaId,
    citizenName: citizenNames.get(citizenWaId) ?? null,
    sentAt: epochMillis(message.timestamp, `${path}.timestamp`),
    text: null,
    reply: null,
    media: null,
    location: null,
    unsupportedReason: null,
    contextMessageId: stringOrNull(message.context?.id),
    ...readContent(message),
  };
}

function readContent(message: WebhookMessage): Content {
  switch (message.type) {
    case 'text': {
      const text = stringOrNull(message.text?.body);
      return text === null ? malformed(message.type) : { kind: 'TEXT', text };
    }
    case 'interactive':
      return readInteractive(message.interactive);
    case 'button': {
      const id = stringOrNull(message.button?.payload);
      const title = stringOrNull(message.button?.text);
      return id === null || title === null
        ? malformed(message.type)
        : { kind: 'BUTTON_REPLY', reply: { id, title, description: null } };
    }
    case 'image':
      return readMedia('IMAGE', message.image, message.type);
    case 'video':
      return readMedia('VIDEO', message.video, message.type);
    case 'audio':
      return readMedia('AUDIO', message.audio, message.type);
    case 'document':
      return readMedia('DOCUMENT', message.document, message.type);
    case 'sticker':
      return readMedia('STICKER', message.sticker, message.type);
    case 'location': {
      const pin = message.location;
      const latitude = pin?.latitude;
      const longitude = pin?.longitude;
      if (!isCoordinate(latitude) || !isCoordinate(longitude)) return malformed(message.type);
      return {
        kind: 'LOCATION',
        location: { latitude, longitude, name: stringOrNull(pin?.name), address: stringOrNull(pin?.address) },
      };
    }
    case 'contacts':
      return { kind: 'CONTACTS' };
    case 'reaction': {
      const reactedTo = stringOrNull(message.reaction?.message_id);
      if (reactedTo === null) return malformed(message.type);
      // The reacted-to message is the context; an absent emoji means the citizen took the reaction back.
      return { kind: 'REACTION', text: stringOrNull(message.reaction.emoji), contextMessageId: reactedTo };
    }
    default:
      return unsupported(message);
  }
}

function readInteractive(interactive: InteractiveMessage['interactive'] | undefined): Content {
  switch (interactive?.type) {
    case 'button_reply': {
      const id = stringOrNull(interactive.button_reply?.id);
      const title = stringOrNull(interactive.button_reply?.title);
      return id === null || title === null
        ? malformed('interactive')
        : { kind: 'BUTTON_REPLY', reply: { id, title, description: null } };
    }
    case 'list_reply': {
      const id = stringOrNull(interactive.list_reply?.id);
      const title = stringOrNull(interactive.list_reply?.title);
      return id === null || title === null
        ? malformed('interactive')
        : {
            kind: 'LIST_REPLY',
            reply: { id, title, description: stringOrNull(interactive.list_reply.description) },
          };
    }
    default:
      return { kind: 'UNSUPPORTED', unsupportedReason: `interactive type: ${String(interactive?.type)}` };
  }
}

function readMedia(
  kind: InboundKind,
  media: (WebhookMedia & { filename?: string; voice?: boolean }) | undefined,
  type: string,
): Content {
  const mediaId = stringOrNull(media?.id);
  const mimeType = stringOrNull(media?.mime_type);
  if (mediaId === null || mimeType === null) return malformed(type);
  return {
    kind,
    text: stringOrNull(media?.caption),
    media: {
      mediaId,
      mimeType,
      sha256: stringOrNull(media?.sha256),
      filename: stringOrNull(media?.filename),
      voice: media?.voice === true,
    },
  };
}

function unsupported(
  message: WebhookMessageBase & { type?: unknown; unsupported?: { type?: unknown } },
): Content {
  const title = stringOrNull(message.errors?.[0]?.title);
  const type = stringOrNull(message.unsupported?.type) ?? String(message.type);
  return { kind: 'UNSUPPORTED', unsupportedReason: title ?? `type: ${type}` };
}

const isCoordinate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function malformed(type: string): Content {
  return { kind: 'UNSUPPORTED', unsupportedReason: `malformed ${type} message` };
}

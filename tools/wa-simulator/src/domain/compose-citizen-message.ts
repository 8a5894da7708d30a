import type {
  AudioMessage,
  DocumentMessage,
  ImageMessage,
  WebhookMessage,
  WebhookMessageBase,
} from '@seva/whatsapp';
import type { BusinessNumber } from './business-numbers.js';
import type { BusinessEntry, BusinessMessage, ConversationStore } from './conversation-store.js';
import { createMessageId, unixSeconds } from './ids.js';
import type { MediaStore } from './media-store.js';

export interface CitizenMessageInput {
  readonly text?: string;
  /** A tap on a reply button, a list row or a template quick-reply button the business sent. */
  readonly reply?: { id: string; title: string; description?: string };
  readonly location?: { latitude: number; longitude: number; name?: string; address?: string };
  readonly media?: {
    kind: 'image' | 'audio' | 'document';
    mimeType: string;
    base64: string;
    filename?: string;
    caption?: string;
    /** A voice note recorded in WhatsApp rather than an attached audio file. */
    voice?: boolean;
  };
  /** The business message the citizen quoted; for a reply it defaults to the message offering the option. */
  readonly contextMessageId?: string;
}

/** The request asks for something a citizen could not send; the control API answers 400 with the message. */
export class CitizenInputError extends Error {}

export interface ComposeDeps {
  readonly store: ConversationStore;
  readonly media: MediaStore;
  readonly number: BusinessNumber;
}

const contentKinds = ['text', 'reply', 'location', 'media'] as const;

/**
 * The `messages[]` item Meta would post for what the citizen did: a text, a tap on an option, a shared
 * location or a file (stored here so the gateway can fetch it by id through the Graph API).
 */
export function composeCitizenMessage(
  waId: string,
  input: CitizenMessageInput,
  deps: ComposeDeps,
  at: number,
): WebhookMessage {
  const given = contentKinds.filter((kind) => input[kind] !== undefined);
  if (given.length !== 1) {
    throw new CitizenInputError(
      `send exactly one of ${contentKinds.join(', ')}; got ${given.join(', ') || 'none'}`,
    );
  }
  const base: WebhookMessageBase = { from: waId, id: createMessageId(), timestamp: unixSeconds(at) };
  const quoted = (id: string) => ({ context: { from: deps.number.displayPhoneNumber, id } });
  const context =
    input.contextMessageId === undefined ? {} : quoted(findQuoted(waId, input.contextMessageId, deps).id);

  if (input.text !== undefined) return { ...base, ...context, type: 'text', text: { body: input.text } };
  if (input.location !== undefined)
    return { ...base, ...context, type: 'location', location: input.location };
  if (input.reply !== undefined) {
    const { id, title, description } = input.reply;
    const offer = findOffer(waId, id, input.contextMessageId, deps);
    const replyBase = { ...base, ...quoted(offer.entry.id) };
    switch (offer.kind) {
      case 'button':
        return {
          ...replyBase,
          type: 'interactive',
          interactive: { type: 'button_reply', button_reply: { id, title } },
        };
      case 'list':
        return {
          ...replyBase,
          type: 'interactive',
          interactive: {
            type: 'list_reply',
            list_reply: { id, title, ...(description ? { description } : {}) },
          },
        };
      case 'template':
        return { ...replyBase, type: 'button', button: { payload: id, text: title } };
    }
  }
  return { ...base, ...context, ...composeMedia(input.media!, deps) };
}

function composeMedia(
  media: NonNullable<CitizenMessageInput['media']>,
  deps: ComposeDeps,
):
  | Pick<ImageMessage, 'type' | 'image'>
  | Pick<AudioMessage, 'type' | 'audio'>
  | Pick<DocumentMessage, 'type' | 'document'> {
  const base64 = media.base64.replace(/\s/g, '');
  if (base64 === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new CitizenInputError('media.base64 is not base64');
  }
  if (media.caption !== undefined && media.kind === 'audio')
    throw new CitizenInputError('audio has no caption');
  if (media.voice !== undefined && media.kind !== 'audio')
    throw new CitizenInputError('only audio can be a voice note');
  if (media.filename !== undefined && media.kind !== 'document') {
    throw new CitizenInputError('only a document has a file name');
  }
  const stored = deps.media.save({
    businessNumberId: deps.number.id,
    bytes: Buffer.from(base64, 'base64'),
    mimeType: media.mimeType,
    filename: media.filename ?? null,
  });
  // Webhooks carry the hash in base64 while the media endpoint gives it in hex, as Meta's do.
  const file = { id: stored.id, mime_type: stored.mimeType, sha256: stored.sha256.toString('base64') };
  const caption = media.caption === undefined ? {} : { caption: media.caption };
  switch (media.kind) {
    case 'image':
      return { type: 'image', image: { ...file, ...caption } };
    case 'audio':
      return { type: 'audio', audio: { ...file, voice: media.voice === true } };
    case 'document':
      return {
        type: 'document',
        document: { ...file, ...caption, ...(stored.filename === null ? {} : { filename: stored.filename }) },
      };
  }
}

function findQuoted(waId: string, messageId: string, deps: ComposeDeps): BusinessEntry {
  const entry = deps.store.get(messageId);
  if (entry?.direction !== 'business' || entry.waId !== waId || entry.businessNumberId !== deps.number.id) {
    throw new CitizenInputError(`no message ${messageId} from this business number to this citizen`);
  }
  return entry;
}

type OfferKind = 'button' | 'list' | 'template';

/** The business message (the quoted one, else the latest) that offered option `optionId`, and its kind. */
function findOffer(
  waId: string,
  optionId: string,
  contextMessageId: string | undefined,
  deps: ComposeDeps,
): { entry: BusinessEntry; kind: OfferKind } {
  const candidates =
    contextMessageId === undefined
      ? deps.store
          .conversation(deps.number.id, waId)
          .filter((entry): entry is BusinessEntry => entry.direction === 'business')
          .reverse()
      : [findQuoted(waId, contextMessageId, deps)];
  for (const entry of candidates) {
    const offer = readOptions(entry.message);
    if (offer?.ids.includes(optionId)) return { entry, kind: offer.kind };
  }
  throw new CitizenInputError(
    `no message from this business number offered the option ${JSON.stringify(optionId)}`,
  );
}

interface SentOptions {
  interactive?: {
    type?: string;
    action?: {
      buttons?: Array<{ reply?: { id?: string } }>;
      sections?: Array<{ rows?: Array<{ id?: string }> }>;
    };
  };
  template?: { components?: Array<{ type?: string; parameters?: Array<{ payload?: string }> }> };
}

/** Option ids a business message offered; the message was validated when sent, so only presence is checked. */
function readOptions(
  message: BusinessMessage,
): { kind: OfferKind; ids: Array<string | undefined> } | undefined {
  const sent = message as SentOptions;
  if (sent.interactive?.type === 'button') {
    return {
      kind: 'button',
      ids: (sent.interactive.action?.buttons ?? []).map((button) => button.reply?.id),
    };
  }
  if (sent.interactive?.type === 'list') {
    const rows = (sent.interactive.action?.sections ?? []).flatMap((section) => section.rows ?? []);
    return { kind: 'list', ids: rows.map((row) => row.id) };
  }
  if (message.type === 'template') {
    const buttons = (sent.template?.components ?? []).filter((component) => component.type === 'button');
    return {
      kind: 'template',
      ids: buttons.flatMap((button) => (button.parameters ?? []).map((parameter) => parameter.payload)),
    };
  }
  return undefined;
}

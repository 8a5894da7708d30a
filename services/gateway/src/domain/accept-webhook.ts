import { type EncodedRecord, encodeEvent, type Publisher } from '@seva/kafka';
import type { ParsedWebhook } from '@seva/whatsapp';
import type { Logger } from 'pino';
import type { MediaQueue } from './media-queue.js';
import type { MessageClaims } from './message-claims.js';
import { publishInTime } from './publish-in-time.js';
import type { WebhookTimings } from './webhook-timings.js';

export interface AcceptedWebhook {
  readonly messages: number;
  readonly duplicates: number;
  readonly statuses: number;
  readonly ignored: number;
}

export interface AcceptWebhookDeps {
  /** Media rows must be on disk before Meta's 200. */
  readonly media: MediaQueue;
  readonly claims: MessageClaims;
  readonly publisher: Publisher;
  readonly log: Logger;
  readonly businessNumbers: ReadonlySet<string>;
  readonly publishTimeoutMs: number;
  readonly timings: WebhookTimings;
  /** Called when media rows were queued, so the media job starts at once. */
  readonly onMediaQueued: () => void;
}

/**
 * Puts a verified webhook's messages and statuses into Kafka and returns only once the broker has them, so
 * the 200 Meta receives means nothing can be lost. Message ids seen before are dropped; event ids derive from
 * WhatsApp ids, so even a publish repeated after a timeout is dropped again by consumers.
 */
export async function acceptWebhook(
  parsed: ParsedWebhook,
  deps: AcceptWebhookDeps,
): Promise<AcceptedWebhook> {
  const known = <T extends { businessNumberId: string }>(items: T[]) =>
    items.filter((item) => {
      if (deps.businessNumbers.has(item.businessNumberId)) return true;
      deps.log.warn(
        { businessNumberId: item.businessNumberId },
        'webhook for a business number not served here; ignored',
      );
      return false;
    });
  const messages = known(parsed.messages);
  const statuses = known(parsed.statuses);
  for (const error of known(parsed.errors))
    deps.log.warn({ ...error }, 'WhatsApp reported an error for a business number');

  const claimStart = performance.now();
  const claimed = await deps.claims.claim(messages.map(({ message }) => message.messageId));
  const publishStart = performance.now();
  if (messages.length > 0) deps.timings.claimed(publishStart - claimStart);
  const fresh = messages.filter(({ message }) => claimed.has(message.messageId));
  const records: EncodedRecord[] = [
    ...fresh.map(({ message }) =>
      encodeEvent('whatsappInbound', {
        type: 'whatsapp.inbound-message',
        key: message.citizenWaId,
        eventId: `wa:${message.messageId}`,
        occurredAt: message.sentAt,
        value: message,
      }),
    ),
    ...statuses.map(({ status }) =>
      encodeEvent('whatsappStatus', {
        type: 'whatsapp.message-status',
        key: status.citizenWaId,
        eventId: `wa-status:${status.messageId}:${status.status}`,
        occurredAt: status.at,
        value: status,
      }),
    ),
  ];
  try {
    await publishInTime(deps.publisher, records, deps.publishTimeoutMs);
    deps.timings.published(performance.now() - publishStart);
  } catch (error) {
    await deps.claims.release([...claimed]);
    throw error;
  }

  // Media rows before the answer: a crash before they are written lets Meta's retry publish and queue them again.
  const mediaStart = performance.now();
  const mediaQueued = await deps.media.queue(fresh.map(({ message }) => message));
  if (mediaQueued > 0) deps.timings.mediaQueued(performance.now() - mediaStart);
  // Not awaited: Meta need not wait for it. A mark that is lost leaves a claim that expires, and a later
  // redelivery is then published again and dropped by consumers, whose event ids derive from the message id.
  deps.claims
    .markPublished([...claimed])
    .catch((error: unknown) => deps.log.warn({ err: error }, 'claims could not be marked published'));
  if (mediaQueued > 0) deps.onMediaQueued();
  return {
    messages: fresh.length,
    duplicates: messages.length - fresh.length,
    statuses: statuses.length,
    ignored: parsed.messages.length + parsed.statuses.length - messages.length - statuses.length,
  };
}

import type { InboundMessage } from '@seva/contracts';
import { GroupCommit } from '@seva/kafka';
import type { SqlClient } from '@seva/outbox';

/**
 * Queues the media of newly claimed messages for the download job, before Meta's answer. Concurrent webhooks
 * share one statement and one commit (group commit). A statement per webhook waited for its own WAL flush on
 * the service's pool, which the download job and the outbox relay also use: when many citizens sent photos
 * at once, that wait reached 161 ms at p99 and held up the answers to Meta. Plain SQL, as on the rest of the
 * webhook's path. A media id queued before keeps its row.
 */
export class MediaQueue {
  private readonly batches = new GroupCommit<readonly InboundMessage[], void>(
    async (calls) => {
      await this.insert(calls.flat());
      return calls.map(() => undefined);
    },
    { isolateFailures: true },
  );

  constructor(private readonly sql: SqlClient) {}

  /** Resolves once the rows are committed, with how many of the messages carry media. */
  async queue(messages: readonly InboundMessage[]): Promise<number> {
    const withMedia = messages.filter((message) => message.media !== null);
    if (withMedia.length > 0) await this.batches.submit(withMedia);
    return withMedia.length;
  }

  private async insert(messages: readonly InboundMessage[]): Promise<void> {
    // In key order, so two gateways queueing the same ids wait for each other instead of deadlocking. The
    // sort is stable and a repeated id is skipped by the conflict clause: the first message that carried it
    // keeps the row.
    const rows = [...messages].sort((a, b) =>
      a.media!.mediaId < b.media!.mediaId ? -1 : a.media!.mediaId > b.media!.mediaId ? 1 : 0,
    );
    const column = (pick: (message: InboundMessage) => string | null) => rows.map(pick);
    await this.sql.$executeRawUnsafe(
      `insert into media_object
         (media_id, message_id, business_number_id, citizen_wa_id, mime_type, sha256, status, created_at, updated_at)
       select media_id, message_id, business_number_id, citizen_wa_id, mime_type, sha256, 'pending', now(), now()
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         as queued (media_id, message_id, business_number_id, citizen_wa_id, mime_type, sha256)
       on conflict (media_id) do nothing`,
      column((message) => message.media!.mediaId),
      column((message) => message.messageId),
      column((message) => message.businessNumberId),
      column((message) => message.citizenWaId),
      column((message) => message.media!.mimeType),
      column((message) => message.media!.sha256),
    );
  }
}

import type { InboundMessage } from '@seva/contracts';
import type { SqlClient } from '@seva/outbox';

/**
 * Queues the media of newly claimed messages for the download job, in one statement whatever their number.
 * Plain SQL, as on the rest of the webhook's path: the first photo must not wait for a query to be compiled
 * while a thousand webhooks a second queue behind it. A media id queued before keeps its row. Returns how
 * many of the messages carry media.
 */
export async function queueMedia(sql: SqlClient, messages: readonly InboundMessage[]): Promise<number> {
  const withMedia = messages.filter((message) => message.media !== null);
  if (withMedia.length === 0) return 0;
  const column = (pick: (message: InboundMessage) => string | null) => withMedia.map(pick);
  await sql.$executeRawUnsafe(
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
  return withMedia.length;
}

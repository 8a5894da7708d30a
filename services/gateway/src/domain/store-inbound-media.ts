import { addToOutboxIfChanged, type SqlClient } from '@seva/outbox';
import { type GraphApiClient, MediaTooLargeError, SendError } from '@seva/whatsapp';
import type { Logger } from 'pino';
import { type LocalMediaStore, sha256Matches } from './media-store.js';

export interface StoreMediaDeps {
  readonly sql: SqlClient;
  readonly graph: GraphApiClient;
  readonly store: LocalMediaStore;
  readonly tokens: ReadonlyMap<string, string>;
  readonly maxBytes: number;
  readonly mimeTypes: ReadonlySet<string>;
  readonly log: Logger;
}

interface MediaRow {
  media_id: string;
  message_id: string;
  business_number_id: string;
  citizen_wa_id: string;
  mime_type: string;
  sha256: string | null;
}

const batchSize = 4;

/** Rejections that retrying cannot change. */
class MediaRejected extends Error {}

/**
 * Downloads queued media while the Cloud API's URL is still valid, checks type, size and hash, stores it and
 * announces the result (stored or rejected) through the outbox. Rows are taken with SKIP LOCKED, so several
 * gateway replicas share the work; a row left by a crash is taken again after two minutes. Each outcome is
 * one statement that changes the row and adds its event. Returns true when there may be more to do.
 */
export async function storeInboundMedia(deps: StoreMediaDeps): Promise<boolean> {
  const rows = await deps.sql.$queryRawUnsafe<MediaRow[]>(
    `update media_object set status = 'downloading', updated_at = now()
     where media_id in (
       select media_id from media_object
       where status = 'pending' or (status = 'downloading' and updated_at < now() - interval '2 minutes')
       order by created_at limit ${batchSize} for update skip locked)
     returning media_id, message_id, business_number_id, citizen_wa_id, mime_type, sha256`,
  );
  await Promise.all(rows.map((row) => storeOne(row, deps)));
  return rows.length === batchSize;
}

async function storeOne(row: MediaRow, deps: StoreMediaDeps): Promise<void> {
  const identity = {
    messageId: row.message_id,
    businessNumberId: row.business_number_id,
    citizenWaId: row.citizen_wa_id,
    mediaId: row.media_id,
  };
  try {
    const token = deps.tokens.get(row.business_number_id);
    const info = await deps.graph.getMedia(row.media_id, { accessToken: token });
    const mimeType = info.mimeType.split(';')[0]!.trim();
    if (!deps.mimeTypes.has(mimeType)) throw new MediaRejected(`file type ${mimeType} is not accepted`);
    if (info.fileSize !== null && info.fileSize > deps.maxBytes) {
      throw new MediaRejected(`file of ${info.fileSize} bytes is larger than ${deps.maxBytes}`);
    }
    const bytes = await deps.graph.downloadMedia(info.url, deps.maxBytes, { accessToken: token });
    const expected = info.sha256 ?? row.sha256;
    if (expected && !sha256Matches(bytes, expected))
      throw new MediaRejected('downloaded file does not match its sha256');
    const stored = await deps.store.put(bytes, mimeType);
    await addToOutboxIfChanged(
      deps.sql,
      {
        sql: `update media_object set status = 'stored', storage_key = $2, sha256 = $3, size_bytes = $4,
                updated_at = now()
              where media_id = $1`,
        values: [row.media_id, stored.storageKey, stored.sha256, stored.sizeBytes],
      },
      'whatsappInbound',
      [
        {
          type: 'whatsapp.media-stored',
          key: row.citizen_wa_id,
          eventId: `media-stored:${row.media_id}`,
          value: {
            ...identity,
            storageKey: stored.storageKey,
            mimeType,
            sizeBytes: stored.sizeBytes,
            sha256: stored.sha256,
          },
        },
      ],
    );
  } catch (error) {
    const final =
      error instanceof MediaRejected ||
      error instanceof MediaTooLargeError ||
      (error instanceof SendError && !error.retryable);
    if (!final) {
      // Left 'downloading': taken again after the expiry, while the URL may still be fetched anew from its id.
      deps.log.warn({ err: error, mediaId: row.media_id }, 'media download failed; will retry');
      return;
    }
    const reason = (error as Error).message;
    deps.log.warn({ mediaId: row.media_id, reason }, 'media rejected');
    await addToOutboxIfChanged(
      deps.sql,
      {
        sql: `update media_object set status = 'rejected', reason = $2, updated_at = now() where media_id = $1`,
        values: [row.media_id, reason],
      },
      'whatsappInbound',
      [
        {
          type: 'whatsapp.media-rejected',
          key: row.citizen_wa_id,
          eventId: `media-rejected:${row.media_id}`,
          value: { ...identity, reason },
        },
      ],
    );
  }
}

import type { MediaRejected, MediaStored } from '@seva/contracts';
import type { SqlDatabase } from '@seva/database';

/** Remembers where the gateway stored a citizen's photo, so a complaint filed later can name it. */
export async function recordStoredMedia(sql: SqlDatabase, media: MediaStored): Promise<void> {
  await sql.$executeRawUnsafe(
    `insert into stored_media (media_id, storage_key, mime_type, sha256) values ($1, $2, $3, $4)
     on conflict (media_id) do update set
       storage_key = excluded.storage_key,
       sha256 = excluded.sha256,
       rejected = null`,
    media.mediaId,
    media.storageKey,
    media.mimeType,
    media.sha256,
  );
}

export async function recordRejectedMedia(sql: SqlDatabase, media: MediaRejected): Promise<void> {
  await sql.$executeRawUnsafe(
    `insert into stored_media (media_id, mime_type, rejected) values ($1, 'unknown', $2)
     on conflict (media_id) do update set rejected = excluded.rejected`,
    media.mediaId,
    media.reason,
  );
}

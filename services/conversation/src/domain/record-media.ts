import type { MediaRejected, MediaStored } from '@seva/contracts';
import type { Db } from '../db.js';

/** Remembers where the gateway stored a citizen's photo, so a complaint filed later can name it. */
export async function recordStoredMedia(db: Db, media: MediaStored): Promise<void> {
  await db.storedMedia.upsert({
    where: { mediaId: media.mediaId },
    create: {
      mediaId: media.mediaId,
      storageKey: media.storageKey,
      mimeType: media.mimeType,
      sha256: media.sha256,
    },
    update: { storageKey: media.storageKey, sha256: media.sha256, rejected: null },
  });
}

export async function recordRejectedMedia(db: Db, media: MediaRejected): Promise<void> {
  await db.storedMedia.upsert({
    where: { mediaId: media.mediaId },
    create: { mediaId: media.mediaId, mimeType: 'unknown', rejected: media.reason },
    update: { rejected: media.reason },
  });
}

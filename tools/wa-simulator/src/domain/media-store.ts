import { createHash } from 'node:crypto';
import { createMediaId } from './ids.js';

export interface StoredMedia {
  readonly id: string;
  /** The business number the file belongs to: only its access token may read it. */
  readonly businessNumberId: string;
  readonly bytes: Buffer;
  readonly mimeType: string;
  readonly sha256: Buffer;
  readonly filename: string | null;
}

/** Files are kept in memory; past this total the oldest go, as Meta's media ids expire too. */
const totalBytesMax = 64 * 1024 * 1024;

/** Media uploaded by the business and media citizens send, both looked up by id through the Graph API. */
export class MediaStore {
  private readonly files = new Map<string, StoredMedia>();
  private totalBytes = 0;

  save(input: {
    businessNumberId: string;
    bytes: Buffer;
    mimeType: string;
    filename?: string | null;
  }): StoredMedia {
    const media: StoredMedia = {
      id: createMediaId(),
      businessNumberId: input.businessNumberId,
      bytes: input.bytes,
      mimeType: input.mimeType,
      sha256: createHash('sha256').update(input.bytes).digest(),
      filename: input.filename ?? null,
    };
    this.files.set(media.id, media);
    this.totalBytes += media.bytes.length;
    // A Map iterates in insertion order, so the first keys are the oldest files.
    for (const [id, old] of this.files) {
      if (this.totalBytes <= totalBytesMax || id === media.id) break;
      this.files.delete(id);
      this.totalBytes -= old.bytes.length;
    }
    return media;
  }

  find(id: string): StoredMedia | undefined {
    return this.files.get(id);
  }

  clear(): void {
    this.files.clear();
    this.totalBytes = 0;
  }
}

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'audio/mp4': 'm4a',
  'audio/amr': 'amr',
  'video/mp4': 'mp4',
  'application/pdf': 'pdf',
};

export interface StoredMedia {
  readonly storageKey: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/**
 * Content-addressed media in a local folder: the key is the SHA-256 of the bytes, so storing the same
 * file twice (a redelivered webhook, a retried download) yields the same key and one file.
 */
export class LocalMediaStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(bytes: Buffer, mimeType: string): Promise<StoredMedia> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `media/${sha256.slice(0, 2)}/${sha256}.${extensions[mimeType.split(';')[0]!.trim()] ?? 'bin'}`;
    const path = join(this.root, storageKey);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
    return { storageKey, sha256, sizeBytes: bytes.length };
  }

  async get(storageKey: string): Promise<Buffer | null> {
    if (!/^media\/[0-9a-f]{2}\/[0-9a-f]{64}\.\w+$/.test(storageKey)) return null;
    return readFile(join(this.root, storageKey)).catch(() => null);
  }
}

/** Meta gives hashes as hex in some places and base64 in others; either must match the bytes. */
export function sha256Matches(bytes: Buffer, expected: string): boolean {
  const digest = createHash('sha256').update(bytes).digest();
  return expected.toLowerCase() === digest.toString('hex') || expected === digest.toString('base64');
}

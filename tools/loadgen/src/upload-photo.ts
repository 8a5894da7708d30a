import { createHash, randomBytes } from 'node:crypto';

export interface UploadedPhoto {
  readonly mediaId: string;
  readonly sha256: string;
}

/** A small JPEG-shaped file (start and end markers around noise): the gateway checks type, size and hash, not pixels. */
function createPhotoBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048), Buffer.from([0xff, 0xd9])]);
}

/**
 * Puts a citizen's photo into the simulator through its Graph media upload, as the phone would have sent it to
 * Meta: the gateway's media job later downloads it by the id the webhook names.
 */
export async function uploadPhoto(
  simulatorUrl: string,
  businessNumberId: string,
  accessToken: string,
): Promise<UploadedPhoto> {
  const bytes = createPhotoBytes();
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', 'image/jpeg');
  form.set('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
  const response = await fetch(`${simulatorUrl}/v21.0/${businessNumberId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
    body: form,
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 200)
    throw new Error(`photo upload answered ${response.status}: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  return { mediaId: id, sha256: createHash('sha256').update(bytes).digest('hex') };
}

import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';

export interface UploadedPhoto {
  readonly mediaId: string;
  readonly sha256: string;
}

const uploadTimeoutMs = 10_000;

/** Kept open between uploads, as a phone's connection to Meta would be. Idle sockets do not hold the process. */
const agent = new Agent({ keepAlive: true });

/** A small JPEG-shaped file (start and end markers around noise): the gateway checks type, size and hash, not pixels. */
function createPhotoBytes(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048), Buffer.from([0xff, 0xd9])]);
}

/**
 * The upload as multipart/form-data, written out directly: fetch with FormData costs several times the CPU,
 * and when many citizens reach the photo step at once that held the load generator's own event loop up to
 * 100 ms, which it then counted as the gateway's acknowledgement latency.
 */
function multipartBody(bytes: Buffer): { body: Buffer; contentType: string } {
  const boundary = `seva-photo-${randomBytes(12).toString('hex')}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = [
    field('messaging_product', 'whatsapp'),
    field('type', 'image/jpeg'),
    `--${boundary}\r\n`,
    'Content-Disposition: form-data; name="file"; filename="photo.jpg"\r\n',
    'Content-Type: image/jpeg\r\n\r\n',
  ].join('');
  return {
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function post(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(body.length) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    req.setTimeout(uploadTimeoutMs, () => req.destroy(new Error(`no answer within ${uploadTimeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
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
  const { body, contentType } = multipartBody(bytes);
  const response = await post(
    `${simulatorUrl}/v21.0/${businessNumberId}/media`,
    { authorization: `Bearer ${accessToken}`, 'content-type': contentType },
    body,
  );
  if (response.status !== 200) throw new Error(`photo upload answered ${response.status}: ${response.text}`);
  const { id } = JSON.parse(response.text) as { id: string };
  return { mediaId: id, sha256: createHash('sha256').update(bytes).digest('hex') };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

const prefix = 'sha256=';

/** The `X-Hub-Signature-256` value Meta sends: HMAC-SHA256 of the raw request body keyed with the app secret. */
export function signBody(rawBody: Buffer, appSecret: string): string {
  return prefix + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/**
 * Checks `X-Hub-Signature-256` against the raw body (as received, before JSON parsing: re-serialising changes the
 * bytes). The comparison takes constant time so the signature cannot be guessed byte by byte.
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  // An empty secret would accept any body signed with an empty key: a configuration mistake, not a bad request.
  if (appSecret === '') throw new TypeError('WhatsApp app secret is empty');
  if (header === undefined || !header.startsWith(prefix)) return false;
  const received = header.slice(prefix.length);
  if (!/^[0-9a-f]+$/i.test(received)) return false;
  const expected = Buffer.from(signBody(rawBody, appSecret).slice(prefix.length), 'hex');
  const actual = Buffer.from(received, 'hex');
  // timingSafeEqual throws on different lengths; a length mismatch is simply a wrong signature.
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

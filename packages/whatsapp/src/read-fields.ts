import { WebhookPayloadError } from './errors.js';

// The webhook body is untrusted JSON: these readers check each field the platform depends on and name the
// exact path when one is missing, so a 400 response says what was wrong.

export function expectRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WebhookPayloadError(`${path} is not an object`);
  }
  return value as Record<string, unknown>;
}

/** `undefined` reads as an empty list because Meta omits arrays that would be empty. */
export function expectArray(value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new WebhookPayloadError(`${path} is not an array`);
  return value;
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new WebhookPayloadError(`${path} is not a non-empty string`);
  return value;
}

export function expectInteger(value: unknown, path: string): number {
  if (!Number.isInteger(value)) throw new WebhookPayloadError(`${path} is not an integer`);
  return value as number;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Meta sends Unix seconds as a string; some deliveries carry milliseconds, which are recognised by size. */
export function epochMillis(value: unknown, path: string): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
    throw new WebhookPayloadError(`${path} is not a Unix timestamp`);
  }
  return number >= 1_000_000_000_000 ? number : number * 1000;
}

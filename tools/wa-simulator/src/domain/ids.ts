import { randomBytes, randomInt } from 'node:crypto';

/**
 * A message id shaped like Meta's: `wamid.` and standard base64, `+`, `/` and `=` included, so a client that
 * puts ids into URLs or keys without escaping fails here as it would in production.
 */
export const createMessageId = (): string => `wamid.HBgM${randomBytes(24).toString('base64')}`;

/** Media ids are 16-digit decimal numbers at Meta; clients treat them as opaque strings. */
export const createMediaId = (): string => `${randomInt(1e7, 1e8)}${randomInt(1e7, 1e8)}`;

/** Call ids in the telephony provider's style (hex), unique per simulated missed call. */
export const createCallId = (): string => randomBytes(16).toString('hex');

/** Unix seconds as a string: the form of every `timestamp` in webhooks. */
export const unixSeconds = (millis: number): string => String(Math.floor(millis / 1000));

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const key = randomBytes(32);
const mac = (value: string) => createHmac('sha256', key).update(value).digest();

/** Whether a presented secret is the expected one, in time that tells nothing of how much of it matched. */
export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(mac(given), mac(expected));

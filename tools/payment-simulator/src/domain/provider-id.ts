import { randomInt } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An id shaped like the provider's: a prefix and 14 base-62 characters, e.g. `plink_Fc8lXILABzQL7M`. */
export const providerId = (prefix: 'plink' | 'pay' | 'order' | 'evt'): string =>
  `${prefix}_${Array.from({ length: 14 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;

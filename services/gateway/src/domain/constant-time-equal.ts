import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares secrets without leaking through timing how much of them matched (hashing first evens out lengths). */
export function constantTimeEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

import { MessageLimitError } from './errors.js';
import { codePointLength } from './limits.js';

/** Returns `text` when it has 1 to `max` code points; Meta rejects empty and over-long values alike. */
export function checkLength(field: string, text: string, max: number): string {
  const length = codePointLength(text);
  if (length === 0 || length > max) throw new MessageLimitError(field, max, length, 'characters');
  return text;
}

export function checkCount(field: string, count: number, max: number): void {
  if (count === 0 || count > max) throw new MessageLimitError(field, max, count, 'items');
}

/** Meta rejects a message whose options repeat an id (or a button title): the reply could not be told apart. */
export function checkUnique(field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new TypeError(`${field} must be unique, ${JSON.stringify(value)} repeats`);
    seen.add(value);
  }
}

import { codePointLength } from './limits.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ellipsis = '…';

/**
 * Shortens a label that comes from data (a city, an office name) to `limit` code points, ending with an ellipsis.
 * Cuts fall between grapheme clusters so a Devanagari, Gurmukhi or Odia letter never loses its vowel sign or
 * virama half-way. Caller-written text should not be cut silently: the builders throw for it instead.
 */
export function truncateToLimit(text: string, limit: number): string {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (codePointLength(text) <= limit) return text;
  let kept = '';
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = codePointLength(segment);
    if (length + size > limit - 1) break;
    kept += segment;
    length += size;
  }
  return kept.trimEnd() + ellipsis;
}

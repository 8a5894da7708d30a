import { codePointLength } from './limits.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Virama (halant) of the Indic scripts: Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam. */
const endsWithVirama = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D]$/;
const ellipsis = '…';

/**
 * Shortens a label that comes from data (a city, an office name) to `limit` code points, ending with an ellipsis.
 * Cuts fall between grapheme clusters so a letter never loses its vowel sign. Unicode keeps a conjunct in one
 * cluster for Devanagari and Odia but not for Gurmukhi (nor in older ICU), so a cut that would end on a virama
 * also drops that half letter. Caller-written text is not cut silently: the builders throw for it instead.
 */
export function truncateToLimit(text: string, limit: number): string {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (codePointLength(text) <= limit) return text;
  const kept: string[] = [];
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    length += codePointLength(segment);
    if (length > limit - 1) break;
    kept.push(segment);
  }
  while (endsWithVirama.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join('').trimEnd() + ellipsis;
}

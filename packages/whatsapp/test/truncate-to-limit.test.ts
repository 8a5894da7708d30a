import { describe, expect, it } from 'vitest';
import { codePointLength, ROW_TITLE_MAX } from '../src/limits.js';
import { truncateToLimit } from '../src/truncate-to-limit.js';

const names = {
  Hindi: 'नगर निगम कार्यालय, दक्षिणी दिल्ली',
  Punjabi: 'ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਸ਼ਾਸਨ ਫ਼ਤਿਹਗੜ੍ਹ ਸਾਹਿਬ',
  Odia: 'ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମ କାର୍ଯ୍ୟାଳୟ',
};

describe('truncateToLimit', () => {
  it('keeps text within the limit as it is', () => {
    expect(truncateToLimit('Ludhiana', ROW_TITLE_MAX)).toBe('Ludhiana');
    expect(truncateToLimit(names.Odia, 32)).toBe(names.Odia);
  });

  it('cuts to the limit in code points and ends with an ellipsis', () => {
    const cut = truncateToLimit('Sri Ganganagar Municipal Council', ROW_TITLE_MAX);
    expect(cut).toBe('Sri Ganganagar Municipa…');
    expect(codePointLength(cut)).toBe(ROW_TITLE_MAX);
  });

  it.each([
    // A plain code point cut would keep द + क् + ष and drop the ि of दक्षिणी.
    ['Hindi', names.Hindi, ROW_TITLE_MAX, 'नगर निगम कार्यालय, द…'],
    // A plain code point cut would end on ੜ + ੍, the first half of ੜ੍ਹ.
    ['Punjabi', names.Punjabi, 26, 'ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਸ਼ਾਸਨ ਫ਼ਤਿਹਗ…'],
    // A plain code point cut would keep କ and drop the ା of କାର୍ଯ୍ୟାଳୟ.
    ['Odia', names.Odia, ROW_TITLE_MAX, 'ଭୁବନେଶ୍ୱର ମହାନଗର ନିଗମ…'],
  ])('cuts a %s name between letters', (_script, name, limit, expected) => {
    expect(truncateToLimit(name, limit)).toBe(expected);
  });

  it('drops a Gurmukhi half letter rather than ending on its virama', () => {
    expect(truncateToLimit(names.Punjabi, 6)).toBe('ਜ਼ਿ…');
  });

  it.each(Object.entries(names))('never splits a %s letter at any limit', (_script, name) => {
    for (let limit = 1; limit <= codePointLength(name); limit += 1) {
      const cut = truncateToLimit(name, limit);
      const kept = cut.endsWith('…') ? cut.slice(0, -1) : cut;
      expect(codePointLength(cut)).toBeLessThanOrEqual(limit);
      expect(name.startsWith(kept)).toBe(true);
      expect(name.slice(kept.length)).not.toMatch(/^\p{M}/u);
      expect(kept).not.toMatch(/[\u094D\u0A4D\u0B4D]$/);
    }
  });
});

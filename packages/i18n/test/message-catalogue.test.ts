import { describe, expect, it } from 'vitest';
import { formatDate, MessageCatalogue, toLanguage } from '../src/index.js';

const catalogue = new MessageCatalogue(new URL('./messages/', import.meta.url));

describe('message catalogues', () => {
  it('formats in the language asked for, falling back to English per key', () => {
    const t = catalogue.translator('pa');
    expect(t('greeting', { name: 'Gurpreet' })).toBe('ਸਤ ਸ੍ਰੀ ਅਕਾਲ Gurpreet');
    expect(t('only.english')).toBe('English only');
    expect(catalogue.translator(null)('greeting', { name: 'Asha' })).toBe('Hello Asha');
  });

  it('refuses a key no catalogue has', () => {
    expect(() => catalogue.translator('en')('missing')).toThrow('no message missing');
  });

  it.each([
    ['pa', 'pa'],
    ['xx', 'en'],
    [null, 'en'],
  ])('takes %s as %s', (value, language) => {
    expect(toLanguage(value)).toBe(language);
  });

  it('formats dates in Indian time', () => {
    expect(formatDate(Date.UTC(2026, 10, 23, 20, 0), 'en')).toBe('24 Nov 2026');
  });
});

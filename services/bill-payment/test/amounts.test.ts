import { describe, expect, it } from 'vitest';
import { amountInWords } from '../src/domain/amount-in-words.js';
import { formatRupees } from '../src/domain/format-rupees.js';
import { mobileToWaId } from '../src/domain/mobile-to-wa-id.js';
import { parseRupees } from '../src/domain/parse-rupees.js';

describe('amounts and numbers as Indian billing writes them', () => {
  it.each([
    [540, 54_000],
    [0.5, 50],
    ['27.00', 2_700],
    ['1234.5', 123_450],
    [1234.56, 123_456],
    ['-15.75', -1_575],
    [' 12 ', 1_200],
  ])('reads %j rupees as %d paise', (rupees, paise) => {
    expect(parseRupees(rupees)).toBe(paise);
  });

  it.each([['12.345'], [1e21], ['1e3'], [''], ['12,50'], [Number.NaN], ['0x10']])('refuses %j', (rupees) => {
    expect(parseRupees(rupees)).toBeUndefined();
  });

  it('writes rupees with lakh grouping', () => {
    expect(formatRupees(12_345_678)).toBe('1,23,456.78');
    expect(formatRupees(56_750)).toBe('567.50');
  });

  it.each([
    [56_750, 'Rupees Five Hundred Sixty Seven and Fifty Paise Only'],
    [100, 'Rupees One Only'],
    [1_200_005_001, 'Rupees One Crore Twenty Lakh Fifty and One Paise Only'],
    [99_999_999, 'Rupees Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine and Ninety Nine Paise Only'],
    [2_000_000_000_00, 'Rupees Two Hundred Crore Only'],
  ])('spells %d paise as %s', (paise, words) => {
    expect(amountInWords(paise)).toBe(words);
  });

  it.each([
    ['9876543210', '919876543210'],
    ['+91 98765 43210', '919876543210'],
    ['098765-43210', '919876543210'],
    ['919876543210', '919876543210'],
    ['0172 2700000', null],
    ['5876543210', null],
    ['98765432', null],
  ])('takes mobile %s as WhatsApp id %s', (mobile, waId) => {
    expect(mobileToWaId(mobile)).toBe(waId);
  });
});

import { describe, expect, it } from 'vitest';
import { measureEditDistance } from '../src/measure-edit-distance.js';

describe('measureEditDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['nagar', 'nagar', 0],
    ['nagar', 'ngar', 1],
    ['nagar', 'nagra', 1],
    ['jalandhar', 'jalnadhar', 1],
    ['abcdef', 'badcfe', 3],
    // Optimal string alignment edits no letter twice, so this is not "swap, then insert" (2).
    ['ca', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['amritsar', 'ludhiana', 7],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(measureEditDistance(a, b)).toBe(distance);
    expect(measureEditDistance(b, a)).toBe(distance);
  });

  it.each([
    ['', '', 0, 0],
    ['', 'ab', 2, 2],
    ['ab', '', 5, 2],
    ['nagar', 'nagar', 0, 0],
    ['nagar', 'nagra', 1, 1],
    ['jalandhar', 'jalnadhar', 1, 1],
    ['abcdef', 'badcfe', 3, 3],
    ['ca', 'abc', 3, 3],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 4, 3],
    ['model town', 'modal tovn', 2, 2],
  ])('%j to %j within a limit of %i is exact: %i', (a, b, limit, distance) => {
    expect(measureEditDistance(a, b, limit)).toBe(distance);
    expect(measureEditDistance(b, a, limit)).toBe(distance);
  });

  it.each([
    ['', 'abc', 2],
    ['abc', '', 0],
    ['nagar', 'nagra', 0],
    ['abcdef', 'badcfe', 2],
    ['abcdefgh', 'hgfedcba', 2],
    ['ca', 'abc', 2],
    ['kitten', 'sitting', 2],
    ['amritsar', 'ludhiana', 3],
    ['amritsar', 'sartima', 3],
    ['ab', 'abcdef', 3],
    ['model town', 'guru nanak pura', 7],
  ])('%j to %j is above a limit of %i, reported as one more', (a, b, limit) => {
    expect(measureEditDistance(a, b, limit)).toBe(limit + 1);
    expect(measureEditDistance(b, a, limit)).toBe(limit + 1);
  });

  const words = [
    '',
    'a',
    'ab',
    'ba',
    'nagar',
    'ngar',
    'nagra',
    'rangan',
    'kapurthala',
    'kapurathla',
    'karpur',
    'aaaa',
  ];
  it.each([0, 1, 2, 3, 5, 8])('agrees with the unlimited distance under a limit of %i', (limit) => {
    for (const a of words)
      for (const b of words) {
        const distance = measureEditDistance(a, b);
        const limited = measureEditDistance(a, b, limit);
        expect(limited).toBe(Math.min(distance, limit + 1));
      }
  });
});

import { describe, expect, it } from 'vitest';
import { scoreSimilarity } from '../src/score-similarity.js';

describe('scoreSimilarity', () => {
  const keys = [
    'nagar',
    'ngar',
    'nagra',
    'model tovn',
    'model taun',
    'modeltaun',
    'jalndh',
    'jalandar',
    'kapurthla',
    'kapurthala',
    'gobind nagar',
    'nagar gobind',
    'partap',
    'prtap nagar',
    'guru nanak pura',
    'sri',
    'sarhind',
  ];
  it.each([0.5, 0.65, 0.8, 0.9])('is exact at or above a floor of %f and below it otherwise', (floor) => {
    for (const query of keys)
      for (const candidate of keys) {
        const similarity = scoreSimilarity(query, candidate);
        const floored = scoreSimilarity(query, candidate, floor);
        if (similarity >= floor) expect(floored).toBe(similarity);
        else expect(floored).toBeLessThan(floor);
      }
  });
});

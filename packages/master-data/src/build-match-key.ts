import { normalizeText } from './normalize-text.js';
import { transliterateToLatin } from './transliterate-to-latin.js';

// Each rule folds spellings that citizens use interchangeably into one, so "Jalandar", "Jalandhar" and ਜਲੰਧਰ share a
// key and "Firozpur" is one letter from "Ferozepur". Order matters: later rules see the output of earlier ones.
const foldings: ReadonlyArray<readonly [RegExp, string]> = [
  [/[^a-z0-9 ]/g, ''],
  [/c(?!h)/g, 'k'],
  [/ph/g, 'f'],
  // Aspiration is often left out when typing (jalandar for jalandhar, bathinda and bhatinda).
  [/([bcdfgjklmnpqrstvz])h+/g, '$1'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/au|ou/g, 'o'],
  [/iy(?=[aeiou])/g, 'i'],
  [/n(?=[bmp])/g, 'm'],
  [/([a-z])\1+/g, '$1'],
  [/ +/g, ' '],
];

/**
 * A phonetic Latin key for comparing names across scripts and spellings: Devanagari, Gurmukhi and Odia are
 * transliterated, then vowel length, aspiration, doubled letters and a few interchangeable letters are folded.
 * Words stay separated by single spaces.
 */
export function buildMatchKey(text: string): string {
  let key = transliterateToLatin(normalizeText(text));
  for (const [pattern, replacement] of foldings) key = key.replace(pattern, replacement);
  return key.trim();
}

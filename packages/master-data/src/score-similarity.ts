import { measureEditDistance } from './measure-edit-distance.js';
import { memoizeByKey } from './memoize-by-key.js';

// Short a is the vowel transliteration gets least right (Indic scripts leave it unwritten, and whether it is
// spoken depends on the word) and the one English spellings disagree on most (Kapurthala, Kapurathala).
const dropShortA = memoizeByKey((key) => key.replace(/\Ba/g, ''));

// The lowest score a prefix match gets.
const prefixScore = 0.85;
// Edit similarity below this says nothing useful; the length difference alone often proves a pair falls below.
const editFloor = 0.5;

// Equal, prefix or contained: how much of the candidate the query covers, or 0 when it is none of these.
function compareExactly(query: string, candidate: string): number {
  if (query.length === 0 || candidate.length === 0) return 0;
  if (query === candidate) return 1;
  const coverage = query.length / candidate.length;
  if (query.length >= 2 && candidate.startsWith(query)) return prefixScore + (1 - prefixScore) * coverage;
  const at = query.length >= 3 ? candidate.indexOf(query) : -1;
  if (at > 0) return (candidate[at - 1] === ' ' ? 0.8 : 0.7) + 0.15 * coverage;
  return 0;
}

// The largest distance that still scores at least `bar`, or -1 when none does. Trying each distance costs little
// next to measuring one, and unlike a formula it cannot be rounded to the wrong side of the bar.
function limitDistance(bar: number, longest: number, score: (distance: number) => number): number {
  let limit = longest;
  while (limit >= 0 && score(limit) < bar) limit--;
  return limit;
}

// Exact when it reaches `bar`; below it only known to be below, which lets edit distances stop early.
function compareFuzzily(query: string, candidate: string, bar: number): number {
  const longest = Math.max(query.length, candidate.length);
  const wholeOf = (distance: number) => 1 - distance / longest;
  const whole =
    Math.abs(query.length - candidate.length) > longest * (1 - editFloor)
      ? 0
      : wholeOf(measureEditDistance(query, candidate, limitDistance(bar, longest, wholeOf)));
  if (query.length < 4 || query.length >= candidate.length) return Math.max(whole, 0);
  // A misspelt beginning of a longer name ("jalndh"): compare with the name's start, one letter either way.
  const weight = 0.75 + (0.15 * query.length) / candidate.length;
  const startOf = (distance: number) => (1 - distance / query.length) * weight;
  const limit = limitDistance(Math.max(bar, whole), query.length, startOf);
  // A prefix one letter longer or shorter is at most one edit closer, so those need measuring only when the
  // prefix as long as the query is at most one edit beyond the limit.
  let closest = Math.min(
    query.length,
    measureEditDistance(query, candidate.slice(0, query.length), limit + 1),
  );
  if (closest <= limit + 1)
    for (const length of [query.length - 1, query.length + 1])
      closest = Math.min(closest, measureEditDistance(query, candidate.slice(0, length), limit));
  return Math.max(whole, startOf(closest), 0);
}

/**
 * How alike two match keys are, from 0 to 1: 1 when equal, close to 1 when the query is the start of the
 * candidate (a partial name), a little less when it appears inside it, otherwise an edit-distance similarity.
 * Keys that are equal once short a is left out count as nearly equal, and likewise for prefixes of four letters
 * or more; edit distance is not tried without short a, as the keys left are too short for it to mean much.
 * Callers that need only similarities of at least `floor` say so: lower ones then come back below it but not
 * necessarily exact, which saves most of the work for unlike keys.
 */
export function scoreSimilarity(query: string, candidate: string, floor = 0): number {
  if (query.length === 0 || candidate.length === 0) return 0;
  const exact = compareExactly(query, candidate);
  if (exact >= prefixScore) return exact;
  const shortened = dropShortA(query);
  const withoutShortA = compareExactly(shortened, dropShortA(candidate));
  // Without its a's a short word is mostly consonants that begin many names ("sri" would start "sarhind").
  const counts = withoutShortA === 1 || (withoutShortA >= prefixScore && shortened.length >= 4);
  const known = Math.max(exact, counts ? 0.95 * withoutShortA : 0);
  return Math.max(known, compareFuzzily(query, candidate, Math.max(floor, known)));
}

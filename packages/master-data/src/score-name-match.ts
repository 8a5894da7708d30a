import { memoizeByKey } from './memoize-by-key.js';
import { MATCH_THRESHOLD } from './rank-matches.js';
import { scoreSimilarity } from './score-similarity.js';

// Shorter words among others ("sat sri akal") are too often a prefix of some name by chance.
const meaningfulWordLength = 4;
// Callers keep only scores that reach MATCH_THRESHOLD once rounded to three decimals, so lower scores need not be
// exact, and whole names need not be compared exactly when they score less.
const floor = MATCH_THRESHOLD - 0.001;

const splitKey = memoizeByKey((key) => {
  const words = key.split(' ');
  return { words, joined: words.join('') };
});

/**
 * How well a query matches a name, both given as match keys, from 0 to 1. Besides comparing the whole strings it
 * compares them without spaces ("derabassi" and "dera bassi") and word by word, so words in another order, a
 * missing word ("partap nagar" for "New Partap Nagar") or extra words around the name ("i live in amritsar")
 * still match, a little below an exact match. Callers comparing one query with many names can pass a memoised
 * `similarity` of words: the same words ("nagar", "colony") recur across names. Scores below MATCH_THRESHOLD
 * only say that the name does not match; they are not exact.
 */
export function scoreNameMatch(
  query: string,
  name: string,
  similarity: (query: string, candidate: string) => number = scoreSimilarity,
): number {
  const { words: queryWords, joined: joinedQuery } = splitKey(query);
  const { words: nameWords, joined: joinedName } = splitKey(name);
  if (queryWords.length === 1 && nameWords.length === 1) return scoreSimilarity(query, name, floor);

  const wordSimilarity = queryWords.map((word) => nameWords.map((part) => similarity(word, part)));
  const perWord = wordSimilarity.map((row) => Math.max(...row));
  const covered = nameWords.filter((_, j) => wordSimilarity.some((row) => row[j]! >= 0.8));
  const mean = perWord.reduce((sum, score) => sum + score, 0) / perWord.length;
  let best = mean * (0.85 + (0.1 * covered.length) / nameWords.length);
  if (queryWords.length > 1) {
    // One name among other words ("i live in amritsar") counts, but a short part of a longer name ("sri" of
    // "Sri Muktsar Sahib", "nagar") is not enough on its own.
    queryWords.forEach((word, i) => {
      if (word.length < meaningfulWordLength) return;
      nameWords.forEach((part, j) => {
        const share = part.length / joinedName.length;
        best = Math.max(best, 0.85 * wordSimilarity[i]![j]! * (0.5 + 0.5 * share));
      });
    });
  }
  // Whole names are compared last: what the words scored sets the bar they need to clear, and most fall short.
  best = Math.max(best, scoreSimilarity(query, name, Math.max(floor, best)));
  return Math.max(best, scoreSimilarity(joinedQuery, joinedName, Math.max(floor, best)));
}

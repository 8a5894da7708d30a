import { scoreSimilarity } from './score-similarity.js';

// Shorter words among others ("sat sri akal") are too often a prefix of some name by chance.
const meaningfulWordLength = 4;

/**
 * How well a query matches a name, both given as match keys, from 0 to 1. Besides comparing the whole strings it
 * compares them without spaces ("derabassi" and "dera bassi") and word by word, so words in another order, a
 * missing word ("partap nagar" for "New Partap Nagar") or extra words around the name ("i live in amritsar")
 * still match, a little below an exact match. Callers comparing one query with many names can pass a memoised
 * `similarity`: the same words ("nagar", "colony") recur across names.
 */
export function scoreNameMatch(
  query: string,
  name: string,
  similarity: (query: string, candidate: string) => number = scoreSimilarity,
): number {
  let best = similarity(query, name);
  const queryWords = query.split(' ');
  const nameWords = name.split(' ');
  if (queryWords.length === 1 && nameWords.length === 1) return best;

  best = Math.max(best, similarity(queryWords.join(''), nameWords.join('')));
  const wordSimilarity = queryWords.map((word) => nameWords.map((part) => similarity(word, part)));
  const perWord = wordSimilarity.map((row) => Math.max(...row));
  const covered = nameWords.filter((_, j) => wordSimilarity.some((row) => row[j]! >= 0.8));
  const mean = perWord.reduce((sum, score) => sum + score, 0) / perWord.length;
  best = Math.max(best, mean * (0.85 + (0.1 * covered.length) / nameWords.length));
  if (queryWords.length > 1) {
    // One name among other words ("i live in amritsar") counts, but a short part of a longer name ("sri" of
    // "Sri Muktsar Sahib", "nagar") is not enough on its own.
    const nameLength = nameWords.join('').length;
    queryWords.forEach((word, i) => {
      if (word.length < meaningfulWordLength) return;
      nameWords.forEach((part, j) => {
        const share = part.length / nameLength;
        best = Math.max(best, 0.85 * wordSimilarity[i]![j]! * (0.5 + 0.5 * share));
      });
    });
  }
  return best;
}

import { buildMatchKey } from './build-match-key.js';
import { listLocalities } from './list-localities.js';
import { memoizeByKey } from './memoize-by-key.js';
import { rankMatches, takeMatches } from './rank-matches.js';
import { scoreNameMatch } from './score-name-match.js';
import { scoreSimilarity } from './score-similarity.js';
import type { Locality, Match, MatchOptions } from './types.js';

// Queries kept per city: citizens name the same localities again and again, and ranking a new query scores it
// against every locality of the city, milliseconds for the larger ones.
const mostQueriesKept = 2_000;

const rankedByCity = new Map<string, (key: string) => Match<Locality>[]>();

function rankAll(localities: readonly Locality[], keys: readonly string[], key: string): Match<Locality>[] {
  // The same words ("nagar", "colony", "road") recur across a city's localities. Keyed by query word first, so
  // no pair key is built per lookup.
  const known = new Map<string, Map<string, number>>();
  const similarity = (word: string, part: string) => {
    let scores = known.get(word);
    if (!scores) {
      scores = new Map();
      known.set(word, scores);
    }
    let score = scores.get(part);
    if (score === undefined) {
      score = scoreSimilarity(word, part);
      scores.set(part, score);
    }
    return score;
  };
  return rankMatches(
    localities.map((locality, i) => ({ item: locality, score: scoreNameMatch(key, keys[i]!, similarity) })),
    Number.POSITIVE_INFINITY,
  );
}

/**
 * Localities of one city whose name matches what the citizen typed, best first. Words may come in any order
 * and be misspelt or incomplete; names typed in Devanagari, Gurmukhi or Odia are compared by sound.
 */
export function matchLocalities(
  tenantId: string,
  query: string,
  options: MatchOptions = {},
): Match<Locality>[] {
  const key = buildMatchKey(query);
  const localities = listLocalities(tenantId);
  if (key.length === 0 || localities.length === 0) return [];
  let ranked = rankedByCity.get(tenantId);
  if (!ranked) {
    const keys = localities.map((locality) => buildMatchKey(locality.name));
    ranked = memoizeByKey((queryKey) => rankAll(localities, keys, queryKey), mostQueriesKept);
    rankedByCity.set(tenantId, ranked);
  }
  return takeMatches(ranked(key), options.limit);
}

import { buildMatchKey } from './build-match-key.js';
import { listLocalities } from './list-localities.js';
import { rankMatches } from './rank-matches.js';
import { scoreNameMatch } from './score-name-match.js';
import { scoreSimilarity } from './score-similarity.js';
import type { Locality, Match, MatchOptions } from './types.js';

const keysByCity = new Map<string, readonly string[]>();

function keysOf(tenantId: string, localities: readonly Locality[]): readonly string[] {
  let keys = keysByCity.get(tenantId);
  if (!keys) {
    keys = localities.map((locality) => buildMatchKey(locality.name));
    keysByCity.set(tenantId, keys);
  }
  return keys;
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
  const keys = keysOf(tenantId, localities);
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
    options.limit,
  );
}

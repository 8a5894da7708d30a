import { buildMatchKey } from './build-match-key.js';
import { listCities } from './list-cities.js';
import { memoizeByKey } from './memoize-by-key.js';
import { rankMatches, takeMatches } from './rank-matches.js';
import { scoreNameMatch } from './score-name-match.js';
import type { City, Match, MatchOptions } from './types.js';

// Queries kept: most citizens type one of a few dozen city names, each scored against every spelling of all
// the cities when new.
const mostQueriesKept = 2_000;

let index: ReadonlyArray<{ readonly city: City; readonly keys: readonly string[] }> | undefined;

function keysOf(city: City): string[] {
  const spellings = [...Object.values(city.names), ...city.aliases];
  return [...new Set(spellings.map(buildMatchKey).filter((key) => key.length > 0))];
}

const ranked = memoizeByKey((key) => {
  index ??= listCities().map((city) => ({ city, keys: keysOf(city) }));
  const scored = index.map(({ city, keys }) => ({
    item: city,
    score: Math.max(...keys.map((name) => scoreNameMatch(key, name))),
  }));
  return rankMatches(scored, Number.POSITIVE_INFINITY);
}, mostQueriesKept);

/**
 * Cities whose name in any language or alias matches what the citizen typed, best first: partial
 * names ("hoshiar"), typos ("jalandar") and names in Devanagari, Gurmukhi or Odia script all match.
 */
export function matchCities(query: string, options: MatchOptions = {}): Match<City>[] {
  const key = buildMatchKey(query);
  return key.length === 0 ? [] : takeMatches(ranked(key), options.limit);
}

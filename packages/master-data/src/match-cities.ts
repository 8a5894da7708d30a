import { buildMatchKey } from './build-match-key.js';
import { listCities } from './list-cities.js';
import { rankMatches } from './rank-matches.js';
import { scoreNameMatch } from './score-name-match.js';
import type { City, Match, MatchOptions } from './types.js';

let index: ReadonlyArray<{ readonly city: City; readonly keys: readonly string[] }> | undefined;

function keysOf(city: City): string[] {
  const spellings = [...Object.values(city.names), ...city.aliases];
  return [...new Set(spellings.map(buildMatchKey).filter((key) => key.length > 0))];
}

/**
 * Cities whose name in any language or alias matches what the citizen typed, best first: partial
 * names ("hoshiar"), typos ("jalandar") and names in Devanagari, Gurmukhi or Odia script all match.
 */
export function matchCities(query: string, options: MatchOptions = {}): Match<City>[] {
  const key = buildMatchKey(query);
  if (key.length === 0) return [];
  index ??= listCities().map((city) => ({ city, keys: keysOf(city) }));
  const scored = index.map(({ city, keys }) => ({
    item: city,
    score: Math.max(...keys.map((name) => scoreNameMatch(key, name))),
  }));
  return rankMatches(scored, options.limit);
}

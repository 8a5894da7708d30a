import type { Match } from './types.js';

/**
 * Results scoring below this are not returned: below it, matches are mostly coincidence (two letters wrong in a
 * five-letter word scores 0.6).
 */
export const MATCH_THRESHOLD = 0.65;

export const DEFAULT_MATCH_LIMIT = 5;

/** The first `limit` of ranked matches, as an array of the caller's own. */
export function takeMatches<T>(ranked: readonly Match<T>[], limit = DEFAULT_MATCH_LIMIT): Match<T>[] {
  return ranked.slice(0, Math.max(0, limit));
}

/**
 * Keeps the matches at or above the threshold, best first (ties keep the order they came in), at most `limit`.
 * Scores are rounded to three decimals so equal-looking scores compare equal.
 */
export function rankMatches<T>(matches: Iterable<Match<T>>, limit = DEFAULT_MATCH_LIMIT): Match<T>[] {
  const kept: Match<T>[] = [];
  for (const { item, score } of matches) {
    const rounded = Math.round(score * 1000) / 1000;
    if (rounded >= MATCH_THRESHOLD) kept.push({ item, score: rounded });
  }
  return takeMatches(
    kept.sort((a, b) => b.score - a.score),
    limit,
  );
}
